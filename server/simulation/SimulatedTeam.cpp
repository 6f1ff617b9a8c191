#include "server/simulation/SimulatedTeam.h"

#include "server/domain/MessageService.h"
#include "server/domain/PresenceService.h"
#include "server/domain/TicketService.h"
#include "server/metrics/WorkIntervals.h"
#include "server/routing/TicketRouter.h"
#include "server/storage/Store.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSimulator)

namespace frontline::server {
namespace {

// One turn each, in order, true of any request: the simulated colleagues do not know what the
// customer asked, so they must not answer about another order or a claim never made.
constexpr const char *Replies[2][3] = {
    {"Thank you for waiting. I'm checking this for you now.",
     "I've looked into it and passed it to the team in charge; you'll get an email with the "
     "details today.",
     "Is there anything else I can help you with?"},
    {"Спасибо за ожидание, сейчас проверю.",
     "Мы проверили ваш вопрос и передали его ответственной команде; подробности придут на почту "
     "сегодня.",
     "Могу ещё чем-нибудь помочь?"},
};

} // namespace

SimulatedTeam::SimulatedTeam(Store &store, Services services, Clock clock, quint32 seed,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_services(services)
    , m_clock(std::move(clock))
    , m_random(seed ^ 0x5eedu)
{}

SimulatedTeam::~SimulatedTeam() = default;

const QStringList &SimulatedTeam::members()
{
    static const QStringList names{QStringLiteral("anna"), QStringLiteral("maxim")};
    return names;
}

void SimulatedTeam::start()
{
    if (m_timer)
        return;
    for (const QString &name : members()) {
        auto profile = m_services.auth.findOperator(m_store, name);
        if (!profile)
            continue; // not a demo database
        Caller member{profile->id.toLongLong(), profile.value(), m_store.workspace(), {}, &m_store};
        if (auto online = m_services.presence.set(member, protocol::PresenceStatus::Online, {});
            !online) {
            qCWarning(lcSimulator).noquote()
                << name << "cannot come online:" << online.error().message;
            continue;
        }
        m_members.append(member);
    }
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (auto done = work(); !done)
            qCWarning(lcSimulator).noquote() << "team:" << done.error().message;
    });
    m_timer->start(3000);
}

Result<void> SimulatedTeam::work()
{
    for (const Caller &member : std::as_const(m_members)) {
        if (auto done = workAs(member); !done)
            return done;
    }
    return {};
}

// A member's open tickets with who spoke last and how many replies they have written.
struct SimulatedTeam::Work
{
    qint64 ticketId;
    int language; // 0 English, 1 Russian
    bool customerSpokeLast;
    int replies;
    qint64 version;
    bool pending;
    qint64 updatedAt;
};

Result<QList<SimulatedTeam::Work>> SimulatedTeam::openWork(const Caller &member)
{
    auto query = m_store.run(
        QStringLiteral(
            "SELECT t.id, COALESCE(c.locale, 'en'), (SELECT m.author_kind FROM messages m WHERE "
            "m.ticket_id = t.id AND m.internal = 0 ORDER BY m.id DESC LIMIT 1), (SELECT COUNT(*) "
            "FROM messages m WHERE m.ticket_id = t.id AND m.author_kind = 'operator'), t.version, "
            "t.status, t.updated_at FROM tickets t LEFT JOIN customers c ON c.id = "
            "t.customer_id WHERE t.assignee_id = ? AND t.status IN ('new', 'open', 'pending') "
            "ORDER BY t.id"),
        {member.operatorId});
    if (!query)
        return query.error();
    QList<Work> list;
    while (query.value()->next()) {
        list.append(Work{query.value()->value(0).toLongLong(),
                         query.value()->value(1).toString() == u"ru" ? 1 : 0,
                         query.value()->value(2).toString() == u"customer",
                         query.value()->value(3).toInt(), query.value()->value(4).toLongLong(),
                         query.value()->value(5).toString() == u"pending",
                         query.value()->value(6).toLongLong()});
    }
    query.value()->finish();
    return list;
}

Result<void> SimulatedTeam::workAs(const Caller &member)
{
    auto list = openWork(member);
    if (!list)
        return list.error();
    const qint64 staleBefore = m_clock() - 30 * 60 * 1000;
    // The first ticket she acts on is the one in front of her this round, as her desktop shows
    // it; with nothing to do she reads the first one still open.
    const qint64 current = m_inFront.value(member.operatorId).ticketId;
    qint64 acted = 0;
    qint64 firstOpen = 0;
    bool currentOpen = false;
    for (const Work &work : std::as_const(list.value())) {
        auto handled = handle(member, work, staleBefore);
        if (!handled)
            return handled.error();
        if (handled.value() && (acted == 0 || work.ticketId == current))
            acted = work.ticketId;
        if (!work.pending) {
            currentOpen |= work.ticketId == current;
            firstOpen = firstOpen ? firstOpen : work.ticketId;
        }
    }
    if (auto shown = keepInFront(member, acted ? acted : (currentOpen ? current : firstOpen));
        !shown)
        return shown;
    // Now and then, the oldest waiting email or web form of their queues.
    if (m_random.bounded(100) < 30)
        return claimWaiting(member);
    return {};
}

// Resolves what was answered (and closes as abandoned old conversations nobody continued, the
// demo's history), or answers the customer; a pending ticket waits.
Result<bool> SimulatedTeam::handle(const Caller &member, const Work &work, qint64 staleBefore)
{
    const int roll = int(m_random.bounded(100));
    const bool stale = work.updatedAt < staleBefore;
    if (work.pending && !stale)
        return false;
    // A single answer the customer did not follow up is resolved now and then too: many demo
    // conversations are one question and its answer.
    const bool answered = (work.replies >= 2 && (roll < 40 || !work.customerSpokeLast)) ||
                          (work.replies == 1 && !work.customerSpokeLast && roll < 40);
    if (stale || answered) {
        auto resolved = m_services.tickets.update(
            member, QString::number(work.ticketId), work.version,
            QJsonObject{{QLatin1StringView("status"), QStringLiteral("resolved")},
                        {QLatin1StringView("resolution_code"),
                         stale ? QStringLiteral("customer_left") : QStringLiteral("answered")}});
        if (!resolved && resolved.error().code != u"version_mismatch")
            return resolved.error();
        return bool(resolved);
    }
    if (!work.customerSpokeLast || roll >= 70)
        return false;
    Transaction transaction(m_store);
    if (!transaction.started())
        return transaction.started().error();
    NewMessage reply;
    reply.authorKind = protocol::AuthorKind::Operator;
    reply.authorId = member.operatorId;
    reply.authorName = member.profile.displayName;
    reply.body = QString::fromUtf8(Replies[work.language][std::min(work.replies, 2)]);
    auto stored = m_services.messages.appendInTransaction(m_store, work.ticketId, reply);
    if (!stored)
        return stored.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return true;
}

Result<void> SimulatedTeam::keepInFront(const Caller &member, qint64 ticketId)
{
    InFront &front = m_inFront[member.operatorId];
    const qint64 now = m_clock();
    // Like the desktop, a long stretch is reported in five-minute pieces.
    const bool pieceDone = front.ticketId != 0 && now - front.since >= 5 * 60 * 1000;
    if (front.ticketId == ticketId && !pieceDone)
        return {};
    if (front.ticketId != 0 && now - front.since >= 1000) {
        auto recorded = work_intervals::record(m_store, front.ticketId, member.operatorId,
                                               {{front.since, now}});
        if (!recorded)
            return recorded.error();
    }
    front = InFront{ticketId, now};
    return {};
}

Result<void> SimulatedTeam::claimWaiting(const Caller &member)
{
    auto waiting = m_store.scalar(
        QStringLiteral("SELECT t.id FROM tickets t WHERE t.assignee_id IS NULL AND "
                       "t.channel <> 'chat' AND t.status IN ('new', 'open') AND t.queue_id IN "
                       "(SELECT queue_id FROM operator_queues WHERE operator_id = ?) "
                       "ORDER BY t.queued_at, t.id LIMIT 1"),
        {member.operatorId});
    if (!waiting)
        return waiting.error();
    if (!waiting.value().isNull()) {
        auto claimed = m_services.router.claim(member, waiting.value().toString());
        if (!claimed && claimed.error().code != u"conflict")
            return claimed.error();
    }
    return {};
}

} // namespace frontline::server

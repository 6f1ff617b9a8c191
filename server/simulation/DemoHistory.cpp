#include "server/simulation/DemoHistory.h"

#include "protocol/Message.h"
#include "server/domain/TicketService.h"
#include "server/metrics/WorkIntervals.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {

using demo::Day;
using demo::Hour;
using demo::Minute;
constexpr qint64 Second = 1000;
// The FCR rule's 24 hours, with room for the ticket's own handling.
constexpr qint64 RecontactGuard = 27 * Hour;

struct DemoHistory::Line
{
    protocol::AuthorKind kind;
    qint64 author;
    QString text;
    qint64 at;
};

// One contact of the history: who handled it when, about what, and how it went.
struct DemoHistory::Slot
{
    qint64 operatorId = 0;
    int serial = 0; // the operator's n-th contact of the history
    QString channel;
    qint64 assigned = 0;
    qint64 created = 0;
    qint64 resolved = 0;
    qint64 firstResponse = 0;
    qint64 lastReply = 0;
    QJsonObject topic;
    QJsonObject request;
    const demo::Customer *customer = nullptr;
    QString orderNumber;
    QList<Line> lines;
    bool recontacted = false; // the customer writes again within a day: not first contact
    bool escalated = false;
};

DemoHistory::DemoHistory(demo::Context &context, const demo::Staff &staff,
                         const QList<demo::Customer> &customers)
    : m_context(context)
    , m_staff(staff)
    , m_customers(customers)
{}

DemoHistory::~DemoHistory() = default;

Result<demo::Calendar> DemoHistory::seedShifts()
{
    QList<qint64> operators = m_staff.queuesOf.keys();
    std::sort(operators.begin(), operators.end()); // QHash order differs between runs
    demo::Calendar calendar;
    demo::Random &random = *m_context.historyRandom;
    for (qsizetype o = 0; o < operators.size(); ++o) {
        const qint64 id = operators.at(o);
        for (int day = m_context.days - 1; day >= 0; --day) {
            // Shifts are staggered, so the day has a curve: few at its ends, most at midday.
            const qint64 start = m_context.now - day * Day - 4 * Hour - o * 75 * Minute -
                                 random.between(0, 20 * Minute);
            const bool weekend = sql::time(start).date().dayOfWeek() >= 6;
            if (day > 0 && !random.chance(weekend ? 0.3 : 0.75))
                continue;
            const qint64 end = std::min(start + 4 * Hour, m_context.now - Minute);
            const qint64 breakAt = start + random.between(100 * Minute, 140 * Minute);
            const QList<demo::Span> online{{start, std::min(breakAt, end)},
                                           {breakAt + 15 * Minute, end}};
            for (const demo::Span &span : online) {
                if (span.end - span.start < 30 * Minute)
                    continue;
                calendar.online[id].append(span);
                auto written = m_context.store.run(
                    QStringLiteral("INSERT INTO presence_intervals (operator_id, status, reason, "
                                   "started_at, ended_at) VALUES (?, 'online', '', ?, ?)"),
                    {id, span.start, span.end});
                if (!written)
                    return written.error();
            }
            if (breakAt + 15 * Minute < end) {
                auto pause = m_context.store.run(
                    QStringLiteral("INSERT INTO presence_intervals (operator_id, status, reason, "
                                   "started_at, ended_at) VALUES (?, 'break', 'coffee', ?, ?)"),
                    {id, breakAt, breakAt + 15 * Minute});
                if (!pause)
                    return pause.error();
            }
        }
    }
    return calendar;
}

QList<DemoHistory::Slot> DemoHistory::drawSlots(const demo::Calendar &calendar)
{
    QList<qint64> operators = calendar.online.keys();
    std::sort(operators.begin(), operators.end());
    demo::Random &random = *m_context.historyRandom;
    QList<Slot> slots;
    for (const qint64 id : std::as_const(operators)) {
        for (const demo::Span &span : calendar.online.value(id)) {
            // Each contact ends on the shift: the longest takes under 11 minutes.
            for (qint64 t = span.start + random.between(Minute, 4 * Minute);
                 t < span.end - 11 * Minute; t += random.between(4 * Minute, 19 * Minute / 2)) {
                static const QStringList others{QStringLiteral("email"), QStringLiteral("email"),
                                                QStringLiteral("web_form"),
                                                QStringLiteral("social")};
                Slot slot;
                slot.operatorId = id;
                slot.channel = random.chance(0.85) ? QStringLiteral("chat")
                                                   : others[random.below(int(others.size()))];
                slot.assigned = t;
                slots.append(slot);
            }
        }
    }
    std::stable_sort(slots.begin(), slots.end(),
                     [](const Slot &a, const Slot &b) { return a.assigned < b.assigned; });
    return slots;
}

// The demo's other tickets keep their customers' FCR: no history contact lands within a day of
// one of them.
Result<void> DemoHistory::blockExistingTickets()
{
    auto query = m_context.store.run(
        QStringLiteral("SELECT customer_id, created_at, COALESCE(resolved_at, ?) FROM tickets "
                       "WHERE customer_id IS NOT NULL ORDER BY id"),
        {m_context.now});
    if (!query)
        return query.error();
    while (query.value()->next()) {
        m_blocked[query.value()->value(0).toLongLong()].append(
            {query.value()->value(1).toLongLong() - RecontactGuard,
             query.value()->value(2).toLongLong() + RecontactGuard});
    }
    query.value()->finish();
    return {};
}

// The request (a case of a topic of the operator's queues) fits one of the customer's orders.
bool DemoHistory::fitRequest(Slot &slot)
{
    const QJsonArray topics = m_context.scenarios.value(u"topics").toArray();
    const QStringList queues = m_staff.queuesOf.value(slot.operatorId);
    for (int attempt = 0; attempt < 30; ++attempt) {
        const QJsonObject topic = m_context.historyRandom->pick(topics).toObject();
        if (!queues.isEmpty() && !queues.contains(topic.value(u"queue").toString()))
            continue;
        if (demo::storeOf(topic) != slot.customer->store)
            continue;
        const QJsonObject request =
            m_context.historyRandom->pick(topic.value(u"cases").toArray()).toObject();
        const QJsonArray statuses = request.contains(u"order_statuses")
                                        ? request.value(u"order_statuses").toArray()
                                        : topic.value(u"order_statuses").toArray();
        for (qsizetype o = 0; o < slot.customer->orderNumbers.size(); ++o) {
            if (statuses.isEmpty() || statuses.contains(slot.customer->orderStatuses.at(o))) {
                slot.topic = topic;
                slot.request = request;
                slot.orderNumber = slot.customer->orderNumbers.at(o);
                return true;
            }
        }
    }
    return false;
}

// A customer owed a recontact whose time has come, else one free of other tickets around this
// one whose orders fit a request.
const demo::Customer *DemoHistory::customerFor(Slot &slot)
{
    while (!m_recontacts.isEmpty() && m_recontacts.firstKey() < slot.created)
        m_recontacts.erase(m_recontacts.begin()); // nobody came back in time
    for (auto it = m_recontacts.begin(); it != m_recontacts.end(); ++it) {
        if (it.value().second >= slot.created)
            continue;
        for (const demo::Customer &customer : m_customers) {
            if (customer.id != it.value().first)
                continue;
            slot.customer = &customer;
            if (fitRequest(slot)) {
                m_recontacts.erase(it);
                return slot.customer;
            }
            break;
        }
    }
    for (int attempt = 0; attempt < 200; ++attempt) {
        slot.customer = &m_customers[m_context.historyRandom->below(int(m_customers.size()))];
        const QStringList stores = m_staff.storesOf.value(slot.operatorId);
        if (!stores.isEmpty() && !stores.contains(slot.customer->store))
            continue; // she does not work that store's queues
        const QList<demo::Span> &blocked = m_blocked.value(slot.customer->id);
        const bool clash = std::any_of(blocked.begin(), blocked.end(), [&](const demo::Span &s) {
            return slot.created >= s.start && slot.created <= s.end;
        });
        if (!clash && fitRequest(slot))
            return slot.customer;
    }
    return nullptr;
}

void DemoHistory::converse(Slot &slot)
{
    demo::Random &random = *m_context.historyRandom;
    const QString &locale = slot.customer->locale;
    const QHash<QString, QString> values{
        {QStringLiteral("order_number"), slot.orderNumber},
        {QStringLiteral("customer_name"), slot.customer->name.section(u' ', 0, 0)},
        {QStringLiteral("operator_name"), m_staff.names.value(slot.operatorId).section(u' ', 0, 0)},
        {QStringLiteral("tracking_number"),
         QStringLiteral("RP%1RU").arg(100000000 + random.below(899999999))},
        {QStringLiteral("date"),
         sql::time(slot.created + 3 * Day).toString(QStringLiteral("dd.MM.yyyy"))},
        {QStringLiteral("amount"), QString::number(1000 + random.below(90000))},
        {QStringLiteral("claim_number"),
         QStringLiteral("CL-%1").arg(100000 + random.below(899999))},
    };
    const auto text = [&](QStringView key, QStringView turn) {
        return demo::fill(
            slot.topic.value(key)[locale][slot.request.value(turn).toInt()].toString(), values);
    };
    const auto closing = [&] {
        return random.pickText(m_context.scenarios.value(u"closings")[locale].toArray());
    };
    const bool chat = slot.channel == u"chat";
    const qint64 me = slot.operatorId;
    slot.lines = {{protocol::AuthorKind::Customer, 0, text(u"openings", u"opening"), slot.created}};
    qint64 at = slot.assigned + (chat ? random.between(10 * Second, 35 * Second)
                                      : random.between(200 * Second, 540 * Second));
    slot.firstResponse = at;
    slot.lines.append(
        {protocol::AuthorKind::Operator, me, text(u"operator_replies", u"reply"), at});
    if (chat && slot.request.contains(u"follow_up")) {
        at += random.between(60 * Second, 240 * Second); // some take longer than the grace
        slot.lines.append(
            {protocol::AuthorKind::Customer, 0, text(u"follow_ups", u"follow_up"), at});
        at += random.between(90 * Second, 240 * Second);
        slot.lines.append(
            {protocol::AuthorKind::Operator, me,
             slot.request.contains(u"answer") ? text(u"operator_replies", u"answer") : closing(),
             at});
    } else if (chat) {
        at += random.between(90 * Second, 210 * Second);
        slot.lines.append({protocol::AuthorKind::Operator, me, closing(), at});
    }
    slot.lastReply = at;
    slot.resolved = at + random.between(20 * Second, 75 * Second);
}

Result<int> DemoHistory::seedContacts(const demo::Calendar &calendar)
{
    if (auto blocked = blockExistingTickets(); !blocked)
        return blocked.error();
    QList<Slot> slots = drawSlots(calendar);
    const qint64 historyStart = m_context.now - m_context.days * Day;
    int written = 0;
    for (Slot &slot : slots) {
        demo::Random &random = *m_context.historyRandom;
        const bool chat = slot.channel == u"chat";
        slot.created =
            std::max(historyStart, slot.assigned - (chat ? random.between(3 * Second, 30 * Second)
                                                         : random.between(20 * Minute, 8 * Hour)));
        if (!customerFor(slot))
            continue; // every customer is busy around then: the slot stays empty
        slot.serial = m_handled[slot.operatorId]++;
        // Fixed shares per operator keep everyone's FCR where centers' are (about 83 %): one in
        // eight customers writes again within a day (one in six of the 2nd line's, who escalate
        // nothing), one in 25 contacts goes to the 2nd line.
        slot.recontacted =
            slot.operatorId == m_staff.secondLine ? slot.serial % 6 == 3 : slot.serial % 8 == 3;
        slot.escalated = slot.serial % 25 == 11 && slot.operatorId != m_staff.secondLine;
        converse(slot);
        QList<demo::Span> &blocked = m_blocked[slot.customer->id];
        if (slot.recontacted) {
            blocked.append({slot.created - RecontactGuard, slot.created});
            m_recontacts.insert(slot.resolved + 20 * Hour,
                                {slot.customer->id, slot.resolved + 10 * Minute});
        } else {
            blocked.append({slot.created - RecontactGuard, slot.resolved + RecontactGuard});
        }
        if (auto done = writeSlot(slot); !done)
            return done.error();
        ++written;
    }
    return written;
}

Result<void> DemoHistory::writeSlot(const Slot &slot)
{
    const QString locale = slot.customer->locale;
    const QString subject = demo::fill(
        slot.topic.value(u"subjects")[locale][slot.request.value(u"subject").toInt()].toString(),
        {{QStringLiteral("order_number"), slot.orderNumber}});
    const bool chat = slot.channel == u"chat";
    auto number = TicketService::nextNumber(m_context.store);
    if (!number)
        return number.error();
    qint64 lastCustomer = slot.created;
    for (const Line &line : slot.lines)
        lastCustomer = line.kind == protocol::AuthorKind::Customer ? line.at : lastCustomer;
    auto ticketId = m_context.store.insert(
        QStringLiteral(
            "INSERT INTO tickets (number, channel, status, priority, queue_id, subject, "
            "customer_id, assignee_id, first_response_due, resolution_due, first_response_at, "
            "resolved_at, resolution_code, last_customer_message_at, queued_at, assigned_at, "
            "created_at, updated_at) VALUES (?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?) RETURNING id"),
        {number.value(), slot.channel,
         m_context.historyRandom->chance(0.7) ? QStringLiteral("closed")
                                              : QStringLiteral("resolved"),
         slot.topic.value(u"queue").toString(), subject, slot.customer->id, slot.operatorId,
         slot.created + (chat ? Minute : 4 * Hour), slot.created + Day, slot.firstResponse,
         slot.resolved,
         m_context.historyRandom->pickText(slot.topic.value(u"resolution_codes").toArray()),
         lastCustomer, slot.created, slot.assigned, slot.created, slot.resolved});
    if (!ticketId)
        return ticketId.error();
    for (const Line &line : slot.lines) {
        auto message = m_context.store.run(
            QStringLiteral("INSERT INTO messages (ticket_id, author_kind, author_id, internal, "
                           "body, created_at) VALUES (?, ?, ?, 0, ?, ?)"),
            {ticketId.value(), protocol::toString(line.kind), sql::nullableId(line.author),
             line.text, line.at});
        if (!message)
            return message.error();
    }
    auto assignment = m_context.store.run(
        QStringLiteral("INSERT INTO ticket_assignments (ticket_id, operator_id, channel, reason, "
                       "assigned_at, ended_at, end_reason) VALUES (?, ?, ?, ?, ?, ?, 'resolved')"),
        {ticketId.value(), slot.operatorId, slot.channel,
         chat ? QStringLiteral("routed") : QStringLiteral("claimed"), slot.assigned,
         slot.resolved});
    if (!assignment)
        return assignment.error();
    return writeExtras(slot, ticketId.value());
}

// What the desktop reported (the ticket in front of her), the customer's score, the escalation.
Result<void> DemoHistory::writeExtras(const Slot &slot, qint64 ticketId)
{
    demo::Random &random = *m_context.historyRandom;
    const bool chat = slot.channel == u"chat";
    const work_intervals::Interval shown{chat ? slot.lastReply : slot.assigned, slot.resolved};
    if (auto recorded = work_intervals::record(m_context.store, ticketId, slot.operatorId, {shown});
        !recorded)
        return recorded.error();
    // Three customers in ten answer the survey; three in four of them are satisfied.
    if (random.chance(0.3)) {
        static const int Scores[] = {5, 5, 5, 5, 5, 5, 4, 4, 4, 3, 2, 1};
        const int score = Scores[random.below(12)];
        const bool ru = slot.customer->locale == u"ru";
        const QString comment =
            score >= 4 ? (ru ? QStringLiteral("Быстро и по делу, спасибо!")
                             : QStringLiteral("Quick and to the point, thanks!"))
            : score <= 2 ? (ru ? QStringLiteral("Мне так и не ответили на мой вопрос.")
                               : QStringLiteral("Nobody actually answered my question."))
                         : QString();
        auto scored = m_context.store.run(
            QStringLiteral("INSERT INTO csat_responses (ticket_id, score, comment, operator_id, "
                           "received_at) VALUES (?, ?, ?, ?, ?)"),
            {ticketId, score, comment, slot.operatorId,
             std::min(slot.resolved + random.between(Minute, 40 * Minute), m_context.now)});
        if (!scored)
            return scored.error();
    }
    if (!slot.escalated || m_staff.secondLine == 0)
        return {};
    // One in three came back: the answer was in the knowledge base.
    const bool returned = slot.serial % 3 == 0;
    const qint64 at = slot.firstResponse + Minute;
    auto escalation = m_context.store.run(
        QStringLiteral("INSERT INTO escalations (ticket_id, from_operator_id, target_line, "
                       "reason_code, note, priority, status, handled_by, return_reason, "
                       "created_at, updated_at) VALUES (?, ?, 2, ?, ?, 'normal', ?, ?, ?, ?, ?)"),
        {ticketId, slot.operatorId,
         random.pickText(
             slot.topic.value(u"escalation")[QLatin1StringView("reason_codes")].toArray()),
         slot.customer->locale == u"ru"
             ? QStringLiteral("Клиент просит решение, нужен второй уровень.")
             : QStringLiteral("The customer needs a decision from the 2nd line."),
         returned ? QStringLiteral("returned") : QStringLiteral("resolved"), m_staff.secondLine,
         returned ? QStringLiteral("answer_in_kb") : QString(), at,
         std::min(at + 20 * Minute, m_context.now)});
    if (!escalation)
        return escalation.error();
    return {};
}

} // namespace frontline::server

// Fills a back office's database with a contact center of the size issue 5's first-sync figure
// needs (100,000 tickets with 500,000 messages by default), fast, through the server's own storage
// layer: Store for the rows, ChangeLog::append (messages) and TicketService::recordChange
// (tickets) for the change feed, so `GET /changes` serves exactly what the back office itself
// writes. Like the demo seeder it writes each entity's final state once (a ticket's change comes
// after its messages), the shape of a feed after an import; a back office that lived through the
// same traffic would also hold one ticket update per message (`--history` writes those too).
//
// backoffice_seed --database URL [--tickets N] [--messages N] [--history]
//
// Accounts (password "bench"): `bench`, an operator of every queue (the first-sync user), and
// `peer`, an operator of the `vip` queue only (its 20 tickets), for the realtime figure.
#include "protocol/Message.h"
#include "server/BackOfficeOptions.h"
#include "server/BackOfficeService.h"
#include "server/auth/AuthService.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

using namespace frontline;
using namespace frontline::server;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Day = 24 * 60 * Minute;
constexpr int VipTickets = 20;

const QStringList Queues{QStringLiteral("orders"), QStringLiteral("returns"),
                         QStringLiteral("delivery"), QStringLiteral("payment"),
                         QStringLiteral("vip")};

// What customers and operators say in the demo contact center (resources/demo/scenarios.json).
struct Phrases
{
    QStringList subjects, customer, operatorReplies;
};

Phrases loadPhrases()
{
    QFile file(QStringLiteral(":/demo/scenarios.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the demo scenarios are not built in");
    const QJsonArray topics =
        QJsonDocument::fromJson(file.readAll()).object().value(u"topics").toArray();
    Phrases phrases;
    const auto add = [](QStringList &into, const QJsonValue &byLocale) {
        for (const char *locale : {"ru", "en"})
            for (const QJsonValue &text : byLocale[QLatin1StringView(locale)].toArray())
                into.append(text.toString());
    };
    for (const QJsonValue &topic : topics) {
        add(phrases.subjects, topic[QLatin1StringView("subjects")]);
        add(phrases.customer, topic[QLatin1StringView("openings")]);
        add(phrases.customer, topic[QLatin1StringView("follow_ups")]);
        add(phrases.operatorReplies, topic[QLatin1StringView("operator_replies")]);
    }
    return phrases;
}

QString fill(QString text, QRandomGenerator &random)
{
    text.replace(QStringLiteral("{order_number}"),
                 QStringLiteral("HP-%1").arg(10000000 + random.bounded(89999999)));
    text.replace(QStringLiteral("{customer_name}"), QStringLiteral("Anna"));
    text.replace(QStringLiteral("{operator_name}"), QStringLiteral("Olga"));
    text.replace(QStringLiteral("{tracking_number}"),
                 QStringLiteral("RP%1RU").arg(100000000 + random.bounded(899999999)));
    text.replace(QStringLiteral("{date}"), QStringLiteral("28.11.2026"));
    text.replace(QStringLiteral("{amount}"), QString::number(1000 + random.bounded(90000)));
    text.replace(QStringLiteral("{claim_number}"),
                 QStringLiteral("CL-%1").arg(100000 + random.bounded(899999)));
    return text;
}

template<typename T>
T check(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
    return std::move(result).value();
}

void check(const Result<void> &result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().message));
}

// Writes the tickets and their messages, each ticket's final state once (with `history`, also the
// ticket update live traffic writes after every message). One random sequence: a seed always
// gives the same contact center.
class TicketWriter
{
public:
    TicketWriter(Store &store, TicketService &tickets, ChangeLog &changes, qint64 now, qint64 bench,
                 bool history)
        : m_store(store)
        , m_tickets(tickets)
        , m_changes(changes)
        , m_phrases(loadPhrases())
        , m_now(now)
        , m_bench(bench)
        , m_history(history)
    {}

    // Ticket number `t` of `tickets`, with its share of `messages`.
    void write(int t, int tickets, qint64 messages)
    {
        static const QStringList channels{QStringLiteral("chat"),   QStringLiteral("chat"),
                                          QStringLiteral("email"),  QStringLiteral("web_form"),
                                          QStringLiteral("social"), QStringLiteral("phone")};
        // The first tickets are the vip queue's; the rest spread over the others. Most are
        // finished; the live ones have their first response and due times ahead, so the SLA
        // monitor has nothing to do while the figure is measured.
        const QString queue =
            t < VipTickets ? QStringLiteral("vip") : Queues.at(m_random.bounded(Queues.size() - 1));
        const qint64 created = m_now - m_random.bounded(30 * Day);
        const bool live = t < VipTickets || m_random.bounded(10) == 0;
        const QString status = live                       ? QStringLiteral("open")
                               : m_random.bounded(3) == 0 ? QStringLiteral("resolved")
                                                          : QStringLiteral("closed");
        // Messages per ticket: the total spread evenly, the remainder on the first tickets.
        const qint64 count = messages / tickets + (t < messages % tickets ? 1 : 0);
        const qint64 last = created + count * 3 * Minute;
        const qint64 ticketId = check(
            m_store.insert(
                QStringLiteral(
                    "INSERT INTO tickets (number, channel, status, priority, queue_id, subject, "
                    "assignee_id, first_response_due, resolution_due, first_response_at, "
                    "resolved_at, resolution_code, last_customer_message_at, queued_at, "
                    "assigned_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?) RETURNING id"),
                {1001 + t, channels.at(m_random.bounded(channels.size())), status,
                 m_random.bounded(10) == 0 ? QStringLiteral("high") : QStringLiteral("normal"),
                 queue,
                 fill(m_phrases.subjects.at(m_random.bounded(m_phrases.subjects.size())), m_random),
                 m_bench, created + 10 * Minute, live ? m_now + 30 * Day : created + Day,
                 created + Minute, live ? QVariant() : QVariant(last),
                 live ? QString() : QStringLiteral("answered"), created, created, created, created,
                 last}),
            "ticket");
        auto ticket = check(m_tickets.get(m_store, ticketId), "ticket read-back");
        if (m_history) {
            check(m_tickets.recordChange(m_store, ticket, QStringLiteral("create"), {}, 0),
                  "ticket change");
            ++changeRows;
        }
        ChangeAudience audience;
        audience.scope = ChangeAudience::Scope::Ticket;
        audience.queueId = queue;
        audience.assigneeId = m_bench;
        for (qint64 m = 0; m < count; ++m)
            writeMessage(ticket, m, created + m * 3 * Minute, audience);
        messagesWritten += count;
        if (m_history) {
            check(m_store.run(QStringLiteral("UPDATE tickets SET version = ? WHERE id = ?"),
                              {ticket.version, ticketId}),
                  "ticket version");
        } else {
            check(m_tickets.recordChange(m_store, ticket, QStringLiteral("create"), {}, 0),
                  "ticket change");
            ++changeRows;
        }
    }

    qint64 messagesWritten = 0;
    qint64 changeRows = 0;

private:
    // The customer and the operator take turns, the customer first.
    void writeMessage(protocol::Ticket &ticket, qint64 m, qint64 at, const ChangeAudience &audience)
    {
        const bool customer = m % 2 == 0;
        const QStringList &pool = customer ? m_phrases.customer : m_phrases.operatorReplies;
        protocol::Message message;
        message.ticketId = ticket.id;
        message.authorKind =
            customer ? protocol::AuthorKind::Customer : protocol::AuthorKind::Operator;
        message.authorId = customer ? QString() : QString::number(m_bench);
        message.authorName = customer ? QString() : QStringLiteral("bench");
        message.body = fill(pool.at(m_random.bounded(pool.size())), m_random);
        message.createdAt = sql::time(at);
        message.id = QString::number(check(
            m_store.insert(QStringLiteral("INSERT INTO messages (ticket_id, author_kind, "
                                          "author_id, internal, body, created_at) VALUES (?, ?, "
                                          "?, 0, ?, ?) RETURNING id"),
                           {ticket.id.toLongLong(), protocol::toString(message.authorKind),
                            customer ? QVariant() : QVariant(m_bench), message.body, at}),
            "message"));
        check(m_changes.append(m_store, QStringLiteral("message"), message.id,
                               QStringLiteral("create"), message.toJson(), audience, m_now),
              "message change");
        ++changeRows;
        if (m_history) {
            // What MessageService writes after each message: the ticket, one version on.
            ++ticket.version;
            check(m_tickets.recordChange(m_store, ticket, QStringLiteral("update"),
                                         audience.queueId, m_bench),
                  "ticket change");
            ++changeRows;
        }
    }

    Store &m_store;
    TicketService &m_tickets;
    ChangeLog &m_changes;
    const Phrases m_phrases;
    QRandomGenerator m_random{5};
    const qint64 m_now;
    const qint64 m_bench;
    const bool m_history;
};

// The queues, and the two accounts; answers the `bench` operator's id.
qint64 seedStaff(BackOfficeService &service, Store &store, qint64 now)
{
    for (const QString &queue : Queues) {
        check(store.run(QStringLiteral("INSERT INTO queues (id, title, created_at) VALUES (?, ?, "
                                       "?) ON CONFLICT (id) DO NOTHING"),
                        {queue, queue, now - 60 * Day}),
              "queue");
    }
    const auto account = [&](const QString &username, const QStringList &queues) {
        NewOperator person;
        person.username = username;
        person.displayName = username;
        person.password = QStringLiteral("bench");
        person.queues = queues;
        person.maxChats = 20;
        return check(service.auth().createOperator(store, person), "operator");
    };
    const qint64 bench = account(QStringLiteral("bench"), Queues);
    account(QStringLiteral("peer"), {QStringLiteral("vip")});
    return bench;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("sqlite:PATH or postgresql://..."),
                                            QStringLiteral("URL"));
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("Tickets."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages."),
                                            QStringLiteral("N"), QStringLiteral("500000"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QStringLiteral("Also write a ticket update after every message, as live traffic does."));
    parser.addOptions({databaseOption, ticketsOption, messagesOption, historyOption});
    parser.addHelpOption();
    parser.process(app);
    const int tickets = std::max(VipTickets, parser.value(ticketsOption).toInt());
    const qint64 messages = parser.value(messagesOption).toLongLong();

    auto options = check(BackOfficeOptions::fromArguments({QStringLiteral("backoffice_seed"),
                                                           QStringLiteral("--database"),
                                                           parser.value(databaseOption)}),
                         "options");
    BackOfficeService service(options);
    check(service.open(), "open");
    Store &store = service.workspaces().production();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();

    const qint64 bench = seedStaff(service, store, now);
    TicketWriter writer(store, service.tickets(), service.changes(), now, bench,
                        parser.isSet(historyOption));
    std::unique_ptr<Transaction> transaction;
    for (int t = 0; t < tickets; ++t) {
        if (t % 5000 == 0) {
            if (transaction)
                check(transaction->commit(), "commit");
            transaction = std::make_unique<Transaction>(store);
            check(transaction->started(), "begin");
        }
        writer.write(t, tickets, messages);
    }
    if (transaction)
        check(transaction->commit(), "commit");
    check(store.run(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'ticket_number'"),
                    {1000 + tickets}),
          "counter");
    std::printf("seeded %d tickets, %lld messages, %lld changes in %.1f s\n", tickets,
                static_cast<long long>(writer.messagesWritten),
                static_cast<long long>(writer.changeRows), double(timer.elapsed()) / 1000);
    return 0;
}

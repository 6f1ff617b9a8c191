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
    const bool history = parser.isSet(historyOption);

    auto options = check(BackOfficeOptions::fromArguments({QStringLiteral("backoffice_seed"),
                                                           QStringLiteral("--database"),
                                                           parser.value(databaseOption)}),
                         "options");
    BackOfficeService service(options);
    check(service.open(), "open");
    Store &store = service.workspaces().production();
    TicketService &ticketService = service.tickets();
    ChangeLog &changes = service.changes();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();

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

    const Phrases phrases = loadPhrases();
    QRandomGenerator random(5);
    static const QStringList channels{QStringLiteral("chat"),   QStringLiteral("chat"),
                                      QStringLiteral("email"),  QStringLiteral("web_form"),
                                      QStringLiteral("social"), QStringLiteral("phone")};
    qint64 messagesWritten = 0;
    qint64 changeRows = 0;
    std::unique_ptr<Transaction> transaction;
    for (int t = 0; t < tickets; ++t) {
        if (t % 5000 == 0) {
            if (transaction)
                check(transaction->commit(), "commit");
            transaction = std::make_unique<Transaction>(store);
            check(transaction->started(), "begin");
        }
        // The first tickets are the vip queue's; the rest spread over the others. Most are
        // finished; the live ones have their first response and due times ahead, so the SLA
        // monitor has nothing to do while the figure is measured.
        const QString queue =
            t < VipTickets ? QStringLiteral("vip") : Queues.at(random.bounded(Queues.size() - 1));
        const qint64 created = now - random.bounded(30 * Day);
        const bool live = t < VipTickets || random.bounded(10) == 0;
        const QString status = live                     ? QStringLiteral("open")
                               : random.bounded(3) == 0 ? QStringLiteral("resolved")
                                                        : QStringLiteral("closed");
        // Messages per ticket: the total spread evenly, the remainder on the first tickets.
        const qint64 count = messages / tickets + (t < messages % tickets ? 1 : 0);
        const qint64 last = created + count * 3 * Minute;
        const qint64 ticketId = check(
            store.insert(
                QStringLiteral(
                    "INSERT INTO tickets (number, channel, status, priority, queue_id, subject, "
                    "assignee_id, first_response_due, resolution_due, first_response_at, "
                    "resolved_at, resolution_code, last_customer_message_at, queued_at, "
                    "assigned_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?) RETURNING id"),
                {1001 + t, channels.at(random.bounded(channels.size())), status,
                 random.bounded(10) == 0 ? QStringLiteral("high") : QStringLiteral("normal"), queue,
                 fill(phrases.subjects.at(random.bounded(phrases.subjects.size())), random), bench,
                 created + 10 * Minute, live ? now + 30 * Day : created + Day, created + Minute,
                 live ? QVariant() : QVariant(last), live ? QString() : QStringLiteral("answered"),
                 created, created, created, created, last}),
            "ticket");
        auto ticket = check(ticketService.get(store, ticketId), "ticket read-back");
        ChangeAudience audience;
        audience.scope = ChangeAudience::Scope::Ticket;
        audience.queueId = queue;
        audience.assigneeId = bench;
        if (history) {
            check(ticketService.recordChange(store, ticket, QStringLiteral("create"), {}, 0),
                  "ticket change");
            ++changeRows;
        }
        for (qint64 m = 0; m < count; ++m) {
            const bool customer = m % 2 == 0;
            const QStringList &pool = customer ? phrases.customer : phrases.operatorReplies;
            const qint64 at = created + m * 3 * Minute;
            protocol::Message message;
            message.ticketId = ticket.id;
            message.authorKind =
                customer ? protocol::AuthorKind::Customer : protocol::AuthorKind::Operator;
            message.authorId = customer ? QString() : QString::number(bench);
            message.authorName = customer ? QString() : QStringLiteral("bench");
            message.body = fill(pool.at(random.bounded(pool.size())), random);
            message.createdAt = sql::time(at);
            message.id = QString::number(check(
                store.insert(QStringLiteral("INSERT INTO messages (ticket_id, author_kind, "
                                            "author_id, internal, body, created_at) VALUES (?, ?, "
                                            "?, 0, ?, ?) RETURNING id"),
                             {ticketId, protocol::toString(message.authorKind),
                              customer ? QVariant() : QVariant(bench), message.body, at}),
                "message"));
            check(changes.append(store, QStringLiteral("message"), message.id,
                                 QStringLiteral("create"), message.toJson(), audience, now),
                  "message change");
            ++changeRows;
            if (history) {
                // What MessageService writes after each message: the ticket, one version on.
                ++ticket.version;
                check(ticketService.recordChange(store, ticket, QStringLiteral("update"), queue,
                                                 bench),
                      "ticket change");
                ++changeRows;
            }
        }
        messagesWritten += count;
        if (history) {
            check(store.run(QStringLiteral("UPDATE tickets SET version = ? WHERE id = ?"),
                            {ticket.version, ticketId}),
                  "ticket version");
        } else {
            check(ticketService.recordChange(store, ticket, QStringLiteral("create"), {}, 0),
                  "ticket change");
            ++changeRows;
        }
    }
    if (transaction)
        check(transaction->commit(), "commit");
    check(store.run(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'ticket_number'"),
                    {1000 + tickets}),
          "counter");
    std::printf("seeded %d tickets, %lld messages, %lld changes in %.1f s\n", tickets,
                static_cast<long long>(messagesWritten), static_cast<long long>(changeRows),
                double(timer.elapsed()) / 1000);
    return 0;
}

#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <algorithm>

using namespace frontline::test;

namespace {

std::unique_ptr<HttpClient> signIn(const BackOfficeProcess &backOffice, const QString &username,
                                   const QString &password, int *status = nullptr)
{
    auto client = std::make_unique<HttpClient>(backOffice.baseUrl());
    const HttpReply reply = client->signIn(username, password);
    if (status)
        *status = reply.status;
    return client;
}

QJsonArray allTickets(HttpClient &client)
{
    QJsonArray all;
    QString cursor;
    for (int page = 0; page < 40; ++page) {
        const HttpReply reply = client.get(QStringLiteral("/api/v1/tickets?limit=200") +
                                           (cursor.isEmpty() ? QString() : u"&cursor=" + cursor));
        for (const QJsonValue &ticket : reply.json().value(QLatin1StringView("tickets")).toArray())
            all.append(ticket);
        cursor = reply.json().value(QLatin1StringView("next_cursor")).toString();
        if (cursor.isEmpty())
            break;
    }
    return all;
}

// Every demo user signs in with "demo" and has the role the README gives them.
void expectDemoStaff(const BackOfficeProcess &backOffice)
{
    const QStringList roles{QStringLiteral("operator"), QStringLiteral("operator"),
                            QStringLiteral("operator"), QStringLiteral("supervisor"),
                            QStringLiteral("trainer"),  QStringLiteral("admin")};
    const QStringList users{QStringLiteral("olga"),  QStringLiteral("ivan"),
                            QStringLiteral("pavel"), QStringLiteral("sofia"),
                            QStringLiteral("tanya"), QStringLiteral("admin")};
    for (qsizetype i = 0; i < users.size(); ++i) {
        int status = 0;
        auto client = signIn(backOffice, users[i], QStringLiteral("demo"), &status);
        ASSERT_EQ(status, 200) << users[i].toStdString();
        const QJsonObject me = client->get(QStringLiteral("/api/v1/me")).json();
        EXPECT_EQ(me.value(QLatin1StringView("role")).toString(), roles[i]);
    }
}

// The demo's own 500 tickets (numbered first) and the month's history after them.
bool isHistory(const QJsonValue &ticket)
{
    return ticket[QLatin1StringView("number")].toInteger() > 1500;
}

// 500 tickets of every status and several channels from many customers, and the thousands of the
// month's history; nobody holds more chats in progress than their places (3 each), as routing
// would have it; and no conversation runs into the future: the customer's last message and the
// ticket's last change are in the past, and after the ticket was opened.
void expectDemoTickets(const QJsonArray &tickets, const QDateTime &started)
{
    const auto history = std::count_if(tickets.begin(), tickets.end(), isHistory);
    EXPECT_EQ(tickets.size() - history, 500);
    EXPECT_GT(history, 2000);
    QSet<QString> statuses, channels, customers;
    for (const QJsonValue &ticket : tickets) {
        statuses << ticket[QLatin1StringView("status")].toString();
        channels << ticket[QLatin1StringView("channel")].toString();
        customers << ticket[QLatin1StringView("customer_id")].toString();
    }
    EXPECT_TRUE(statuses.contains(QStringLiteral("closed")) &&
                statuses.contains(QStringLiteral("new")) &&
                statuses.contains(QStringLiteral("open")));
    EXPECT_GE(channels.size(), 4);
    EXPECT_GT(customers.size(), 100);
    QHash<QString, int> liveChats;
    for (const QJsonValue &ticket : tickets) {
        const QString status = ticket[QLatin1StringView("status")].toString();
        const QJsonValue assignee = ticket[QLatin1StringView("assignee_id")];
        if (ticket[QLatin1StringView("channel")].toString() == u"chat" && !assignee.isNull() &&
            (status == u"new" || status == u"open" || status == u"pending"))
            ++liveChats[assignee.toString()];
    }
    EXPECT_FALSE(liveChats.isEmpty());
    for (auto it = liveChats.cbegin(); it != liveChats.cend(); ++it)
        EXPECT_LE(it.value(), 3) << "operator " << it.key().toStdString();
    int future = 0;
    for (const QJsonValue &ticket : tickets) {
        const auto at = [&](const char *field) {
            return QDateTime::fromString(ticket[QLatin1StringView(field)].toString(),
                                         Qt::ISODateWithMs);
        };
        const QDateTime lastCustomer = at("last_customer_message_at");
        ASSERT_TRUE(lastCustomer.isValid())
            << ticket[QLatin1StringView("id")].toString().toStdString();
        future += lastCustomer > started || at("updated_at") > started;
        EXPECT_GE(lastCustomer, at("created_at"))
            << ticket[QLatin1StringView("id")].toString().toStdString();
    }
    EXPECT_EQ(future, 0) << "tickets with times after the seeding";
}

// The first ticket's customer card: orders with their timelines, and the ticket among theirs.
void expectCustomerCard(HttpClient &sofia, const QJsonObject &first)
{
    const HttpReply card =
        sofia.get(u"/api/v1/customers/" + first.value(QLatin1StringView("customer_id")).toString());
    ASSERT_EQ(card.status, 200);
    const QJsonArray orders = card.json().value(QLatin1StringView("orders")).toArray();
    ASSERT_FALSE(orders.isEmpty());
    EXPECT_FALSE(orders[0][QLatin1StringView("history")].toArray().isEmpty());
    EXPECT_FALSE(orders[0][QLatin1StringView("items")].toArray().isEmpty());
    bool listed = false;
    for (const QJsonValue &ticket : card.json().value(QLatin1StringView("tickets")).toArray())
        listed |= ticket[QLatin1StringView("id")] == first.value(QLatin1StringView("id"));
    EXPECT_TRUE(listed);
}

// The 2nd line's feed carries the tickets escalated to it with their conversations, none of it
// written after the seeding.
void expectSecondLineFeed(HttpClient &pavel, const QDateTime &started)
{
    QSet<QString> escalated, conversations;
    int futureMessages = 0;
    qint64 since = 0;
    for (int page = 0; page < 50; ++page) {
        const QJsonObject changes =
            pavel.get(u"/api/v1/changes?limit=5000&since=" + QString::number(since)).json();
        for (const QJsonValue &change : changes.value(QLatin1StringView("changes")).toArray()) {
            const QJsonObject data = change[QLatin1StringView("data")].toObject();
            if (change[QLatin1StringView("entity")].toString() == u"message")
                futureMessages +=
                    QDateTime::fromString(data.value(QLatin1StringView("created_at")).toString(),
                                          Qt::ISODateWithMs) > started;
            if (change[QLatin1StringView("entity")].toString() == u"ticket" &&
                data.value(QLatin1StringView("escalation_line")).toInt() == 2)
                escalated << data.value(QLatin1StringView("id")).toString();
            if (change[QLatin1StringView("entity")].toString() == u"message")
                conversations << data.value(QLatin1StringView("ticket_id")).toString();
        }
        since = changes.value(QLatin1StringView("next")).toInteger();
        if (!changes.value(QLatin1StringView("more")).toBool())
            break;
    }
    EXPECT_EQ(futureMessages, 0) << "messages written after the seeding";
    ASSERT_FALSE(escalated.isEmpty());
    for (const QString &ticket : std::as_const(escalated))
        EXPECT_TRUE(conversations.contains(ticket)) << "escalated ticket " << ticket.toStdString();
}

// The demo's scenarios, as the back office reads them.
QJsonObject scenarios()
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/demo/scenarios.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A scenario text with its placeholders ({order_number}, ...) filled by anything.
bool fits(const QString &text, const QJsonValue &scenarioText)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\w+\\}"));
    const QString pattern = scenarioText.toString();
    QString regex = QStringLiteral("^");
    qsizetype at = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(pattern)) {
        regex += QRegularExpression::escape(pattern.mid(at, match.capturedStart() - at)) +
                 QStringLiteral(".+?");
        at = match.capturedEnd();
    }
    regex += QRegularExpression::escape(pattern.mid(at)) + u'$';
    return QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption)
        .match(text)
        .hasMatch();
}

// What one request of a topic lets a conversation say, in one language: its subject, the
// customer's opening and follow-up, the operator's reply and answer (or a closing), and the
// chatbot's transcripts of the topic.
struct Request
{
    QString subject;
    QJsonArray texts;
    QStringList orderStatuses;
};

QList<Request> requests(const QJsonObject &scenarios)
{
    QList<Request> all;
    for (const QJsonValue &topic : scenarios.value(u"topics").toArray()) {
        for (const QJsonValue &turns : topic[u"cases"].toArray()) {
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru")}) {
                const auto text = [&](QStringView key, QStringView turn) {
                    return topic[key][language][turns[turn].toInt()];
                };
                Request request{text(u"subjects", u"subject").toString(), {}, {}};
                request.texts =
                    QJsonArray{text(u"openings", u"opening"), text(u"operator_replies", u"reply")};
                if (turns.toObject().contains(u"follow_up"))
                    request.texts << text(u"follow_ups", u"follow_up");
                if (turns.toObject().contains(u"answer"))
                    request.texts << text(u"operator_replies", u"answer");
                for (const QJsonValue &closing : scenarios[u"closings"][language].toArray())
                    request.texts << closing;
                for (const QJsonValue &transcript : topic[u"bot_transcripts"][language].toArray()) {
                    for (const QJsonValue &turn : transcript.toArray())
                        request.texts << turn[u"text"];
                }
                const QJsonValue statuses = turns.toObject().contains(u"order_statuses")
                                                ? turns[u"order_statuses"]
                                                : topic[u"order_statuses"];
                for (const QJsonValue &status : statuses.toArray())
                    request.orderStatuses << status.toString();
                all << request;
            }
        }
    }
    return all;
}

// Whether the ticket's subject and every message the customer or the operator wrote belong to
// `request`, and the orders they name are in a status the request fits.
bool belongsTo(const Request &request, const QString &subject, const QStringList &messages,
               const QHash<QString, QString> &orderStatus)
{
    if (!fits(subject, request.subject))
        return false;
    for (const QString &message : messages) {
        if (std::none_of(request.texts.cbegin(), request.texts.cend(),
                         [&](const QJsonValue &text) { return fits(message, text); }))
            return false;
    }
    static const QRegularExpression orderNumber(QStringLiteral("(HP|LV)-\\d+"));
    const QStringList named = QStringList(messages) << subject;
    for (const QString &text : named) {
        for (const QRegularExpressionMatch &match : orderNumber.globalMatch(text)) {
            if (!request.orderStatuses.contains(orderStatus.value(match.captured())))
                return false;
        }
    }
    return true;
}

// Each demo conversation is about one request: the customer's messages and the operator's
// replies are the turns of one case of one topic, and the order they name fits it (nobody asks
// how to return an order already returned).
void expectConversationsHangTogether(HttpClient &sofia, const QJsonArray &tickets)
{
    const QList<Request> all = requests(scenarios());
    ASSERT_FALSE(all.isEmpty());
    QHash<QString, QHash<QString, QString>> orders; // customer → order number → status
    int strays = 0;
    int checked = 0;
    for (const QJsonValue &ticket : tickets) {
        const QString customer = ticket[u"customer_id"].toString();
        if (!orders.contains(customer)) {
            const QJsonObject card = sofia.get(u"/api/v1/customers/" + customer).json();
            for (const QJsonValue &order : card.value(u"orders").toArray())
                orders[customer].insert(order[u"number"].toString(), order[u"status"].toString());
        }
        const QString id = ticket[u"id"].toString();
        QStringList messages;
        for (const QJsonValue &message :
             sofia.get(u"/api/v1/tickets/" + id + u"/messages?limit=500")
                 .json()
                 .value(u"messages")
                 .toArray()) {
            if (!message[u"internal"].toBool() && message[u"author_kind"].toString() != u"bot")
                messages << message[u"body"].toString();
        }
        checked += int(messages.size());
        const QString subject = ticket[u"subject"].toString();
        if (std::none_of(all.cbegin(), all.cend(), [&](const Request &request) {
                return belongsTo(request, subject, messages, orders.value(customer));
            })) {
            if (++strays <= 3)
                ADD_FAILURE() << "ticket " << id.toStdString() << " \"" << subject.toStdString()
                              << "\": " << messages.join(u" | ").toStdString();
        }
    }
    EXPECT_EQ(strays, 0) << "conversations whose turns are not about one request";
    EXPECT_GT(checked, tickets.size()) << "the conversations were not read";
}

// Every canned response says its language, and both languages have them.
void expectCannedResponsesLabelled(HttpClient &sofia)
{
    QHash<QString, int> byLanguage;
    for (const QJsonValue &macro :
         sofia.get(QStringLiteral("/api/v1/macros")).json().value(u"macros").toArray()) {
        const QString language = macro[u"locale"].toString();
        EXPECT_TRUE(language == u"en" || language == u"ru")
            << macro[u"title"].toString().toStdString() << ": \"" << language.toStdString() << "\"";
        ++byLanguage[language];
    }
    EXPECT_GE(byLanguage.value(QStringLiteral("en")), 10);
    EXPECT_GE(byLanguage.value(QStringLiteral("ru")), 10);
}

// Over the last 30 days every operator's figures have a value, where the centers we serve have
// theirs: AHT 3.5-11 min, FCR 78-85 %, CSAT 55-87, utilization 60-80 %, 6-20 chats an hour.
void expectFiguresOfRealCenters(HttpClient &sofia)
{
    const QString from = QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODate);
    const HttpReply report = sofia.get(u"/api/v1/metrics/operators?from=" + from);
    ASSERT_EQ(report.status, 200) << report.body.toStdString();
    const QJsonArray operators = report.json().value(u"operators").toArray();
    EXPECT_EQ(operators.size(), 5);
    const auto within = [](const QJsonValue &value, double low, double high) {
        return value.isDouble() && value.toDouble() >= low && value.toDouble() <= high;
    };
    for (const QJsonValue &row : operators) {
        const std::string who = row[u"name"].toString().toStdString();
        EXPECT_GT(row[u"handled"].toInt(), 300) << who;
        EXPECT_TRUE(within(row[u"aht_seconds"], 3.5 * 60, 11 * 60))
            << who << " AHT " << row[u"aht_seconds"].toDouble();
        EXPECT_TRUE(within(row[u"fcr"], 0.78, 0.85)) << who << " FCR " << row[u"fcr"].toDouble();
        EXPECT_TRUE(within(row[u"csat"], 55, 87)) << who << " CSAT " << row[u"csat"].toDouble();
        EXPECT_TRUE(within(row[u"utilization"], 0.6, 0.8))
            << who << " utilization " << row[u"utilization"].toDouble();
        EXPECT_TRUE(within(row[u"chats_per_hour"], 6, 20))
            << who << " chats per hour " << row[u"chats_per_hour"].toDouble();
        EXPECT_GT(row[u"online_seconds"].toDouble(), 20 * 3600) << who;
        EXPECT_GT(row[u"escalations"].toInt() + (who.starts_with("Pavel") ? 1 : 0), 0) << who;
    }
}

// QA (issue 18): the chat and email scorecards in English and Russian, and reviews of the month
// enough for every operator's QA score on the supervisor's board.
void expectQaOfTheMonth(HttpClient &sofia)
{
    QStringList cards;
    for (const QJsonValue &card :
         sofia.get(QStringLiteral("/api/v1/scorecards")).json().value(u"scorecards").toArray())
        cards << card[u"channel"].toString() + u'/' + card[u"locale"].toString();
    cards.sort();
    EXPECT_EQ(cards.join(u' '), u"chat/en chat/ru email/en email/ru");
    const QString from = QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODate);
    const HttpReply board = sofia.get(u"/api/v1/metrics/board?from=" + from);
    ASSERT_EQ(board.status, 200) << board.body.toStdString();
    const QJsonArray operators = board.json().value(u"operators").toArray();
    EXPECT_EQ(operators.size(), 5);
    for (const QJsonValue &row : operators) {
        const QJsonValue score = row[u"qa_score"];
        EXPECT_TRUE(score.isDouble() && score.toDouble() >= 0 && score.toDouble() <= 100)
            << row[u"name"].toString().toStdString() << " QA score " << score.toDouble();
    }
}

// Read from the back office's own SQLite file: the history hangs together with the tickets. CSAT
// only for resolved tickets; every stretch of work older than a day on a shift of its operator;
// every handled ticket's assignment (hers) inside her online time.
void expectHistoryConsistent(const BackOfficeProcess &backOffice)
{
    const qint64 dayAgo = QDateTime::currentDateTimeUtc().addDays(-1).toMSecsSinceEpoch();
    QList<qint64> counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"history"_qs);
        db.setDatabaseName(backOffice.databaseUrl().mid(QStringLiteral("sqlite:").size()));
        ASSERT_TRUE(db.open());
        const QString online = QStringLiteral(
            "EXISTS (SELECT 1 FROM presence_intervals p WHERE p.operator_id = %1 AND p.status = "
            "'online' AND p.started_at <= %2 AND p.ended_at >= %3)");
        const QStringList queries{
            QStringLiteral("SELECT COUNT(*) FROM csat_responses c JOIN tickets t ON t.id = "
                           "c.ticket_id WHERE t.status NOT IN ('resolved', 'closed')"),
            QStringLiteral("SELECT COUNT(*) FROM work_intervals w WHERE w.ended_at < %1 AND "
                           "NOT ")
                    .arg(dayAgo) +
                online.arg(u"w.operator_id"_qs, u"w.started_at"_qs, u"w.ended_at"_qs),
            QStringLiteral("SELECT COUNT(*) FROM ticket_assignments a JOIN tickets t ON t.id = "
                           "a.ticket_id AND t.assignee_id = a.operator_id WHERE a.ended_at < "
                           "%1 AND NOT ")
                    .arg(dayAgo) +
                online.arg(u"a.operator_id"_qs, u"a.assigned_at"_qs, u"a.ended_at"_qs),
            QStringLiteral("SELECT COUNT(*) FROM work_intervals")};
        for (const QString &sql : queries) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
            ASSERT_TRUE(query.next());
            counts << query.value(0).toLongLong();
        }
    }
    QSqlDatabase::removeDatabase(u"history"_qs);
    EXPECT_EQ(counts[0], 0) << "CSAT answers for tickets not resolved";
    EXPECT_EQ(counts[1], 0) << "stretches of work off the operator's shift";
    EXPECT_EQ(counts[2], 0) << "assignments off the operator's shift";
    EXPECT_GT(counts[3], 2000);
}

// The trainer's demo scenario packs (issue 19), checked against the demo KB when seeded.
void expectDemoPacks(const BackOfficeProcess &backOffice)
{
    auto tanya = signIn(backOffice, QStringLiteral("tanya"), QStringLiteral("demo"));
    const QJsonArray packs =
        tanya->get(QStringLiteral("/api/v1/training/packs")).json().value(u"packs").toArray();
    ASSERT_EQ(packs.size(), 2);
    for (const QJsonValue &pack : packs) {
        EXPECT_EQ(pack[u"scenarios"].toInt(), 6);
        EXPECT_TRUE(pack[u"id"].toString() == u"demo-" + pack[u"language"].toString());
    }
}

class DemoDataTest : public ::testing::TestWithParam<Backend>
{
};

} // namespace

TEST_P(DemoDataTest, DemoContactCenterIsComplete)
{
    BackOfficeProcess backOffice({QStringLiteral("--demo")}, GetParam());
    ASSERT_TRUE(backOffice.start());
    // Seeded before start() returned, on this machine's clock: nothing may be later than this.
    const QDateTime started = QDateTime::currentDateTimeUtc();

    expectDemoStaff(backOffice);
    if (HasFatalFailure())
        return;
    auto pavel = signIn(backOffice, QStringLiteral("pavel"), QStringLiteral("demo"));
    EXPECT_EQ(
        pavel->get(QStringLiteral("/api/v1/me")).json().value(QLatin1StringView("line")).toInt(),
        2);

    auto sofia = signIn(backOffice, QStringLiteral("sofia"), QStringLiteral("demo"));
    const QJsonArray tickets = allTickets(*sofia);
    expectDemoTickets(tickets, started);
    if (HasFatalFailure())
        return;

    // A customer card: orders with their timelines and the previous tickets.
    const QJsonObject first = tickets.first().toObject();
    expectCustomerCard(*sofia, first);
    if (HasFatalFailure())
        return;

    // Conversations, escalations, the knowledge base and macros came with the demo too.
    const HttpReply messages = sofia->get(
        u"/api/v1/tickets/" + first.value(QLatin1StringView("id")).toString() + u"/messages");
    EXPECT_FALSE(messages.json().value(QLatin1StringView("messages")).toArray().isEmpty());
    EXPECT_FALSE(sofia->get(QStringLiteral("/api/v1/escalations"))
                     .json()
                     .value(QLatin1StringView("escalations"))
                     .toArray()
                     .isEmpty());
    int articles = 0;
    for (const char *locale : {"en", "ru"}) {
        articles += sofia
                        ->get(QStringLiteral("/api/v1/kb/articles?limit=100&locale=") +
                              QLatin1StringView(locale))
                        .json()
                        .value(QLatin1StringView("articles"))
                        .toArray()
                        .size();
    }
    EXPECT_GE(articles, 50);
    EXPECT_GE(sofia->get(QStringLiteral("/api/v1/macros"))
                  .json()
                  .value(QLatin1StringView("macros"))
                  .toArray()
                  .size(),
              20);
    // Everything is in the change feed, so a client's first sync gets it all.
    const HttpReply feed = sofia->get(QStringLiteral("/api/v1/changes?limit=5000"));
    EXPECT_TRUE(feed.json().value(QLatin1StringView("more")).toBool() ||
                feed.json().value(QLatin1StringView("changes")).toArray().size() > 1000);

    // The 2nd line's feed carries the tickets escalated to it with their conversations.
    expectSecondLineFeed(*pavel, started);

    // Every conversation of the demo's own and one in ten of the history (reading all takes long).
    QJsonArray sample;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        if (!isHistory(tickets[i]) || i % 10 == 0)
            sample.append(tickets[i]);
    }
    expectConversationsHangTogether(*sofia, sample);
    expectFiguresOfRealCenters(*sofia);
    if (GetParam() == Backend::Sqlite)
        expectHistoryConsistent(backOffice);
    expectCannedResponsesLabelled(*sofia);
    expectQaOfTheMonth(*sofia);
    expectDemoPacks(backOffice);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoDataTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

TEST(DemoData, SameSeedSameContactCenterAndOnlyWithDemo)
{
    QList<QStringList> subjects;
    for (int run = 0; run < 2; ++run) {
        BackOfficeProcess backOffice(
            {QStringLiteral("--demo"), QStringLiteral("--demo-seed"), QStringLiteral("7")});
        ASSERT_TRUE(backOffice.start());
        auto sofia = signIn(backOffice, QStringLiteral("sofia"), QStringLiteral("demo"));
        QStringList list;
        for (const QJsonValue &ticket : allTickets(*sofia))
            list << ticket[QLatin1StringView("subject")].toString() + u'|' +
                        ticket[QLatin1StringView("status")].toString();
        subjects << list;
    }
    EXPECT_GT(subjects[0].size(), 2500);
    EXPECT_EQ(subjects[0], subjects[1]);

    BackOfficeProcess plain;
    ASSERT_TRUE(plain.start());
    int status = 0;
    signIn(plain, QStringLiteral("admin"), QStringLiteral("demo"), &status);
    EXPECT_EQ(status, 401);
}

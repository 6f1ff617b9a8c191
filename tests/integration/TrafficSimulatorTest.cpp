// `--demo --simulate N`: live contacts through intake, routed to the simulated colleagues, in
// English and Russian, the same for the same seed.
#include "tests/integration/EventStream.h"
#include "tests/support/BackOfficeProcess.h"
#include "tests/support/HttpClient.h"
#include "tests/support/TestEnvironment.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace frontline::test;

namespace {

std::unique_ptr<HttpClient> signIn(const BackOfficeProcess &backOffice, const QString &username)
{
    return signedInClient(backOffice.baseUrl(), username, u"demo"_qs);
}

// Tickets the simulator opened: after the back office started (the demo's own are all older).
QJsonArray simulatedTickets(HttpClient &client, const QDateTime &since, const QString &filter = {})
{
    QJsonArray list;
    for (const QJsonValue &ticket : client.get(u"/api/v1/tickets?limit=200"_qs + filter)
                                        .json()
                                        .value(QLatin1StringView("tickets"))
                                        .toArray()) {
        if (QDateTime::fromString(ticket[QLatin1StringView("created_at")].toString(),
                                  Qt::ISODateWithMs) >= since)
            list.append(ticket);
    }
    return list;
}

// The first contacts' texts, read from the process's own database.
QStringList firstContacts(const BackOfficeProcess &backOffice, int count)
{
    QStringList texts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"sim"_qs);
        db.setDatabaseName(backOffice.databaseUrl().mid(QStringLiteral("sqlite:").size()));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT body FROM messages WHERE external_id LIKE 'sim-%' "
                                      "ORDER BY id LIMIT %1")
                           .arg(count));
            while (query.next())
                texts << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"sim"_qs);
    return texts;
}

// Work intervals recorded since `since`, read from the process's own database.
int workIntervalsSince(const BackOfficeProcess &backOffice, const QDateTime &since)
{
    int count = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"sim-work"_qs);
        db.setDatabaseName(backOffice.databaseUrl().mid(QStringLiteral("sqlite:").size()));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT COUNT(*) FROM work_intervals WHERE started_at >= %1")
                           .arg(since.toMSecsSinceEpoch()));
            if (query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"sim-work"_qs);
    return count;
}

} // namespace

TEST(TrafficSimulator, ContactsArriveInBothLanguagesAndAreAssignedDeterministically)
{
    QList<QStringList> runs;
    for (int run = 0; run < 2; ++run) {
        BackOfficeProcess backOffice({u"--demo"_qs, u"--simulate"_qs, u"600"_qs});
        const QDateTime since = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(backOffice.start());
        auto sofia = signIn(backOffice, u"sofia"_qs);
        ASSERT_TRUE(waitUntil([&] { return simulatedTickets(*sofia, since).size() >= 12; },
                              std::chrono::seconds(20)));
        runs << firstContacts(backOffice, 5);
        if (run == 1)
            break;

        const QJsonArray tickets = simulatedTickets(*sofia, since);
        static const QRegularExpression cyrillic(u"[А-Яа-яЁё]"_qs);
        int russian = 0;
        QSet<QString> channels;
        for (const QJsonValue &ticket : tickets) {
            russian += cyrillic.match(ticket[QLatin1StringView("subject")].toString()).hasMatch();
            channels << ticket[QLatin1StringView("channel")].toString();
        }
        EXPECT_GT(russian, 0);
        EXPECT_LT(russian, tickets.size());
        EXPECT_TRUE(channels.contains(u"chat"_qs));

        // The simulated colleagues are online and get the new chats routed to them.
        const HttpReply presence = sofia->get(u"/api/v1/presence"_qs);
        QStringList online;
        for (const QJsonValue &entry :
             presence.json().value(QLatin1StringView("operators")).toArray()) {
            if (entry[QLatin1StringView("status")].toString() == u"online")
                online << entry[QLatin1StringView("operator_id")].toString();
        }
        EXPECT_EQ(online.size(), 2);
        EXPECT_TRUE(waitUntil(
            [&] {
                for (const QString &id : std::as_const(online)) {
                    if (!simulatedTickets(*sofia, since, u"&assignee="_qs + id).isEmpty())
                        return true;
                }
                return false;
            },
            std::chrono::seconds(30)));
        // Like a desktop, they report the stretches a ticket is in front of them (handle time).
        EXPECT_TRUE(waitUntil([&] { return workIntervalsSince(backOffice, since) > 0; },
                              std::chrono::seconds(30)));
        const HttpReply kpis = sofia->get(u"/api/v1/metrics/operators"_qs);
        ASSERT_EQ(kpis.status, 200);
        EXPECT_FALSE(kpis.json().value(QLatin1StringView("operators")).toArray().isEmpty());
    }
    ASSERT_EQ(runs[0].size(), 5);
    EXPECT_EQ(runs[0], runs[1]);
}

// Simulated customers type before they answer (issue 18): a supervisor watching their chats
// hears it, as she would hear a chat widget's report through POST /intake/typing.
TEST(TrafficSimulator, CustomersTypeBeforeTheyAnswer)
{
    BackOfficeProcess backOffice({u"--demo"_qs, u"--simulate"_qs, u"600"_qs});
    const QDateTime since = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(backOffice.start());
    auto sofia = signIn(backOffice, u"sofia"_qs);
    EventStream events(backOffice.baseUrl(), sofia->token());
    ASSERT_TRUE(events.opened());
    QSet<QString> watched;
    const bool heard = waitUntil(
        [&] {
            for (const QJsonValue &ticket : simulatedTickets(*sofia, since, u"&channel=chat"_qs)) {
                const QString id = ticket[QLatin1StringView("id")].toString();
                if (!watched.contains(id) &&
                    sofia->send("POST", u"/api/v1/tickets/" + id + u"/monitor", "{}").status == 201)
                    watched << id;
            }
            return events.countOf(u"typing"_qs) > 0;
        },
        std::chrono::seconds(60));
    ASSERT_TRUE(heard) << "watched " << watched.size() << " chats";
    const QJsonObject typing = events.nextOfType(u"typing"_qs);
    EXPECT_TRUE(typing.value(QLatin1StringView("customer")).toBool());
    EXPECT_TRUE(watched.contains(typing.value(QLatin1StringView("ticket_id")).toString()));
}

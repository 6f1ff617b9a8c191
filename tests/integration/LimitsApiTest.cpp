// Issue 16, items 8, 9 and 11: field maxima, status= lists, and what a failure tells the client.
#include "tests/integration/ApiFixture.h"
#include "tests/support/BackOfficeLog.h"
#include "tests/support/TestEnvironment.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace frontline::test {
namespace {

const QLatin1StringView Version("version");

QString errorMessage(const HttpReply &reply)
{
    return reply.json()[QLatin1StringView("error")][QLatin1StringView("message")].toString();
}

QStringList statusesOf(const HttpReply &reply)
{
    QStringList statuses;
    for (const QJsonValue &ticket : reply.json().value(u"tickets").toArray())
        statuses << ticket[QLatin1StringView("status")].toString();
    return statuses;
}

} // namespace

// A 1 MB resolution_code used to be stored and copied into the feed with every later change.
TEST_P(ApiTest, AResolutionCodeOverItsMaximumIsRefusedAndNothingChanges)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QString path = u"/api/v1/tickets/" + ticket.value(u"id").toString();
    const auto patch = [&](const QString &code) {
        return olga->send("PATCH", path,
                          json({{QLatin1StringView("status"), QStringLiteral("resolved")},
                                {QLatin1StringView("resolution_code"), code}}),
                          {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    };

    const HttpReply refused = patch(QString(200000, u'x'));
    EXPECT_EQ(refused.status, 422) << refused.body.toStdString();
    EXPECT_EQ(errorCode(refused), u"too_long");
    EXPECT_EQ(errorField(refused), u"resolution_code");
    EXPECT_EQ(errorMessage(refused), u"resolution_code is longer than 64 characters");
    EXPECT_EQ(olga->get(path).json().value(Version).toInteger(), 1);

    const HttpReply accepted = patch(QString(64, u'x'));
    EXPECT_EQ(accepted.status, 200) << accepted.body.toStdString();
}

// 100,000 tags stalled the request thread; now an article has at most 50, folded in one pass.
TEST_P(ApiTest, AKbArticleOverItsTagMaximumIsRefusedAndTagsFoldOnce)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    const auto create = [&](const QJsonArray &tags) {
        return tanya->send("POST", QStringLiteral("/api/v1/kb/articles"),
                           json({{QLatin1StringView("locale"), QStringLiteral("en")},
                                 {QLatin1StringView("title"), QStringLiteral("Refunds")},
                                 {QLatin1StringView("body"), QStringLiteral("How to refund.")},
                                 {QLatin1StringView("tags"), tags}}));
    };
    QJsonArray tooMany;
    for (int i = 0; i < 100000; ++i)
        tooMany.append(QString::number(i)); // short, so the body stays under 1 MiB
    const HttpReply refused = create(tooMany);
    EXPECT_EQ(refused.status, 422) << refused.body.left(300).toStdString();
    EXPECT_EQ(errorCode(refused), u"too_long");
    EXPECT_EQ(errorField(refused), u"tags");

    QJsonArray fifty;
    for (int i = 0; i < 50; ++i)
        fifty.append(i % 2 ? QStringLiteral(" Refund ") : QStringLiteral("refund%1").arg(i / 2));
    const HttpReply created = create(fifty);
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonArray tags = created.json().value(u"tags").toArray();
    EXPECT_EQ(tags.size(), 26); // 25 distinct refundN and one "refund"
    EXPECT_EQ(tags.at(0).toString(), u"refund0");
    EXPECT_EQ(tags.at(1).toString(), u"refund");
}

// Each length of a status= list was a prepared statement of its own, cached forever.
TEST_P(ApiTest, StatusListsAreDeduplicatedCappedAndBoundAsOneValue)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QString pending = createTicket(*olga, QStringLiteral("orders")).value(u"id").toString();
    createTicket(*olga, QStringLiteral("orders"));
    const HttpReply parked =
        olga->send("PATCH", u"/api/v1/tickets/" + pending,
                   json({{QLatin1StringView("status"), QStringLiteral("pending")}}),
                   {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    ASSERT_EQ(parked.status, 200) << parked.body.toStdString();

    const HttpReply once = olga->get(QStringLiteral("/api/v1/tickets?status=pending"));
    ASSERT_EQ(once.status, 200) << once.body.toStdString();
    EXPECT_EQ(statusesOf(once), QStringList{QStringLiteral("pending")});
    const HttpReply repeated = olga->get(u"/api/v1/tickets?status=" +
                                         QStringList(10, QStringLiteral("pending")).join(u','));
    ASSERT_EQ(repeated.status, 200) << repeated.body.toStdString();
    EXPECT_EQ(repeated.json(), once.json());
    const HttpReply two = olga->get(QStringLiteral("/api/v1/tickets?status=new,pending,new"));
    ASSERT_EQ(two.status, 200) << two.body.toStdString();
    EXPECT_EQ(statusesOf(two).size(), 2);

    const HttpReply tooMany = olga->get(u"/api/v1/tickets?status=" +
                                        QStringList(40000, QStringLiteral("open")).join(u','));
    EXPECT_EQ(tooMany.status, 422) << tooMany.body.left(300).toStdString();
    EXPECT_EQ(errorCode(tooMany), u"too_long");
    EXPECT_EQ(errorField(tooMany), u"status");
    const HttpReply unknown = olga->get(QStringLiteral("/api/v1/tickets?status=open,lost"));
    EXPECT_EQ(unknown.status, 422);
    EXPECT_EQ(errorCode(unknown), u"invalid_field");
}

// A storage error's SQL and driver message went to the client; now only the log has them.
TEST(FailureAnswers, AStorageErrorAnswersAGenericMessageAndTheLogHasItsCauseUnderTheSameId)
{
    BackOfficeLog log;
    BackOfficeProcess backOffice;
    ASSERT_TRUE(backOffice.addUser(QStringLiteral("olga"), QStringLiteral("operator"),
                                   {QStringLiteral("orders")}));
    ASSERT_TRUE(backOffice.start());
    auto olga = signedInClient(backOffice.baseUrl(), QStringLiteral("olga"));
    const HttpReply fine = olga->get(QStringLiteral("/api/v1/tickets"));
    EXPECT_EQ(fine.header("X-Request-Id").size(), 16) << fine.body.toStdString();

    // A real storage error: another process holds the write lock past the busy timeout.
    const QString connection = QStringLiteral("lock-holder");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(backOffice.databaseUrl().mid(QStringLiteral("sqlite:").size()));
        ASSERT_TRUE(db.open());
        QSqlQuery lock(db);
        ASSERT_TRUE(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const HttpReply failed =
            olga->send("POST", QStringLiteral("/api/v1/tickets"),
                       R"({"queue": "orders", "subject": "Where is my parcel?"})");
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();

        ASSERT_EQ(failed.status, 500) << failed.body.toStdString();
        const QByteArray id = failed.header("X-Request-Id");
        ASSERT_EQ(id.size(), 16);
        const QString message = errorMessage(failed);
        EXPECT_EQ(failed.json()[QLatin1StringView("error")][QLatin1StringView("code")].toString(),
                  u"internal_error");
        EXPECT_EQ(message, u"Something went wrong on the back office (request " +
                               QString::fromLatin1(id) + u").");
        for (const char *secret : {"BEGIN", "SELECT", "INSERT", "locked", "database", "sqlite"})
            EXPECT_FALSE(failed.body.contains(secret))
                << secret << ": " << failed.body.toStdString();

        EXPECT_TRUE(waitUntil([&] {
            const QStringList lines = log.lines();
            return std::any_of(lines.begin(), lines.end(), [&](const QString &line) {
                return line.contains(QString::fromLatin1(id)) && line.contains(u"locked");
            });
        })) << log.lines().join(u'\n').toStdString();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace frontline::test

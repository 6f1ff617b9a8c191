// The audit log (issue 18, item 5): a supervisor's reassignment and a help flag she lowers each
// leave exactly one row, a refused or repeated one none; supervisors and admins read the rows
// filtered and paged, as JSON or CSV; no route and no SQL statement changes or removes one.
#include "tests/integration/ContactFlowFixture.h"
#include "tests/integration/CsvRecords.h"

#include <utility>

using namespace frontline::test;

namespace {

const QLatin1StringView Entries("entries");
const QLatin1StringView NextBefore("next_before");
const QLatin1StringView Details("details");

class AuditApiTest : public ContactFlowTest
{
protected:
    QStringList extraArguments() const override
    {
        return ContactFlowTest::extraArguments() << QStringLiteral("--test-clock");
    }
    HttpReply reassign(HttpClient &client, const QString &ticketId, const QString &assignee,
                       const QString &reason, const QByteArray &version = {})
    {
        auto admin = signIn(QStringLiteral("admin"));
        const QByteArray match = version.isEmpty() ? ifMatch(ticket(*admin, ticketId)) : version;
        return client.send("PATCH", u"/api/v1/tickets/" + ticketId,
                           json({{QLatin1StringView("assignee_id"), assignee},
                                 {QLatin1StringView("assignment_reason"), reason}}),
                           {{"Content-Type", "application/json"}, {"If-Match", match}});
    }
    // A chat of a customer of its own, taken by `op`.
    QString chatOf(HttpClient &op, const QString &customer)
    {
        const QString id = intake(QStringLiteral("chat"), customer, customer);
        claim(op, id);
        return id;
    }
    static QString raiseFlag(HttpClient &op, const QString &ticketId)
    {
        const HttpReply raised =
            op.send("POST", u"/api/v1/tickets/" + ticketId + u"/help-flags",
                    json({{QLatin1StringView("note"), QStringLiteral("Refund over the limit")}}));
        EXPECT_EQ(raised.status, 201) << raised.body.toStdString();
        return raised.json()[QLatin1StringView("id")].toString();
    }
    static HttpReply lower(HttpClient &client, const QString &flagId)
    {
        return client.send("PATCH", u"/api/v1/help-flags/" + flagId,
                           QByteArrayLiteral(R"({"status":"lowered"})"));
    }
    int rows()
    {
        QVariant count;
        EXPECT_TRUE(backOffice->query(QStringLiteral("SELECT COUNT(*) FROM audit_log"), &count));
        return count.toInt();
    }
    static QJsonArray entries(HttpClient &client, const QString &query = {})
    {
        const HttpReply reply = client.get(u"/api/v1/audit" + query);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json()[Entries].toArray();
    }
    static QStringList idsOf(const QJsonArray &page)
    {
        QStringList ids;
        for (const QJsonValue &entry : page)
            ids << entry[QLatin1StringView("id")].toString();
        return ids;
    }
};

} // namespace

// Sofia moves olga's chat to ivan: one row that says who, what, which ticket, to whom, from whom
// and why. The same request again is stale (412), ivan over his limit is refused (409), and
// neither writes a row; routing's and olga's own assignments never did.
TEST_P(AuditApiTest, ASupervisorsReassignmentLeavesExactlyOneRow)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString chat = chatOf(*olga, QStringLiteral("a1"));
    EXPECT_EQ(rows(), 0);

    const QByteArray version = ifMatch(ticket(*sofia, chat));
    const QString why = QStringLiteral("The customer asks about a delivery");
    HttpReply reply = reassign(*sofia, chat, myId(*ivan), why, version);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reassign(*sofia, chat, myId(*ivan), why, version).status, 412);
    ASSERT_EQ(rows(), 1);

    const QJsonArray log = entries(*sofia);
    ASSERT_EQ(log.size(), 1);
    const QJsonObject row = log[0].toObject();
    EXPECT_EQ(row[QLatin1StringView("actor_id")].toString(), myId(*sofia));
    EXPECT_EQ(row[QLatin1StringView("actor_name")].toString(), u"sofia");
    EXPECT_EQ(row[QLatin1StringView("actor_role")].toString(), u"supervisor");
    EXPECT_EQ(row[QLatin1StringView("action")].toString(), u"reassign");
    EXPECT_EQ(row[QLatin1StringView("ticket_id")].toString(), chat);
    EXPECT_EQ(row[QLatin1StringView("ticket_number")].toInteger(),
              ticket(*sofia, chat)[QLatin1StringView("number")].toInteger());
    EXPECT_EQ(row[QLatin1StringView("subject_id")].toString(), myId(*ivan));
    EXPECT_EQ(row[QLatin1StringView("subject_name")].toString(), u"ivan");
    EXPECT_EQ(row[Details].toObject(),
              (QJsonObject{{QLatin1StringView("reason"), why},
                           {QLatin1StringView("from_operator_id"), myId(*olga)}}));
    // Written with the move, by the back office's clock.
    const qint64 lag =
        ms(row[QLatin1StringView("at")]) - ms(reply.json()[QLatin1StringView("updated_at")]);
    EXPECT_GE(lag, 0);
    EXPECT_LT(lag, 5000);

    // Ivan allowed one chat, which he has: the next reassignment to him is refused, unaudited.
    ASSERT_EQ(sofia
                  ->send("PATCH", u"/api/v1/operators/" + myId(*ivan),
                         json({{QLatin1StringView("max_chats"), 1}}))
                  .status,
              200);
    const QString second = chatOf(*olga, QStringLiteral("a2"));
    EXPECT_EQ(reassign(*sofia, second, myId(*ivan), why).status, 409);
    EXPECT_EQ(rows(), 1);

    // An admin's reassignment is audited in her role.
    auto admin = signIn(QStringLiteral("admin"));
    ASSERT_EQ(reassign(*admin, chat, myId(*olga), QString()).status, 200);
    ASSERT_EQ(rows(), 2);
    const QJsonObject adminRow = entries(*sofia)[0].toObject();
    EXPECT_EQ(adminRow[QLatin1StringView("actor_role")].toString(), u"admin");
    EXPECT_EQ(adminRow[Details][QLatin1StringView("from_operator_id")].toString(), myId(*ivan));
}

// Sofia lowers olga's flag: one row naming olga and the flag. Lowering it again answers the flag
// as it is and writes nothing; olga withdrawing a flag of her own is not audited.
TEST_P(AuditApiTest, AHelpFlagLoweredByASupervisorLeavesExactlyOneRow)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString chat = chatOf(*olga, QStringLiteral("f1"));
    const QString flag = raiseFlag(*olga, chat);
    ASSERT_EQ(lower(*sofia, flag).status, 200);
    ASSERT_EQ(lower(*sofia, flag).status, 200);
    ASSERT_EQ(rows(), 1);
    const QJsonObject row = entries(*sofia)[0].toObject();
    EXPECT_EQ(row[QLatin1StringView("action")].toString(), u"help_flag_lowered");
    EXPECT_EQ(row[QLatin1StringView("actor_id")].toString(), myId(*sofia));
    EXPECT_EQ(row[QLatin1StringView("ticket_id")].toString(), chat);
    EXPECT_EQ(row[QLatin1StringView("subject_id")].toString(), myId(*olga));
    EXPECT_EQ(row[QLatin1StringView("subject_name")].toString(), u"olga");
    EXPECT_EQ(row[Details].toObject(), (QJsonObject{{QLatin1StringView("help_flag_id"), flag}}));

    const QString own = raiseFlag(*olga, chat);
    ASSERT_EQ(lower(*olga, own).status, 200);
    EXPECT_EQ(rows(), 1);
}

// Five actions a second apart: the log reads them newest first, page by page with next_before,
// and each filter (actor, ticket, operator concerned, action, window) narrows it alone or together.
TEST_P(AuditApiTest, TheLogIsFilteredAndPaged)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto admin = signIn(QStringLiteral("admin"));
    const QString olgaId = myId(*olga);
    const QString ivanId = myId(*ivan);
    const QString first = chatOf(*olga, QStringLiteral("p1"));
    const QString second = chatOf(*olga, QStringLiteral("p2"));
    ASSERT_EQ(reassign(*sofia, first, ivanId, QStringLiteral("one")).status, 200);
    advance(*sofia, 1000);
    ASSERT_EQ(reassign(*admin, first, olgaId, QStringLiteral("two")).status, 200);
    advance(*sofia, 1000);
    ASSERT_EQ(lower(*sofia, raiseFlag(*olga, second)).status, 200);
    advance(*sofia, 1000);
    ASSERT_EQ(reassign(*sofia, second, ivanId, QStringLiteral("four")).status, 200);
    advance(*sofia, 1000);
    ASSERT_EQ(reassign(*sofia, second, olgaId, QStringLiteral("five")).status, 200);

    const QJsonArray all = entries(*sofia);
    ASSERT_EQ(all.size(), 5);
    const QStringList ids = idsOf(all); // newest first: five, four, the flag, two, one
    for (int i = 1; i < ids.size(); ++i)
        EXPECT_GT(ids[i - 1].toLongLong(), ids[i].toLongLong());
    EXPECT_EQ(all[0][Details][QLatin1StringView("reason")].toString(), u"five");
    EXPECT_EQ(all[4][Details][QLatin1StringView("reason")].toString(), u"one");

    // Pages of two: 2 + 2 + 1, the last one saying there is no more.
    QStringList paged;
    QString before;
    for (int page = 0; page < 3; ++page) {
        const HttpReply reply = sofia->get(u"/api/v1/audit?limit=2" +
                                           (before.isEmpty() ? QString() : u"&before=" + before));
        ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
        const QJsonArray rowsOfPage = reply.json()[Entries].toArray();
        paged << idsOf(rowsOfPage);
        before = reply.json()[NextBefore].toString();
        EXPECT_EQ(reply.json()[NextBefore].isNull(), page == 2) << page;
        if (page < 2) {
            EXPECT_EQ(before, rowsOfPage.last()[QLatin1StringView("id")].toString());
        }
    }
    EXPECT_EQ(paged, ids);
    // A page that ends exactly at the oldest row says so too.
    EXPECT_TRUE(sofia->get(QStringLiteral("/api/v1/audit?limit=5")).json()[NextBefore].isNull());
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/audit?limit=4")).json()[NextBefore].toString(),
              ids[3]);

    EXPECT_EQ(idsOf(entries(*sofia, QStringLiteral("?action=help_flag_lowered"))),
              QStringList{ids[2]});
    EXPECT_EQ(idsOf(entries(*sofia, u"?actor_id=" + myId(*admin))), QStringList{ids[3]});
    EXPECT_EQ(idsOf(entries(*sofia, u"?ticket_id=" + second)), ids.mid(0, 3));
    EXPECT_EQ(idsOf(entries(*sofia, u"?subject_id=" + ivanId)), (QStringList{ids[1], ids[4]}));
    EXPECT_EQ(idsOf(entries(*admin, u"?action=reassign&actor_id=" + myId(*sofia) + u"&ticket_id=" +
                                        second)),
              ids.mid(0, 2));
    // The window: from inclusive, to exclusive.
    const QString flagAt = rfc3339(ms(all[2][QLatin1StringView("at")]));
    EXPECT_EQ(idsOf(entries(*sofia, u"?from=" + flagAt)), ids.mid(0, 3));
    EXPECT_EQ(idsOf(entries(*sofia, u"?to=" + flagAt)), ids.mid(3));
    EXPECT_EQ(idsOf(entries(*sofia, u"?from=" + rfc3339(ms(all[3][QLatin1StringView("at")])) +
                                        u"&to=" + rfc3339(ms(all[1][QLatin1StringView("at")])))),
              ids.mid(2, 2));
    EXPECT_TRUE(entries(*sofia, QStringLiteral("?ticket_id=999999")).isEmpty());
}

// A bad filter is refused naming it, never read as "no filter".
TEST_P(AuditApiTest, ABadFilterIsRefusedNamingTheField)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    const QList<std::pair<QString, QString>> bad{
        {QStringLiteral("action=delete_everything"), QStringLiteral("action")},
        {QStringLiteral("actor_id=sofia"), QStringLiteral("actor_id")},
        {QStringLiteral("ticket_id=-3"), QStringLiteral("ticket_id")},
        {QStringLiteral("subject_id=0"), QStringLiteral("subject_id")},
        {QStringLiteral("before=x"), QStringLiteral("before")},
        {QStringLiteral("from=yesterday"), QStringLiteral("from")},
        {QStringLiteral("to=2026-13-01T00:00:00Z"), QStringLiteral("to")},
        {QStringLiteral("from=2026-12-07T10:00:00Z&to=2026-12-07T10:00:00Z"),
         QStringLiteral("from")},
        {QStringLiteral("limit=0"), QStringLiteral("limit")},
        {QStringLiteral("limit=501"), QStringLiteral("limit")},
        {QStringLiteral("format=xml"), QStringLiteral("format")},
        {u"actor_id=" + QString(21, u'1'), QStringLiteral("actor_id")},
    };
    for (const auto &[query, field] : bad) {
        const HttpReply reply = sofia->get(u"/api/v1/audit?" + query);
        EXPECT_EQ(reply.status, 422) << query.toStdString() << ": " << reply.body.toStdString();
        EXPECT_EQ(errorField(reply), field) << query.toStdString();
    }
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/audit?limit=500")).status, 200);
}

namespace {} // namespace

// The CSV export holds the same rows as the JSON, field by field, however the reason is written:
// commas, quotes, a line break and Cyrillic survive the quoting. Accept: text/csv asks for it too.
TEST_P(AuditApiTest, TheCsvExportHoldsTheSameRowsFieldByField)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString chat = chatOf(*olga, QStringLiteral("c1"));
    const QString why = QStringLiteral("Клиент сказал \"нет\", дважды,\nпотом ушёл");
    ASSERT_EQ(reassign(*sofia, chat, myId(*ivan), why).status, 200);
    ASSERT_EQ(lower(*sofia, raiseFlag(*ivan, chat)).status, 200);

    const QJsonArray json = entries(*sofia);
    ASSERT_EQ(json.size(), 2);
    const HttpReply csv = sofia->get(QStringLiteral("/api/v1/audit?format=csv"));
    ASSERT_EQ(csv.status, 200) << csv.body.toStdString();
    EXPECT_TRUE(csv.header("Content-Type").startsWith("text/csv"));
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/audit"), {{"Accept", "text/csv"}}).body, csv.body);
    const QList<QStringList> records = parseCsv(csv.body);
    ASSERT_EQ(records.size(), 3) << csv.body.toStdString();
    const QStringList header{QStringLiteral("id"),         QStringLiteral("at"),
                             QStringLiteral("actor_id"),   QStringLiteral("actor_name"),
                             QStringLiteral("actor_role"), QStringLiteral("action"),
                             QStringLiteral("ticket_id"),  QStringLiteral("ticket_number"),
                             QStringLiteral("subject_id"), QStringLiteral("subject_name"),
                             QStringLiteral("details")};
    EXPECT_EQ(records[0], header);
    for (int row = 0; row < 2; ++row) {
        const QJsonObject entry = json[row].toObject();
        ASSERT_EQ(records[row + 1].size(), header.size()) << row;
        for (int column = 0; column < header.size(); ++column) {
            const QString &cell = records[row + 1][column];
            const QJsonValue value = entry.value(header[column]);
            if (header[column] == u"details")
                EXPECT_EQ(QJsonDocument::fromJson(cell.toUtf8()).object(), value.toObject());
            else if (header[column] == u"ticket_number")
                EXPECT_EQ(cell.toLongLong(), value.toInteger());
            else if (header[column] == u"at")
                EXPECT_EQ(ms(cell), ms(value));
            else
                EXPECT_EQ(cell, value.toString()) << header[column].toStdString();
        }
    }
    EXPECT_EQ(QJsonDocument::fromJson(records[2][10].toUtf8())[QLatin1StringView("reason")], why);
    // A page of CSV names the next one in a header, as the JSON does in next_before.
    const HttpReply page = sofia->get(QStringLiteral("/api/v1/audit?format=csv&limit=1"));
    EXPECT_EQ(parseCsv(page.body).size(), 2);
    EXPECT_EQ(page.header("Next-Before"), json[0][QLatin1StringView("id")].toString().toLatin1());
    EXPECT_TRUE(sofia->get(QStringLiteral("/api/v1/audit?format=csv&limit=2"))
                    .header("Next-Before")
                    .isEmpty());
}

// Only supervisors and admins read the log; no route writes, changes or removes a row, and the
// database's triggers refuse a statement run straight on it, on SQLite and PostgreSQL alike.
TEST_P(AuditApiTest, NothingChangesOrRemovesARow)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    const QString chat = chatOf(*olga, QStringLiteral("n1"));
    ASSERT_EQ(reassign(*sofia, chat, myId(*ivan), QStringLiteral("kept")).status, 200);
    const QString id = entries(*sofia)[0][QLatin1StringView("id")].toString();

    for (HttpClient *reader : {olga.get(), tanya.get()})
        EXPECT_EQ(reader->get(QStringLiteral("/api/v1/audit")).status, 403);
    HttpClient integration(backOffice->baseUrl());
    integration.setBearerToken(channelToken());
    EXPECT_EQ(integration.get(QStringLiteral("/api/v1/audit")).status, 403);
    EXPECT_EQ(anonymous()->get(QStringLiteral("/api/v1/audit")).status, 401);

    for (const QByteArray method : {"POST", "PUT", "PATCH", "DELETE"}) {
        const HttpReply onLog =
            sofia->send(method, QStringLiteral("/api/v1/audit"), QByteArrayLiteral("{}"));
        EXPECT_EQ(onLog.status, 405) << method.toStdString();
        EXPECT_EQ(onLog.header("Allow"), "GET");
        EXPECT_EQ(sofia->send(method, u"/api/v1/audit/" + id, QByteArrayLiteral("{}")).status, 404)
            << method.toStdString();
    }
    EXPECT_EQ(sofia->get(u"/api/v1/audit/" + id).status, 404);

    const auto refused = [&](const QString &sql) {
        const ::testing::AssertionResult result = backOffice->execute(sql);
        EXPECT_FALSE(result) << sql.toStdString();
        EXPECT_TRUE(QString::fromUtf8(result.message()).contains(u"audit rows are never"))
            << result.message();
    };
    refused(u"UPDATE audit_log SET details = '{}' WHERE id = " + id);
    refused(u"UPDATE audit_log SET actor_id = " + myId(*olga));
    refused(u"DELETE FROM audit_log WHERE id = " + id);
    refused(QStringLiteral("DELETE FROM audit_log"));
    ASSERT_EQ(rows(), 1);
    EXPECT_EQ(entries(*sofia)[0][Details][QLatin1StringView("reason")].toString(), u"kept");
}

INSTANTIATE_TEST_SUITE_P(Backends, AuditApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

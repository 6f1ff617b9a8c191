// Help flags (issue 17, item 4): an operator raises one on a conversation she can see, a
// supervisor lowers it, and the change feed carries both to exactly those it concerns.
#include "tests/integration/ApiFixture.h"

using namespace frontline::test;

namespace {

const QLatin1StringView Id("id");
const QLatin1StringView Status("status");

QString flagsPath(const QJsonObject &ticket)
{
    return u"/api/v1/tickets/" + ticket.value(Id).toString() + u"/help-flags";
}

QByteArray noteBody(const QString &note)
{
    return QJsonDocument(QJsonObject{{QLatin1StringView("note"), note}})
        .toJson(QJsonDocument::Compact);
}

QByteArray lowered()
{
    return QByteArrayLiteral(R"({"status":"lowered"})");
}

// The help_flag changes in `client`'s feed, by flag id and op ("7 create").
QStringList flagChanges(HttpClient &client)
{
    QStringList found;
    for (const QJsonValue &change : client.get(QStringLiteral("/api/v1/changes?limit=1000"))
                                        .json()
                                        .value(QLatin1StringView("changes"))
                                        .toArray()) {
        if (change[QLatin1StringView("entity")].toString() == u"help_flag")
            found << change[Id].toString() + u' ' + change[QLatin1StringView("op")].toString();
    }
    return found;
}

QJsonArray flagsOf(HttpClient &client, const QString &query = {})
{
    return client.get(u"/api/v1/help-flags" + query)
        .json()
        .value(QLatin1StringView("help_flags"))
        .toArray();
}

} // namespace

TEST_P(ApiTest, HelpFlagRoundTripFromOperatorToSupervisorAndBack)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("returns"));

    const HttpReply raised = olga->send("POST", flagsPath(ticket),
                                        noteBody(QStringLiteral("  Refund over the limit  ")));
    ASSERT_EQ(raised.status, 201) << raised.body.toStdString();
    const QJsonObject flag = raised.json();
    EXPECT_EQ(flag.value(Status).toString(), u"raised");
    EXPECT_EQ(flag.value(QLatin1StringView("note")).toString(), u"Refund over the limit");
    EXPECT_EQ(flag.value(QLatin1StringView("ticket_number")).toInteger(),
              ticket.value(QLatin1StringView("number")).toInteger());
    EXPECT_EQ(flag.value(QLatin1StringView("raised_by_name")).toString(), u"olga");
    EXPECT_FALSE(flag.value(QLatin1StringView("raised_at")).toString().isEmpty());
    EXPECT_TRUE(flag.value(QLatin1StringView("lowered_at")).isNull());

    // The supervisor sees it among the raised flags; the operator among her own.
    ASSERT_EQ(flagsOf(*sofia).size(), 1);
    EXPECT_EQ(flagsOf(*sofia).at(0)[Id].toString(), flag.value(Id).toString());
    ASSERT_EQ(flagsOf(*olga).size(), 1);

    const QString path = u"/api/v1/help-flags/" + flag.value(Id).toString();
    const HttpReply down = sofia->send("PATCH", path, lowered());
    ASSERT_EQ(down.status, 200) << down.body.toStdString();
    EXPECT_EQ(down.json().value(Status).toString(), u"lowered");
    EXPECT_EQ(down.json().value(QLatin1StringView("lowered_by_name")).toString(), u"sofia");
    EXPECT_FALSE(down.json().value(QLatin1StringView("lowered_at")).toString().isEmpty());
    EXPECT_TRUE(flagsOf(*sofia).isEmpty());
    EXPECT_EQ(flagsOf(*sofia, QStringLiteral("?status=lowered")).size(), 1);
    // Lowering again changes nothing and says so calmly: a retried lowering is safe.
    const HttpReply again = sofia->send("PATCH", path, lowered());
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.json().value(QLatin1StringView("lowered_at")),
              down.json().value(QLatin1StringView("lowered_at")));

    // The operator learns it was lowered, through her feed.
    const QString id = flag.value(Id).toString();
    EXPECT_EQ(flagChanges(*olga), (QStringList{id + u" create", id + u" update"}));
    EXPECT_EQ(flagChanges(*sofia), (QStringList{id + u" create", id + u" update"}));
}

TEST_P(ApiTest, OneRaisedHelpFlagPerTicketAndAnIdempotentRetry)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QList<QPair<QByteArray, QByteArray>> keyed{{"Content-Type", "application/json"},
                                                     {"Idempotency-Key", "flag-1"}};
    const HttpReply first = olga->send("POST", flagsPath(ticket), noteBody({}), keyed);
    ASSERT_EQ(first.status, 201) << first.body.toStdString();
    // The same request again is the first answer, not a 409 for its own flag.
    const HttpReply replay = olga->send("POST", flagsPath(ticket), noteBody({}), keyed);
    EXPECT_EQ(replay.status, 201);
    EXPECT_EQ(replay.header("Idempotent-Replayed"), "true");
    EXPECT_EQ(replay.json().value(Id), first.json().value(Id));
    // Another request while the flag is up is refused.
    const HttpReply second = olga->send("POST", flagsPath(ticket), noteBody(QStringLiteral("?")));
    EXPECT_EQ(second.status, 409);
    EXPECT_EQ(errorCode(second), u"conflict");
    // Withdrawn by her, a new one may go up.
    ASSERT_EQ(
        olga->send("PATCH", u"/api/v1/help-flags/" + first.json().value(Id).toString(), lowered())
            .status,
        200);
    EXPECT_EQ(olga->send("POST", flagsPath(ticket), noteBody(QStringLiteral("again"))).status, 201);
}

TEST_P(ApiTest, HelpFlagsStayWithinWhatEachRoleMaySee)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("returns"));
    // Ivan does not handle returns: the ticket does not exist for him.
    EXPECT_EQ(ivan->send("POST", flagsPath(ticket), noteBody({})).status, 404);
    // Supervisors answer flags; they do not raise them. Trainers have nothing of this.
    EXPECT_EQ(sofia->send("POST", flagsPath(ticket), noteBody({})).status, 403);
    EXPECT_EQ(tanya->send("POST", flagsPath(ticket), noteBody({})).status, 403);
    EXPECT_EQ(tanya->get(QStringLiteral("/api/v1/help-flags")).status, 403);

    const HttpReply raised = olga->send("POST", flagsPath(ticket), noteBody(QStringLiteral("x")));
    ASSERT_EQ(raised.status, 201);
    const QString path = u"/api/v1/help-flags/" + raised.json().value(Id).toString();
    // Another operator neither sees nor lowers it.
    EXPECT_TRUE(flagsOf(*ivan).isEmpty());
    EXPECT_EQ(ivan->send("PATCH", path, lowered()).status, 404);
    EXPECT_EQ(tanya->send("PATCH", path, lowered()).status, 403);
    EXPECT_TRUE(flagChanges(*ivan).isEmpty());
    EXPECT_TRUE(flagChanges(*tanya).isEmpty());
    EXPECT_EQ(flagChanges(*sofia).size(), 1);
    EXPECT_EQ(sofia->send("PATCH", QStringLiteral("/api/v1/help-flags/999999"), lowered()).status,
              404);
}

TEST_P(ApiTest, HelpFlagRequestsAreChecked)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const HttpReply tooLong = olga->send("POST", flagsPath(ticket), noteBody(QString(501, u'a')));
    EXPECT_EQ(tooLong.status, 422);
    EXPECT_EQ(errorCode(tooLong), u"too_long");
    EXPECT_EQ(errorField(tooLong), u"note");
    EXPECT_EQ(olga->send("POST", flagsPath(ticket), QByteArrayLiteral(R"({"note":5})")).status,
              422);
    EXPECT_EQ(olga->send("POST", flagsPath(ticket), QByteArrayLiteral("{")).status, 400);
    // Nothing of the refused requests was kept.
    EXPECT_TRUE(flagsOf(*sofia).isEmpty());

    const HttpReply raised = olga->send("POST", flagsPath(ticket), noteBody(QString(500, u'a')));
    ASSERT_EQ(raised.status, 201);
    const HttpReply wrong =
        sofia->send("PATCH", u"/api/v1/help-flags/" + raised.json().value(Id).toString(),
                    QByteArrayLiteral(R"({"status":"raised"})"));
    EXPECT_EQ(wrong.status, 422);
    EXPECT_EQ(errorField(wrong), u"status");
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/help-flags?status=maybe")).status, 422);
}

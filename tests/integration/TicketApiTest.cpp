#include "tests/integration/ApiFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace frontline::test;

namespace {
const QLatin1StringView Id("id");
const QLatin1StringView Version("version");

QString path(const QJsonObject &ticket)
{
    return u"/api/v1/tickets/" + ticket.value(Id).toString();
}
} // namespace

TEST_P(ApiTest, CreateAndGetTicketWithETag)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject created =
        createTicket(*olga, QStringLiteral("orders"), QStringLiteral("<b>Where</b> is order #77?"));
    EXPECT_EQ(created.value(QLatin1StringView("status")).toString(), u"new");
    EXPECT_EQ(created.value(Version).toInteger(), 1);
    EXPECT_GT(created.value(QLatin1StringView("number")).toInteger(), 1000);

    const HttpReply got = olga->get(path(created));
    ASSERT_EQ(got.status, 200);
    EXPECT_EQ(got.header("ETag"), "\"1\"");
    // Customer-supplied text is stored and returned verbatim, HTML and all.
    EXPECT_EQ(got.json().value(QLatin1StringView("subject")).toString(),
              u"<b>Where</b> is order #77?");
}

TEST_P(ApiTest, PatchNeedsIfMatchAndRefusesStaleVersions)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const QByteArray body = json({{QLatin1StringView("priority"), QStringLiteral("high")}});

    HttpReply reply = olga->send("PATCH", path(ticket), body);
    EXPECT_EQ(reply.status, 428);
    EXPECT_EQ(errorCode(reply), u"precondition_required");

    reply = olga->send("PATCH", path(ticket), body,
                       {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json().value(Version).toInteger(), 2);
    EXPECT_EQ(reply.header("ETag"), "\"2\"");
    EXPECT_EQ(reply.json().value(QLatin1StringView("priority")).toString(), u"high");

    reply = olga->send("PATCH", path(ticket),
                       json({{QLatin1StringView("priority"), QStringLiteral("low")}}),
                       {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    EXPECT_EQ(reply.status, 412);
    EXPECT_EQ(errorCode(reply), u"version_mismatch");
    EXPECT_EQ(reply.header("ETag"), "\"2\"");
    EXPECT_EQ(olga->get(path(ticket)).json().value(QLatin1StringView("priority")).toString(),
              u"high");
}

TEST_P(ApiTest, PatchValidatesEveryField)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const auto patch = [&](const QJsonObject &fields) {
        return olga->send("PATCH", path(ticket), json(fields),
                          {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    };
    struct Case
    {
        QJsonObject fields;
        const char *field;
    };
    const Case cases[] = {
        {{{QLatin1StringView("status"), QStringLiteral("lost")}}, "status"},
        {{{QLatin1StringView("priority"), 5}}, "priority"},
        {{{QLatin1StringView("queue"), QStringLiteral("nowhere")}}, "queue"},
        {{{QLatin1StringView("number"), 7}}, "number"},
        {{{QLatin1StringView("status"), QStringLiteral("resolved")}}, "resolution_code"},
        {{{QLatin1StringView("assignee_id"), QStringLiteral("abc")}}, "assignee_id"},
        {{{QLatin1StringView("subject"), QString(501, u'x')}}, "subject"},
    };
    for (const Case &c : cases) {
        const HttpReply reply = patch(c.fields);
        EXPECT_EQ(reply.status, 422) << c.field << " " << reply.body.toStdString();
        EXPECT_EQ(errorField(reply), QString::fromLatin1(c.field)) << reply.body.toStdString();
    }
    // Nothing of the refused patches was applied.
    EXPECT_EQ(olga->get(path(ticket)).json().value(Version).toInteger(), 1);

    HttpReply reply =
        olga->send("PATCH", path(ticket),
                   "{\"status\": ", {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    EXPECT_EQ(reply.status, 400);
    reply = olga->send("PATCH", path(ticket), "status=open",
                       {{"Content-Type", "text/plain"}, {"If-Match", "\"1\""}});
    EXPECT_EQ(reply.status, 415);
}

TEST_P(ApiTest, ResolveReopenAndClose)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));
    const auto patch = [&](const QJsonObject &fields, int version) {
        return olga->send("PATCH", path(ticket), json(fields),
                          {{"Content-Type", "application/json"},
                           {"If-Match", '"' + QByteArray::number(version) + '"'}});
    };
    HttpReply reply = patch({{QLatin1StringView("status"), QStringLiteral("resolved")},
                             {QLatin1StringView("resolution_code"), QStringLiteral("answered")}},
                            1);
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(reply.json().value(QLatin1StringView("resolution_code")).toString(), u"answered");
    reply = patch({{QLatin1StringView("status"), QStringLiteral("open")}}, 2);
    ASSERT_EQ(reply.status, 200);
    reply = patch({{QLatin1StringView("status"), QStringLiteral("closed")}}, 3);
    ASSERT_EQ(reply.status, 200);
    reply = patch({{QLatin1StringView("status"), QStringLiteral("open")}}, 4);
    EXPECT_EQ(reply.status, 409);
    EXPECT_EQ(errorCode(reply), u"conflict");
}

TEST_P(ApiTest, OperatorsSeeOnlyTheirQueuesAndOwnTickets)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QJsonObject orders = createTicket(*olga, QStringLiteral("orders"));
    const QJsonObject delivery = createTicket(*ivan, QStringLiteral("delivery"));

    EXPECT_EQ(ivan->get(path(orders)).status, 404);
    EXPECT_EQ(olga->get(path(delivery)).status, 404);
    EXPECT_EQ(sofia->get(path(orders)).status, 200);
    EXPECT_EQ(sofia->get(path(delivery)).status, 200);

    const auto ids = [](const HttpReply &reply) {
        QStringList list;
        for (const QJsonValue &t : reply.json().value(QLatin1StringView("tickets")).toArray())
            list << t.toObject().value(QLatin1StringView("id")).toString();
        return list;
    };
    EXPECT_EQ(ids(olga->get(QStringLiteral("/api/v1/tickets"))),
              QStringList{orders.value(Id).toString()});
    EXPECT_EQ(ids(ivan->get(QStringLiteral("/api/v1/tickets"))),
              QStringList{delivery.value(Id).toString()});
    EXPECT_EQ(ids(sofia->get(QStringLiteral("/api/v1/tickets"))).size(), 2);

    // Operators may take a ticket themselves but not hand one to a colleague.
    HttpReply reply = olga->send("PATCH", path(orders),
                                 json({{QLatin1StringView("assignee_id"), QStringLiteral("2")}}),
                                 {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    EXPECT_EQ(reply.status, 403);
    const QString olgaId = olga->get(QStringLiteral("/api/v1/me")).json().value(Id).toString();
    reply = olga->send("PATCH", path(orders), json({{QLatin1StringView("assignee_id"), olgaId}}),
                       {{"Content-Type", "application/json"}, {"If-Match", "\"1\""}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();

    // A supervisor moves it to delivery and assigns it to ivan: olga no longer sees it.
    const QString ivanId = ivan->get(QStringLiteral("/api/v1/me")).json().value(Id).toString();
    reply = sofia->send("PATCH", path(orders),
                        json({{QLatin1StringView("queue"), QStringLiteral("delivery")},
                              {QLatin1StringView("assignee_id"), ivanId}}),
                        {{"Content-Type", "application/json"}, {"If-Match", "\"2\""}});
    ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    EXPECT_EQ(olga->get(path(orders)).status, 404);
    EXPECT_EQ(ivan->get(path(orders)).status, 200);
}

TEST_P(ApiTest, ListFiltersAndCursorPages)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    QStringList created;
    for (int i = 0; i < 7; ++i) {
        created.prepend(createTicket(*sofia,
                                     i % 2 ? QStringLiteral("orders") : QStringLiteral("returns"),
                                     QStringLiteral("Subject %1 100%_done").arg(i))
                            .value(Id)
                            .toString());
    }
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const HttpReply page = sofia->get(QStringLiteral("/api/v1/tickets?limit=3") +
                                          (cursor.isEmpty() ? QString() : u"&cursor=" + cursor));
        ASSERT_EQ(page.status, 200);
        for (const QJsonValue &t : page.json().value(QLatin1StringView("tickets")).toArray())
            seen << t.toObject().value(Id).toString();
        cursor = page.json().value(QLatin1StringView("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    EXPECT_EQ(seen, created); // newest first, each exactly once
    EXPECT_EQ(pages, 3);

    HttpReply reply = sofia->get(QStringLiteral("/api/v1/tickets?queue=orders"));
    EXPECT_EQ(reply.json().value(QLatin1StringView("tickets")).toArray().size(), 3);
    reply = sofia->get(QStringLiteral("/api/v1/tickets?q=subject%203"));
    EXPECT_EQ(reply.json().value(QLatin1StringView("tickets")).toArray().size(), 1);
    // LIKE wildcards in the search text are literal.
    reply = sofia->get(QStringLiteral("/api/v1/tickets?q=0%25_d"));
    EXPECT_EQ(reply.json().value(QLatin1StringView("tickets")).toArray().size(), 7);
    reply = sofia->get(QStringLiteral("/api/v1/tickets?q=5_%25"));
    EXPECT_EQ(reply.json().value(QLatin1StringView("tickets")).toArray().size(), 0);
    reply = sofia->get(QStringLiteral("/api/v1/tickets?status=new,open&assignee=none"));
    EXPECT_EQ(reply.json().value(QLatin1StringView("tickets")).toArray().size(), 7);
    reply = sofia->get(QStringLiteral("/api/v1/tickets?status=lost"));
    EXPECT_EQ(reply.status, 422);
    reply = sofia->get(QStringLiteral("/api/v1/tickets?limit=0"));
    EXPECT_EQ(reply.status, 422);
    reply = sofia->get(QStringLiteral("/api/v1/tickets?cursor=zzz"));
    EXPECT_EQ(reply.status, 422);
}

TEST_P(ApiTest, UnknownTicketsAre404)
{
    auto sofia = signIn(QStringLiteral("sofia"));
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/tickets/999999")).status, 404);
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/tickets/abc")).status, 404);
    EXPECT_EQ(errorCode(sofia->get(QStringLiteral("/api/v1/tickets/abc"))), u"not_found");
    EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/tickets/999999/messages")).status, 404);
}

TEST_P(ApiTest, TwoClientsUpdatingOneTicketExactlyOneWins)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QJsonObject ticket = createTicket(*olga, QStringLiteral("orders"));

    // Both requests are in flight at once, each on its own connection.
    QUrl url = backOffice->baseUrl();
    url.setPath(path(ticket));
    const auto patchRequest = [&url](const QByteArray &token) {
        QNetworkRequest request(url);
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("If-Match", "\"1\"");
        request.setRawHeader("Authorization", "Bearer " + token);
        return request;
    };
    QNetworkAccessManager first, second;
    QNetworkReply *reply1 =
        first.sendCustomRequest(patchRequest(olga->token()), "PATCH",
                                json({{QLatin1StringView("priority"), QStringLiteral("high")}}));
    QNetworkReply *reply2 =
        second.sendCustomRequest(patchRequest(sofia->token()), "PATCH",
                                 json({{QLatin1StringView("priority"), QStringLiteral("urgent")}}));
    ASSERT_TRUE(waitUntil([&] { return reply1->isFinished() && reply2->isFinished(); }));
    const int s1 = reply1->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int s2 = reply2->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    EXPECT_EQ(std::min(s1, s2), 200);
    EXPECT_EQ(std::max(s1, s2), 412);
    EXPECT_EQ(olga->get(path(ticket)).json().value(Version).toInteger(), 2);
    delete reply1;
    delete reply2;
}

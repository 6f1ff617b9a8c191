#include "server/http/HttpRouter.h"

#include <gtest/gtest.h>

using namespace frontline::server;

namespace {

HttpRouter::Handler answer(int status)
{
    return [status](const HttpRequest &) { return HttpResponse::text({}, "text/plain", status); };
}

} // namespace

TEST(HttpRouter, MatchesLiteralAndPlaceholderSegments)
{
    HttpRouter router;
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/tickets"), answer(200));
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/tickets/{id}"), answer(201));
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/tickets/{id}/messages"), answer(202));

    auto match = router.match(QStringLiteral("GET"), QStringLiteral("/api/v1/tickets/t-9"));
    ASSERT_NE(match.handler, nullptr);
    EXPECT_EQ(match.pattern, u"/api/v1/tickets/{id}");
    EXPECT_EQ(match.params.value(QStringLiteral("id")), u"t-9");

    match = router.match(QStringLiteral("GET"), QStringLiteral("/api/v1/tickets/t-9/messages"));
    ASSERT_NE(match.handler, nullptr);
    EXPECT_EQ(match.pattern, u"/api/v1/tickets/{id}/messages");

    match = router.match(QStringLiteral("GET"), QStringLiteral("/api/v1/tickets/"));
    ASSERT_NE(match.handler, nullptr);
    EXPECT_EQ(match.pattern, u"/api/v1/tickets");
}

TEST(HttpRouter, TellsUnknownPathFromWrongMethod)
{
    HttpRouter router;
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/tickets/{id}"), answer(200));
    router.add(QStringLiteral("PATCH"), QStringLiteral("/api/v1/tickets/{id}"), answer(200));

    auto match = router.match(QStringLiteral("DELETE"), QStringLiteral("/api/v1/tickets/t-1"));
    EXPECT_EQ(match.handler, nullptr);
    EXPECT_EQ(match.allowedMethods, (QStringList{QStringLiteral("GET"), QStringLiteral("PATCH")}));

    match = router.match(QStringLiteral("GET"), QStringLiteral("/api/v1/nothing"));
    EXPECT_EQ(match.handler, nullptr);
    EXPECT_TRUE(match.allowedMethods.isEmpty());
}

TEST(HttpRouter, ListsItsRoutes)
{
    HttpRouter router;
    router.add(QStringLiteral("GET"), QStringLiteral("/healthz"), answer(200));
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/auth/login"), answer(200));
    EXPECT_EQ(router.routes(), (QStringList{QStringLiteral("GET /healthz"),
                                            QStringLiteral("POST /api/v1/auth/login")}));
}

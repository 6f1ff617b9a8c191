#pragma once

#include "protocol/Operator.h"
#include "server/auth/AuthService.h"
#include "server/clock/Clock.h"
#include "server/http/HttpRouter.h"

#include <QJsonObject>

#include <initializer_list>
#include <vector>

namespace frontline::server {

// An authenticated request: the HTTP request, who made it, and helpers for the contract's rules.
struct ApiRequest
{
    const HttpRequest &http;
    const Caller &caller;
    const Clock &clock;
    // The body as ApiRoutes parsed it to check its fields' maxima (null: not parsed yet).
    const Result<QJsonObject> *parsedBody = nullptr;

    // The back office's time (epoch ms), never the system clock, so tests can move it.
    qint64 now() const { return clock(); }

    QString param(const QString &name) const { return http.params.value(name); }
    QByteArray header(const QByteArray &name) const;
    QString query(const QString &name) const;
    // A comma-separated query list (`status=new,open`) without empty items and duplicates, in
    // the order given; its length was checked against protocol/FieldLimits.h before the route ran.
    QStringList list(const QString &name) const;
    // The JSON object body: 415 unless the Content-Type is application/json, 400 when malformed.
    Result<QJsonObject> jsonBody() const;
    // The version an If-Match header names ("7", W/"7" or 7): precondition_required (428) when
    // absent and `required`, else 0; invalid_field (422) when it is not one of our ETags.
    // `what` names the resource in the messages ("ticket").
    Result<qint64> ifMatchVersion(bool required, const QString &what) const;
    // The page size `limit`: `fallback` when absent, invalid_field unless a number 1-`most`.
    Result<int> limit(int fallback, int most) const;
    // A position in a list (a cursor, an id to page before or after, a feed sequence number): 0
    // when absent, invalid_field (`field: why`) unless an integer of at least `least`.
    Result<qint64> position(const QString &name, const QString &why, qint64 least = 1) const;
    // Whether a list route answers CSV: `format=csv|json` wins over `Accept: text/csv`, so a
    // link in a browser can ask for CSV; invalid_field for any other format.
    Result<bool> wantsCsv() const;
};

// The status the contract gives an error code (invalid_field → 422, version_mismatch → 412, ...).
int httpStatusFor(const Error &error);
HttpResponse errorResponse(const Error &error);
// too_long (422) for the first query parameter or JSON body field of `request` over its maximum
// (protocol/FieldLimits.h); `body` receives the parsed body when there was one to check.
Result<void> checkFieldLimits(const HttpRequest &request, Result<QJsonObject> *body);

// Registers /api/v1 routes with the roles allowed to call each. Every route but the public ones
// authenticates the bearer token and checks the role before its handler runs.
class ApiRoutes
{
public:
    using Handler = std::function<HttpResponse(const ApiRequest &)>;
    using Roles = std::initializer_list<protocol::Role>;

    ApiRoutes(HttpRouter &router, AuthService &auth, Clock clock);

    // `path` is relative to /api/v1.
    void add(const QString &method, const QString &path, Roles roles, Handler handler);
    void addPublic(const QString &method, const QString &path, HttpRouter::Handler handler);

    struct Entry
    {
        QString method;
        QString path;                // full path, with /api/v1
        QList<protocol::Role> roles; // empty for public routes
    };
    const std::vector<Entry> &entries() const { return m_entries; }

    static QList<protocol::Role> allRoles();

private:
    HttpRouter &m_router;
    AuthService &m_auth;
    Clock m_clock;
    std::vector<Entry> m_entries;
};

} // namespace frontline::server

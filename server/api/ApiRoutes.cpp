#include "server/api/ApiRoutes.h"

#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"

#include <QHttpServerRequest>
#include <QSet>
#include <QUrlQuery>

namespace frontline::server {

QByteArray ApiRequest::header(const QByteArray &name) const
{
    return http.raw.value(name);
}

QString ApiRequest::query(const QString &name) const
{
    return http.raw.query().queryItemValue(name, QUrl::FullyDecoded);
}

QStringList ApiRequest::list(const QString &name) const
{
    QStringList items;
    QSet<QString> seen;
    for (const QString &item : query(name).split(u',', Qt::SkipEmptyParts)) {
        if (!seen.contains(item)) {
            seen.insert(item);
            items.append(item);
        }
    }
    return items;
}

namespace {

bool sentAsJson(const HttpRequest &request)
{
    return request.raw.value("Content-Type").toLower().startsWith("application/json");
}

} // namespace

Result<QJsonObject> ApiRequest::jsonBody() const
{
    if (!sentAsJson(http)) {
        return Error{QString(protocol::errors::UnsupportedMediaType),
                     QStringLiteral("Send the body as application/json")};
    }
    if (parsedBody)
        return *parsedBody;
    return protocol::json::parseObject(http.raw.body());
}

Result<void> checkFieldLimits(const HttpRequest &request, Result<QJsonObject> *body)
{
    const QString route = request.method + u' ' + request.routePattern;
    const auto items = request.raw.query().queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (auto checked = protocol::limits::checkQuery(route, name, value); !checked)
            return checked;
    }
    if (request.raw.body().isEmpty() || !sentAsJson(request))
        return {};
    *body = protocol::json::parseObject(request.raw.body());
    if (!*body)
        return {}; // the route answers malformed_json when it reads the body
    return protocol::limits::checkBody(route, body->value());
}

Result<qint64> ApiRequest::ifMatchVersion(bool required, const QString &what) const
{
    QByteArray header = http.raw.value("If-Match").trimmed();
    if (header.isEmpty()) {
        if (!required)
            return qint64(0);
        return Error{QString(protocol::errors::PreconditionRequired),
                     QStringLiteral("Send If-Match with the %1's ETag").arg(what)};
    }
    if (header.startsWith("W/"))
        header = header.mid(2);
    if (header.size() >= 2 && header.startsWith('"') && header.endsWith('"'))
        header = header.mid(1, header.size() - 2);
    bool ok = false;
    const qint64 version = header.toLongLong(&ok);
    if (!ok || version <= 0) {
        return Error{QString(protocol::errors::InvalidField),
                     QStringLiteral("If-Match: must be the %1's ETag, such as \"3\"").arg(what),
                     QStringLiteral("If-Match")};
    }
    return version;
}

Result<int> ApiRequest::limit(int fallback, int most) const
{
    const QString text = query(QStringLiteral("limit"));
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > most)
        return protocol::json::invalidField(QStringLiteral("limit"),
                                            QStringLiteral("must be 1-%1").arg(most));
    return value;
}

Result<bool> ApiRequest::wantsCsv() const
{
    const QString format = query(QStringLiteral("format"));
    if (format == u"csv")
        return true;
    if (format == u"json")
        return false;
    if (!format.isEmpty())
        return protocol::json::invalidField(QStringLiteral("format"),
                                            QStringLiteral("must be json or csv"));
    return header("Accept").toLower().contains("text/csv");
}

Result<qint64> ApiRequest::position(const QString &name, const QString &why, qint64 least) const
{
    const QString text = query(name);
    if (text.isEmpty())
        return qint64(0);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < least)
        return protocol::json::invalidField(name, why);
    return value;
}

int httpStatusFor(const Error &error)
{
    using namespace protocol::errors;
    static const QHash<QString, int> statuses{
        {QString(MalformedJson), 400},
        {QString(Unauthorized), 401},
        {QString(Forbidden), 403},
        {QString(NotFound), 404},
        {QString(MethodNotAllowed), 405},
        {QString(Conflict), 409},
        {QString(ExamNotStarted), 409},
        {QString(ExamClosed), 409},
        {QString(VersionMismatch), 412},
        {QString(PayloadTooLarge), 413},
        {QString(UnsupportedMediaType), 415},
        {QString(InvalidField), 422},
        {QString(TooLong), 422},
        {QString(IdempotencyKeyReused), 422},
        {QString(PreconditionRequired), 428},
        {QString(RateLimited), 429},
    };
    return statuses.value(error.code, 500);
}

HttpResponse errorResponse(const Error &error)
{
    return HttpResponse::error(httpStatusFor(error), error);
}

ApiRoutes::ApiRoutes(HttpRouter &router, AuthService &auth, Clock clock)
    : m_router(router)
    , m_auth(auth)
    , m_clock(std::move(clock))
{}

QList<protocol::Role> ApiRoutes::allRoles()
{
    using protocol::Role;
    return {Role::Operator, Role::Supervisor,  Role::Trainer,
            Role::Admin,    Role::Integration, Role::Client};
}

void ApiRoutes::add(const QString &method, const QString &path, Roles roles, Handler handler)
{
    const QString fullPath = protocol::paths::ApiPrefix.toString() + path;
    const QList<protocol::Role> allowed(roles);
    m_entries.push_back(Entry{method, fullPath, allowed});
    m_router.add(
        method, fullPath,
        [this, allowed, handler = std::move(handler)](const HttpRequest &request) {
            auto caller = m_auth.authenticate(request.raw.value("Authorization"));
            if (!caller) {
                return errorResponse(caller.error()).withHeader("WWW-Authenticate", "Bearer");
            }
            if (!allowed.contains(caller->role())) {
                return errorResponse(Error{QString(protocol::errors::Forbidden),
                                           QStringLiteral("The %1 role may not %2 %3")
                                               .arg(protocol::toString(caller->role()),
                                                    request.method, request.routePattern)});
            }
            Result<QJsonObject> body = QJsonObject();
            if (auto fits = checkFieldLimits(request, &body); !fits)
                return errorResponse(fits.error());
            const bool parsed = !request.raw.body().isEmpty() && sentAsJson(request);
            return handler(ApiRequest{request, caller.value(), m_clock, parsed ? &body : nullptr});
        });
}

void ApiRoutes::addPublic(const QString &method, const QString &path, HttpRouter::Handler handler)
{
    const QString fullPath = protocol::paths::ApiPrefix.toString() + path;
    m_entries.push_back(Entry{method, fullPath, {}});
    m_router.add(method, fullPath, [handler = std::move(handler)](const HttpRequest &request) {
        Result<QJsonObject> body = QJsonObject();
        if (auto fits = checkFieldLimits(request, &body); !fits)
            return errorResponse(fits.error());
        return handler(request);
    });
}

} // namespace frontline::server

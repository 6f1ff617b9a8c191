#include "server/api/ApiRoutes.h"

#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"

#include <QHttpServerRequest>
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

Result<QJsonObject> ApiRequest::jsonBody() const
{
    const QByteArray type = http.raw.value("Content-Type").toLower();
    if (!type.startsWith("application/json")) {
        return Error{QString(protocol::errors::UnsupportedMediaType),
                     QStringLiteral("Send the body as application/json")};
    }
    return protocol::json::parseObject(http.raw.body());
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
        {QString(VersionMismatch), 412},
        {QString(PayloadTooLarge), 413},
        {QString(UnsupportedMediaType), 415},
        {QString(InvalidField), 422},
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
    return {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin, Role::Integration};
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
            return handler(ApiRequest{request, caller.value(), m_clock});
        });
}

void ApiRoutes::addPublic(const QString &method, const QString &path, HttpRouter::Handler handler)
{
    const QString fullPath = protocol::paths::ApiPrefix.toString() + path;
    m_entries.push_back(Entry{method, fullPath, {}});
    m_router.add(method, fullPath, std::move(handler));
}

} // namespace frontline::server

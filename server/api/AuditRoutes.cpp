#include "protocol/ApiPaths.h"
#include "protocol/CsvRow.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/audit/AuditLog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace frontline::server {
namespace {

Result<QDateTime> timeParam(const ApiRequest &request, const QString &name)
{
    const QString text = request.query(name);
    if (text.isEmpty())
        return QDateTime();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return protocol::json::invalidField(name, QStringLiteral("must be an RFC 3339 time"));
    return time;
}

// The query of GET /audit as the log's filter; the first bad parameter is the answer (422).
Result<AuditLog::Filter> filterOf(const ApiRequest &request)
{
    AuditLog::Filter filter;
    const std::pair<const char *, qint64 *> ids[] = {{"actor_id", &filter.actorId},
                                                     {"ticket_id", &filter.ticketId},
                                                     {"subject_id", &filter.subjectId},
                                                     {"before", &filter.beforeId}};
    for (const auto &[name, target] : ids) {
        auto id = request.position(QString::fromLatin1(name), QStringLiteral("must be an id"));
        if (!id)
            return id.error();
        *target = id.value();
    }
    if (const QString action = request.query(QStringLiteral("action")); !action.isEmpty()) {
        filter.action = protocol::auditActionFromString(action);
        if (!filter.action) {
            QStringList names;
            for (protocol::AuditAction known : protocol::allAuditActions())
                names << protocol::toString(known);
            return protocol::json::invalidField(QStringLiteral("action"),
                                                u"must be one of " + names.join(u", "));
        }
    }
    auto from = timeParam(request, QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = timeParam(request, QStringLiteral("to"));
    if (!to)
        return to.error();
    if (from->isValid() && to->isValid() && *from >= *to)
        return protocol::json::invalidField(QStringLiteral("from"),
                                            QStringLiteral("must be before to"));
    filter.from = from.value();
    filter.to = to.value();
    auto limit = request.limit(100, AuditLog::MaxLimit);
    if (!limit)
        return limit.error();
    filter.limit = limit.value();
    return filter;
}

QByteArray csvOf(const QList<protocol::AuditEntry> &entries)
{
    QByteArray csv =
        protocol::CsvRow({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor_id"),
                          QStringLiteral("actor_name"), QStringLiteral("actor_role"),
                          QStringLiteral("action"), QStringLiteral("ticket_id"),
                          QStringLiteral("ticket_number"), QStringLiteral("subject_id"),
                          QStringLiteral("subject_name"), QStringLiteral("details")})
            .toCsv();
    for (const protocol::AuditEntry &entry : entries) {
        protocol::CsvRow row;
        row.text(entry.id).time(entry.at).text(entry.actorId).text(entry.actorName);
        row.text(entry.actorRole).text(protocol::toString(entry.action)).text(entry.ticketId);
        if (entry.ticketNumber > 0)
            row.count(entry.ticketNumber);
        else
            row.empty();
        row.text(entry.subjectId).text(entry.subjectName);
        row.text(QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)));
        csv += row.toCsv();
    }
    return csv;
}

// The id to pass as `before` for the next page: only when a row older than this page matches.
Result<QString> nextBefore(Store &store, AuditLog::Filter filter,
                           const QList<protocol::AuditEntry> &page)
{
    if (page.size() < filter.limit)
        return QString();
    filter.beforeId = page.last().id.toLongLong();
    filter.limit = 1;
    auto older = AuditLog::read(store, filter);
    if (!older)
        return older.error();
    return older->isEmpty() ? QString() : page.last().id;
}

HttpResponse readAudit(const ApiRequest &request)
{
    auto filter = filterOf(request);
    if (!filter)
        return errorResponse(filter.error());
    auto csv = request.wantsCsv();
    if (!csv)
        return errorResponse(csv.error());
    auto entries = AuditLog::read(*request.caller.store, filter.value());
    if (!entries)
        return errorResponse(entries.error());
    auto next = nextBefore(*request.caller.store, filter.value(), entries.value());
    if (!next)
        return errorResponse(next.error());
    if (csv.value()) {
        HttpResponse response =
            HttpResponse::text(csvOf(entries.value()), "text/csv; charset=utf-8");
        if (!next->isEmpty())
            response.withHeader("Next-Before", next->toLatin1());
        return response;
    }
    QJsonArray array;
    for (const protocol::AuditEntry &entry : entries.value())
        array.append(entry.toJson());
    return HttpResponse::json(QJsonObject{
        {QLatin1StringView("entries"), array},
        {QLatin1StringView("next_before"), protocol::json::stringOrNull(next.value())}});
}

} // namespace

void registerAuditRoutes(ApiRoutes &routes)
{
    using Role = protocol::Role;
    // Read only: no route writes, changes or removes a row (the schema's triggers refuse it too),
    // so the router answers 405 to any other method on /audit.
    routes.add(QStringLiteral("GET"), protocol::paths::Audit.toString(),
               {Role::Supervisor, Role::Admin}, readAudit);
}

} // namespace frontline::server

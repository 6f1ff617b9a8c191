#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "protocol/Ticket.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/domain/TicketService.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace frontline::server {
namespace {

// Replies waiting for a channel adapter, oldest first.
HttpResponse listOutbound(const ApiRequest &request)
{
    const QString channel = request.query(QStringLiteral("channel"));
    if (!channel.isEmpty() && !protocol::channelFromString(channel)) {
        return errorResponse(protocol::json::invalidField(
            QStringLiteral("channel"), QStringLiteral("must be chat, email, web_form or social")));
    }
    auto limit = request.limit(100, 500);
    if (!limit)
        return errorResponse(limit.error());
    const QString columns = QStringLiteral(
        "SELECT b.id, b.ticket_id, b.message_id, b.channel, c.external_id, c.name, c.email, "
        "c.phone, b.body, b.created_at FROM outbound b JOIN customers c ON c.id = "
        "b.customer_id "
        "WHERE b.acked_at IS NULL ");
    auto query =
        channel.isEmpty()
            ? request.caller.store->run(columns + u"ORDER BY b.id LIMIT ?", {limit.value()})
            : request.caller.store->run(columns + u"AND b.channel = ? ORDER BY b.id LIMIT ?",
                                        {channel, limit.value()});
    if (!query)
        return errorResponse(query.error());
    QJsonArray messages;
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        messages.append(QJsonObject{
            {QLatin1StringView("id"), QString::number(row.value(0).toLongLong())},
            {QLatin1StringView("ticket_id"), QString::number(row.value(1).toLongLong())},
            {QLatin1StringView("message_id"), QString::number(row.value(2).toLongLong())},
            {QLatin1StringView("channel"), row.value(3).toString()},
            {QLatin1StringView("customer"),
             QJsonObject{{QLatin1StringView("external_id"), row.value(4).toString()},
                         {QLatin1StringView("name"), row.value(5).toString()},
                         {QLatin1StringView("email"), row.value(6).toString()},
                         {QLatin1StringView("phone"), row.value(7).toString()}}},
            {QLatin1StringView("body"), row.value(8).toString()},
            {QLatin1StringView("created_at"), protocol::json::timeOrNull(sql::time(row.value(9)))},
        });
    }
    query.value()->finish();
    return HttpResponse::json(QJsonObject{{QLatin1StringView("messages"), messages}});
}

// The adapter delivered it. Acknowledging twice is harmless: the adapter may crash after sending.
HttpResponse ackOutbound(const ApiRequest &request)
{
    const qint64 id = TicketService::parseId(request.param(QStringLiteral("id")));
    auto exists =
        request.caller.store->scalar(QStringLiteral("SELECT id FROM outbound WHERE id = ?"), {id});
    if (!exists)
        return errorResponse(exists.error());
    if (id == 0 || exists.value().isNull()) {
        return errorResponse(Error{
            QString(protocol::errors::NotFound),
            QStringLiteral("No outbound message %1").arg(request.param(QStringLiteral("id")))});
    }
    auto acked = request.caller.store->update(
        QStringLiteral("UPDATE outbound SET acked_at = ?, acked_by = ? WHERE id = ? AND acked_at "
                       "IS NULL"),
        {request.now(), request.caller.operatorId, id});
    if (!acked)
        return errorResponse(acked.error());
    return HttpResponse::text({}, "application/json", 204);
}

} // namespace

void registerOutboundRoutes(ApiRoutes &routes)
{
    routes.add(QStringLiteral("GET"), QStringLiteral("/outbound"), {protocol::Role::Integration},
               listOutbound);
    routes.add(QStringLiteral("POST"), QStringLiteral("/outbound/{id}/ack"),
               {protocol::Role::Integration}, ackOutbound);
}

} // namespace frontline::server

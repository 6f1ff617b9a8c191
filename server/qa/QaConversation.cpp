#include "server/qa/QaConversation.h"

#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/identity/Caller.h"
#include "server/qa/QaSampling.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace frontline::server {
namespace {

using L = QLatin1StringView;

// Who wrote a message as the reviewer reads it: operators by name, the customer as "Customer"
// whatever her name is.
QString authorName(const QString &kind, const QString &operatorName)
{
    if (kind == u"customer")
        return QStringLiteral("Customer");
    if (kind == u"bot")
        return QStringLiteral("Bot");
    if (kind == u"system")
        return QStringLiteral("System");
    return operatorName;
}

Result<QJsonArray> messages(Store &store, qint64 ticketId, bool &truncated)
{
    auto query = store.run(
        QStringLiteral("SELECT m.id, m.author_kind, m.author_id, o.display_name, m.internal, "
                       "m.whisper, m.body, m.created_at FROM messages m LEFT JOIN operators o ON "
                       "o.id = m.author_id WHERE m.ticket_id = ? ORDER BY m.id LIMIT ?"),
        {ticketId, QaConversation::MaxMessages + 1});
    if (!query)
        return query.error();
    QJsonArray list;
    truncated = false;
    while (query.value()->next()) {
        if (list.size() == QaConversation::MaxMessages) {
            truncated = true;
            break;
        }
        const QSqlQuery &row = *query.value();
        const QString kind = row.value(1).toString();
        list.append(QJsonObject{
            {L("id"), sql::idText(row.value(0))},
            {L("author_kind"), kind},
            {L("author_id"),
             row.value(2).isNull() ? QJsonValue() : QJsonValue(sql::idText(row.value(2)))},
            {L("author_name"), authorName(kind, row.value(3).toString())},
            {L("internal"), row.value(4).toInt() != 0},
            {L("whisper"), row.value(5).toInt() != 0},
            {L("body"), row.value(6).toString()},
            {L("created_at"), protocol::json::timeOrNull(sql::time(row.value(7)))},
        });
    }
    query.value()->finish();
    return list;
}

} // namespace

Result<QJsonObject> QaConversation::read(const Caller &caller, const QString &ticketId)
{
    bool ok = false;
    const qint64 id = ticketId.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No ticket %1").arg(ticketId)};
    auto figures = QaSampling::figures(caller, id);
    if (!figures)
        return figures.error();
    Store &store = *caller.store;
    auto times = store.run(
        QStringLiteral("SELECT status, created_at, first_response_at FROM tickets WHERE id = ?"),
        {id});
    if (!times)
        return times.error();
    QJsonObject ticket = figures.value();
    if (times.value()->next()) {
        ticket.insert(L("status"), times.value()->value(0).toString());
        ticket.insert(L("created_at"),
                      protocol::json::timeOrNull(sql::time(times.value()->value(1))));
        ticket.insert(L("first_response_at"),
                      protocol::json::timeOrNull(sql::time(times.value()->value(2))));
    }
    times.value()->finish();
    bool truncated = false;
    auto list = messages(store, id, truncated);
    if (!list)
        return list.error();
    return QJsonObject{
        {L("ticket"), ticket}, {L("messages"), list.value()}, {L("truncated"), truncated}};
}

} // namespace frontline::server

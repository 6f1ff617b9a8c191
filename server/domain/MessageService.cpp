#include "server/domain/MessageService.h"

#include "protocol/ApiError.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {
namespace {

const QString MessageColumns = QStringLiteral(
    "SELECT m.id, m.ticket_id, m.author_kind, m.author_id, COALESCE(o.display_name, ''), "
    "m.internal, m.body, m.created_at, m.whisper, COALESCE(m.macro, '') FROM messages m LEFT JOIN "
    "operators o ON o.id = m.author_id ");

protocol::Message messageFromRow(const QSqlQuery &row)
{
    protocol::Message m;
    m.id = QString::number(row.value(0).toLongLong());
    m.ticketId = QString::number(row.value(1).toLongLong());
    m.authorKind = protocol::authorKindFromString(row.value(2).toString())
                       .value_or(protocol::AuthorKind::System);
    m.authorId = sql::idText(row.value(3));
    m.authorName = row.value(4).toString();
    m.internal = row.value(5).toInt() != 0;
    m.body = row.value(6).toString();
    m.createdAt = sql::time(row.value(7));
    m.whisper = row.value(8).toInt() != 0;
    m.macro = row.value(9).toString();
    return m;
}

} // namespace

MessageService::MessageService(TicketService &tickets, ChangeLog &changes, Clock clock)
    : m_tickets(tickets)
    , m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<MessagePage> MessageService::list(const Caller &caller, const QString &ticketId,
                                         qint64 beforeId, qint64 afterId, int limit)
{
    auto ticket = m_tickets.getFor(caller, ticketId);
    if (!ticket)
        return ticket.error();
    return page(*caller.store, TicketService::parseId(ticketId), beforeId, afterId, limit, true);
}

Result<MessagePage> MessageService::listShared(Store &store, qint64 ticketId, qint64 beforeId,
                                               qint64 afterId, int limit)
{
    auto shared = page(store, ticketId, beforeId, afterId, limit, false);
    if (!shared)
        return shared.error();
    // The store judges the center by its answers; its customers' names are not the center's to
    // give (docs/api/roles.md).
    MessagePage shown = shared.value();
    for (protocol::Message &message : shown.messages) {
        if (message.authorKind == protocol::AuthorKind::Customer)
            message.authorName = QStringLiteral("Customer");
    }
    return shown;
}

Result<MessagePage> MessageService::page(Store &store, qint64 ticketId, qint64 beforeId,
                                         qint64 afterId, int limit, bool internalToo)
{
    if (limit < 1 || limit > 500) {
        return Error{QString(protocol::errors::InvalidField),
                     QStringLiteral("limit: must be 1-500"), QStringLiteral("limit")};
    }
    // Internal notes are the center's own talk: never for a store's account.
    const QString notes = internalToo ? QString() : QStringLiteral("AND m.internal = 0 ");
    Result<QSqlQuery *> query = Error{};
    if (afterId > 0) {
        query = store.run(MessageColumns + u"WHERE m.ticket_id = ? AND m.id > ? " + notes +
                              u"ORDER BY m.id ASC LIMIT ?",
                          {ticketId, afterId, limit + 1});
    } else {
        query = store.run(
            MessageColumns + u"WHERE m.ticket_id = ? AND m.id < ? " + notes +
                u"ORDER BY m.id DESC LIMIT ?",
            {ticketId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit + 1});
    }
    if (!query)
        return query.error();
    MessagePage result;
    while (query.value()->next()) {
        if (result.messages.size() == limit) {
            result.more = true;
            break;
        }
        result.messages.append(messageFromRow(*query.value()));
    }
    query.value()->finish();
    if (afterId <= 0)
        std::reverse(result.messages.begin(), result.messages.end());
    return result;
}

QJsonObject MessageService::ticketFieldsMovedByMessages(const protocol::Ticket &ticket)
{
    // A reply opens a new ticket and is its first response; a customer's message restarts the
    // waiting time and, through intake, resumes a pending ticket with its due times moved out.
    const QJsonObject whole = ticket.toJson();
    QJsonObject moved;
    for (const QLatin1StringView key :
         {QLatin1StringView("id"), QLatin1StringView("status"),
          QLatin1StringView("first_response_due"), QLatin1StringView("resolution_due"),
          QLatin1StringView("first_response_at"), QLatin1StringView("last_customer_message_at"),
          QLatin1StringView("version"), QLatin1StringView("updated_at")})
        moved.insert(key, whole.value(key));
    return moved;
}

Result<protocol::Message> MessageService::appendInTransaction(Store &store, qint64 ticketId,
                                                              const NewMessage &message)
{
    const QString body = message.body;
    if (body.trimmed().isEmpty()) {
        return Error{QString(protocol::errors::InvalidField), QStringLiteral("body: is empty"),
                     QStringLiteral("body")};
    }
    if (body.size() > MaxBodyLength) // the routes check first; the simulator and intake too
        return protocol::limits::tooLong(QStringLiteral("body"), MaxBodyLength, false);
    const qint64 now = message.atMs > 0 ? message.atMs : m_clock();
    // A whisper is an internal note to the operator: it stays everywhere notes stay.
    const bool internal = message.internal || message.whisper;
    auto id = store.insert(
        QStringLiteral("INSERT INTO messages (ticket_id, author_kind, author_id, internal, body, "
                       "external_id, intake_account_id, intake_channel, created_at, whisper, "
                       "macro) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {ticketId, protocol::toString(message.authorKind), sql::nullableId(message.authorId),
         internal ? 1 : 0, body, sql::nullableText(message.externalId), message.intakeAccountId,
         message.intakeChannel, now, message.whisper ? 1 : 0, sql::nullableText(message.macro)});
    if (!id)
        return id.error();

    // The ticket moves with its conversation: a public operator reply is the first response and
    // opens a new ticket; a customer message restarts the customer's waiting time.
    QString set;
    QVariantList args;
    if (message.authorKind == protocol::AuthorKind::Operator && !internal) {
        set = QStringLiteral("first_response_at = COALESCE(first_response_at, ?), status = CASE "
                             "WHEN status = 'new' THEN 'open' ELSE status END");
        args << now;
    } else if (message.authorKind == protocol::AuthorKind::Customer) {
        set = QStringLiteral("last_customer_message_at = ?");
        args << now;
    }
    auto ticket = m_tickets.touch(store, ticketId, set, args);
    if (!ticket)
        return ticket.error();
    // A public reply on a written channel goes out through that channel's adapter.
    if (message.authorKind == protocol::AuthorKind::Operator && !internal &&
        ticket->channel != protocol::Channel::Phone && !ticket->customerId.isEmpty()) {
        auto queued = store.run(
            QStringLiteral("INSERT INTO outbound (ticket_id, message_id, channel, customer_id, "
                           "body, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {ticketId, id.value(), protocol::toString(ticket->channel),
             TicketService::parseId(ticket->customerId), body, now});
        if (!queued)
            return queued.error();
    }

    protocol::Message stored;
    stored.id = QString::number(id.value());
    stored.ticketId = QString::number(ticketId);
    stored.authorKind = message.authorKind;
    stored.authorId = message.authorId ? QString::number(message.authorId) : QString();
    stored.authorName = message.authorName;
    stored.internal = internal;
    stored.whisper = message.whisper;
    stored.body = body;
    stored.macro = message.macro;
    stored.createdAt = sql::time(now);

    ChangeAudience audience;
    audience.scope = ChangeAudience::Scope::Ticket;
    audience.queueId = ticket->queue;
    audience.assigneeId = TicketService::parseId(ticket->assigneeId);
    audience.escalationLine = ticket->escalationLine;
    audience.escalationTeam = ticket->escalationTeam;
    // The message's change carries only the ticket fields a message moves: the whole ticket with
    // every message would copy its subject and resolution code into the feed again each time.
    QJsonObject change = stored.toJson();
    change.insert(QLatin1StringView("ticket"), ticketFieldsMovedByMessages(ticket.value()));
    auto seq = m_changes.append(store, QStringLiteral("message"), stored.id,
                                QStringLiteral("create"), change, audience, now);
    if (!seq)
        return seq.error();
    m_changes.announce(store.workspace(), seq.value(), QStringLiteral("message"), audience);
    return stored;
}

Result<protocol::Message> MessageService::get(Store &store, qint64 id)
{
    auto query = store.run(MessageColumns + u"WHERE m.id = ?", {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return Error{QString(protocol::errors::NotFound), QStringLiteral("No message %1").arg(id)};
    protocol::Message message = messageFromRow(*query.value());
    query.value()->finish();
    return message;
}

Result<int> MessageService::shareConversation(Store &store, qint64 ticketId,
                                              const ChangeAudience &audience, qint64 nowMs)
{
    auto query = store.run(MessageColumns + u"WHERE m.ticket_id = ? ORDER BY m.id", {ticketId});
    if (!query)
        return query.error();
    QList<protocol::Message> messages;
    while (query.value()->next())
        messages.append(messageFromRow(*query.value()));
    query.value()->finish();
    for (const protocol::Message &message : std::as_const(messages)) {
        auto seq = m_changes.append(store, QStringLiteral("message"), message.id,
                                    QStringLiteral("create"), message.toJson(), audience, nowMs);
        if (!seq)
            return seq.error();
    }
    return int(messages.size());
}

} // namespace frontline::server

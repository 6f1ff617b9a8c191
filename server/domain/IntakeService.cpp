#include "server/domain/IntakeService.h"

#include "protocol/Customer.h"
#include "protocol/Json.h"
#include "protocol/Ticket.h"
#include "server/domain/Assignment.h"
#include "server/domain/MessageService.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/sla/SlaPolicy.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace frontline::server {
namespace {

using protocol::json::invalidField;

Result<QString> text(const QJsonObject &object, const QString &field, qsizetype maxLength,
                     bool required)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            return invalidField(field, QStringLiteral("is required"));
        return QString();
    }
    if (!value.isString())
        return invalidField(field, QStringLiteral("must be a string"));
    if (required && value.toString().trimmed().isEmpty())
        return invalidField(field, QStringLiteral("is empty"));
    if (value.toString().size() > maxLength)
        return invalidField(field, QStringLiteral("at most %1 characters").arg(maxLength));
    return value.toString();
}

} // namespace

IntakeService::IntakeService(TicketService &tickets, MessageService &messages, ChangeLog &changes,
                             Clock clock)
    : m_tickets(tickets)
    , m_messages(messages)
    , m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<IntakeResult> IntakeService::receive(Store &store, const QJsonObject &body)
{
    auto channelText = text(body, QStringLiteral("channel"), 20, true);
    if (!channelText)
        return channelText.error();
    const auto channel = protocol::channelFromString(channelText.value());
    if (!channel) {
        return invalidField(QStringLiteral("channel"),
                            QStringLiteral("must be chat, email, web_form, phone or social"));
    }
    auto externalMessageId = text(body, QStringLiteral("external_message_id"), 200, true);
    if (!externalMessageId)
        return externalMessageId.error();
    auto messageText = text(body, QStringLiteral("text"), MessageService::MaxBodyLength, true);
    if (!messageText)
        return messageText.error();
    auto subject = text(body, QStringLiteral("subject"), 500, false);
    if (!subject)
        return subject.error();
    auto queueText = text(body, QStringLiteral("queue"), 100, false);
    if (!queueText)
        return queueText.error();
    if (!body.value(u"customer").isObject())
        return invalidField(QStringLiteral("customer"), QStringLiteral("must be an object"));
    const QJsonObject customerJson = body.value(u"customer").toObject();
    auto customerExternal = text(customerJson, QStringLiteral("external_id"), 200, true);
    if (!customerExternal)
        return Error{customerExternal.error().code, u"customer." + customerExternal.error().message,
                     u"customer." + customerExternal.error().field};
    auto customerName = text(customerJson, QStringLiteral("name"), 200, true);
    if (!customerName)
        return Error{customerName.error().code, u"customer." + customerName.error().message,
                     u"customer." + customerName.error().field};
    const QString email = customerJson.value(u"email").toString();
    const QString phone = customerJson.value(u"phone").toString();
    QList<QPair<protocol::AuthorKind, QString>> transcript;
    const QJsonValue transcriptValue = body.value(u"bot_transcript");
    if (!transcriptValue.isUndefined() && !transcriptValue.isNull()) {
        if (!transcriptValue.isArray() || transcriptValue.toArray().size() > 100)
            return invalidField(QStringLiteral("bot_transcript"),
                                QStringLiteral("must be a list of at most 100 turns"));
        for (const QJsonValue &turn : transcriptValue.toArray()) {
            const QString author = turn[QLatin1StringView("author")].toString();
            const QString turnText = turn[QLatin1StringView("text")].toString();
            if ((author != u"customer" && author != u"bot") || turnText.trimmed().isEmpty() ||
                turnText.size() > MessageService::MaxBodyLength) {
                return invalidField(
                    QStringLiteral("bot_transcript"),
                    QStringLiteral("each turn needs author customer or bot and a text"));
            }
            transcript.append(
                {author == u"bot" ? protocol::AuthorKind::Bot : protocol::AuthorKind::Customer,
                 turnText});
        }
    }

    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    // The same channel message twice (a retry, a redelivery) gives the first answer.
    auto seen =
        store.run(QStringLiteral("SELECT id, ticket_id FROM messages WHERE external_id = ?"),
                  {externalMessageId.value()});
    if (!seen)
        return seen.error();
    if (seen.value()->next()) {
        IntakeResult replay{QString::number(seen.value()->value(1).toLongLong()),
                            QString::number(seen.value()->value(0).toLongLong()), true};
        seen.value()->finish();
        return replay;
    }
    const qint64 now = m_clock();

    auto customerId = store.scalar(QStringLiteral("SELECT id FROM customers WHERE external_id = ?"),
                                   {customerExternal.value()});
    if (!customerId)
        return customerId.error();
    qint64 customer = customerId.value().toLongLong();
    if (customer == 0) {
        auto created = store.insert(
            QStringLiteral("INSERT INTO customers (external_id, name, email, phone, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {customerExternal.value(), customerName.value(), email, phone, now, now});
        if (!created)
            return created.error();
        customer = created.value();
        protocol::Customer profile;
        profile.id = QString::number(customer);
        profile.externalId = customerExternal.value();
        profile.name = customerName.value();
        profile.email = email;
        profile.phone = phone;
        profile.createdAt = sql::time(now);
        QJsonObject card = profile.toJson();
        card.insert(QLatin1StringView("orders"), QJsonArray());
        auto seq =
            m_changes.append(store, QStringLiteral("customer"), profile.id,
                             QStringLiteral("create"), card, ChangeAudience::everyone(), now);
        if (!seq)
            return seq.error();
        m_changes.announce(store.workspace(), seq.value(), ChangeAudience::everyone());
    }

    // Continue the customer's open ticket on this channel, or open one.
    auto open = store.scalar(QStringLiteral("SELECT id FROM tickets WHERE customer_id = ? AND "
                                            "channel = ? AND status IN ('new', 'open', 'pending') "
                                            "ORDER BY id DESC LIMIT 1"),
                             {customer, channelText.value()});
    if (!open)
        return open.error();
    qint64 ticketId = open.value().toLongLong();
    if (ticketId == 0) {
        auto queue = queueText.value().isEmpty()
                         ? store.scalar(QStringLiteral("SELECT id FROM queues ORDER BY id LIMIT 1"))
                         : store.scalar(QStringLiteral("SELECT id FROM queues WHERE id = ?"),
                                        {queueText.value()});
        if (!queue)
            return queue.error();
        if (queue.value().isNull())
            return invalidField(QStringLiteral("queue"), QStringLiteral("no such queue"));
        auto number = TicketService::nextNumber(store);
        if (!number)
            return number.error();
        const QString title = subject.value().isEmpty() ? messageText.value().left(120).simplified()
                                                        : subject.value();
        const SlaPolicy::Targets sla =
            (m_tickets.slaPolicy() ? *m_tickets.slaPolicy() : SlaPolicy())
                .targets(*channel, protocol::Priority::Normal);
        auto created = store.insert(
            QStringLiteral("INSERT INTO tickets (number, channel, status, priority, queue_id, "
                           "subject, customer_id, first_response_due, resolution_due, queued_at, "
                           "created_at, updated_at) VALUES (?, ?, 'new', 'normal', ?, ?, ?, ?, ?, "
                           "?, ?, ?) RETURNING id"),
            {number.value(), channelText.value(), queue.value().toString(), title, customer,
             now + sla.firstResponseMs, now + sla.resolutionMs, now, now, now});
        if (!created)
            return created.error();
        ticketId = created.value();
        auto ticket = m_tickets.get(store, ticketId);
        if (!ticket)
            return ticket.error();
        if (auto seq =
                m_tickets.recordChange(store, ticket.value(), QStringLiteral("create"), {}, 0);
            !seq)
            return seq.error();
    } else {
        // The customer answered: a ticket waiting on them is back in the operator's court.
        // Its SLA clocks run again, their due times moved out by the wait.
        auto reopened = store.run(
            QStringLiteral("UPDATE tickets SET status = 'open', "
                           "sla_paused_ms = sla_paused_ms + (? - COALESCE(pending_since, ?)), "
                           "first_response_due = first_response_due + (? - "
                           "COALESCE(pending_since, ?)), resolution_due = resolution_due + (? - "
                           "COALESCE(pending_since, ?)), pending_since = NULL "
                           "WHERE id = ? AND status = 'pending'"),
            {now, now, now, now, now, now, ticketId});
        if (!reopened)
            return reopened.error();
    }

    for (const auto &[kind, turnText] : transcript) {
        NewMessage turn;
        turn.authorKind = kind;
        turn.body = turnText;
        turn.atMs = now;
        if (auto stored = m_messages.appendInTransaction(store, ticketId, turn); !stored)
            return stored.error();
    }
    NewMessage message;
    message.authorKind = protocol::AuthorKind::Customer;
    message.body = messageText.value();
    message.externalId = externalMessageId.value();
    message.atMs = now;
    auto stored = m_messages.appendInTransaction(store, ticketId, message);
    if (!stored)
        return stored.error();
    // A new chat goes to an operator at once, in this transaction (after its messages, so the
    // operator's client receives the conversation with the assignment).
    if (m_assignment && *channel == protocol::Channel::Chat && open.value().toLongLong() == 0) {
        if (auto routed = m_assignment->routeChat(store, ticketId, 0); !routed)
            return routed.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return IntakeResult{QString::number(ticketId), stored->id, false};
}

} // namespace frontline::server

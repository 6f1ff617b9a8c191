#include "server/domain/IntakeService.h"

#include "protocol/ApiError.h"
#include "protocol/Customer.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "protocol/Ticket.h"
#include "server/domain/Assignment.h"
#include "server/domain/CustomerService.h"
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

// Lengths were checked against protocol/FieldLimits.h with the whole body.
Result<QString> textField(const QJsonObject &object, const QString &field, bool required)
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
    return value.toString();
}

// Prefixes a customer field's error with "customer.".
Error customerField(const Error &error)
{
    return Error{error.code, u"customer." + error.message, u"customer." + error.field};
}

Result<QList<QPair<protocol::AuthorKind, QString>>> parseTranscript(const QJsonValue &value)
{
    QList<QPair<protocol::AuthorKind, QString>> transcript;
    if (value.isUndefined() || value.isNull())
        return transcript;
    if (!value.isArray())
        return invalidField(QStringLiteral("bot_transcript"), QStringLiteral("must be a list"));
    for (const QJsonValue &turn : value.toArray()) {
        const QString author = turn[QLatin1StringView("author")].toString();
        const QString turnText = turn[QLatin1StringView("text")].toString();
        if ((author != u"customer" && author != u"bot") || turnText.trimmed().isEmpty()) {
            return invalidField(
                QStringLiteral("bot_transcript"),
                QStringLiteral("each turn needs author customer or bot and a text"));
        }
        transcript.append(
            {author == u"bot" ? protocol::AuthorKind::Bot : protocol::AuthorKind::Customer,
             turnText});
    }
    return transcript;
}

} // namespace

// A channel's message as the intake route received it, checked.
struct IntakeService::Incoming
{
    protocol::Channel channel = protocol::Channel::Chat;
    QString channelText;
    QString externalMessageId;
    QString text;
    QString subject;
    QString queue;
    QString customerExternalId;
    QString customerName;
    QString email;
    QString phone;
    QList<QPair<protocol::AuthorKind, QString>> transcript; // the chatbot's, before the hand-off

    static Result<Incoming> parse(const QJsonObject &body);
};

Result<IntakeService::Incoming> IntakeService::Incoming::parse(const QJsonObject &body)
{
    // The same maxima as the route's, for callers that do not come through it (the simulator).
    if (auto fits =
            protocol::limits::checkBody(QStringLiteral("POST /api/v1/intake/messages"), body);
        !fits)
        return fits.error();
    Incoming in;
    auto channelText = textField(body, QStringLiteral("channel"), true);
    if (!channelText)
        return channelText.error();
    const auto channel = protocol::channelFromString(channelText.value());
    if (!channel) {
        return invalidField(QStringLiteral("channel"),
                            QStringLiteral("must be chat, email, web_form, phone or social"));
    }
    in.channel = *channel;
    in.channelText = channelText.value();
    const struct
    {
        QString field;
        bool required;
        QString *into;
    } texts[] = {
        {QStringLiteral("external_message_id"), true, &in.externalMessageId},
        {QStringLiteral("text"), true, &in.text},
        {QStringLiteral("subject"), false, &in.subject},
        {QStringLiteral("queue"), false, &in.queue},
    };
    for (const auto &field : texts) {
        auto value = textField(body, field.field, field.required);
        if (!value)
            return value.error();
        *field.into = value.value();
    }
    if (!body.value(u"customer").isObject())
        return invalidField(QStringLiteral("customer"), QStringLiteral("must be an object"));
    const QJsonObject customer = body.value(u"customer").toObject();
    auto externalId = textField(customer, QStringLiteral("external_id"), true);
    if (!externalId)
        return customerField(externalId.error());
    in.customerExternalId = externalId.value();
    auto name = textField(customer, QStringLiteral("name"), true);
    if (!name)
        return customerField(name.error());
    in.customerName = name.value();
    in.email = customer.value(u"email").toString();
    in.phone = customer.value(u"phone").toString();
    auto transcript = parseTranscript(body.value(u"bot_transcript"));
    if (!transcript)
        return transcript.error();
    in.transcript = transcript.value();
    return in;
}

// The queue a new ticket would go to (the named one, or the first) and its store. An unknown
// queue is refused only when a ticket is to be opened, as before stores had queues.
struct IntakeService::Destination
{
    QString queue; // empty: no such queue
    qint64 projectId = 0;
};

IntakeService::IntakeService(TicketService &tickets, MessageService &messages, ChangeLog &changes,
                             Clock clock)
    : m_tickets(tickets)
    , m_messages(messages)
    , m_changes(changes)
    , m_clock(std::move(clock))
{}

IntakeService::~IntakeService() = default;

Result<IntakeResult> IntakeService::receive(Store &store, qint64 accountId, const QJsonObject &body,
                                            const IntakeTarget &target)
{
    auto in = Incoming::parse(body);
    if (!in)
        return in.error();

    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    // The same channel message twice (a retry, a redelivery) gives the first answer. Ids are the
    // adapter's own: another adapter's, or another channel's, same id is another message.
    auto seen = store.run(
        QStringLiteral("SELECT id, ticket_id FROM messages WHERE intake_account_id = ? AND "
                       "intake_channel = ? AND external_id = ?"),
        {accountId, in->channelText, in->externalMessageId});
    if (!seen)
        return seen.error();
    if (seen.value()->next()) {
        IntakeResult replay{QString::number(seen.value()->value(1).toLongLong()),
                            QString::number(seen.value()->value(0).toLongLong()), true};
        seen.value()->finish();
        return replay;
    }
    const qint64 now = m_clock();
    auto destination = destinationOf(store, in.value());
    if (!destination)
        return destination.error();
    auto customer = findOrCreateCustomer(store, in.value(), destination->projectId, now);
    if (!customer)
        return customer.error();

    // Continue the customer's open ticket on this channel, or open one.
    auto open = target.ticketId || target.newTicket
                    ? Result<QVariant>(QVariant(target.ticketId))
                    : store.scalar(QStringLiteral("SELECT id FROM tickets WHERE customer_id = ? "
                                                  "AND channel = ? AND status IN ('new', 'open', "
                                                  "'pending') ORDER BY id DESC LIMIT 1"),
                                   {customer.value(), in->channelText});
    if (!open)
        return open.error();
    const bool opened = open.value().toLongLong() == 0;
    auto ticketId =
        opened ? openTicket(store, in.value(), destination.value(), customer.value(), now, target)
               : resumeTicket(store, open.value().toLongLong(), now);
    if (!ticketId)
        return ticketId.error();
    auto messageId = appendMessages(store, in.value(), accountId, ticketId.value(), now);
    if (!messageId)
        return messageId.error();
    // A new chat goes to an operator at once, in this transaction (after its messages, so the
    // operator's client receives the conversation with the assignment).
    if (m_assignment && in->channel == protocol::Channel::Chat && opened && !target.assignTo) {
        if (auto routed = m_assignment->routeChat(store, ticketId.value(), 0); !routed)
            return routed.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return IntakeResult{QString::number(ticketId.value()), messageId.value(), false};
}

Result<protocol::Ticket> IntakeService::conversationOf(Store &store, const QJsonObject &body)
{
    Incoming in;
    auto channelText = textField(body, QStringLiteral("channel"), true);
    if (!channelText)
        return channelText.error();
    if (!protocol::channelFromString(channelText.value())) {
        return invalidField(QStringLiteral("channel"),
                            QStringLiteral("must be chat, email, web_form, phone or social"));
    }
    in.channelText = channelText.value();
    auto queue = textField(body, QStringLiteral("queue"), false);
    if (!queue)
        return queue.error();
    in.queue = queue.value();
    if (!body.value(u"customer").isObject())
        return invalidField(QStringLiteral("customer"), QStringLiteral("must be an object"));
    auto externalId =
        textField(body.value(u"customer").toObject(), QStringLiteral("external_id"), true);
    if (!externalId)
        return customerField(externalId.error());
    auto destination = destinationOf(store, in);
    if (!destination)
        return destination.error();
    auto customer =
        CustomerService::findByChannelId(store, destination->projectId, externalId.value());
    if (!customer)
        return customer.error();
    const Error none{
        QString(protocol::errors::NotFound),
        QStringLiteral("No open conversation of that customer on %1").arg(in.channelText)};
    if (customer.value() == 0)
        return none;
    auto open = store.scalar(QStringLiteral("SELECT id FROM tickets WHERE customer_id = ? AND "
                                            "channel = ? AND status IN ('new', 'open', 'pending') "
                                            "ORDER BY id DESC LIMIT 1"),
                             {customer.value(), in.channelText});
    if (!open)
        return open.error();
    if (open.value().toLongLong() == 0)
        return none;
    return m_tickets.get(store, open.value().toLongLong());
}

Result<IntakeService::Destination> IntakeService::destinationOf(Store &store, const Incoming &in)
{
    auto row = in.queue.isEmpty()
                   ? store.run(QStringLiteral("SELECT id, project_id FROM queues ORDER BY id "
                                              "LIMIT 1"))
                   : store.run(QStringLiteral("SELECT id, project_id FROM queues WHERE id = ?"),
                               {in.queue});
    if (!row)
        return row.error();
    Destination destination;
    if (row.value()->next()) {
        destination.queue = row.value()->value(0).toString();
        destination.projectId = row.value()->value(1).toLongLong();
    }
    row.value()->finish();
    return destination;
}

// A customer the store has not heard from before gets a card, which every client learns of. The
// match is by the channel's customer id within the queue's store (CustomerService says how it
// is keyed).
Result<qint64> IntakeService::findOrCreateCustomer(Store &store, const Incoming &in,
                                                   qint64 projectId, qint64 now)
{
    auto customerId = CustomerService::findByChannelId(store, projectId, in.customerExternalId);
    if (!customerId)
        return customerId.error();
    if (customerId.value() != 0)
        return customerId.value();
    auto created = store.insert(
        QStringLiteral("INSERT INTO customers (external_id, name, email, phone, project_id, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {in.customerExternalId, in.customerName, in.email, in.phone, sql::nullableId(projectId),
         now, now});
    if (!created)
        return created.error();
    protocol::Customer profile;
    profile.id = QString::number(created.value());
    profile.externalId = in.customerExternalId;
    profile.name = in.customerName;
    profile.email = in.email;
    profile.phone = in.phone;
    profile.createdAt = sql::time(now);
    QJsonObject card = profile.toJson();
    card.insert(QLatin1StringView("orders"), QJsonArray());
    auto seq = m_changes.append(store, QStringLiteral("customer"), profile.id,
                                QStringLiteral("create"), card, ChangeAudience::everyone(), now);
    if (!seq)
        return seq.error();
    m_changes.announce(store.workspace(), seq.value(), QStringLiteral("customer"),
                       ChangeAudience::everyone());
    return created.value();
}

// A new ticket in the named queue (or the first one), due by the SLA policy's targets.
Result<qint64> IntakeService::openTicket(Store &store, const Incoming &in,
                                         const Destination &destination, qint64 customer,
                                         qint64 now, const IntakeTarget &target)
{
    const qint64 assignTo = target.assignTo;
    if (destination.queue.isEmpty())
        return invalidField(QStringLiteral("queue"), QStringLiteral("no such queue"));
    auto number = TicketService::nextNumber(store);
    if (!number)
        return number.error();
    const QString title = in.subject.isEmpty() ? in.text.left(120).simplified() : in.subject;
    SlaPolicy::Targets sla = (m_tickets.slaPolicy() ? *m_tickets.slaPolicy() : SlaPolicy())
                                 .targets(in.channel, protocol::Priority::Normal);
    if (target.firstResponseMs > 0)
        sla.firstResponseMs = target.firstResponseMs;
    if (target.resolutionMs > 0)
        sla.resolutionMs = target.resolutionMs;
    auto created = store.insert(
        QStringLiteral("INSERT INTO tickets (number, channel, status, priority, queue_id, "
                       "subject, customer_id, first_response_due, resolution_due, queued_at, "
                       "created_at, updated_at) VALUES (?, ?, 'new', 'normal', ?, ?, ?, ?, ?, "
                       "?, ?, ?) RETURNING id"),
        {number.value(), in.channelText, destination.queue, title, customer,
         now + sla.firstResponseMs, now + sla.resolutionMs, now, now, now});
    if (!created)
        return created.error();
    if (assignTo != 0) {
        auto assigned = store.run(
            QStringLiteral("UPDATE tickets SET assignee_id = ?, assigned_at = ? WHERE id = ?"),
            {assignTo, now, created.value()});
        if (!assigned)
            return assigned.error();
        auto opened = store.run(
            QStringLiteral("INSERT INTO ticket_assignments (ticket_id, operator_id, channel, "
                           "reason, assigned_at) VALUES (?, ?, ?, ?, ?)"),
            {created.value(), assignTo, in.channelText, ExamAssignmentReason, now});
        if (!opened)
            return opened.error();
    }
    auto ticket = m_tickets.get(store, created.value());
    if (!ticket)
        return ticket.error();
    if (auto seq = m_tickets.recordChange(store, ticket.value(), QStringLiteral("create"), {}, 0);
        !seq)
        return seq.error();
    return created.value();
}

// The customer answered: a ticket waiting on them is back in the operator's court. Its SLA
// clocks run again, their due times moved out by the wait.
Result<qint64> IntakeService::resumeTicket(Store &store, qint64 ticketId, qint64 now)
{
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
    return ticketId;
}

// The chatbot's transcript, then the customer's message; answers the message's id.
Result<QString> IntakeService::appendMessages(Store &store, const Incoming &in, qint64 accountId,
                                              qint64 ticketId, qint64 now)
{
    for (const auto &[kind, turnText] : in.transcript) {
        NewMessage turn;
        turn.authorKind = kind;
        turn.body = turnText;
        turn.atMs = now;
        if (auto stored = m_messages.appendInTransaction(store, ticketId, turn); !stored)
            return stored.error();
    }
    NewMessage message;
    message.authorKind = protocol::AuthorKind::Customer;
    message.body = in.text;
    message.externalId = in.externalMessageId;
    message.intakeAccountId = accountId;
    message.intakeChannel = in.channelText;
    message.atMs = now;
    auto stored = m_messages.appendInTransaction(store, ticketId, message);
    if (!stored)
        return stored.error();
    return stored->id;
}

} // namespace frontline::server

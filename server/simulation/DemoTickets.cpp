#include "server/simulation/DemoTickets.h"

#include "protocol/Escalation.h"
#include "protocol/Message.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/metrics/WorkIntervals.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

namespace frontline::server {

// One line of a seeded conversation.
struct DemoTickets::Line
{
    protocol::AuthorKind kind;
    qint64 author;
    bool internal;
    QString text;
    qint64 at;
};

// A seeded ticket's conversation and the times it sets on the ticket.
struct DemoTickets::Conversation
{
    QList<Line> lines;
    qint64 firstResponse = 0;
    qint64 end = 0; // the last turn (the ticket's last update)
};

// A past ticket as drawn, before it is written.
struct DemoTickets::Drawn
{
    const demo::Customer *customer = nullptr;
    QJsonObject topic;
    QJsonObject request; // one of the topic's cases: which opening, reply and follow-up go together
    QString queue;
    QString channel;
    qint64 created = 0;
    QString status;
    qint64 assignee = 0;
    QString orderNumber;
    qint64 limit = 0; // nothing of it happens later: now, or the end of its operator's shift
};

DemoTickets::DemoTickets(demo::Context &context, TicketService &tickets, const demo::Staff &staff,
                         const QList<demo::Customer> &customers)
    : m_context(context)
    , m_tickets(tickets)
    , m_staff(staff)
    , m_customers(customers)
{}

DemoTickets::~DemoTickets() = default;

demo::Random &DemoTickets::historyDraws()
{
    return m_context.historyRandom ? *m_context.historyRandom : m_context.random;
}

// Past tickets with conversations, spread over the last `days`.
Result<int> DemoTickets::seed(int count)
{
    for (int t = 0; t < count; ++t) {
        if (auto seeded = seedTicket(); !seeded)
            return seeded.error();
    }
    // The 2nd line sees the previous tickets of the customers it helps, as EscalationService
    // shares them; once all are written, so later ones count too.
    for (const qint64 id : std::as_const(m_liveEscalated)) {
        auto ticket = m_tickets.get(m_context.store, id);
        if (!ticket)
            return ticket.error();
        if (auto shared = m_tickets.shareCustomerHistory(m_context.store, ticket.value(),
                                                         ChangeAudience::escalationTarget(2, {}),
                                                         m_context.now);
            !shared)
            return shared.error();
    }
    return m_escalations;
}

DemoTickets::Drawn DemoTickets::drawTicket()
{
    static const QStringList channels{QStringLiteral("chat"),   QStringLiteral("chat"),
                                      QStringLiteral("chat"),   QStringLiteral("email"),
                                      QStringLiteral("email"),  QStringLiteral("web_form"),
                                      QStringLiteral("social"), QStringLiteral("phone")};
    Drawn ticket;
    // One ticket in four is Lavka's; then a topic of that store.
    const QString store = m_context.random.chance(0.25) ? demo::Lavka : demo::Hopper;
    QJsonArray topics;
    for (const QJsonValue &topic : m_context.scenarios.value(u"topics").toArray()) {
        if (demo::storeOf(topic.toObject()) == store)
            topics.append(topic);
    }
    ticket.topic = m_context.random.pick(topics).toObject();
    ticket.request = m_context.random.pick(ticket.topic.value(u"cases").toArray()).toObject();
    ticket.customer = drawCustomerFor(ticket.topic, ticket.request, &ticket.orderNumber);
    ticket.queue = ticket.topic.value(u"queue").toString();
    ticket.channel = channels[m_context.random.below(int(channels.size()))];
    // Older tickets are finished; the last day holds the live work.
    // One in eight is from this shift, so the demo opens on live work.
    const bool live = m_context.random.chance(0.125);
    ticket.created =
        live ? m_context.now - m_context.random.between(5 * demo::Minute, 6 * demo::Hour)
             : m_context.now -
                   m_context.random.between(10 * demo::Minute, m_context.days * demo::Day);
    if (m_context.now - ticket.created >= demo::Day) {
        ticket.status =
            m_context.random.chance(0.7) ? QStringLiteral("closed") : QStringLiteral("resolved");
    } else {
        static const QStringList live{QStringLiteral("new"), QStringLiteral("open"),
                                      QStringLiteral("open"), QStringLiteral("pending"),
                                      QStringLiteral("resolved")};
        ticket.status = live[m_context.random.below(int(live.size()))];
    }
    const QList<qint64> &agents = m_staff.agentsByQueue.value(ticket.queue);
    ticket.assignee = ticket.status == u"new" || agents.isEmpty()
                          ? 0
                          : agents[m_context.random.below(int(agents.size()))];
    // A chat in progress takes one of its operator's places. The history leaves each operator
    // one place free: going online, she is given the oldest waiting chat, as at a real shift's
    // start. A chat with no place left waits in its queue, as routing would leave it.
    if (ticket.assignee != 0 && ticket.channel == u"chat" &&
        (ticket.status == u"open" || ticket.status == u"pending")) {
        if (m_liveChats.value(ticket.assignee) >= demo::MaxChats - 1) {
            ticket.assignee = 0;
            ticket.status = QStringLiteral("new");
        } else {
            ++m_liveChats[ticket.assignee];
        }
    }
    ticket.limit = m_context.now;
    // Older work was done on its operator's shift, within the shift.
    if (!live && ticket.assignee != 0 && m_context.calendar && m_context.historyRandom) {
        demo::Random &history = *m_context.historyRandom;
        QList<demo::Span> past;
        for (const demo::Span &span : m_context.calendar->online.value(ticket.assignee)) {
            if (span.end <= m_context.now - demo::Day && span.end - span.start > demo::Hour)
                past.append(span);
        }
        if (!past.isEmpty()) {
            const demo::Span span = past[history.below(int(past.size()))];
            ticket.created =
                span.start + history.between(0, span.end - span.start - 30 * demo::Minute);
            ticket.limit = span.end;
        }
    }
    return ticket;
}

// A customer of the topic's store with an order the request can be about (its status among the
// request's, else the topic's): nobody asks how to return an order already returned. Customers
// are drawn until one has such an order.
const demo::Customer *DemoTickets::drawCustomerFor(const QJsonObject &topic,
                                                   const QJsonObject &request, QString *orderNumber)
{
    const QJsonArray statuses = request.contains(u"order_statuses")
                                    ? request.value(u"order_statuses").toArray()
                                    : topic.value(u"order_statuses").toArray();
    const QString store = demo::storeOf(topic);
    const demo::Customer *customer = nullptr;
    QStringList fitting;
    for (int attempt = 0; fitting.isEmpty() && attempt < 1000; ++attempt) {
        customer = &m_customers[m_context.random.below(int(m_customers.size()))];
        if (customer->store != store)
            continue;
        for (qsizetype o = 0; o < customer->orderNumbers.size(); ++o) {
            if (statuses.isEmpty() || statuses.contains(customer->orderStatuses.at(o)))
                fitting << customer->orderNumbers.at(o);
        }
    }
    if (fitting.isEmpty())
        fitting = customer->orderNumbers;
    *orderNumber = fitting[m_context.random.below(int(fitting.size()))];
    return customer;
}

// The values the scenario texts name in braces ({order_number}, {customer_name}, ...).
QHash<QString, QString> DemoTickets::placeholders(const Drawn &ticket)
{
    return {
        {QStringLiteral("order_number"), ticket.orderNumber},
        {QStringLiteral("customer_name"), ticket.customer->name.section(u' ', 0, 0)},
        {QStringLiteral("operator_name"), m_staff.names.value(ticket.assignee).section(u' ', 0, 0)},
        {QStringLiteral("tracking_number"),
         QStringLiteral("RP%1RU").arg(100000000 + m_context.random.below(899999999))},
        {QStringLiteral("date"),
         sql::time(ticket.created + 3 * demo::Day).toString(QStringLiteral("dd.MM.yyyy"))},
        {QStringLiteral("amount"), QString::number(1000 + m_context.random.below(90000))},
        {QStringLiteral("claim_number"),
         QStringLiteral("CL-%1").arg(100000 + m_context.random.below(899999))},
    };
}

// The conversation, in time order: the bot's transcript (for some chats), the customer's
// opening, and, once someone has the ticket, replies and follow-ups.
DemoTickets::Conversation DemoTickets::converse(const Drawn &ticket,
                                                const QHash<QString, QString> &values)
{
    const QString &locale = ticket.customer->locale;
    const QJsonObject &topic = ticket.topic;
    const bool isChat = ticket.channel == u"chat";
    // The turns of one request, so the operator answers what the customer asked.
    const QJsonObject &request = ticket.request;
    const auto text = [&](QStringView key, QStringView turn) {
        return demo::fill(topic.value(key)[locale][request.value(turn).toInt()].toString(), values);
    };
    Conversation talk;
    QList<Line> &lines = talk.lines;
    qint64 clock = ticket.created;
    if (isChat && m_context.random.chance(0.6)) {
        const QJsonArray transcript =
            m_context.random.pick(topic.value(u"bot_transcripts")[locale].toArray()).toArray();
        clock -= qint64(transcript.size()) * 20 * 1000;
        for (const QJsonValue &turn : transcript) {
            const bool bot = turn[QLatin1StringView("author")].toString() == u"bot";
            lines.append({bot ? protocol::AuthorKind::Bot : protocol::AuthorKind::Customer, 0,
                          false, demo::fill(turn[QLatin1StringView("text")].toString(), values),
                          clock});
            clock += 20 * 1000;
        }
        clock = ticket.created;
    }
    lines.append({protocol::AuthorKind::Customer, 0, false, text(u"openings", u"opening"), clock});
    const qint64 assignee = ticket.assignee;
    if (assignee != 0) {
        clock += isChat ? m_context.random.between(15 * 1000, 3 * demo::Minute)
                        : m_context.random.between(20 * demo::Minute, 6 * demo::Hour);
        talk.firstResponse = clock;
        lines.append({protocol::AuthorKind::Operator, assignee, false,
                      text(u"operator_replies", u"reply"), clock});
        if (m_context.random.chance(0.15)) {
            clock += 30 * 1000;
            lines.append(
                {protocol::AuthorKind::Operator, assignee, true,
                 locale == u"ru"
                     ? QStringLiteral("Проверил заказ %1 в системе.").arg(ticket.orderNumber)
                     : QStringLiteral("Checked order %1 in the back office.")
                           .arg(ticket.orderNumber),
                 clock});
        }
        // A follow-up is answered by the reply the request names, else closed politely (the
        // requests without an answer follow up with thanks).
        if (request.contains(u"follow_up") && m_context.random.chance(0.7)) {
            clock += isChat ? m_context.random.between(20 * 1000, 4 * demo::Minute)
                            : m_context.random.between(demo::Hour, 20 * demo::Hour);
            lines.append({protocol::AuthorKind::Customer, 0, false,
                          text(u"follow_ups", u"follow_up"), clock});
            if (ticket.status != u"open" || m_context.random.chance(0.5)) {
                clock += isChat ? m_context.random.between(15 * 1000, 2 * demo::Minute)
                                : m_context.random.between(30 * demo::Minute, 5 * demo::Hour);
                lines.append({protocol::AuthorKind::Operator, assignee, false,
                              request.contains(u"answer")
                                  ? text(u"operator_replies", u"answer")
                                  : m_context.random.pickText(
                                        m_context.scenarios.value(u"closings")[locale].toArray()),
                              clock});
            }
        }
    }
    // A ticket opened minutes ago cannot hold hours of conversation: squeeze the later turns,
    // in order, into the time there was (until now, or the end of the operator's shift).
    if (const qint64 last = lines.last().at; last > ticket.limit) {
        const qint64 created = ticket.created;
        const double scale = double(ticket.limit - created) / double(last - created);
        const auto squeeze = [&](qint64 at) {
            return at <= created ? at : created + qint64(double(at - created) * scale);
        };
        for (Line &line : lines)
            line.at = squeeze(line.at);
        talk.firstResponse = talk.firstResponse == 0 ? 0 : squeeze(talk.firstResponse);
        clock = squeeze(clock);
    }
    talk.end = std::min(clock, ticket.limit);
    return talk;
}

Result<void> DemoTickets::seedTicket()
{
    const Drawn drawn = drawTicket();
    const QHash<QString, QString> values = placeholders(drawn);
    const QString subject = demo::fill(
        drawn.topic
            .value(u"subjects")[drawn.customer->locale][drawn.request.value(u"subject").toInt()]
            .toString(),
        values);
    const Conversation talk = converse(drawn, values);
    qint64 lastCustomer = drawn.created;
    for (const Line &line : talk.lines)
        if (line.kind == protocol::AuthorKind::Customer)
            lastCustomer = line.at;
    const qint64 created = drawn.created;
    const qint64 firstDue = created + (drawn.channel == u"chat" ? demo::Minute : 4 * demo::Hour);
    const bool finished = drawn.status == u"resolved" || drawn.status == u"closed";
    const QString resolution =
        finished ? m_context.random.pickText(drawn.topic.value(u"resolution_codes").toArray())
                 : QString();

    // A chat is taken as it comes; an email when she opens it to answer.
    const qint64 assignedAt =
        drawn.channel == u"chat" || talk.firstResponse == 0
            ? created
            : std::max(created, talk.firstResponse -
                                    historyDraws().between(3 * demo::Minute, 8 * demo::Minute));

    auto number = TicketService::nextNumber(m_context.store);
    if (!number)
        return number.error();
    auto ticketId = m_context.store.insert(
        QStringLiteral(
            "INSERT INTO tickets (number, channel, status, priority, queue_id, subject, "
            "customer_id, assignee_id, first_response_due, resolution_due, "
            "first_response_at, pending_since, resolved_at, resolution_code, "
            "last_customer_message_at, queued_at, assigned_at, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {number.value(), drawn.channel, drawn.status,
         m_context.random.chance(0.1) ? QStringLiteral("high") : QStringLiteral("normal"),
         drawn.queue, subject, drawn.customer->id, sql::nullableId(drawn.assignee), firstDue,
         created + demo::Day, sql::nullableId(talk.firstResponse),
         drawn.status == u"pending" ? QVariant(talk.end) : QVariant(),
         finished ? QVariant(talk.end) : QVariant(), resolution, lastCustomer, created,
         drawn.assignee ? QVariant(assignedAt) : QVariant(), created, talk.end});
    if (!ticketId)
        return ticketId.error();
    if (finished && drawn.assignee != 0) {
        if (auto handled = recordHandling(ticketId.value(), drawn, talk, assignedAt); !handled)
            return handled.error();
    }
    auto ticket = m_tickets.get(m_context.store, ticketId.value());
    if (!ticket)
        return ticket.error();

    ChangeAudience audience;
    audience.scope = ChangeAudience::Scope::Ticket;
    audience.queueId = drawn.queue;
    audience.assigneeId = drawn.assignee;
    // Their changes are written once the escalation (if any) is known: a live escalation's
    // line sees the conversation, as EscalationService::create shares it.
    auto conversation = writeMessages(ticketId.value(), talk.lines);
    if (!conversation)
        return conversation.error();
    if (auto escalated = maybeEscalate(drawn, ticketId.value(), talk.firstResponse, ticket.value(),
                                       audience, conversation.value());
        !escalated)
        return escalated.error();
    if (auto written = appendMessages(conversation.value(), audience); !written)
        return written.error();
    if (auto seq = m_tickets.recordChange(m_context.store, ticket.value(), QStringLiteral("create"),
                                          {}, 0);
        !seq)
        return seq.error();
    return {};
}

// Who held the finished ticket when, and, for the written channels, the stretches it was open
// in front of her around each reply (what her desktop would have reported): its handle time.
Result<void> DemoTickets::recordHandling(qint64 ticketId, const Drawn &drawn,
                                         const Conversation &talk, qint64 assignedAt)
{
    const auto hold = [&](qint64 from, qint64 to, const QString &end) -> Result<void> {
        auto held = m_context.store.run(
            QStringLiteral("INSERT INTO ticket_assignments (ticket_id, operator_id, channel, "
                           "reason, assigned_at, ended_at, end_reason) VALUES (?, ?, ?, "
                           "'claimed', ?, ?, ?)"),
            {ticketId, drawn.assignee, drawn.channel, from, to, end});
        if (!held)
            return held.error();
        return {};
    };
    if (drawn.channel == u"chat")
        return hold(assignedAt, talk.end, QStringLiteral("resolved"));
    // A written ticket she takes to answer and puts back while the customer writes again.
    QList<work_intervals::Interval> shown;
    for (const Line &line : talk.lines) {
        if (line.kind != protocol::AuthorKind::Operator || line.at < assignedAt)
            continue;
        const qint64 from = std::max(
            assignedAt, line.at - historyDraws().between(2 * demo::Minute, 6 * demo::Minute));
        const qint64 to = std::min(talk.end, line.at + 20 * 1000);
        if (to > from && (shown.isEmpty() || from > shown.last().endedAt))
            shown.append({from, to});
    }
    if (shown.isEmpty())
        return hold(assignedAt, talk.end, QStringLiteral("resolved"));
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const bool last = i + 1 == shown.size();
        if (auto held = hold(shown[i].startedAt, shown[i].endedAt,
                             last ? QStringLiteral("resolved") : QStringLiteral("released"));
            !held)
            return held.error();
    }
    auto recorded = work_intervals::record(m_context.store, ticketId, drawn.assignee, shown);
    if (!recorded)
        return recorded.error();
    return {};
}

Result<QList<protocol::Message>> DemoTickets::writeMessages(qint64 ticketId,
                                                            const QList<Line> &lines)
{
    QList<protocol::Message> conversation;
    for (const Line &line : lines) {
        auto messageId = m_context.store.insert(
            QStringLiteral("INSERT INTO messages (ticket_id, author_kind, author_id, internal, "
                           "body, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {ticketId, protocol::toString(line.kind), sql::nullableId(line.author),
             line.internal ? 1 : 0, line.text, line.at});
        if (!messageId)
            return messageId.error();
        protocol::Message message;
        message.id = QString::number(messageId.value());
        message.ticketId = QString::number(ticketId);
        message.authorKind = line.kind;
        message.authorId = line.author ? QString::number(line.author) : QString();
        message.authorName = m_staff.names.value(line.author);
        message.internal = line.internal;
        message.body = line.text;
        message.createdAt = sql::time(line.at);
        conversation.append(message);
    }
    return conversation;
}

// Some conversations needed the 2nd line; a few of those were sent back. A live escalation marks
// the ticket (re-read into `ticket`) and widens `audience` to the 2nd line; the conversation so
// far is announced before the escalation, as EscalationService::create does.
Result<void> DemoTickets::maybeEscalate(const Drawn &drawn, qint64 ticketId, qint64 firstResponse,
                                        protocol::Ticket &ticket, ChangeAudience &audience,
                                        QList<protocol::Message> &conversation)
{
    const QJsonObject escalation = drawn.topic.value(u"escalation").toObject();
    if (drawn.assignee == 0 || m_staff.secondLine == 0 ||
        !m_context.random.chance(escalation.value(u"probability").toDouble(0.1)))
        return {};
    const bool live = drawn.status != u"resolved" && drawn.status != u"closed";
    const QString outcome =
        live ? (m_context.random.chance(0.5) ? QStringLiteral("open") : QStringLiteral("accepted"))
             : (m_context.random.chance(0.75) ? QStringLiteral("resolved")
                                              : QStringLiteral("returned"));
    const QString reason = m_context.random.pickText(escalation.value(u"reason_codes").toArray());
    const qint64 at = std::min(firstResponse + 2 * demo::Minute, m_context.now);
    const QString returnReason =
        outcome == u"returned" ? QStringLiteral("answer_in_kb") : QString();
    auto escalationId = m_context.store.insert(
        QStringLiteral("INSERT INTO escalations (ticket_id, from_operator_id, target_line, "
                       "reason_code, note, priority, status, handled_by, return_reason, "
                       "created_at, updated_at) VALUES (?, ?, 2, ?, ?, 'normal', ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {ticketId, drawn.assignee, reason,
         drawn.customer->locale == u"ru"
             ? QStringLiteral("Клиент просит решение, нужен второй уровень.")
             : QStringLiteral("The customer needs a decision from the 2nd line."),
         outcome, outcome == u"open" ? QVariant() : QVariant(m_staff.secondLine), returnReason, at,
         std::min(at + 30 * demo::Minute, m_context.now)});
    if (!escalationId)
        return escalationId.error();
    if (live) {
        auto marked = m_context.store.run(
            QStringLiteral("UPDATE tickets SET escalation_line = 2 WHERE id = ?"), {ticketId});
        if (!marked)
            return marked.error();
        auto reread = m_tickets.get(m_context.store, ticketId);
        if (!reread)
            return reread.error();
        ticket = reread.value();
        audience.escalationLine = 2;
        m_liveEscalated << ticketId;
    }
    protocol::Escalation record;
    record.id = QString::number(escalationId.value());
    record.ticketId = ticket.id;
    record.fromOperatorId = QString::number(drawn.assignee);
    record.targetLine = 2;
    record.reasonCode = reason;
    record.status =
        protocol::escalationStatusFromString(outcome).value_or(protocol::EscalationStatus::Open);
    record.handledBy = outcome == u"open" ? QString() : QString::number(m_staff.secondLine);
    record.returnReason = returnReason;
    record.createdAt = sql::time(at);
    record.updatedAt = sql::time(std::min(at + 30 * demo::Minute, m_context.now));
    ChangeAudience escalationAudience = audience;
    escalationAudience.escalationLine = 2;
    if (auto written = appendMessages(conversation, audience); !written)
        return written.error();
    conversation.clear();
    if (auto seq = m_context.changes.append(m_context.store, QStringLiteral("escalation"),
                                            record.id, QStringLiteral("create"), record.toJson(),
                                            escalationAudience, m_context.now);
        !seq)
        return seq.error();
    ++m_escalations;
    return {};
}

Result<void> DemoTickets::appendMessages(const QList<protocol::Message> &messages,
                                         const ChangeAudience &audience)
{
    for (const protocol::Message &message : messages) {
        if (auto seq = m_context.changes.append(m_context.store, QStringLiteral("message"),
                                                message.id, QStringLiteral("create"),
                                                message.toJson(), audience, m_context.now);
            !seq)
            return seq.error();
    }
    return {};
}

} // namespace frontline::server

#include "server/metrics/HandleTime.h"

#include "server/storage/Store.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace frontline::server {
namespace handle_time {
namespace {

// Sorted, non-overlapping, non-empty spans.
QList<Span> merged(QList<Span> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    QList<Span> result;
    for (const Span &span : std::as_const(spans)) {
        if (span.end <= span.start)
            continue;
        if (!result.isEmpty() && span.start <= result.last().end)
            result.last().end = std::max(result.last().end, span.end);
        else
            result.append(span);
    }
    return result;
}

// The parts of merged `a` inside merged `b`.
QList<Span> intersect(const QList<Span> &a, const QList<Span> &b)
{
    QList<Span> result;
    for (const Span &x : a) {
        for (const Span &y : b) {
            const qint64 start = std::max(x.start, y.start);
            const qint64 end = std::min(x.end, y.end);
            if (end > start)
                result.append({start, end});
        }
    }
    return merged(result);
}

qint64 length(const QList<Span> &spans)
{
    qint64 total = 0;
    for (const Span &span : spans)
        total += span.end - span.start;
    return total;
}

// Conversation time up to `until`: the time she held the ticket, less each wait on the customer
// beyond the grace (from a public reply of an operator to the next public turn).
qint64 conversation(const TicketWork &work, const QList<Span> &held, qint64 until)
{
    const QList<Span> talk = intersect(held, {{std::numeric_limits<qint64>::min(), until}});
    QList<Span> away;
    for (qsizetype i = 0; i + 1 < work.turns.size(); ++i) {
        const Turn &turn = work.turns.at(i);
        const qint64 next = std::min(work.turns.at(i + 1).at, until);
        if (!turn.byCustomer && next - turn.at > CustomerGraceMs)
            away.append({turn.at + CustomerGraceMs, next});
    }
    return length(talk) - length(intersect(talk, merged(away)));
}

} // namespace

qint64 compute(const TicketWork &work)
{
    QList<Span> held;
    for (const Span &span : work.held)
        held.append({span.start, std::min(span.end, work.resolvedAt)});
    held = merged(held);
    if (held.isEmpty() && work.takenAt < work.resolvedAt)
        held = {{work.takenAt, work.resolvedAt}};
    const QList<Span> shown = intersect(merged(work.shown), held);
    // Her last reply opens the after-contact work; with no reply there is none.
    qint64 lastReply = work.resolvedAt;
    for (const Turn &turn : work.turns) {
        if (turn.byHandler && turn.at <= work.resolvedAt)
            lastReply = turn.at;
    }
    const QList<Span> afterContact = {{lastReply, work.resolvedAt}};
    if (!work.chat && !shown.isEmpty()) {
        // Email, forms, social: the time the ticket was open in front of her.
        const qint64 before =
            length(intersect(shown, {{std::numeric_limits<qint64>::min(), lastReply}}));
        return before + std::min(AfterContactCapMs, length(intersect(shown, afterContact)));
    }
    const qint64 talk = conversation(work, held, lastReply);
    // Chats, and tickets no desktop reported: after-contact work is the time the ticket was in
    // front of her (capped); when nothing was reported, the grace stands in for it.
    const qint64 after = shown.isEmpty()
                             ? std::min(CustomerGraceMs, length(intersect(held, afterContact)))
                             : std::min(AfterContactCapMs, length(intersect(shown, afterContact)));
    return talk + after;
}

namespace {

// The handled tickets of the window.
const QString HandledFilter = QStringLiteral(
    " t.status IN ('resolved', 'closed') AND t.assignee_id IS NOT NULL AND t.resolved_at >= ? "
    "AND t.resolved_at < ?");

Result<void> readSpans(Store &store, const QString &sql, const QVariantList &args,
                       QHash<qint64, TicketWork> &works, bool shown)
{
    auto query = store.run(sql, args);
    if (!query)
        return query.error();
    QSqlQuery &row = *query.value();
    while (row.next()) {
        auto work = works.find(row.value(0).toLongLong());
        if (work == works.end())
            continue;
        const Span span{row.value(1).toLongLong(), row.value(2).toLongLong()};
        (shown ? work->shown : work->held).append(span);
    }
    row.finish();
    return {};
}

} // namespace

Result<QList<TicketHandleTime>> ofHandledTickets(Store &store, qint64 from, qint64 to, qint64 now,
                                                 const KpiScope &scope)
{
    const qint64 end = std::min(to, now);
    // The handled tickets of the window and the scope: every query below joins the same set.
    const QString handled = HandledFilter + scope.condition(u"t.queue_id");
    QHash<qint64, TicketWork> works;
    {
        auto tickets =
            store.run(QStringLiteral("SELECT t.id, t.assignee_id, t.channel, t.resolved_at, "
                                     "COALESCE(t.assigned_at, t.created_at) FROM tickets t WHERE") +
                          handled,
                      scope.bind({from, end}));
        if (!tickets)
            return tickets.error();
        QSqlQuery &row = *tickets.value();
        while (row.next()) {
            TicketWork work;
            work.ticketId = row.value(0).toLongLong();
            work.operatorId = row.value(1).toLongLong();
            work.chat = row.value(2).toString() == u"chat";
            work.resolvedAt = row.value(3).toLongLong();
            work.takenAt = row.value(4).toLongLong();
            works.insert(work.ticketId, work);
        }
        row.finish();
    }
    if (works.isEmpty())
        return QList<TicketHandleTime>();
    // `now` (the first parameter) closes an assignment still open; compute() clips it anyway.
    if (auto held = readSpans(
            store,
            QStringLiteral("SELECT a.ticket_id, a.assigned_at, COALESCE(a.ended_at, ?) FROM "
                           "ticket_assignments a JOIN tickets t ON t.id = a.ticket_id AND "
                           "a.operator_id = t.assignee_id WHERE") +
                handled,
            scope.bind({now, from, end}), works, false);
        !held)
        return held.error();
    if (auto shown =
            readSpans(store,
                      QStringLiteral("SELECT w.ticket_id, w.started_at, w.ended_at FROM "
                                     "work_intervals w JOIN tickets t ON t.id = w.ticket_id AND "
                                     "w.operator_id = t.assignee_id WHERE") +
                          handled,
                      scope.bind({from, end}), works, true);
        !shown)
        return shown.error();
    auto turns = store.run(
        QStringLiteral("SELECT m.ticket_id, m.author_kind, m.author_id = t.assignee_id, "
                       "m.created_at FROM messages m JOIN tickets t ON t.id = m.ticket_id WHERE "
                       "m.internal = 0 AND m.author_kind IN ('customer', 'operator') AND "
                       "m.created_at <= t.resolved_at AND") +
            handled + QStringLiteral(" ORDER BY m.ticket_id, m.created_at, m.id"),
        scope.bind({from, end}));
    if (!turns)
        return turns.error();
    QSqlQuery &row = *turns.value();
    while (row.next()) {
        auto work = works.find(row.value(0).toLongLong());
        if (work == works.end())
            continue;
        const bool byCustomer = row.value(1).toString() == u"customer";
        work->turns.append(
            {row.value(3).toLongLong(), byCustomer, !byCustomer && row.value(2).toBool()});
    }
    row.finish();

    QList<TicketHandleTime> result;
    result.reserve(works.size());
    for (const TicketWork &work : std::as_const(works))
        result.append({work.ticketId, work.operatorId, work.chat, compute(work)});
    std::sort(result.begin(), result.end(),
              [](const TicketHandleTime &a, const TicketHandleTime &b) {
                  return a.ticketId < b.ticketId;
              });
    return result;
}

} // namespace handle_time

Result<QHash<qint64, handle_time::HandleSum>>
handleTimeByOperator(Store &store, qint64 from, qint64 to, qint64 now, const KpiScope &scope)
{
    auto tickets = handle_time::ofHandledTickets(store, from, to, now, scope);
    if (!tickets)
        return tickets.error();
    QHash<qint64, handle_time::HandleSum> sums;
    for (const handle_time::TicketHandleTime &ticket : std::as_const(tickets.value())) {
        handle_time::HandleSum &sum = sums[ticket.operatorId];
        ++sum.handled;
        sum.chats += ticket.chat ? 1 : 0;
        sum.handleMs += ticket.handleMs;
    }
    return sums;
}

Result<QHash<qint64, qint64>> handleTimeByTicket(Store &store, qint64 from, qint64 to, qint64 now,
                                                 const KpiScope &scope)
{
    auto tickets = handle_time::ofHandledTickets(store, from, to, now, scope);
    if (!tickets)
        return tickets.error();
    QHash<qint64, qint64> times;
    for (const handle_time::TicketHandleTime &ticket : std::as_const(tickets.value()))
        times.insert(ticket.ticketId, ticket.handleMs);
    return times;
}

} // namespace frontline::server

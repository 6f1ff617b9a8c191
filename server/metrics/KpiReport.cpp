#include "server/metrics/KpiReport.h"

#include "server/metrics/HandleTime.h"
#include "server/storage/Store.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace frontline::server {
namespace {

QJsonValue ratioOrNull(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QJsonValue(QJsonValue::Null);
    return std::round(10000.0 * double(part) / double(whole)) / 10000.0;
}

double seconds(qint64 ms)
{
    return std::round(double(ms)) / 1000.0;
}

} // namespace

KpiReport::KpiReport(Store &store, qint64 from, qint64 to, qint64 now)
    : m_store(store)
    , m_from(from)
    , m_to(std::min(to, now))
    , m_now(now)
{}

Result<QList<KpiReport::Interval>> KpiReport::intervals(const QString &sql, qint64 operatorId)
{
    auto query = m_store.run(sql, {m_now, operatorId, m_to, m_from});
    if (!query)
        return query.error();
    QList<Interval> list;
    while (query.value()->next())
        list.append({query.value()->value(0).toLongLong(), query.value()->value(1).toLongLong()});
    query.value()->finish();
    return list;
}

qint64 KpiReport::clippedLength(const QList<Interval> &list) const
{
    qint64 total = 0;
    for (const Interval &interval : list)
        total +=
            std::max<qint64>(0, std::min(interval.end, m_to) - std::max(interval.start, m_from));
    return total;
}

qint64 KpiReport::busyWhileOnline(QList<Interval> busy, const QList<Interval> &online) const
{
    std::sort(busy.begin(), busy.end(),
              [](const Interval &a, const Interval &b) { return a.start < b.start; });
    QList<Interval> merged;
    for (const Interval &interval : std::as_const(busy)) {
        if (!merged.isEmpty() && interval.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, interval.end);
        else
            merged.append(interval);
    }
    qint64 total = 0;
    for (const Interval &b : std::as_const(merged)) {
        for (const Interval &o : online) {
            const qint64 start = std::max({b.start, o.start, m_from});
            const qint64 end = std::min({b.end, o.end, m_to});
            total += std::max<qint64>(0, end - start);
        }
    }
    return total;
}

Result<QJsonArray> KpiReport::operators()
{
    auto people = m_store.run(QStringLiteral(
        "SELECT o.id, o.display_name, COALESCE(p.status, 'offline'), "
        "(SELECT COUNT(*) FROM tickets t WHERE t.assignee_id = o.id AND t.channel = 'chat' AND "
        "t.status IN ('new', 'open', 'pending')) FROM operators o LEFT JOIN presence_intervals p "
        "ON p.operator_id = o.id AND p.ended_at IS NULL WHERE o.active = 1 AND o.role = "
        "'operator' ORDER BY o.display_name, o.id"));
    if (!people)
        return people.error();
    QList<Person> list;
    while (people.value()->next())
        list.append({people.value()->value(0).toLongLong(), people.value()->value(1).toString(),
                     people.value()->value(2).toString(), people.value()->value(3).toInt()});
    people.value()->finish();
    auto handleTimes = handleTimeByOperator(m_store, m_from, m_to, m_now);
    if (!handleTimes)
        return handleTimes.error();
    m_handleTimes = handleTimes.value();

    QJsonArray result;
    for (const Person &person : std::as_const(list)) {
        auto row = operatorRow(person);
        if (!row)
            return row.error();
        result.append(row.value());
    }
    return result;
}

// Handled: resolved (or closed) in the window while assigned to them. Handle time: as
// server/metrics/HandleTime computes it for everyone at once (operators() reads it first).
Result<KpiReport::Handled> KpiReport::handledBy(qint64 operatorId)
{
    auto handled = m_store.run(
        QStringLiteral(
            "SELECT t.id, t.channel, "
            "(SELECT COUNT(*) FROM escalations e WHERE e.ticket_id = t.id), "
            "(SELECT COUNT(*) FROM tickets r WHERE t.customer_id IS NOT NULL AND "
            "r.customer_id = t.customer_id AND r.id <> t.id AND r.created_at > t.created_at "
            "AND r.created_at <= t.resolved_at + ?) "
            "FROM tickets t WHERE t.assignee_id = ? AND t.status IN ('resolved', 'closed') "
            "AND t.resolved_at >= ? AND t.resolved_at < ?"),
        {RecontactWindowMs, operatorId, m_from, m_to});
    if (!handled)
        return handled.error();
    Handled totals;
    while (handled.value()->next()) {
        ++totals.count;
        if (handled.value()->value(1).toString() == u"chat")
            ++totals.chats;
        if (handled.value()->value(2).toInt() == 0 && handled.value()->value(3).toInt() == 0)
            ++totals.firstContact;
    }
    handled.value()->finish();
    totals.handleMs = m_handleTimes.value(operatorId).handleMs;
    return totals;
}

// The two numbers of a one-row `SELECT COUNT(*), SUM(...)` over the operator and the window.
Result<QPair<qint64, qint64>> KpiReport::countAndPart(const QString &sql, qint64 operatorId)
{
    auto query = m_store.run(sql, {operatorId, m_from, m_to});
    if (!query)
        return query.error();
    QPair<qint64, qint64> numbers{0, 0};
    if (query.value()->next())
        numbers = {query.value()->value(0).toLongLong(), query.value()->value(1).toLongLong()};
    query.value()->finish();
    return numbers;
}

Result<QJsonObject> KpiReport::operatorRow(const Person &person)
{
    auto handled = handledBy(person.id);
    if (!handled)
        return handled.error();
    auto csat = countAndPart(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END) FROM "
                       "csat_responses WHERE operator_id = ? AND received_at >= ? AND "
                       "received_at < ?"),
        person.id);
    if (!csat)
        return csat.error();
    auto online = intervals(
        QStringLiteral("SELECT started_at, COALESCE(ended_at, ?) FROM presence_intervals "
                       "WHERE status = 'online' AND operator_id = ? AND started_at < ? AND "
                       "(ended_at IS NULL OR ended_at > ?)"),
        person.id);
    if (!online)
        return online.error();
    auto busy = intervals(
        QStringLiteral("SELECT assigned_at, COALESCE(ended_at, ?) FROM ticket_assignments "
                       "WHERE operator_id = ? AND assigned_at < ? AND "
                       "(ended_at IS NULL OR ended_at > ?)"),
        person.id);
    if (!busy)
        return busy.error();
    auto escalations = countAndPart(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 END) "
                       "FROM escalations WHERE from_operator_id = ? AND created_at >= ? AND "
                       "created_at < ?"),
        person.id);
    if (!escalations)
        return escalations.error();

    const qint64 onlineMs = clippedLength(online.value());
    const qint64 busyMs = busyWhileOnline(busy.value(), online.value());
    const Handled &done = handled.value();
    const auto [votes, satisfied] = csat.value();
    return QJsonObject{
        {QLatin1StringView("operator_id"), QString::number(person.id)},
        {QLatin1StringView("name"), person.name},
        {QLatin1StringView("status"), person.status},
        {QLatin1StringView("active_chats"), person.activeChats},
        {QLatin1StringView("handled"), done.count},
        {QLatin1StringView("aht_seconds"), done.count
                                               ? QJsonValue(seconds(done.handleMs / done.count))
                                               : QJsonValue(QJsonValue::Null)},
        {QLatin1StringView("fcr"), ratioOrNull(done.firstContact, done.count)},
        {QLatin1StringView("csat"),
         votes ? QJsonValue(std::round(1000.0 * double(satisfied) / double(votes)) / 10.0)
               : QJsonValue(QJsonValue::Null)},
        {QLatin1StringView("utilization"), ratioOrNull(busyMs, onlineMs)},
        {QLatin1StringView("online_seconds"), seconds(onlineMs)},
        {QLatin1StringView("chats_per_hour"),
         onlineMs > 0
             ? QJsonValue(std::round(100.0 * double(done.chats) * 3600000.0 / double(onlineMs)) /
                          100.0)
             : QJsonValue(QJsonValue::Null)},
        {QLatin1StringView("escalations"), escalations->first},
        {QLatin1StringView("escalations_returned"), escalations->second},
    };
}

Result<QJsonArray> KpiReport::queues()
{
    // Waiting: unassigned and not on the customer, now. Compliance: first-response targets that
    // came due in the window or were answered in it, met when answered by the due time.
    auto query = m_store.run(
        QStringLiteral(
            "SELECT q.id, "
            "(SELECT COUNT(*) FROM tickets t WHERE t.queue_id = q.id AND t.assignee_id IS NULL "
            "AND t.status IN ('new', 'open')), "
            "(SELECT MIN(COALESCE(t.queued_at, t.created_at)) FROM tickets t WHERE t.queue_id = "
            "q.id AND t.assignee_id IS NULL AND t.status IN ('new', 'open')), "
            "(SELECT COUNT(*) FROM sla_breaches b WHERE b.queue_id = q.id AND b.breached_at >= ? "
            "AND b.breached_at < ?), "
            "(SELECT COUNT(*) FROM tickets t WHERE t.queue_id = q.id AND t.first_response_due IS "
            "NOT NULL AND ((t.first_response_due >= ? AND t.first_response_due < ?) OR "
            "(t.first_response_at >= ? AND t.first_response_at < ?))), "
            "(SELECT COUNT(*) FROM tickets t WHERE t.queue_id = q.id AND t.first_response_due IS "
            "NOT NULL AND ((t.first_response_due >= ? AND t.first_response_due < ?) OR "
            "(t.first_response_at >= ? AND t.first_response_at < ?)) AND t.first_response_at IS "
            "NOT NULL AND t.first_response_at <= t.first_response_due) "
            "FROM queues q ORDER BY q.id"),
        {m_from, m_to, m_from, m_to, m_from, m_to, m_from, m_to, m_from, m_to});
    if (!query)
        return query.error();
    QJsonArray result;
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        const qint64 oldest = row.value(2).isNull() ? m_now : row.value(2).toLongLong();
        result.append(QJsonObject{
            {QLatin1StringView("queue"), row.value(0).toString()},
            {QLatin1StringView("waiting"), row.value(1).toLongLong()},
            {QLatin1StringView("oldest_wait_seconds"),
             seconds(std::max<qint64>(0, m_now - oldest))},
            {QLatin1StringView("sla_breaches"), row.value(3).toLongLong()},
            {QLatin1StringView("sla_compliance"),
             ratioOrNull(row.value(5).toLongLong(), row.value(4).toLongLong())},
        });
    }
    query.value()->finish();
    return result;
}

} // namespace frontline::server

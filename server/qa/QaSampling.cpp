#include "server/qa/QaSampling.h"

#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace frontline::server {
namespace {

// Handled tickets as the KPIs count them (docs/kpis.md): resolved or closed, with an operator.
const QString Handled = QStringLiteral("t.status IN ('resolved', 'closed') AND t.assignee_id IS "
                                       "NOT NULL ");

// A ticket's figures. Handle time: the operator's reported work intervals, or the held time when
// none were reported (docs/kpis.md, "QA candidates").
const QString FigureColumns = QStringLiteral(
    "SELECT t.id, t.number, t.channel, t.queue_id, t.assignee_id, o.display_name, t.resolved_at, "
    "t.subject, c.score, "
    "EXISTS (SELECT 1 FROM escalations e WHERE e.ticket_id = t.id), "
    "EXISTS (SELECT 1 FROM escalations e WHERE e.ticket_id = t.id AND e.status = 'returned'), "
    "COALESCE((SELECT SUM(w.ended_at - w.started_at) FROM work_intervals w WHERE w.ticket_id = "
    "t.id AND w.operator_id = t.assignee_id), t.resolved_at - COALESCE(t.assigned_at, "
    "t.created_at)) / 1000 AS handle_s "
    "FROM tickets t LEFT JOIN operators o ON o.id = t.assignee_id "
    "LEFT JOIN csat_responses c ON c.ticket_id = t.id ");

QJsonObject figuresFromRow(const QSqlQuery &row, bool withSubject)
{
    using L = QLatin1StringView;
    QJsonObject object{
        {L("ticket_id"), sql::idText(row.value(0))},
        {L("ticket_number"), row.value(1).toLongLong()},
        {L("channel"), row.value(2).toString()},
        {L("queue"), row.value(3).toString()},
        {L("operator_id"), sql::idText(row.value(4))},
        {L("operator_name"), row.value(5).toString()},
        {L("resolved_at"), protocol::json::timeOrNull(sql::time(row.value(6)))},
        {L("csat"), row.value(8).isNull() ? QJsonValue() : QJsonValue(row.value(8).toInt())},
        {L("escalated"), row.value(9).toInt() != 0},
        {L("returned"), row.value(10).toInt() != 0},
        {L("handle_time_seconds"), std::max<qint64>(0, row.value(11).toLongLong())},
    };
    // A subject is the customer's own words: trainers get none of them (roles.md).
    if (withSubject)
        object.insert(L("subject"), row.value(7).toString());
    return object;
}

quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

Result<double> sampleRate(const QJsonObject &body)
{
    const QJsonValue rate = body.value(u"rate");
    if (!rate.isDouble() || rate.toDouble() <= 0 || rate.toDouble() > 1)
        return protocol::json::invalidField(QStringLiteral("rate"),
                                            QStringLiteral("must be a number over 0, at most 1"));
    return rate.toDouble();
}

Result<qint64> sampleSeed(const QJsonObject &body)
{
    const QJsonValue seed = body.value(u"seed");
    const double value = seed.toDouble(-1);
    if (!seed.isDouble() || value < 0 || value > 9007199254740991.0 || value != std::floor(value))
        return protocol::json::invalidField(QStringLiteral("seed"),
                                            QStringLiteral("must be a whole number from 0"));
    return qint64(value);
}

} // namespace

quint64 QaSampling::drawKey(qint64 seed, qint64 ticketId)
{
    return splitmix64(splitmix64(quint64(seed)) ^ quint64(ticketId));
}

Result<std::pair<qint64, qint64>> QaSampling::isoWeek(const QString &week)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto match = pattern.match(week);
    const auto bad = [] {
        return protocol::json::invalidField(QStringLiteral("week"),
                                            QStringLiteral("must be an ISO week like 2026-W49"));
    };
    if (!match.hasMatch())
        return bad();
    const int year = match.captured(1).toInt();
    const int number = match.captured(2).toInt();
    // Week 1 holds 4 January; its Monday starts the ISO year.
    const QDate fourth(year, 1, 4);
    const QDate monday = fourth.addDays(1 - fourth.dayOfWeek()).addDays(7 * (number - 1));
    int weekYear = 0;
    if (number < 1 || monday.weekNumber(&weekYear) != number || weekYear != year)
        return bad();
    const qint64 start = QDateTime(monday, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return std::pair{start, start + 7LL * 24 * 3600 * 1000};
}

Result<QJsonObject> QaSampling::sample(const Caller &caller, const QJsonObject &body)
{
    const QString weekText = body.value(u"week").toString();
    auto week = isoWeek(weekText);
    if (!week)
        return week.error();
    auto rate = sampleRate(body);
    if (!rate)
        return rate.error();
    auto seed = sampleSeed(body);
    if (!seed)
        return seed.error();
    Store &store = *caller.store;
    auto handled = store.run(QStringLiteral("SELECT t.id, t.assignee_id FROM tickets t WHERE ") +
                                 Handled + u"AND t.resolved_at >= ? AND t.resolved_at < ?",
                             {week->first, week->second});
    if (!handled)
        return handled.error();
    QHash<qint64, QList<qint64>> byOperator;
    while (handled.value()->next())
        byOperator[handled.value()->value(1).toLongLong()].append(
            handled.value()->value(0).toLongLong());
    handled.value()->finish();
    QStringList chosen;
    for (auto it = byOperator.begin(); it != byOperator.end(); ++it) {
        QList<qint64> tickets = it.value();
        const auto take = qsizetype(std::ceil(rate.value() * double(tickets.size()) - 1e-9));
        std::sort(tickets.begin(), tickets.end(), [&seed](qint64 a, qint64 b) {
            return drawKey(seed.value(), a) < drawKey(seed.value(), b);
        });
        for (qsizetype i = 0; i < take && i < tickets.size(); ++i)
            chosen << QString::number(tickets.at(i));
    }
    QJsonArray list;
    if (!chosen.isEmpty()) {
        // Ids are numbers read from the database, so they are safe to write into the statement.
        auto figures = store.run(FigureColumns + u"WHERE t.id IN (" + chosen.join(u',') +
                                 u") ORDER BY o.display_name, t.resolved_at, t.id");
        if (!figures)
            return figures.error();
        while (figures.value()->next())
            list.append(figuresFromRow(*figures.value(), caller.role() != protocol::Role::Trainer));
        figures.value()->finish();
    }
    return QJsonObject{{QLatin1StringView("week"), weekText},
                       {QLatin1StringView("rate"), rate.value()},
                       {QLatin1StringView("seed"), seed.value()},
                       {QLatin1StringView("tickets"), list}};
}

Result<QJsonObject> QaSampling::figures(const Caller &caller, qint64 ticketId)
{
    auto query = caller.store->run(FigureColumns + u"WHERE t.id = ?", {ticketId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No ticket %1").arg(ticketId)};
    QJsonObject figures = figuresFromRow(*query.value(), caller.role() != protocol::Role::Trainer);
    query.value()->finish();
    return figures;
}

Result<QList<QJsonObject>> QaSampling::candidates(const Caller &caller,
                                                  const QaCandidateFilter &filter)
{
    QString where = u"WHERE " + Handled;
    QVariantList args;
    const auto add = [&where, &args](const char *condition, const QVariant &value) {
        where += QLatin1StringView(condition);
        if (value.isValid())
            args.append(value);
    };
    if (filter.csatBelow > 0)
        add("AND c.score < ? ", filter.csatBelow);
    if (filter.escalated)
        add(*filter.escalated ? "AND EXISTS (SELECT 1 FROM escalations e WHERE e.ticket_id = t.id) "
                              : "AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.ticket_id = "
                                "t.id) ",
            QVariant());
    if (filter.returned)
        add("AND EXISTS (SELECT 1 FROM escalations e WHERE e.ticket_id = t.id AND e.status = "
            "'returned') ",
            QVariant());
    if (filter.operatorId > 0)
        add("AND t.assignee_id = ? ", filter.operatorId);
    if (!filter.queue.isEmpty())
        add("AND t.queue_id = ? ", filter.queue);
    if (filter.fromMs > 0)
        add("AND t.resolved_at >= ? ", filter.fromMs);
    if (filter.toMs > 0)
        add("AND t.resolved_at < ? ", filter.toMs);
    QString sql = FigureColumns + where;
    if (filter.handleTimeOverS > 0) {
        sql = u"SELECT * FROM (" + sql + u") f WHERE f.handle_s > ? ";
        args.append(filter.handleTimeOverS);
    }
    // Ordered by the resolution time (column 7 in both forms), newest first.
    sql += u"ORDER BY 7 DESC, 1 DESC LIMIT ?";
    args.append(filter.limit);
    auto query = caller.store->run(sql, args);
    if (!query)
        return query.error();
    QList<QJsonObject> list;
    while (query.value()->next())
        list.append(figuresFromRow(*query.value(), caller.role() != protocol::Role::Trainer));
    query.value()->finish();
    return list;
}

} // namespace frontline::server

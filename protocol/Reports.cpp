#include "protocol/Reports.h"

#include "protocol/Json.h"

#include <QJsonArray>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalNumber(const QJsonObject &object, L field)
{
    const QJsonValue value = object.value(field);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

qint64 count(const QJsonObject &object, L field)
{
    return qint64(object.value(field).toDouble());
}

template<typename Row>
Result<QList<Row>> rows(const QJsonObject &object, L field)
{
    QList<Row> list;
    for (const QJsonValue &item : object.value(field).toArray()) {
        auto row = Row::fromJson(item.toObject());
        if (!row)
            return row.error();
        list.append(row.value());
    }
    return list;
}

template<typename Row>
QJsonArray toArray(const QList<Row> &list)
{
    QJsonArray array;
    for (const Row &row : list)
        array.append(row.toJson());
    return array;
}

} // namespace

QJsonObject KpiSeriesPoint::toJson() const
{
    return QJsonObject{
        {L("start"), json::timeOrNull(start)},
        {L("arrived"), arrived},
        {L("handled"), handled},
        {L("aht_seconds"), numberOrNull(ahtSeconds)},
        {L("service_level"), numberOrNull(serviceLevel)},
        {L("csat"), numberOrNull(csat)},
    };
}

Result<KpiSeriesPoint> KpiSeriesPoint::fromJson(const QJsonObject &object)
{
    KpiSeriesPoint point;
    auto start = json::optionalTime(object, L("start"));
    if (!start)
        return start.error();
    if (start->isNull())
        return json::invalidField(QStringLiteral("start"), QStringLiteral("is missing"));
    point.start = start.value();
    point.arrived = count(object, L("arrived"));
    point.handled = count(object, L("handled"));
    point.ahtSeconds = optionalNumber(object, L("aht_seconds"));
    point.serviceLevel = optionalNumber(object, L("service_level"));
    point.csat = optionalNumber(object, L("csat"));
    return point;
}

QJsonObject KpiSeries::toJson() const
{
    return QJsonObject{
        {L("from"), json::timeOrNull(from)},
        {L("to"), json::timeOrNull(to)},
        {L("bucket"), bucket},
        {L("queue_id"), json::stringOrNull(queueId)},
        {L("points"), toArray(points)},
    };
}

Result<KpiSeries> KpiSeries::fromJson(const QJsonObject &object)
{
    KpiSeries series;
    auto from = json::optionalTime(object, L("from"));
    if (!from)
        return from.error();
    auto to = json::optionalTime(object, L("to"));
    if (!to)
        return to.error();
    series.from = from.value();
    series.to = to.value();
    series.bucket = json::optionalString(object, L("bucket"));
    series.queueId = json::optionalString(object, L("queue_id"));
    auto points = rows<KpiSeriesPoint>(object, L("points"));
    if (!points)
        return points.error();
    series.points = points.value();
    return series;
}

QJsonObject TicketFigures::toJson() const
{
    return QJsonObject{
        {L("id"), id},
        {L("number"), number},
        {L("queue_id"), queueId},
        {L("channel"), channel},
        {L("status"), status},
        {L("assignee_id"), json::stringOrNull(assigneeId)},
        {L("assignee_name"), json::stringOrNull(assigneeName)},
        {L("created_at"), json::timeOrNull(createdAt)},
        {L("resolved_at"), json::timeOrNull(resolvedAt)},
        {L("first_response_seconds"), numberOrNull(firstResponseSeconds)},
        {L("handle_seconds"), numberOrNull(handleSeconds)},
        {L("resolution_seconds"), resolutionSeconds},
        {L("escalations"), escalations},
        {L("escalation_outcome"), escalationOutcome},
        {L("csat"), csat ? QJsonValue(*csat) : QJsonValue(QJsonValue::Null)},
    };
}

Result<TicketFigures> TicketFigures::fromJson(const QJsonObject &object)
{
    TicketFigures row;
    auto id = json::requireString(object, L("id"));
    if (!id)
        return id.error();
    row.id = id.value();
    row.number = count(object, L("number"));
    row.queueId = json::optionalString(object, L("queue_id"));
    row.channel = json::optionalString(object, L("channel"));
    row.status = json::optionalString(object, L("status"));
    row.assigneeId = json::optionalString(object, L("assignee_id"));
    row.assigneeName = json::optionalString(object, L("assignee_name"));
    auto created = json::optionalTime(object, L("created_at"));
    if (!created)
        return created.error();
    row.createdAt = created.value();
    auto resolved = json::optionalTime(object, L("resolved_at"));
    if (!resolved)
        return resolved.error();
    row.resolvedAt = resolved.value();
    row.firstResponseSeconds = optionalNumber(object, L("first_response_seconds"));
    row.handleSeconds = optionalNumber(object, L("handle_seconds"));
    row.resolutionSeconds = object.value(L("resolution_seconds")).toDouble();
    row.escalations = count(object, L("escalations"));
    row.escalationOutcome = json::optionalString(object, L("escalation_outcome"));
    if (row.escalationOutcome.isEmpty())
        row.escalationOutcome = QStringLiteral("none");
    if (const auto score = optionalNumber(object, L("csat")))
        row.csat = int(*score);
    return row;
}

QJsonObject TicketFiguresPage::toJson() const
{
    return QJsonObject{
        {L("tickets"), toArray(tickets)},
        {L("next"), next ? QJsonValue(QString::number(next)) : QJsonValue(QJsonValue::Null)},
    };
}

Result<TicketFiguresPage> TicketFiguresPage::fromJson(const QJsonObject &object)
{
    TicketFiguresPage page;
    auto tickets = rows<TicketFigures>(object, L("tickets"));
    if (!tickets)
        return tickets.error();
    page.tickets = tickets.value();
    page.next = object.value(L("next")).toString().toLongLong();
    return page;
}

} // namespace frontline::protocol

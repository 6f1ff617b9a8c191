#include "protocol/Reports.h"

#include "protocol/Json.h"

#include <QJsonArray>

namespace frontline::protocol {
using L = QLatin1StringView;

QJsonObject KpiSeriesPoint::toJson() const
{
    return QJsonObject{
        {L("start"), json::timeOrNull(start)},
        {L("arrived"), arrived},
        {L("handled"), handled},
        {L("aht_seconds"), json::numberOrNull(ahtSeconds)},
        {L("service_level"), json::numberOrNull(serviceLevel)},
        {L("csat"), json::numberOrNull(csat)},
    };
}

Result<KpiSeriesPoint> KpiSeriesPoint::fromJson(const QJsonObject &object)
{
    KpiSeriesPoint point;
    auto start = json::requireTime(object, L("start"));
    if (!start)
        return start.error();
    point.start = start.value();
    point.arrived = json::countOf(object, L("arrived"));
    point.handled = json::countOf(object, L("handled"));
    point.ahtSeconds = json::optionalNumber(object, L("aht_seconds"));
    point.serviceLevel = json::optionalNumber(object, L("service_level"));
    point.csat = json::optionalNumber(object, L("csat"));
    return point;
}

QJsonObject KpiSeries::toJson() const
{
    return QJsonObject{
        {L("from"), json::timeOrNull(from)},
        {L("to"), json::timeOrNull(to)},
        {L("bucket"), bucket},
        {L("queue_id"), json::stringOrNull(queueId)},
        {L("points"), json::arrayOf(points)},
    };
}

Result<KpiSeries> KpiSeries::fromJson(const QJsonObject &object)
{
    KpiSeries series;
    auto window = json::optionalWindow(object, L("from"), L("to"));
    if (!window)
        return window.error();
    series.from = window->from;
    series.to = window->to;
    series.bucket = json::optionalString(object, L("bucket"));
    series.queueId = json::optionalString(object, L("queue_id"));
    auto points = json::rowsOf<KpiSeriesPoint>(object, L("points"));
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
        {L("first_response_seconds"), json::numberOrNull(firstResponseSeconds)},
        {L("handle_seconds"), json::numberOrNull(handleSeconds)},
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
    row.number = json::countOf(object, L("number"));
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
    row.firstResponseSeconds = json::optionalNumber(object, L("first_response_seconds"));
    row.handleSeconds = json::optionalNumber(object, L("handle_seconds"));
    row.resolutionSeconds = object.value(L("resolution_seconds")).toDouble();
    row.escalations = json::countOf(object, L("escalations"));
    row.escalationOutcome = json::optionalString(object, L("escalation_outcome"));
    if (row.escalationOutcome.isEmpty())
        row.escalationOutcome = QStringLiteral("none");
    if (const auto score = json::optionalNumber(object, L("csat")))
        row.csat = int(*score);
    return row;
}

QJsonObject TicketFiguresPage::toJson() const
{
    return QJsonObject{
        {L("tickets"), json::arrayOf(tickets)},
        {L("next"), next ? QJsonValue(QString::number(next)) : QJsonValue(QJsonValue::Null)},
    };
}

Result<TicketFiguresPage> TicketFiguresPage::fromJson(const QJsonObject &object)
{
    TicketFiguresPage page;
    auto tickets = json::rowsOf<TicketFigures>(object, L("tickets"));
    if (!tickets)
        return tickets.error();
    page.tickets = tickets.value();
    page.next = object.value(L("next")).toString().toLongLong();
    return page;
}

} // namespace frontline::protocol

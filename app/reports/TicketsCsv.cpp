#include "app/reports/TicketsCsv.h"

#include "protocol/CsvRow.h"

namespace frontline::app {

using protocol::CsvRow;

QStringList TicketsCsv::columns()
{
    return {QStringLiteral("id"),
            QStringLiteral("number"),
            QStringLiteral("queue_id"),
            QStringLiteral("channel"),
            QStringLiteral("status"),
            QStringLiteral("assignee_id"),
            QStringLiteral("assignee_name"),
            QStringLiteral("created_at"),
            QStringLiteral("resolved_at"),
            QStringLiteral("first_response_seconds"),
            QStringLiteral("handle_seconds"),
            QStringLiteral("resolution_seconds"),
            QStringLiteral("escalations"),
            QStringLiteral("escalation_outcome"),
            QStringLiteral("csat")};
}

QByteArray TicketsCsv::header()
{
    return CsvRow(columns()).toCsv();
}

QByteArray TicketsCsv::rows(const QList<protocol::TicketFigures> &tickets)
{
    QByteArray csv;
    for (const protocol::TicketFigures &t : tickets) {
        CsvRow row;
        row.text(t.id)
            .count(t.number)
            .text(t.queueId)
            .text(t.channel)
            .text(t.status)
            .text(t.assigneeId)
            .text(t.assigneeName)
            .time(t.createdAt)
            .time(t.resolvedAt)
            .number(t.firstResponseSeconds)
            .number(t.handleSeconds)
            .number(t.resolutionSeconds)
            .count(t.escalations)
            .text(t.escalationOutcome);
        if (t.csat)
            row.count(*t.csat);
        else
            row.empty();
        csv += row.toCsv();
    }
    return csv;
}

} // namespace frontline::app

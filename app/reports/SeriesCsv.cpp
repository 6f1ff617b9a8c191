#include "app/reports/SeriesCsv.h"

#include "protocol/CsvRow.h"

namespace frontline::app {

using protocol::CsvRow;

QStringList SeriesCsv::columns()
{
    return {QStringLiteral("start"),         QStringLiteral("arrived"),
            QStringLiteral("handled"),       QStringLiteral("aht_seconds"),
            QStringLiteral("service_level"), QStringLiteral("csat")};
}

QByteArray SeriesCsv::write(const protocol::KpiSeries &series)
{
    QByteArray csv = CsvRow(columns()).toCsv();
    for (const protocol::KpiSeriesPoint &point : series.points) {
        csv += CsvRow()
                   .time(point.start)
                   .count(point.arrived)
                   .count(point.handled)
                   .number(point.ahtSeconds)
                   .number(point.serviceLevel)
                   .number(point.csat)
                   .toCsv();
    }
    return csv;
}

} // namespace frontline::app

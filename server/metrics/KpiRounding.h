#pragma once

#include <QJsonObject>

#include <cmath>
#include <initializer_list>
#include <optional>

// How the KPI answers round their figures (docs/kpis.md): seconds to the millisecond, ratios to
// four places. One place, so /metrics and the board round alike (and write them alike).
namespace frontline::server::kpi {

inline double seconds(qint64 ms)
{
    return std::round(double(ms)) / 1000.0;
}

// part / whole to four places; empty when nothing was counted.
inline std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return std::round(10000.0 * double(part) / double(whole)) / 10000.0;
}

// A /metrics answer's row from the board's (whose toJson writes each figure, in one place): the
// board's `id` under the answer's older name, and only the fields that answer has always had.
inline QJsonObject metricsRow(const QJsonObject &boardRow, QLatin1StringView idKey,
                              std::initializer_list<QLatin1StringView> fields)
{
    QJsonObject row{{idKey, boardRow.value(QLatin1StringView("id"))}};
    for (QLatin1StringView field : fields)
        row.insert(field, boardRow.value(field));
    return row;
}

} // namespace frontline::server::kpi

#pragma once

#include <QJsonValue>

#include <cmath>
#include <optional>

// How the KPI answers round their figures (docs/kpis.md): seconds to the millisecond, ratios to
// four places. One place, so /metrics and the board round alike.
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

inline QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace frontline::server::kpi

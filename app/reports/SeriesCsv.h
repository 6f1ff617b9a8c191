#pragma once

#include "protocol/Reports.h"

#include <QByteArray>
#include <QStringList>

namespace frontline::app {

// The KPI series as CSV: one line per bucket.
class SeriesCsv
{
public:
    static QStringList columns();
    static QByteArray write(const protocol::KpiSeries &series);
};

} // namespace frontline::app

#pragma once

#include "protocol/Reports.h"

#include <QByteArray>
#include <QStringList>

namespace frontline::app {

// The tickets of a window with their figures as CSV, written page by page so a week of 10,000
// tickets never sits in memory twice: header() once, then rows() for each page.
class TicketsCsv
{
public:
    static QStringList columns();
    static QByteArray header();
    static QByteArray rows(const QList<protocol::TicketFigures> &tickets);
};

} // namespace frontline::app

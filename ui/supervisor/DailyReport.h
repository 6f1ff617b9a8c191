#pragma once

#include "protocol/Board.h"
#include "protocol/Reports.h"
#include "protocol/Result.h"

#include <QCoreApplication>
#include <QDate>

class QTextDocument;

namespace frontline::ui {

// The printable daily report a supervisor sends the client: title, the day, the board's
// operators and queues with their totals and the contract's targets (met or missed), and the
// day's charts, as a PDF of as many A4 pages as the tables need. Operators' and queues' names are
// written as plain text, never as markup.
class DailyReport
{
    Q_DECLARE_TR_FUNCTIONS(DailyReport)
public:
    DailyReport(protocol::Board board, protocol::KpiSeries series, QDate day, QString title = {});

    // The report laid out, charts included (for the PDF, and for a preview).
    std::unique_ptr<QTextDocument> document() const;
    Result<void> writePdf(const QString &path) const;

private:
    QString operatorsTable() const;
    QString queuesTable() const;

    protocol::Board m_board;
    protocol::KpiSeries m_series;
    QDate m_day;
    QString m_title;
};

} // namespace frontline::ui

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace frontline::protocol {

// One line of an RFC 4180 CSV file as every Frontline export writes it: UTF-8, CRLF, numbers in
// the C locale, times RFC 3339 UTC, empty cells for missing figures, and text that a spreadsheet
// would run as a formula (leading = + - @ tab or CR) disarmed with a leading apostrophe.
class CsvRow
{
public:
    CsvRow() = default;
    explicit CsvRow(QStringList header); // names, written as text

    CsvRow &text(const QString &value);
    CsvRow &number(std::optional<double> value);
    CsvRow &count(qint64 value);
    CsvRow &time(const QDateTime &value);
    CsvRow &empty();

    // The line with its CRLF.
    QByteArray toCsv() const;
    const QStringList &cells() const { return m_cells; }

    // `value` as a cell: guarded against formulas, then quoted when it holds a comma, a quote or a
    // line break.
    static QString textCell(const QString &value);
    static QString numberCell(double value);

private:
    QStringList m_cells; // already encoded
};

} // namespace frontline::protocol

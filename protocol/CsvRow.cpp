#include "protocol/CsvRow.h"

#include "protocol/Json.h"

#include <QLocale>

#include <cmath>

namespace frontline::protocol {

CsvRow::CsvRow(QStringList header)
{
    for (const QString &name : std::as_const(header))
        text(name);
}

CsvRow &CsvRow::text(const QString &value)
{
    m_cells.append(textCell(value));
    return *this;
}

CsvRow &CsvRow::number(std::optional<double> value)
{
    m_cells.append(value ? numberCell(*value) : QString());
    return *this;
}

CsvRow &CsvRow::count(qint64 value)
{
    m_cells.append(QString::number(value));
    return *this;
}

CsvRow &CsvRow::time(const QDateTime &value)
{
    m_cells.append(json::formatTime(value));
    return *this;
}

CsvRow &CsvRow::empty()
{
    m_cells.append(QString());
    return *this;
}

QByteArray CsvRow::toCsv() const
{
    return m_cells.join(u',').toUtf8() + "\r\n";
}

QString CsvRow::textCell(const QString &value)
{
    QString cell = value;
    // OWASP's advice on CSV injection: a cell a spreadsheet would evaluate starts with a quote.
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') ||
        cell.contains(u'\r')) {
        cell.replace(u'"', QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QString CsvRow::numberCell(double value)
{
    if (!std::isfinite(value))
        return QString();
    // The shortest digits that read back as the same number, never an exponent, never a
    // locale's comma.
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

} // namespace frontline::protocol

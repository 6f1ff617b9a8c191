#include "app/board/BoardFigures.h"

#include "protocol/Board.h"

#include <QLocale>

#include <cmath>

namespace frontline::app {
namespace {

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString clockText(qint64 seconds, bool withSeconds)
{
    const bool negative = seconds < 0;
    seconds = std::llabs(seconds);
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    QString text;
    if (!withSeconds)
        text = QStringLiteral("%1:%2").arg(hours).arg(twoDigits(minutes));
    else if (hours > 0)
        text = QStringLiteral("%1:%2:%3")
                   .arg(hours)
                   .arg(twoDigits(minutes))
                   .arg(twoDigits(seconds % 60));
    else
        text = QStringLiteral("%1:%2").arg(minutes).arg(twoDigits(seconds % 60));
    return negative ? u'-' + text : text;
}

} // namespace

QString BoardFigures::noFigure()
{
    return QStringLiteral("—");
}

QString BoardFigures::format(Kind kind, double value)
{
    const QLocale locale;
    switch (kind) {
    case Kind::Count:
        return locale.toString(qint64(std::llround(value)));
    case Kind::Duration:
        return clockText(std::llround(value), true);
    case Kind::Hours:
        return clockText(std::llround(value), false);
    case Kind::Percent:
        //: A share, as "84 %"
        return tr("%1 %").arg(locale.toString(qint64(std::llround(value * 100))));
    case Kind::Score:
        return locale.toString(qint64(std::llround(value)));
    case Kind::Rate:
        return locale.toString(value, 'f', 1);
    }
    return {};
}

const protocol::KpiTarget *BoardFigures::targetFor(const QList<protocol::KpiTarget> &targets,
                                                   const QString &figure)
{
    if (figure.isEmpty())
        return nullptr;
    for (const protocol::KpiTarget &target : targets)
        if (target.figure == figure)
            return &target;
    return nullptr;
}

BoardCell BoardFigures::cell(Kind kind, std::optional<double> value,
                             const protocol::KpiTarget *target)
{
    BoardCell cell;
    if (!value) {
        cell.text = noFigure();
        cell.spoken = tr("no figure");
    } else {
        cell.text = format(kind, *value);
        cell.sort = *value;
        cell.spoken = cell.text;
    }
    if (!target)
        return cell;
    const QString goal = format(kind, target->value);
    cell.text = tr("%1 (target %2)").arg(cell.text, goal);
    if (!value) {
        cell.spoken = tr("%1, target %2").arg(cell.spoken, goal);
        return cell;
    }
    const bool met = target->isMet(*value);
    cell.met = met;
    cell.spoken = met ? tr("%1, target %2 met").arg(format(kind, *value), goal)
                      : tr("%1, target %2 missed").arg(format(kind, *value), goal);
    return cell;
}

BoardCell BoardFigures::text(const QString &text, const QVariant &sort)
{
    return BoardCell{text, sort.isValid() ? sort : QVariant(text), {}, text};
}

QString BoardFigures::statusName(const QString &status)
{
    if (status == u"online")
        return tr("Online");
    if (status == u"break")
        return tr("On break");
    if (status == u"offline")
        return tr("Offline");
    return status;
}

BoardCell BoardFigures::status(const QString &status, const QDateTime &since, const QDateTime &now)
{
    // Online first, then break, then offline; within one, the longest in it first.
    const int rank = status == u"online" ? 0 : status == u"break" ? 1 : 2;
    const QString name = statusName(status);
    if (!since.isValid() || status == u"offline")
        return BoardCell{name, double(rank) * 1e9, {}, name};
    const qint64 seconds = std::max<qint64>(0, since.secsTo(now));
    const QString text = tr("%1 %2").arg(name, clockText(seconds, true));
    return BoardCell{text, double(rank) * 1e9 - double(seconds), {}, text};
}

} // namespace frontline::app

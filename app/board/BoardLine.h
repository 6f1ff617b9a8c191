#pragma once

#include "app/board/BoardFigures.h"

#include <QCollator>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace frontline::app {

// One row of a board as the views show it: every cell written out, and a collation key for each
// cell whose figure is text (the name, the team), so sorting 450 rows compares bytes instead of
// collating the two names again in every comparison. Made where the board is decoded, off the
// GUI thread; the empty id is the totals row.
struct BoardLine
{
    QString id;
    QList<BoardCell> cells;
    QList<std::optional<QCollatorSortKey>> keys; // one per cell; none for figures

    // Keys for the cells whose sort value is text, by `collation`.
    void addKeys(const QCollator &collation);
    // a < 0, a == 0 or a > 0 in `column`'s text as the collation orders it.
    int compareText(const BoardLine &other, int column) const;
};

// How a board's text is ordered in the UI language: a name's digits as a number ("Operator 9"
// before "Operator 10"), letters as the language orders them (ё beside е in Russian).
QCollator boardCollation(const QLocale &locale = QLocale());

// A board's rows for one of the two boards, all made in one place (the worker that decoded the
// board), so taking them on the GUI thread is swapping values, not writing 450 rows' cells.
template<typename Row>
struct BoardLines
{
    QHash<QString, Row> byId;
    QStringList order; // the board's order, each id once
    Row totals;
    QHash<QString, BoardLine> lines;
    BoardLine totalsLine;
    QString language; // QLocale().name() the cells were written in; empty if it changed meanwhile
    QDateTime writtenAt; // the time the clock's figures (time in a status) were read at

    // `lineOf(row, isTotals)` writes one row's cells.
    template<typename LineOf>
    static BoardLines of(const QList<Row> &rows, const Row &totals, LineOf &&lineOf)
    {
        BoardLines result;
        const QString language = QLocale().name();
        result.order.reserve(rows.size());
        result.byId.reserve(rows.size());
        result.lines.reserve(rows.size());
        const QCollator collation = boardCollation();
        for (const Row &row : rows) {
            if (row.id.isEmpty() || result.byId.contains(row.id))
                continue;
            result.byId.insert(row.id, row);
            result.order.append(row.id);
            BoardLine line = lineOf(row, false);
            line.id = row.id;
            line.addKeys(collation);
            result.lines.insert(row.id, std::move(line));
        }
        result.totals = totals;
        result.totalsLine = lineOf(totals, true);
        result.totalsLine.id.clear();
        // The UI's language switched while these were written: the model writes them again.
        result.language = QLocale().name() == language ? language : QString();
        return result;
    }
};

} // namespace frontline::app

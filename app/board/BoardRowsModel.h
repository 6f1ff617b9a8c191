#pragma once

#include "app/board/BoardLine.h"
#include "app/board/BoardTableModel.h"
#include "protocol/Board.h"

#include <utility>

namespace frontline::app {

// What the operators board and the queues board keep alike over BoardTableModel: the board's
// rows by id with their lines, the contract's targets and the queue filter; taking a new board
// (its lines written by the worker that decoded it, or here) and writing every line again when
// the UI language changes. `Row` is protocol::BoardOperatorRow or protocol::BoardQueueRow.
template<typename Row>
class BoardRowsModel : public BoardTableModel
{
public:
    using Lines = BoardLines<Row>;

    // A new board: rows change in place.
    void setRows(const QList<Row> &rows, const Row &totals,
                 const QList<protocol::KpiTarget> &targets = {})
    {
        take(linesNow(rows, totals, targets), targets);
    }
    const Row *row(const QString &id) const
    {
        const auto found = m_board.byId.constFind(id);
        return found == m_board.byId.cend() ? nullptr : &found.value();
    }
    // Empty keeps every row; the board says which rows a queue keeps.
    void setQueueFilter(const QString &queueId)
    {
        m_queue = queueId;
        refreshView();
    }
    QString queueFilter() const { return m_queue; }

protected:
    using BoardTableModel::BoardTableModel;

    // Every line written against `targets`, the clock's figures read now.
    virtual Lines linesNow(const QList<Row> &rows, const Row &totals,
                           const QList<protocol::KpiTarget> &targets) const = 0;
    // One cell written against the targets taken, the clock's figures read now.
    virtual BoardCell cellNow(const Row &r, bool totals, int column) const = 0;

    // Every row's line of `columns` cells, each written by `cellOf(row, isTotals, column)`;
    // any thread.
    template<typename CellOf>
    static Lines linesWith(const QList<Row> &rows, const Row &totals, int columns, CellOf &&cellOf)
    {
        return Lines::of(rows, totals, [&](const Row &row, bool isTotals) {
            BoardLine line;
            line.cells.reserve(columns);
            for (int column = 0; column < columns; ++column)
                line.cells.append(cellOf(row, isTotals, column));
            return line;
        });
    }

    void take(const Lines &lines, const QList<protocol::KpiTarget> &targets)
    {
        m_targets = targets;
        m_hasBoard = true;
        m_board = lines;
        if (lines.language != QLocale().name())
            rewriteLines(); // written in another language than the UI's now
        else
            linesChanged(lines.writtenAt);
    }
    const Lines &board() const { return m_board; }
    const QList<protocol::KpiTarget> &targets() const { return m_targets; }

    BoardCell cell(const QString &id, int column) const override
    {
        const Row *found = id.isEmpty() ? &m_board.totals : row(id);
        return found ? cellNow(*found, id.isEmpty(), column) : BoardCell{};
    }
    const BoardLine *line(const QString &id) const override
    {
        if (id.isEmpty())
            return &m_board.totalsLine;
        const auto found = m_board.lines.constFind(id);
        return found == m_board.lines.cend() ? nullptr : &found.value();
    }
    void rewriteLines() override
    {
        QList<Row> rows;
        rows.reserve(m_board.order.size());
        for (const QString &id : std::as_const(m_board.order))
            rows.append(m_board.byId.value(id));
        m_board = linesNow(rows, m_board.totals, m_targets);
        linesChanged();
    }
    QStringList boardIds() const override { return m_board.order; }
    bool hasBoard() const override { return m_hasBoard; }

private:
    Lines m_board;
    QList<protocol::KpiTarget> m_targets;
    QString m_queue;
    bool m_hasBoard = false;
};

} // namespace frontline::app

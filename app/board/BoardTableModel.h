#pragma once

#include "app/board/BoardFigures.h"
#include "protocol/Board.h"

#include <QAbstractTableModel>
#include <QSet>

#include <functional>
#include <utility>

namespace frontline::app {

// What the operators board and the queues board share: rows kept in place as the board moves
// (changed cells get dataChanged, rows that appear or go are inserted or removed, a new order is
// a layout change that carries the selection along; never a reset), sorting by any column, a
// totals row kept at the bottom whatever the sort, and the rows highlighted from outside (the
// alert rules that fire).
class BoardTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // the raw figure; null when there is none
        TargetMetRole,               // true or false against the contract's target; null: none
        HighlightRole,               // an alert concerns this row
        IdRole,                      // the operator's or queue's id; empty on the totals row
        TotalsRole                   // the totals row
    };
    using Clock = std::function<QDateTime()>;

    explicit BoardTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QString idAt(int row) const;
    // -1 when the row is filtered out or unknown.
    int rowOf(const QString &id) const;
    bool isTotalsRow(int row) const { return m_hasTotals && row == int(m_rows.size()); }
    // Rows other than the totals row.
    int itemCount() const { return int(m_rows.size()); }

    QSet<QString> highlighted() const { return m_highlighted; }
    // Figures that change with time alone (time in a status) are read against this clock.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

public Q_SLOTS:
    void setHighlighted(const QSet<QString> &ids);
    // Reads the figures that move with time alone again (the view calls it every second): one
    // dataChanged per such column, not a new reading of the whole board.
    void tick();
    // The UI language changed: titles and figures in the new words (the view calls it).
    void retranslate();

protected:
    // The subclass's board, by id; the empty id is the totals row.
    virtual int boardColumnCount() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual BoardCell cell(const QString &id, int column) const = 0;
    // Every row of the board, in the board's order, and whether the filters keep it.
    virtual QStringList boardIds() const = 0;
    virtual bool accepts(const QString &id) const = 0;
    virtual bool hasBoard() const = 0;
    virtual bool isNumeric(int column) const { return column > 0; }
    // Columns whose figures change with the clock alone (the time in a status).
    virtual QList<int> clockColumns() const { return {}; }

    // Reads the board again and tells the views what changed (call after new figures or filters).
    // Only rows marked changed are read again: most of a new board is the old one.
    void refreshView();
    void markChanged(const QString &id) { m_dirty.insert(id); }
    void markAllChanged() { m_allDirty = true; }

    // Takes a new board's rows into `byId` and `order` (the board's order, each id once) and its
    // totals and targets, marking what changed; the caller then calls refreshView().
    template<typename Row>
    void takeRows(QHash<QString, Row> &byId, QStringList &order, Row &totalsHeld,
                  QList<protocol::KpiTarget> &targetsHeld, const QList<Row> &rows,
                  const Row &totals, const QList<protocol::KpiTarget> &targets)
    {
        QHash<QString, Row> before = std::exchange(byId, {});
        order.clear();
        order.reserve(rows.size());
        for (const Row &row : rows) {
            if (row.id.isEmpty() || byId.contains(row.id))
                continue;
            byId.insert(row.id, row);
            order.append(row.id);
            if (const auto old = before.constFind(row.id); old == before.cend() || !(*old == row))
                markChanged(row.id);
        }
        if (!(totalsHeld == totals))
            markChanged(QString());
        if (targetsHeld != targets)
            markAllChanged();
        totalsHeld = totals;
        targetsHeld = targets;
    }

private:
    struct Line
    {
        QString id;
        QList<BoardCell> cells;
    };
    QList<BoardCell> cellsOf(const QString &id) const;
    void updateLine(int row, Line &line, QList<BoardCell> cells);
    void removeGone(const QSet<QString> &kept);
    void reorder();
    bool lessThan(const Line &a, const Line &b) const;
    const BoardCell *cellAt(const QModelIndex &index) const;

    QList<Line> m_rows; // visible, in display order; the totals row follows them
    Line m_totals;
    bool m_hasTotals = false;
    QSet<QString> m_dirty; // ids whose figures changed since the last refresh ("" the totals)
    bool m_allDirty = true;
    QSet<QString> m_highlighted;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Clock m_clock;
};

} // namespace frontline::app

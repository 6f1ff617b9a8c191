#pragma once

#include "app/board/BoardFigures.h"
#include "app/board/BoardLine.h"

#include <QAbstractTableModel>
#include <QDateTime>
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
    // One cell written now (the clock's columns every second).
    virtual BoardCell cell(const QString &id, int column) const = 0;
    // The row's line as the last board (or the last rewrite) wrote it; null when unknown.
    virtual const BoardLine *line(const QString &id) const = 0;
    // Every line written again in the UI's language now (after a language change).
    virtual void rewriteLines() = 0;
    // Every row of the board, in the board's order, and whether the filters keep it.
    virtual QStringList boardIds() const = 0;
    virtual bool accepts(const QString &id) const = 0;
    virtual bool hasBoard() const = 0;
    virtual bool isNumeric(int column) const { return column > 0; }
    // Columns whose figures change with the clock alone (the time in a status).
    virtual QList<int> clockColumns() const { return {}; }

    // New lines: every shown row is compared with its line and only changed cells are told.
    // Lines whose clock figures were read before the last tick have them read again.
    void linesChanged(const QDateTime &writtenAt = {});
    // Reads the board again and tells the views what changed (call after new lines or filters).
    void refreshView();

private:
    void updateLine(int row, BoardLine &shown, const BoardLine &next);
    void removeGone(const QSet<QString> &kept);
    void reorder();
    bool lessThan(const BoardLine &a, const BoardLine &b) const;
    const BoardCell *cellAt(const QModelIndex &index) const;

    QList<BoardLine> m_rows; // visible, in display order; the totals row follows them
    BoardLine m_totals;
    bool m_hasTotals = false;
    bool m_allDirty = true; // new lines: compare every shown row with its line
    QDateTime m_tickedAt;   // when the clock's columns were last read
    QSet<QString> m_highlighted;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Clock m_clock;
};

} // namespace frontline::app

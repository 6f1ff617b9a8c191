#pragma once

#include "app/board/BoardRowsModel.h"
#include "app/board/PreparedBoard.h"
#include "protocol/Board.h"

#include <QHash>

namespace frontline::app {

// The operators board: one row per operator the filters keep (team, line, queue, a name typed
// to find her), each figure as the center reads it and against its target, and the totals row
// (the back office's, over every operator) at the bottom.
class OperatorBoardModel : public BoardRowsModel<protocol::BoardOperatorRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Team,
        Line,
        Status,
        OpenChats,
        Handled,
        Aht,
        Fcr,
        Csat,
        Utilization,
        HoursOnLine,
        ChatsPerHour,
        Escalations,
        EscalationsReturned,
        QaScore,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit OperatorBoardModel(QObject *parent = nullptr);

    // A new board: rows change in place. The prepared one's lines were written by the worker
    // that decoded it; the others are written here.
    void setBoard(const PreparedBoard &board);
    void setBoard(const protocol::Board &board);
    // Every operator's line against `targets` at `now`; any thread.
    static BoardLines<protocol::BoardOperatorRow>
    linesOf(const QList<protocol::BoardOperatorRow> &rows, const protocol::BoardOperatorRow &totals,
            const QList<protocol::KpiTarget> &targets, const QDateTime &now);

    // Empty (or 0 for the line) keeps everyone; the queue filter keeps who serves the queue.
    void setTeamFilter(const QString &team);
    void setLineFilter(int line);
    // Operators whose name holds the text (any case).
    void setFindText(const QString &text);
    QString teamFilter() const { return m_team; }
    int lineFilter() const { return m_line; }
    QString findText() const { return m_find; }
    // The teams and lines on the board, for the filters' choices.
    QStringList teams() const;
    QList<int> lines() const;

    // The board field a column shows ("aht_seconds"), as targets name it; empty when none.
    static QString figureOf(int column);

protected:
    int boardColumnCount() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    Lines linesNow(const QList<protocol::BoardOperatorRow> &rows,
                   const protocol::BoardOperatorRow &totals,
                   const QList<protocol::KpiTarget> &targets) const override;
    BoardCell cellNow(const protocol::BoardOperatorRow &r, bool totals, int column) const override;
    bool accepts(const QString &id) const override;
    bool isNumeric(int column) const override { return column >= OpenChats || column == Line; }
    QList<int> clockColumns() const override { return {Status}; }

private:
    static BoardCell cellOf(const protocol::BoardOperatorRow &r, bool totals, int column,
                            const QList<protocol::KpiTarget> &targets, const QDateTime &now);

    QString m_team;
    int m_line = 0;
    QString m_find;
};

} // namespace frontline::app

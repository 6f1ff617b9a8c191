#pragma once

#include "app/board/BoardTableModel.h"
#include "app/board/PreparedBoard.h"
#include "protocol/Board.h"

#include <QHash>

namespace frontline::app {

// The operators board: one row per operator the filters keep (team, line, queue, a name typed
// to find her), each figure as the center reads it and against its target, and the totals row
// (the back office's, over every operator) at the bottom.
class OperatorBoardModel : public BoardTableModel
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
    void setRows(const QList<protocol::BoardOperatorRow> &rows,
                 const protocol::BoardOperatorRow &totals,
                 const QList<protocol::KpiTarget> &targets = {});
    // Every operator's line against `targets` at `now`; any thread.
    static BoardLines<protocol::BoardOperatorRow>
    linesOf(const QList<protocol::BoardOperatorRow> &rows, const protocol::BoardOperatorRow &totals,
            const QList<protocol::KpiTarget> &targets, const QDateTime &now);
    const protocol::BoardOperatorRow *row(const QString &id) const;

    // Empty (or 0 for the line) keeps everyone.
    void setTeamFilter(const QString &team);
    void setLineFilter(int line);
    void setQueueFilter(const QString &queueId);
    // Operators whose name holds the text (any case).
    void setFindText(const QString &text);
    QString teamFilter() const { return m_team; }
    int lineFilter() const { return m_line; }
    QString queueFilter() const { return m_queue; }
    QString findText() const { return m_find; }
    // The teams and lines on the board, for the filters' choices.
    QStringList teams() const;
    QList<int> lines() const;

    // The board field a column shows ("aht_seconds"), as targets name it; empty when none.
    static QString figureOf(int column);

protected:
    int boardColumnCount() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    BoardCell cell(const QString &id, int column) const override;
    const BoardLine *line(const QString &id) const override;
    void rewriteLines() override;
    QStringList boardIds() const override { return m_board.order; }
    bool accepts(const QString &id) const override;
    bool hasBoard() const override { return m_hasBoard; }
    bool isNumeric(int column) const override { return column >= OpenChats || column == Line; }
    QList<int> clockColumns() const override { return {Status}; }

private:
    using Lines = BoardLines<protocol::BoardOperatorRow>;
    void take(const Lines &lines, const QList<protocol::KpiTarget> &targets);
    static BoardCell cellOf(const protocol::BoardOperatorRow &r, bool totals, int column,
                            const QList<protocol::KpiTarget> &targets, const QDateTime &now);

    Lines m_board;
    QList<protocol::KpiTarget> m_targets;
    QString m_team;
    int m_line = 0;
    QString m_queue;
    QString m_find;
    bool m_hasBoard = false;
};

} // namespace frontline::app

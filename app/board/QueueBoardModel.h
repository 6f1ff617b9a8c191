#pragma once

#include "app/board/BoardTableModel.h"
#include "app/board/PreparedBoard.h"
#include "protocol/Board.h"

#include <QHash>

namespace frontline::app {

// The queues board: what waits now in each queue (count, backlog age) and how the window went
// (service level, first response, SLA breaches and compliance, arrived, handled), against the
// targets, with the totals over every queue at the bottom.
class QueueBoardModel : public BoardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Waiting,
        OldestWait,
        ServiceLevel,
        FirstResponse,
        SlaBreaches,
        SlaCompliance,
        Arrived,
        Handled,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit QueueBoardModel(QObject *parent = nullptr);

    // As the operators board: the prepared board's lines were written where it was decoded.
    void setBoard(const PreparedBoard &board);
    void setBoard(const protocol::Board &board);
    void setRows(const QList<protocol::BoardQueueRow> &rows, const protocol::BoardQueueRow &totals,
                 const QList<protocol::KpiTarget> &targets = {});
    // Every queue's line against `targets`; any thread.
    static BoardLines<protocol::BoardQueueRow> linesOf(const QList<protocol::BoardQueueRow> &rows,
                                                       const protocol::BoardQueueRow &totals,
                                                       const QList<protocol::KpiTarget> &targets);
    const protocol::BoardQueueRow *row(const QString &id) const;
    // Empty keeps every queue.
    void setQueueFilter(const QString &queueId);
    QString queueFilter() const { return m_queue; }
    // (id, name) of every queue on the board, in its order: the queue filter's choices.
    QList<QPair<QString, QString>> queues() const;

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

private:
    using Lines = BoardLines<protocol::BoardQueueRow>;
    void take(const Lines &lines, const QList<protocol::KpiTarget> &targets);
    static BoardCell cellOf(const protocol::BoardQueueRow &r, bool totals, int column,
                            const QList<protocol::KpiTarget> &targets);

    Lines m_board;
    QList<protocol::KpiTarget> m_targets;
    QString m_queue;
    bool m_hasBoard = false;
};

} // namespace frontline::app

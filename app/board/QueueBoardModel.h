#pragma once

#include "app/board/BoardRowsModel.h"
#include "app/board/PreparedBoard.h"
#include "protocol/Board.h"

#include <QHash>

namespace frontline::app {

// The queues board: what waits now in each queue (count, backlog age) and how the window went
// (service level, first response, SLA breaches and compliance, arrived, handled), against the
// targets, with the totals over every queue at the bottom.
class QueueBoardModel : public BoardRowsModel<protocol::BoardQueueRow>
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
    // Every queue's line against `targets`; any thread.
    static BoardLines<protocol::BoardQueueRow> linesOf(const QList<protocol::BoardQueueRow> &rows,
                                                       const protocol::BoardQueueRow &totals,
                                                       const QList<protocol::KpiTarget> &targets);
    // (id, name) of every queue on the board, in its order: the queue filter's choices.
    QList<QPair<QString, QString>> queues() const;

    static QString figureOf(int column);

protected:
    int boardColumnCount() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    Lines linesNow(const QList<protocol::BoardQueueRow> &rows,
                   const protocol::BoardQueueRow &totals,
                   const QList<protocol::KpiTarget> &targets) const override;
    BoardCell cellNow(const protocol::BoardQueueRow &r, bool totals, int column) const override;
    // The queue filter keeps its queue alone.
    bool accepts(const QString &id) const override;

private:
    static BoardCell cellOf(const protocol::BoardQueueRow &r, bool totals, int column,
                            const QList<protocol::KpiTarget> &targets);
};

} // namespace frontline::app

#include "app/board/PreparedBoard.h"

#include "app/board/OperatorBoardModel.h"
#include "app/board/QueueBoardModel.h"

namespace frontline::app {

PreparedBoard PreparedBoard::of(protocol::Board board, const QDateTime &now)
{
    PreparedBoard prepared;
    prepared.operators =
        OperatorBoardModel::linesOf(board.operators, board.operatorTotals, board.targets, now);
    prepared.queues = QueueBoardModel::linesOf(board.queues, board.queueTotals, board.targets);
    prepared.board = std::move(board);
    return prepared;
}

} // namespace frontline::app

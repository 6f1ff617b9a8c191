#pragma once

#include "app/board/BoardLine.h"
#include "protocol/Board.h"

namespace frontline::app {

// A board as the operators and queues boards show it, written out where it was decoded (a worker
// thread): each row's cells, figures against their targets and collation keys, so the GUI thread
// only swaps the lines in and tells the views which cells changed.
struct PreparedBoard
{
    protocol::Board board;
    BoardLines<protocol::BoardOperatorRow> operators;
    BoardLines<protocol::BoardQueueRow> queues;

    // Any thread; `now` is the time the figures that move with the clock are read at.
    static PreparedBoard of(protocol::Board board, const QDateTime &now);
};

} // namespace frontline::app

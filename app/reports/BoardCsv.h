#pragma once

#include "protocol/Board.h"

#include <QByteArray>
#include <QStringList>

namespace frontline::app {

// The supervisor's board as two CSV tables, operators and queues, for any window: the header,
// a row per operator (queue), the totals row, then when the contract sets targets for the
// window's period a `target` row (each target under its figure) and a `target_met` row (`yes` or
// `no` for the totals). The first column, `row`, says which kind of row each is.
class BoardCsv
{
public:
    static QByteArray operators(const protocol::Board &board);
    static QByteArray queues(const protocol::Board &board);

    static QStringList operatorColumns();
    static QStringList queueColumns();
};

} // namespace frontline::app

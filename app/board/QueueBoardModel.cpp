#include "app/board/QueueBoardModel.h"

#include <algorithm>
#include <utility>

namespace frontline::app {

QueueBoardModel::QueueBoardModel(QObject *parent)
    : BoardTableModel(parent)
{}

void QueueBoardModel::setBoard(const PreparedBoard &board)
{
    take(board.queues, board.board.targets);
}

void QueueBoardModel::setBoard(const protocol::Board &board)
{
    setRows(board.queues, board.queueTotals, board.targets);
}

void QueueBoardModel::setRows(const QList<protocol::BoardQueueRow> &rows,
                              const protocol::BoardQueueRow &totals,
                              const QList<protocol::KpiTarget> &targets)
{
    take(linesOf(rows, totals, targets), targets);
}

BoardLines<protocol::BoardQueueRow>
QueueBoardModel::linesOf(const QList<protocol::BoardQueueRow> &rows,
                         const protocol::BoardQueueRow &totals,
                         const QList<protocol::KpiTarget> &targets)
{
    return Lines::of(rows, totals, [&](const protocol::BoardQueueRow &row, bool isTotals) {
        BoardLine line;
        line.cells.reserve(ColumnCount);
        for (int column = 0; column < ColumnCount; ++column)
            line.cells.append(cellOf(row, isTotals, column, targets));
        return line;
    });
}

void QueueBoardModel::take(const Lines &lines, const QList<protocol::KpiTarget> &targets)
{
    m_targets = targets;
    m_hasBoard = true;
    m_board = lines;
    if (lines.language != QLocale().name())
        rewriteLines(); // written in another language than the UI's now
    else
        linesChanged();
}

void QueueBoardModel::rewriteLines()
{
    QList<protocol::BoardQueueRow> rows;
    rows.reserve(m_board.order.size());
    for (const QString &id : std::as_const(m_board.order))
        rows.append(m_board.byId.value(id));
    m_board = linesOf(rows, m_board.totals, m_targets);
    linesChanged();
}

const BoardLine *QueueBoardModel::line(const QString &id) const
{
    if (id.isEmpty())
        return &m_board.totalsLine;
    const auto found = m_board.lines.constFind(id);
    return found == m_board.lines.cend() ? nullptr : &found.value();
}

const protocol::BoardQueueRow *QueueBoardModel::row(const QString &id) const
{
    const auto found = m_board.byId.constFind(id);
    return found == m_board.byId.cend() ? nullptr : &found.value();
}

void QueueBoardModel::setQueueFilter(const QString &queueId)
{
    m_queue = queueId;
    refreshView();
}

QList<QPair<QString, QString>> QueueBoardModel::queues() const
{
    QList<QPair<QString, QString>> queues;
    for (const QString &id : m_board.order)
        queues.append({id, m_board.byId.value(id).name});
    return queues;
}

bool QueueBoardModel::accepts(const QString &id) const
{
    return m_board.byId.contains(id) && (m_queue.isEmpty() || id == m_queue);
}

QString QueueBoardModel::figureOf(int column)
{
    switch (column) {
    case Waiting:
        return QStringLiteral("waiting");
    case OldestWait:
        return QStringLiteral("oldest_wait_seconds");
    case ServiceLevel:
        return QStringLiteral("service_level");
    case FirstResponse:
        return QStringLiteral("first_response_seconds");
    case SlaBreaches:
        return QStringLiteral("sla_breaches");
    case SlaCompliance:
        return QStringLiteral("sla_compliance");
    default:
        return {}; // "arrived" and "handled" targets are the operators' (docs/kpis.md)
    }
}

QString QueueBoardModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Queue");
    case Waiting:
        return tr("Waiting");
    case OldestWait:
        return tr("Oldest wait");
    case ServiceLevel:
        return tr("Service level");
    case FirstResponse:
        return tr("First response");
    case SlaBreaches:
        return tr("SLA breaches");
    case SlaCompliance:
        return tr("SLA compliance");
    case Arrived:
        return tr("Arrived");
    case Handled:
        return tr("Handled");
    default:
        return {};
    }
}

BoardCell QueueBoardModel::cell(const QString &id, int column) const
{
    const protocol::BoardQueueRow *found = id.isEmpty() ? &m_board.totals : row(id);
    return found ? cellOf(*found, id.isEmpty(), column, m_targets) : BoardCell{};
}

BoardCell QueueBoardModel::cellOf(const protocol::BoardQueueRow &r, bool totals, int column,
                                  const QList<protocol::KpiTarget> &targets)
{
    using Kind = BoardFigures::Kind;
    const protocol::KpiTarget *target = BoardFigures::targetFor(targets, figureOf(column));
    switch (column) {
    case Name:
        return totals ? BoardFigures::text(tr("All queues"), QString())
                      : BoardFigures::text(r.name);
    case Waiting:
        return BoardFigures::cell(Kind::Count, double(r.waiting), target);
    case OldestWait:
        return BoardFigures::cell(Kind::Duration, r.oldestWaitSeconds, target);
    case ServiceLevel:
        return BoardFigures::cell(Kind::Percent, r.serviceLevel, target);
    case FirstResponse:
        return BoardFigures::cell(Kind::Duration, r.firstResponseSeconds, target);
    case SlaBreaches:
        return BoardFigures::cell(Kind::Count, double(r.slaBreaches), target);
    case SlaCompliance:
        return BoardFigures::cell(Kind::Percent, r.slaCompliance, target);
    case Arrived:
        return BoardFigures::cell(Kind::Count, double(r.arrived));
    case Handled:
        return BoardFigures::cell(Kind::Count, double(r.handled));
    default:
        return {};
    }
}

} // namespace frontline::app

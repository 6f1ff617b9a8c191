#include "app/board/QueueBoardModel.h"

namespace frontline::app {

QueueBoardModel::QueueBoardModel(QObject *parent)
    : BoardRowsModel(parent)
{}

void QueueBoardModel::setBoard(const PreparedBoard &board)
{
    take(board.queues, board.board.targets);
}

void QueueBoardModel::setBoard(const protocol::Board &board)
{
    setRows(board.queues, board.queueTotals, board.targets);
}

BoardLines<protocol::BoardQueueRow>
QueueBoardModel::linesOf(const QList<protocol::BoardQueueRow> &rows,
                         const protocol::BoardQueueRow &totals,
                         const QList<protocol::KpiTarget> &targets)
{
    return linesWith(rows, totals, ColumnCount,
                     [&](const protocol::BoardQueueRow &row, bool isTotals, int column) {
                         return cellOf(row, isTotals, column, targets);
                     });
}

QueueBoardModel::Lines QueueBoardModel::linesNow(const QList<protocol::BoardQueueRow> &rows,
                                                 const protocol::BoardQueueRow &totals,
                                                 const QList<protocol::KpiTarget> &targets) const
{
    return linesOf(rows, totals, targets);
}

QList<QPair<QString, QString>> QueueBoardModel::queues() const
{
    QList<QPair<QString, QString>> queues;
    for (const QString &id : board().order)
        queues.append({id, board().byId.value(id).name});
    return queues;
}

bool QueueBoardModel::accepts(const QString &id) const
{
    return board().byId.contains(id) && (queueFilter().isEmpty() || id == queueFilter());
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

BoardCell QueueBoardModel::cellNow(const protocol::BoardQueueRow &r, bool totals, int column) const
{
    return cellOf(r, totals, column, targets());
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

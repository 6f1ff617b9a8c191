#include "app/board/QueueBoardModel.h"

#include <algorithm>
#include <utility>

namespace frontline::app {

QueueBoardModel::QueueBoardModel(QObject *parent)
    : BoardTableModel(parent)
{}

void QueueBoardModel::setBoard(const protocol::Board &board)
{
    setRows(board.queues, board.queueTotals, board.targets);
}

void QueueBoardModel::setRows(const QList<protocol::BoardQueueRow> &rows,
                              const protocol::BoardQueueRow &totals,
                              const QList<protocol::KpiTarget> &targets)
{
    takeRows(m_byId, m_order, m_totals, m_targets, rows, totals, targets);
    m_hasBoard = true;
    refreshView();
}

const protocol::BoardQueueRow *QueueBoardModel::row(const QString &id) const
{
    const auto found = m_byId.constFind(id);
    return found == m_byId.cend() ? nullptr : &found.value();
}

void QueueBoardModel::setQueueFilter(const QString &queueId)
{
    m_queue = queueId;
    refreshView();
}

QList<QPair<QString, QString>> QueueBoardModel::queues() const
{
    QList<QPair<QString, QString>> queues;
    for (const QString &id : m_order)
        queues.append({id, m_byId.value(id).name});
    return queues;
}

bool QueueBoardModel::accepts(const QString &id) const
{
    return m_byId.contains(id) && (m_queue.isEmpty() || id == m_queue);
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

const protocol::KpiTarget *QueueBoardModel::targetOf(int column) const
{
    const QString figure = figureOf(column);
    if (figure.isEmpty())
        return nullptr;
    const auto found = std::find_if(m_targets.cbegin(), m_targets.cend(),
                                    [&](const auto &target) { return target.figure == figure; });
    return found == m_targets.cend() ? nullptr : &*found;
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
    using Kind = BoardFigures::Kind;
    const bool totals = id.isEmpty();
    const protocol::BoardQueueRow &r = totals ? m_totals : *row(id);
    const protocol::KpiTarget *target = targetOf(column);
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

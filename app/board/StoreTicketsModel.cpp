#include "app/board/StoreTicketsModel.h"

#include "app/board/BoardFigures.h"
#include "app/models/TicketQueueModel.h"

#include <QLocale>

#include <algorithm>
#include <memory>

namespace frontline::app {
namespace {

const QString Enough = QStringLiteral("enough");

} // namespace

StoreTicketsModel::StoreTicketsModel(ReportFetcher &fetcher, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fetcher(fetcher)
{}

void StoreTicketsModel::setWindow(const ReportWindow &window)
{
    m_window = window;
    const quint64 generation = ++m_generation;
    m_loading = true;
    Q_EMIT loading();
    auto pages = std::make_shared<QList<protocol::TicketFigures>>();
    auto cut = std::make_shared<bool>(false);
    m_fetcher.fetchTickets(
        window,
        [pages, cut](const QList<protocol::TicketFigures> &page) -> Result<void> {
            for (const protocol::TicketFigures &ticket : page) {
                if (pages->size() >= MaxRows) {
                    *cut = true;
                    return Error{Enough, QString()}; // a week of a busy store: the list stops
                }
                pages->append(ticket);
            }
            return {};
        },
        [this, generation, pages, cut](const Result<qint64> &count) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!count && count.error().code != Enough) {
                m_error =
                    count.error().message.isEmpty() ? count.error().code : count.error().message;
                Q_EMIT loaded();
                return;
            }
            m_error.clear();
            std::stable_sort(pages->begin(), pages->end(), [](const auto &a, const auto &b) {
                return a.resolvedAt > b.resolvedAt;
            });
            beginResetModel();
            m_rows = std::move(*pages);
            m_cut = *cut;
            endResetModel();
            Q_EMIT loaded();
        });
}

void StoreTicketsModel::setQueueNames(const QHash<QString, QString> &names)
{
    if (names == m_queueNames)
        return;
    m_queueNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, QueueColumn), index(rowCount() - 1, QueueColumn));
}

int StoreTicketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoreTicketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StoreTicketsModel::cellText(const protocol::TicketFigures &ticket, int column) const
{
    const auto duration = [](std::optional<double> seconds) {
        return seconds ? BoardFigures::format(BoardFigures::Kind::Duration, *seconds)
                       : BoardFigures::noFigure();
    };
    switch (column) {
    case NumberColumn:
        return QStringLiteral("#%1").arg(ticket.number);
    case QueueColumn:
        return m_queueNames.value(ticket.queueId, ticket.queueId);
    case ChannelColumn:
        return TicketQueueModel::channelName(ticket.channel);
    case StatusColumn:
        return TicketQueueModel::statusName(ticket.status);
    case OperatorColumn:
        return ticket.assigneeName;
    case ResolvedColumn:
        return QLocale().toString(ticket.resolvedAt.toLocalTime(), QLocale::ShortFormat);
    case FirstResponseColumn:
        return duration(ticket.firstResponseSeconds);
    case HandleTimeColumn:
        return duration(ticket.handleSeconds);
    case EscalationColumn:
        return ticket.escalations == 0 ? QString() : QString::number(ticket.escalations);
    case CsatColumn:
        return ticket.csat ? QString::number(*ticket.csat) : QString();
    default:
        return {};
    }
}

QVariant StoreTicketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::TicketFigures &ticket = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(ticket, index.column());
    case TicketIdRole:
        return ticket.id;
    case Qt::TextAlignmentRole:
        return index.column() >= FirstResponseColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default:
        return {};
    }
}

QVariant StoreTicketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Ticket");
    case QueueColumn:
        return tr("Queue");
    case ChannelColumn:
        return tr("Channel");
    case StatusColumn:
        return tr("Status");
    case OperatorColumn:
        return tr("Operator");
    case ResolvedColumn:
        return tr("Resolved");
    case FirstResponseColumn:
        return tr("First response");
    case HandleTimeColumn:
        return tr("Handle time");
    case EscalationColumn:
        return tr("Escalations");
    case CsatColumn:
        return tr("CSAT");
    default:
        return {};
    }
}

const protocol::TicketFigures *StoreTicketsModel::ticketAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StoreTicketsModel::rowOf(const QString &ticketId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == ticketId)
            return i;
    }
    return -1;
}

} // namespace frontline::app

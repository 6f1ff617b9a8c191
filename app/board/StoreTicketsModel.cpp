#include "app/board/StoreTicketsModel.h"

#include "app/board/BoardFigures.h"
#include "app/models/TicketQueueModel.h"

#include <QLocale>

#include <algorithm>
#include <compare>
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
            m_all = std::move(*pages);
            m_cut = *cut;
            applyFilter();
            Q_EMIT loaded();
        });
}

void StoreTicketsModel::setQueueNames(const QHash<QString, QString> &names)
{
    if (names == m_queueNames)
        return;
    m_queueNames = names;
    // The find and the sort read queues by name.
    if (!m_find.isEmpty() || m_sortColumn == QueueColumn)
        applyFilter();
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, QueueColumn), index(rowCount() - 1, QueueColumn));
}

void StoreTicketsModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    applyFilter();
}

void StoreTicketsModel::setFindText(const QString &text)
{
    const QString find = text.trimmed();
    if (find == m_find)
        return;
    m_find = find;
    applyFilter();
}

QStringList StoreTicketsModel::statuses() const
{
    QStringList statuses;
    for (const protocol::TicketFigures &ticket : m_all)
        if (!statuses.contains(ticket.status))
            statuses.append(ticket.status);
    std::sort(statuses.begin(), statuses.end());
    return statuses;
}

bool StoreTicketsModel::passes(const protocol::TicketFigures &ticket) const
{
    if (!m_status.isEmpty() && ticket.status != m_status)
        return false;
    if (m_find.isEmpty())
        return true;
    QString number = m_find;
    if (number.startsWith(u'#'))
        number.remove(0, 1);
    if (!number.isEmpty() && QString::number(ticket.number).startsWith(number))
        return true;
    return ticket.assigneeName.contains(m_find, Qt::CaseInsensitive) ||
           cellText(ticket, QueueColumn).contains(m_find, Qt::CaseInsensitive);
}

void StoreTicketsModel::applyFilter()
{
    beginResetModel();
    m_rows.clear();
    for (const protocol::TicketFigures &ticket : std::as_const(m_all))
        if (passes(ticket))
            m_rows.append(ticket);
    sortRows();
    endResetModel();
}

bool StoreTicketsModel::before(const protocol::TicketFigures &a,
                               const protocol::TicketFigures &b) const
{
    // A ticket without the figure goes after those with it, whichever way the column sorts.
    const auto has = [this](const protocol::TicketFigures &ticket) {
        switch (m_sortColumn) {
        case FirstResponseColumn:
            return ticket.firstResponseSeconds.has_value();
        case HandleTimeColumn:
            return ticket.handleSeconds.has_value();
        case CsatColumn:
            return ticket.csat.has_value();
        default:
            return true;
        }
    };
    if (has(a) != has(b))
        return has(a);
    const auto compare = [](const auto &x, const auto &y) {
        return x < y ? std::partial_ordering::less
                     : (y < x ? std::partial_ordering::greater : std::partial_ordering::equivalent);
    };
    std::partial_ordering order = std::partial_ordering::equivalent;
    switch (m_sortColumn) {
    case NumberColumn:
        order = a.number <=> b.number;
        break;
    case ResolvedColumn:
        order = compare(a.resolvedAt, b.resolvedAt);
        break;
    case FirstResponseColumn:
        order = a.firstResponseSeconds.value_or(0) <=> b.firstResponseSeconds.value_or(0);
        break;
    case HandleTimeColumn:
        order = a.handleSeconds.value_or(0) <=> b.handleSeconds.value_or(0);
        break;
    case EscalationColumn:
        order = a.escalations <=> b.escalations;
        break;
    case CsatColumn:
        order = a.csat.value_or(0) <=> b.csat.value_or(0);
        break;
    default: // queue, channel, status, operator: by the words shown
        order =
            QString::localeAwareCompare(cellText(a, m_sortColumn), cellText(b, m_sortColumn)) <=> 0;
        break;
    }
    if (order == 0)
        return a.number > b.number; // the newer ticket first among equals
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void StoreTicketsModel::sortRows()
{
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [this](const auto &a, const auto &b) { return before(a, b); });
}

void StoreTicketsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList was = persistentIndexList();
    QStringList ids;
    for (const QModelIndex &index : was)
        ids.append(m_rows.at(index.row()).id);
    sortRows();
    QModelIndexList now;
    for (int i = 0; i < was.size(); ++i)
        now.append(index(rowOf(ids.at(i)), was.at(i).column()));
    changePersistentIndexList(was, now);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
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

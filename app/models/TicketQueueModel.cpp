#include "app/models/TicketQueueModel.h"

#include "app/store/LocalStore.h"

#include <QLoggingCategory>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcQueue, "frontline.queue")

namespace frontline::app {

TicketQueueModel::TicketQueueModel(LocalStore &store, const QString &myId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_query(store, myId)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &TicketQueueModel::tick);
    m_ticker->start();
    connect(&m_store, &LocalStore::changed, this, &TicketQueueModel::onStoreChanged);
    reload();
}

TicketQueueModel::~TicketQueueModel() = default;

void TicketQueueModel::setFilter(const TicketQueueFilter &filter)
{
    if (filter == m_query.filter())
        return;
    m_query.setFilter(filter);
    reload();
}

void TicketQueueModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    m_ticker->stop();
    tick();
}

QStringList TicketQueueModel::queues() const
{
    auto queues = m_query.queues();
    return queues ? queues.value() : QStringList();
}

void TicketQueueModel::fail(const Error &error)
{
    m_lastError = error.message;
    qCWarning(lcQueue) << "ticket queue:" << error.message;
    Q_EMIT errorOccurred(error.message);
}

void TicketQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_heldChanges = false; // a new filter or order reads everything anew
    m_heldIds.clear();
    auto page = m_query.page(0, m_pageSize);
    if (page) {
        m_rows = page.value();
        m_atEnd = m_rows.size() < m_pageSize;
    } else {
        m_atEnd = true;
        fail(page.error());
    }
    m_changing = true;
    endResetModel();
    m_changing = false;
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(TicketQueueColumn::Count);
}

bool TicketQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TicketQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    auto page = m_query.page(int(m_rows.size()), m_pageSize);
    if (!page) {
        m_atEnd = true;
        return fail(page.error());
    }
    m_atEnd = page->size() < m_pageSize;
    // A live update may already have brought some of these rows in.
    const QSet<QString> loaded = loadedIds();
    QList<TicketQueueRow> fresh;
    for (const TicketQueueRow &row : page.value())
        if (!loaded.contains(row.id))
            fresh.append(row);
    if (fresh.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    endInsertRows();
    m_changing = false;
}

void TicketQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(TicketQueueColumn::Count))
        return;
    const auto sortColumn = TicketQueueColumn(column);
    const bool ascending = order == Qt::AscendingOrder;
    if (sortColumn == m_query.sortColumn() && ascending == m_query.sortAscending())
        return;
    m_query.setSort(sortColumn, ascending);
    reload();
}

QString TicketQueueModel::ticketId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int TicketQueueModel::rowOf(const QString &ticketId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == ticketId)
            return row;
    return -1;
}

QSet<QString> TicketQueueModel::loadedIds() const
{
    QSet<QString> ids;
    ids.reserve(m_rows.size());
    for (const TicketQueueRow &row : m_rows)
        ids.insert(row.id);
    return ids;
}

const TicketQueueRow *TicketQueueModel::ticket(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void TicketQueueModel::onStoreChanged(const StoreChangeSet &changes)
{
    QSet<QString> changed = changes.tickets;
    for (auto it = changes.messagesAdded.cbegin(); it != changes.messagesAdded.cend(); ++it)
        changed.insert(it.key());
    // A customer's or an operator's new name shows in every row of theirs.
    const bool names = !changes.customers.isEmpty() || !changes.operators.isEmpty();
    if (changed.isEmpty() && !names)
        return;
    if (names)
        for (const TicketQueueRow &row : std::as_const(m_rows))
            changed.insert(row.id);
    refresh(changed);
}

void TicketQueueModel::setOrderHeld(bool held)
{
    if (held == m_orderHeld)
        return;
    m_orderHeld = held;
    if (!held && m_heldChanges)
        applyHeldChanges();
}

void TicketQueueModel::applyHeldChanges()
{
    if (!m_heldChanges)
        return;
    const bool held = std::exchange(m_orderHeld, false);
    m_heldChanges = false;
    refresh(std::exchange(m_heldIds, {}));
    m_orderHeld = held;
}

void TicketQueueModel::refresh(const QSet<QString> &changedIds)
{
    if (m_orderHeld) {
        m_heldChanges = true;
        m_heldIds.unite(changedIds);
        return refreshInPlace(changedIds);
    }
    // The loaded window as it should be now: its ids in order (as many as are loaded, at least
    // one page), then the rows that are new or changed. Unchanged rows are not read again.
    const int window = std::max(int(m_rows.size()), m_pageSize);
    auto ids = m_query.ids(window);
    if (!ids)
        return fail(ids.error());
    if (ids->size() == m_rows.size() &&
        std::equal(ids->cbegin(), ids->cend(), m_rows.cbegin(),
                   [](const QString &id, const TicketQueueRow &row) { return id == row.id; })) {
        if (ids->size() < window)
            m_atEnd = true;
        return refreshInPlace(changedIds);
    }
    const QSet<QString> loaded = loadedIds();
    QStringList wanted;
    for (const QString &id : ids.value())
        if (changedIds.contains(id) || !loaded.contains(id))
            wanted.append(id);
    auto fresh = m_query.rows(wanted);
    if (!fresh)
        return fail(fresh.error());
    QHash<QString, TicketQueueRow> freshById;
    for (const TicketQueueRow &row : fresh.value())
        freshById.insert(row.id, row);

    Q_EMIT liveUpdateAboutToStart();
    m_changing = true;
    // Rows that left the window go first, from the bottom up.
    const QSet<QString> keep(ids->cbegin(), ids->cend());
    bool removed = false;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (keep.contains(m_rows.at(row).id))
            continue;
        removed = true;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // Then walk the wanted order: move rows into place, insert new ones, update changed ones.
    const QStringList &order = ids.value();
    for (int target = 0; target < order.size(); ++target) {
        const QString &id = order.at(target);
        // Usually the row is already in place; only a moved or new one needs the search.
        const int current =
            target < m_rows.size() && m_rows.at(target).id == id ? target : rowOf(id);
        if (current == target) {
        } else if (current > target) {
            beginMoveRows({}, current, current, {}, target);
            m_rows.move(current, target);
            endMoveRows();
        } else {
            const auto found = freshById.constFind(id);
            if (found == freshById.cend())
                continue; // changed between the two reads; the next change brings it
            beginInsertRows({}, target, target);
            m_rows.insert(target, found.value());
            endInsertRows();
            continue;
        }
        if (const auto found = freshById.constFind(id); found != freshById.cend())
            updateRow(target, found.value());
    }
    // A row pushed out of a full window by a new one comes back with the next page.
    if (order.size() < window)
        m_atEnd = true;
    else if (removed)
        m_atEnd = false;
    m_changing = false;
    Q_EMIT liveUpdateFinished();
}

// The loaded rows are still the window's rows in its order (the usual live update: a message in
// a ticket that keeps its place): only the changed ones are read again, no row moves.
void TicketQueueModel::refreshInPlace(const QSet<QString> &changedIds)
{
    QStringList wanted;
    for (const TicketQueueRow &row : std::as_const(m_rows))
        if (changedIds.contains(row.id))
            wanted.append(row.id);
    if (wanted.isEmpty())
        return;
    auto fresh = m_query.rows(wanted);
    if (!fresh)
        return fail(fresh.error());
    QHash<QString, const TicketQueueRow *> freshById;
    for (const TicketQueueRow &row : std::as_const(fresh.value()))
        freshById.insert(row.id, &row);
    Q_EMIT liveUpdateAboutToStart();
    m_changing = true;
    for (int row = 0; row < m_rows.size() && !freshById.isEmpty(); ++row) {
        if (const TicketQueueRow *now = freshById.take(m_rows.at(row).id))
            updateRow(row, *now);
    }
    m_changing = false;
    Q_EMIT liveUpdateFinished();
}

// A row read again: shown anew only if something in it changed.
void TicketQueueModel::updateRow(int row, const TicketQueueRow &now)
{
    if (now == m_rows.at(row))
        return;
    m_rows[row] = now;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void TicketQueueModel::tick()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, int(TicketQueueColumn::Waiting)),
                       index(int(m_rows.size()) - 1, int(TicketQueueColumn::Sla)));
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketQueueRow &row = m_rows.at(index.row());
    const auto column = TicketQueueColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        // The SLA column's tooltip names the due time; the view formats dates (SlaDueRole).
        if (column == TicketQueueColumn::Channel)
            return channelName(row.channel);
        if (column == TicketQueueColumn::Subject)
            return row.subject;
        return {};
    case Qt::AccessibleTextRole: {
        QString text = display(row, column).toString();
        if (column == TicketQueueColumn::Channel)
            text = channelName(row.channel);
        if (column == TicketQueueColumn::Number && row.unread)
            text = tr("%1, unread").arg(text);
        return text;
    }
    case Qt::TextAlignmentRole:
        if (column == TicketQueueColumn::Number || column == TicketQueueColumn::Waiting ||
            column == TicketQueueColumn::Sla)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TicketIdRole:
        return row.id;
    case ChannelRole:
        return row.channel;
    case UnreadRole:
        return row.unread;
    case SlaStateRole:
        return int(SlaClock::state(row.slaStarted, row.slaDue, m_now()));
    case AssigneeIdRole:
        return row.assigneeId;
    case StatusRole:
        return row.status;
    case SlaDueRole:
        return row.slaDue;
    case FirstResponseDueRole:
        return row.firstResponse;
    default:
        return {};
    }
}

QVariant TicketQueueModel::display(const TicketQueueRow &row, TicketQueueColumn column) const
{
    switch (column) {
    case TicketQueueColumn::Number:
        return QString(u'#' + QString::number(row.number));
    case TicketQueueColumn::Channel:
        return QString(); // an icon; the name is the tooltip and accessible text
    case TicketQueueColumn::Customer:
        return row.customerName;
    case TicketQueueColumn::Subject:
        return row.subject;
    case TicketQueueColumn::Status:
        return statusName(row.status);
    case TicketQueueColumn::Priority:
        return priorityName(row.priority);
    case TicketQueueColumn::Assignee:
        if (row.assigneeId.isEmpty())
            return tr("Unassigned");
        return row.assigneeName.isEmpty() ? tr("Operator %1").arg(row.assigneeId)
                                          : row.assigneeName;
    case TicketQueueColumn::Waiting:
        return row.waitingSince.isValid()
                   ? formatDuration(std::max<qint64>(0, row.waitingSince.secsTo(m_now())))
                   : QString();
    case TicketQueueColumn::Sla: {
        if (!row.slaDue.isValid())
            return QString();
        const qint64 left = SlaClock::secondsLeft(row.slaDue, m_now());
        return left < 0 ? tr("−%1").arg(formatDuration(-left)) : formatDuration(left);
    }
    case TicketQueueColumn::Count:
        break;
    }
    return {};
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (TicketQueueColumn(section)) {
    case TicketQueueColumn::Number:
        return tr("No.");
    case TicketQueueColumn::Channel:
        return role == Qt::ToolTipRole ? tr("Channel") : QString();
    case TicketQueueColumn::Customer:
        return tr("Customer");
    case TicketQueueColumn::Subject:
        return tr("Subject");
    case TicketQueueColumn::Status:
        return tr("Status");
    case TicketQueueColumn::Priority:
        return tr("Priority");
    case TicketQueueColumn::Assignee:
        return tr("Assignee");
    case TicketQueueColumn::Waiting:
        return role == Qt::ToolTipRole ? tr("How long the customer has been waiting")
                                       : tr("Waiting");
    case TicketQueueColumn::Sla:
        return role == Qt::ToolTipRole ? tr("Time left until the SLA is breached") : tr("SLA");
    case TicketQueueColumn::Count:
        break;
    }
    return {};
}

QString TicketQueueModel::channelName(const QString &channel)
{
    if (channel == u"chat")
        return tr("Chat");
    if (channel == u"email")
        return tr("Email");
    if (channel == u"web_form")
        return tr("Web form");
    if (channel == u"phone")
        return tr("Phone");
    if (channel == u"social")
        return tr("Social");
    return channel;
}

QString TicketQueueModel::statusName(const QString &status)
{
    if (status == u"new")
        return tr("New");
    if (status == u"open")
        return tr("Open");
    if (status == u"pending")
        return tr("Pending");
    if (status == u"resolved")
        return tr("Resolved");
    if (status == u"closed")
        return tr("Closed");
    return status;
}

QString TicketQueueModel::priorityName(const QString &priority)
{
    if (priority == u"low")
        return tr("Low");
    if (priority == u"normal")
        return tr("Normal");
    if (priority == u"high")
        return tr("High");
    if (priority == u"urgent")
        return tr("Urgent");
    return priority;
}

QString TicketQueueModel::formatDuration(qint64 seconds)
{
    if (seconds < 60 * 60)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 48 * 60 * 60)
        return tr("%1 h %2 m").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d").arg(seconds / 86400);
}

} // namespace frontline::app

#include "app/board/DrillDownTicketsModel.h"

#include "app/models/TicketQueueModel.h"
#include "app/store/LocalStore.h"

#include <QCoreApplication>

namespace frontline::app {
namespace {

QString where(DrillDownTicketsModel::Scope scope)
{
    using Scope = DrillDownTicketsModel::Scope;
    switch (scope) {
    case Scope::OperatorOpen:
        return QStringLiteral("assignee_id = ? AND status IN ('new', 'open', 'pending') "
                              "ORDER BY number");
    case Scope::OperatorHandledToday:
        return QStringLiteral("assignee_id = ? AND status IN ('resolved', 'closed') AND "
                              "updated_at >= ? ORDER BY updated_at DESC, number DESC");
    case Scope::QueueWaiting:
        return QStringLiteral("queue = ? AND (assignee_id IS NULL OR assignee_id = '') AND "
                              "status IN ('new', 'open', 'pending') ORDER BY "
                              "json_extract(server_json, '$.created_at'), number");
    case Scope::None:
        break;
    }
    return {};
}

QDateTime isoTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

DrillDownTicketsModel::DrillDownTicketsModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(&m_store, &LocalStore::changed, this, &DrillDownTicketsModel::onStoreChanged);
}

void DrillDownTicketsModel::show(Scope scope, const QString &id, const QDateTime &dayStart)
{
    m_scope = scope;
    m_id = id;
    m_dayStart = dayStart.isValid() ? dayStart.toUTC() : QDateTime();
    reload();
}

void DrillDownTicketsModel::onStoreChanged(const StoreChangeSet &changes)
{
    if (m_scope != Scope::None && !changes.tickets.isEmpty())
        reload();
}

void DrillDownTicketsModel::reload()
{
    QList<Row> rows;
    if (m_scope != Scope::None) {
        QVariantList values{m_id};
        if (m_scope == Scope::OperatorHandledToday)
            values << m_dayStart.toString(Qt::ISODateWithMs);
        values << MaxRows;
        auto query =
            m_store.read(u"SELECT id, number, subject, channel, status, json_extract(server_json, "
                         u"'$.created_at'), sla_due FROM tickets WHERE " +
                             where(m_scope) + u" LIMIT ?",
                         values);
        if (!query) {
            Q_EMIT loadFailed(query.error().message);
        } else {
            while (query.value().next()) {
                const QSqlQuery &row = query.value();
                rows.append(Row{row.value(0).toString(), row.value(1).toLongLong(),
                                row.value(2).toString(), row.value(3).toString(),
                                row.value(4).toString(), isoTime(row.value(5)),
                                isoTime(row.value(6))});
            }
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int DrillDownTicketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillDownTicketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DrillDownTicketsModel::duration(qint64 seconds)
{
    const qint64 s = std::abs(seconds);
    const QString text =
        s >= 3600 ? QStringLiteral("%1:%2:%3")
                        .arg(s / 3600)
                        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                        .arg(s % 60, 2, 10, QLatin1Char('0'))
                  : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return seconds < 0 ? u'−' + text : text;
}

QVariant DrillDownTicketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == TicketIdRole)
        return row.id;
    const QDateTime now = m_now();
    const bool clock = row.slaDue.isValid() && m_scope != Scope::OperatorHandledToday;
    if (role == SecondsRole) {
        if (index.column() == WaitColumn && row.createdAt.isValid())
            return row.createdAt.secsTo(now);
        if (index.column() == SlaColumn && clock)
            return now.secsTo(row.slaDue);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == SlaColumn && clock) {
        return QCoreApplication::translate("DrillDownTicketsModel", "Due %1")
            .arg(row.slaDue.toLocalTime().toString(Qt::ISODate));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NumberColumn:
        return QStringLiteral("#%1").arg(row.number);
    case SubjectColumn:
        return row.subject;
    case ChannelColumn:
        return TicketQueueModel::channelName(row.channel);
    case StatusColumn:
        return TicketQueueModel::statusName(row.status);
    case WaitColumn:
        return row.createdAt.isValid() ? duration(row.createdAt.secsTo(now)) : QString();
    case SlaColumn:
        return clock ? duration(now.secsTo(row.slaDue)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DrillDownTicketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return QCoreApplication::translate("DrillDownTicketsModel", "Ticket");
    case SubjectColumn:
        return QCoreApplication::translate("DrillDownTicketsModel", "Subject");
    case ChannelColumn:
        return QCoreApplication::translate("DrillDownTicketsModel", "Channel");
    case StatusColumn:
        return QCoreApplication::translate("DrillDownTicketsModel", "Status");
    case WaitColumn:
        return QCoreApplication::translate("DrillDownTicketsModel", "Waiting");
    case SlaColumn:
        return QCoreApplication::translate("DrillDownTicketsModel", "SLA left");
    case ColumnCount:
        break;
    }
    return {};
}

QString DrillDownTicketsModel::ticketIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int DrillDownTicketsModel::rowOf(const QString &ticketId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == ticketId)
            return i;
    }
    return -1;
}

} // namespace frontline::app

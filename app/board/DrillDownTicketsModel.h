#pragma once

#include "app/store/StoreChangeSet.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace frontline::app {

class LocalStore;

// The tickets a supervisor's drill-down lists, read from the cache (a supervisor's feed brings
// every ticket): an operator's open conversations, the tickets she handled today, or a queue's
// waiting tickets, oldest first, each with how long it has waited and its SLA clock. Reloads
// when the cache's tickets change; the lists are one operator's or one queue's, so small.
class DrillDownTicketsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        SubjectColumn,
        ChannelColumn,
        StatusColumn,
        WaitColumn, // since the ticket was created
        SlaColumn,  // time left to the running SLA clock's due time, negative once breached
        ColumnCount
    };
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
        SecondsRole, // WaitColumn and SlaColumn as seconds (null without a clock)
    };
    enum class Scope
    {
        None,
        OperatorOpen,         // new, open or pending, assigned to her
        OperatorHandledToday, // resolved or closed by her, last changed since the day began
        QueueWaiting,         // unassigned and active in the queue, oldest first
    };

    explicit DrillDownTicketsModel(LocalStore &store, QObject *parent = nullptr);

    // `dayStart` bounds "today" for OperatorHandledToday (the supervisor's local midnight).
    void show(Scope scope, const QString &id, const QDateTime &dayStart = {});
    Scope scope() const { return m_scope; }
    // The clock the wait and SLA columns count to (tests fix it).
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QString ticketIdAt(int row) const;
    int rowOf(const QString &ticketId) const;

    // The most one list shows.
    static constexpr int MaxRows = 500;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    struct Row
    {
        QString id;
        qint64 number = 0;
        QString subject;
        QString channel;
        QString status;
        QDateTime createdAt;
        QDateTime slaDue;
    };
    void reload();
    void onStoreChanged(const StoreChangeSet &changes);
    static QString duration(qint64 seconds);

    LocalStore &m_store;
    Scope m_scope = Scope::None;
    QString m_id;
    QDateTime m_dayStart;
    QList<Row> m_rows;
    std::function<QDateTime()> m_now;
};

} // namespace frontline::app

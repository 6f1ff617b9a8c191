#pragma once

#include "app/models/SlaClock.h"
#include "app/models/TicketQueueQuery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

class QTimer;

namespace frontline::app {

class LocalStore;
struct StoreChangeSet;

// The operator's ticket queue as a table: pages rows from the LocalStore (fetchMore), filters and
// sorts in SQL, and follows `LocalStore::changed` by inserting, moving, updating and removing rows
// by id, so views keep their selection. Waiting time and the SLA countdown tick every second.
// QtCore only: the widgets turn the roles below into fonts, icons and colours.
class TicketQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
        ChannelRole,  // "chat", "email", ...
        UnreadRole,   // bool
        SlaStateRole, // int(SlaClock::State)
        AssigneeIdRole,
        StatusRole,
        SlaDueRole,           // QDateTime (UTC) the running SLA clock runs out, or invalid
        FirstResponseDueRole, // bool: that clock is the first response's, not the resolution's
    };

    TicketQueueModel(LocalStore &store, const QString &myId, QObject *parent = nullptr);
    ~TicketQueueModel() override;

    void setFilter(const TicketQueueFilter &filter);
    TicketQueueFilter filter() const { return m_query.filter(); }
    void setPageSize(int rows) { m_pageSize = rows; }
    // What "now" is for the clocks; tests set a fixed time.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const { return m_now(); }
    QStringList queues() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString ticketId(int row) const;
    int rowOf(const QString &ticketId) const;
    const TicketQueueRow *ticket(int row) const;
    QString lastError() const { return m_lastError; }

    // Re-reads the loaded window from the store (what a change in the store does).
    void refresh(const QSet<QString> &changedIds = {});
    // While the order is held (the operator reads the list under the pointer), a live update
    // changes rows in place but moves, adds and drops none; releasing applies what was held.
    void setOrderHeld(bool held);
    bool orderHeld() const { return m_orderHeld; }
    bool hasHeldChanges() const { return m_heldChanges; }
    // Applies the held changes now and keeps holding (a key pressed over the list).
    void applyHeldChanges();

    static QString channelName(const QString &channel);
    static QString statusName(const QString &status);
    static QString priorityName(const QString &priority);
    static QString formatDuration(qint64 seconds);

Q_SIGNALS:
    // Around a live update, so a view can hold its scroll position.
    void liveUpdateAboutToStart();
    void liveUpdateFinished();
    void errorOccurred(const QString &message);

private:
    void refreshInPlace(const QSet<QString> &changedIds);
    void updateRow(int row, const TicketQueueRow &now);
    void reload();
    QSet<QString> loadedIds() const;
    void onStoreChanged(const StoreChangeSet &changes);
    void tick();
    void fail(const Error &error);
    QVariant display(const TicketQueueRow &row, TicketQueueColumn column) const;

    LocalStore &m_store;
    TicketQueueQuery m_query;
    QList<TicketQueueRow> m_rows;
    bool m_atEnd = false;
    // Views and testers call fetchMore() from the model's own signals; that waits.
    bool m_changing = false;
    int m_pageSize = 200;
    std::function<QDateTime()> m_now;
    QTimer *m_ticker;
    QString m_lastError;
    bool m_orderHeld = false;
    bool m_heldChanges = false;
    QSet<QString> m_heldIds; // tickets changed while the order was held
};

} // namespace frontline::app

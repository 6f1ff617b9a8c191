#pragma once

#include "app/reports/ReportFetcher.h"
#include "protocol/Reports.h"

#include <QAbstractTableModel>

namespace frontline::app {

// The tickets of the board's window as a store's client may list them (only when its contract
// shares conversations): GET /metrics/tickets, which carries no customer data, at most MaxRows,
// newest first until sorted by another column. A filter by status and a find over what the store
// may see (the ticket's number, its queue and its operator) narrow the rows; both run here, over
// at most MaxRows. Read-only; a row's conversation is read through SharedConversationModel.
class StoreTicketsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        QueueColumn,
        ChannelColumn,
        StatusColumn,
        OperatorColumn,
        ResolvedColumn,
        FirstResponseColumn,
        HandleTimeColumn,
        EscalationColumn,
        CsatColumn,
        ColumnCount
    };
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
    };

    explicit StoreTicketsModel(ReportFetcher &fetcher, QObject *parent = nullptr);

    // Fetches the window's tickets; the rows are replaced once every page is in.
    void setWindow(const ReportWindow &window);
    ReportWindow window() const { return m_window; }
    // Queue ids to the names the board gives them.
    void setQueueNames(const QHash<QString, QString> &names);
    // Only tickets of `status` ("resolved", "closed"); empty: every status.
    void setStatusFilter(const QString &status);
    QString statusFilter() const { return m_status; }
    // Tickets whose number ("#1042" or "1042"), queue or operator holds `text`; empty: all.
    void setFindText(const QString &text);
    QString findText() const { return m_find; }
    // The statuses of the window's tickets, for the filter's choices.
    QStringList statuses() const;
    // The window's tickets before the filter (rowCount() counts those it lets through).
    int ticketCount() const { return int(m_all.size()); }
    bool isFiltered() const { return !m_status.isEmpty() || !m_find.isEmpty(); }
    bool isLoading() const { return m_loading; }
    // True when the window held more tickets than the list shows.
    bool isCut() const { return m_cut; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts the shown rows; the selection follows its tickets.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    const protocol::TicketFigures *ticketAt(int row) const;
    int rowOf(const QString &ticketId) const;

    static constexpr int MaxRows = 5000;

Q_SIGNALS:
    // A window's tickets are being read.
    void loading();
    // The window's tickets are in (or failed: lastError() says why).
    void loaded();

private:
    QString cellText(const protocol::TicketFigures &ticket, int column) const;
    bool passes(const protocol::TicketFigures &ticket) const;
    bool before(const protocol::TicketFigures &a, const protocol::TicketFigures &b) const;
    void sortRows();
    void applyFilter();

    ReportFetcher &m_fetcher;
    ReportWindow m_window;
    QList<protocol::TicketFigures> m_all;  // the window's, newest first
    QList<protocol::TicketFigures> m_rows; // those the filter lets through, in the sort's order
    QHash<QString, QString> m_queueNames;
    QString m_status;
    QString m_find;
    int m_sortColumn = ResolvedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_error;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_cut = false;
};

} // namespace frontline::app

#pragma once

#include "app/reports/ReportFetcher.h"
#include "protocol/Reports.h"

#include <QAbstractTableModel>

namespace frontline::app {

// The tickets of the board's window as a store's client may list them (only when its contract
// shares conversations): GET /metrics/tickets, which carries no customer data, newest first, at
// most MaxRows. Read-only; the conversation of a row is read through SharedConversationModel.
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
    bool isLoading() const { return m_loading; }
    // True when the window held more tickets than the list shows.
    bool isCut() const { return m_cut; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
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

    ReportFetcher &m_fetcher;
    ReportWindow m_window;
    QList<protocol::TicketFigures> m_rows;
    QHash<QString, QString> m_queueNames;
    QString m_error;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_cut = false;
};

} // namespace frontline::app

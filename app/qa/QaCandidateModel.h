#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace frontline::app {

// Conversations to review, as a sample or the candidates' filters answered them (issue 18, item
// 7): each resolved ticket with its figures, never the customer's contact data. The back office
// chose and ordered them; this model only shows them.
class QaCandidateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TicketColumn,
        ResolvedColumn,
        OperatorColumn,
        QueueColumn,
        ChannelColumn,
        CsatColumn,
        EscalatedColumn,
        HandleTimeColumn,
        ColumnCount
    };
    enum Role
    {
        TicketIdRole = Qt::UserRole + 1,
        OperatorIdRole,
    };

    explicit QaCandidateModel(QObject *parent = nullptr);

    void setTickets(const QList<QJsonObject> &tickets);
    const QJsonObject *ticketAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_rows;
};

} // namespace frontline::app

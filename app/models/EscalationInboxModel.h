#pragma once

#include "app/store/StoreChangeSet.h"
#include "protocol/Escalation.h"

#include <QAbstractListModel>

namespace frontline::app {

class LocalStore;
struct SignedInUser;

// Escalations addressed to my line or team, still to handle (open or accepted), newest first.
class EscalationInboxModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        EscalationIdRole = Qt::UserRole + 1,
        TicketIdRole,
        StatusRole,
        ReasonRole,
        NoteRole,
        PriorityRole,
    };

    EscalationInboxModel(LocalStore &store, const SignedInUser &me, QObject *parent = nullptr);

    void reload();
    protocol::Escalation escalationAt(int row) const;
    int rowOf(const QString &escalationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    LocalStore &m_store;
    const SignedInUser &m_me;
    QList<protocol::Escalation> m_rows;
    QHash<QString, qint64> m_ticketNumbers;
    QHash<QString, QString> m_senders; // operator id -> display name
};

} // namespace frontline::app

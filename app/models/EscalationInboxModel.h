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
        TicketNumberRole,
    };

    EscalationInboxModel(LocalStore &store, const SignedInUser &me, QObject *parent = nullptr);

    void reload();
    protocol::Escalation escalationAt(int row) const;
    int rowOf(const QString &escalationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // An escalation left the inbox (after the reset that removed its row), with its status now
    // ("returned", "resolved"; empty when the cache no longer has it).
    void escalationLeft(const QString &escalationId, qint64 ticketNumber, const QString &status);

private:
    void reportLeft(const QHash<QString, qint64> &before);

    LocalStore &m_store;
    const SignedInUser &m_me;
    QList<protocol::Escalation> m_rows;
    QHash<QString, qint64> m_ticketNumbers;
    QHash<QString, QString> m_senders; // operator id -> display name
};

} // namespace frontline::app

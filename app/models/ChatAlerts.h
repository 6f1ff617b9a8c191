#pragma once

#include "app/store/StoreChangeSet.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace frontline::app {

class LocalStore;

// Something in the operator's chats they must not miss: a chat the back office newly assigned to
// them (routed, or its answer to their claim; `text` is its subject) or a customer writing in one
// of theirs (`text` is the message).
struct ChatAlert
{
    enum class Kind
    {
        Assigned,
        CustomerWrote
    };
    Kind kind;
    QString ticketId;
    QString text;
    bool chat; // a chat (the conversations open by themselves only for chats)
};

// Finds the alerts in the cache's change sets for the signed-in operator, remembering which
// active chats are theirs so that only a newly assigned one counts as new.
class ChatAlerts
{
public:
    ChatAlerts(const LocalStore &store, const QString &operatorId);

    // The alerts `changes` bring; `isOpen` says whether a ticket's chat is open (a customer
    // writing there counts even when the chat is no longer assigned to the operator).
    QList<ChatAlert> take(const StoreChangeSet &changes,
                          const std::function<bool(const QString &ticketId)> &isOpen);

private:
    void takeAssignments(const QSet<QString> &changedTickets, QList<ChatAlert> &alerts);

    const LocalStore &m_store;
    QString m_me;
    QSet<QString> m_assignedToMe;
};

} // namespace frontline::app

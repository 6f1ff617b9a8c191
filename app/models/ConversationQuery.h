#pragma once

#include "app/store/LocalStore.h"
#include "protocol/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace frontline::app {

// What the chat pane and the escalation dialog read about a ticket beside its message list: its
// cached state, its latest messages, who the signed-in operator is. Widgets ask here rather than
// reading the LocalStore themselves.
class ConversationQuery
{
public:
    explicit ConversationQuery(const LocalStore &store);

    // The ticket with the operator's queued changes laid over it; empty when it is not cached.
    Result<std::optional<CachedTicket>> ticket(const QString &ticketId) const;
    // The ticket's newest `count` messages, oldest first.
    Result<QList<CachedMessage>> latestMessages(const QString &ticketId, int count) const;

private:
    const LocalStore &m_store;
};

} // namespace frontline::app

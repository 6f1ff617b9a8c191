#include "app/models/ConversationQuery.h"

namespace frontline::app {

ConversationQuery::ConversationQuery(const LocalStore &store)
    : m_store(store)
{}

Result<std::optional<CachedTicket>> ConversationQuery::ticket(const QString &ticketId) const
{
    return m_store.ticket(ticketId);
}

Result<QList<CachedMessage>> ConversationQuery::latestMessages(const QString &ticketId,
                                                               int count) const
{
    auto messages = m_store.messages(ticketId);
    if (!messages)
        return messages;
    QList<CachedMessage> all = std::move(messages.value());
    return all.mid(std::max<qsizetype>(0, all.size() - count));
}

} // namespace frontline::app

#pragma once

#include "protocol/Result.h"

#include <QJsonArray>
#include <QString>

namespace frontline::app {

class LocalStore;

// The queues of the back office and the store (project) each serves, as `GET /queues` lists them
// at sign-in (`project_id`, null for the center's own queues). A ticket's store is its queue's:
// the KB search of an open ticket offers that store's articles and the shared ones.
class CachedQueues
{
public:
    explicit CachedQueues(LocalStore &store)
        : m_store(store)
    {}

    // Replaces every cached queue with `queues` ([{"id", "title", "project_id"}]), in one
    // transaction.
    Result<void> replace(const QJsonArray &queues);
    // The store of the ticket's queue; empty when the queue serves none or is not known.
    Result<QString> projectOfTicket(const QString &ticketId) const;

private:
    LocalStore &m_store;
};

} // namespace frontline::app

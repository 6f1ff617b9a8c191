#include "server/storage/CommitGroup.h"

#include "server/storage/Store.h"

#include <utility>

namespace frontline::server {
namespace {

thread_local CommitGroup *currentGroup = nullptr;

} // namespace

CommitGroup::CommitGroup()
    : m_previous(currentGroup)
{
    currentGroup = this;
}

CommitGroup::~CommitGroup()
{
    if (!m_finished) {
        for (Store *store : m_stores)
            static_cast<void>(store->finishGroup(false)); // rolling back cannot fail usefully
    }
    currentGroup = m_previous;
}

CommitGroup *CommitGroup::current()
{
    return currentGroup;
}

CommitGroupPause::CommitGroupPause()
    : m_paused(std::exchange(currentGroup, nullptr))
{}

CommitGroupPause::~CommitGroupPause()
{
    currentGroup = m_paused;
}

Store *CommitGroup::storeFor(const QString &workspace) const
{
    for (Store *store : m_stores) {
        if (store->workspace() == workspace)
            return store;
    }
    return nullptr;
}

Result<void> CommitGroup::commit(std::size_t *firstFailed)
{
    m_finished = true;
    // Later transactions on this thread are ordinary ones again.
    currentGroup = m_previous;
    Result<void> result;
    *firstFailed = m_stores.size();
    for (std::size_t i = 0; i < m_stores.size(); ++i) {
        if (auto committed = m_stores[i]->finishGroup(true); !committed && result) {
            result = committed.error();
            *firstFailed = i;
        }
    }
    return result;
}

} // namespace frontline::server

#pragma once

#include "protocol/Result.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace frontline::server {

class Store;

// Group commit for one batch of requests on the request thread. While a CommitGroup is alive on
// a thread, the first transaction a Store begins there opens one outer transaction for the whole
// group, and every Transaction (the first and the later ones) becomes a savepoint inside it:
// released when it commits, rolled back to when it fails, so one failing request never undoes
// another. commit() ends each store's outer transaction with a single COMMIT. Domain code keeps
// using Transaction unchanged; only the batch runner knows about the group.
class CommitGroup
{
public:
    CommitGroup();
    // Rolls back every outer transaction that was not committed.
    ~CommitGroup();
    CommitGroup(const CommitGroup &) = delete;
    CommitGroup &operator=(const CommitGroup &) = delete;

    // The group alive on the calling thread, or null.
    static CommitGroup *current();

    // How many stores have opened their outer transaction so far. Stores only join, so a request
    // that ended while this was n ran inside the outer transactions of the first n stores.
    std::size_t openedCount() const { return m_stores.size(); }
    // The joined store of `workspace`, or null when that workspace has not written yet.
    Store *storeFor(const QString &workspace) const;

    // Commits every joined store, in the order they joined. On failure `*firstFailed` is the
    // index of the first store whose COMMIT failed (that store and the later ones are rolled back
    // or committed independently; each is reported by index through the error of the first).
    Result<void> commit(std::size_t *firstFailed);

private:
    friend class Store;
    void join(Store *store) { m_stores.push_back(store); }

    std::vector<Store *> m_stores;
    CommitGroup *m_previous;
    bool m_finished = false;
};

// Steps out of the thread's CommitGroup for its lifetime: a transaction begun meanwhile on a store
// that has not joined the group is an ordinary one, committed at once. For work that must not
// wait for the batch (a sandbox's store made, filled or dropped by a request). A store that joined
// the group already keeps using savepoints of it.
class CommitGroupPause
{
public:
    CommitGroupPause();
    ~CommitGroupPause();
    CommitGroupPause(const CommitGroupPause &) = delete;
    CommitGroupPause &operator=(const CommitGroupPause &) = delete;

private:
    CommitGroup *m_paused;
};

} // namespace frontline::server

#pragma once

#include "protocol/Result.h"

class QSqlDatabase;

namespace frontline::app {

// The message index (message_fts) may run behind the messages table. A feed page that brings
// many messages at once (a first sync, a catch-up after a long time offline) stores them without
// indexing each, which was about a quarter of a first sync's time; the index then has a backlog:
// every message with a seq above the mark kept in sync_state under BacklogKey is not
// in it yet, every other one is. The cache's housekeeping thread indexes the backlog in the UI
// thread's pauses (CacheMaintenance), and LocalStore::searchMessages catches it up before it
// searches, so a search never misses a message. The delete and update triggers leave messages
// of the backlog alone (migration 7).
namespace MessageIndex {

inline constexpr char BacklogKey[] = "message_index_upto";

// Indexes up to `limit` messages of the backlog on `db`, which must be inside a write
// transaction. Returns true when no backlog is left.
Result<bool> indexBacklog(QSqlDatabase &db, int limit);

} // namespace MessageIndex
} // namespace frontline::app

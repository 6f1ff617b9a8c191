#pragma once

#include "protocol/ScenarioPack.h"
#include "server/clock/Clock.h"

namespace frontline::server {

class ChangeLog;
class Store;

// Loads what a scenario pack brings into a training sandbox's store (issue 19, item 1): its
// customers with their orders and order histories (times relative to `clock`'s now), its own
// knowledge base (when it has one: an article already there with the same slug takes the pack's
// text) and its macros, all in one transaction and each in the sandbox's change feed, so the
// trainees' desktops sync them. Production's queues, articles and macros are copied by the
// sandbox's own fill (i19-sandbox). A customer is `pack:<ref>` in `external_id`.
Result<void> fillSandboxFromPack(Store &sandbox, const protocol::ScenarioPack &pack,
                                 Clock clock = systemClock());
// The same, announcing the feed's changes through `changes` (the back office's, so connected
// desktops are poked) once it commits.
Result<void> fillSandboxFromPack(Store &sandbox, const protocol::ScenarioPack &pack,
                                 ChangeLog &changes, Clock clock);

} // namespace frontline::server

#pragma once

#include "protocol/Result.h"
#include "server/simulation/DemoData.h"

namespace frontline::server {

class ChangeLog;
class Store;

// The demo's QA: the chat and email scorecards in English and Russian (resources/demo/
// scorecards.json), and a few reviews of each operator's resolved conversations of the month by
// the supervisor and the trainer, so every operator has a QA score. Returns the reviews written.
Result<int> seedDemoReviews(Store &store, ChangeLog &changes, demo::Random &random, qint64 now);

} // namespace frontline::server

#pragma once

#include "protocol/Result.h"

namespace frontline::server {

class ChangeLog;
class KbService;
class Store;

// What every sandbox starts with from production: the stores the center serves (projects) and
// their queues, the knowledge base and the canned responses, so a trainee practises on the
// center's own articles. Nothing about people: no customer, ticket, message or figure is
// copied, and production's accounts are not (the cohort's are made one by one). Articles keep
// their slug, which is how scenario packs name them; their ids are the sandbox's own. Runs in one
// transaction of `sandbox`, whose feed announces the articles and macros to its desktops.
Result<void> copyProductionSetup(Store &production, Store &sandbox, KbService &kb,
                                 ChangeLog &changes);

} // namespace frontline::server

#pragma once

#include "app/store/Outbox.h"
#include "protocol/Result.h"

namespace frontline::app {

class LocalStore;

// Undoes the local echo of a command the back office refused for good, as its declaration's
// Refusal says (OutboxCommand.h). Runs inside the transaction that marks the command failed.
class RefusedEcho
{
public:
    static Result<void> undo(LocalStore &store, const OutboxEntry &entry);

private:
    static Result<void> restorePresence(LocalStore &store, const OutboxEntry &entry);
};

} // namespace frontline::app

#pragma once

#include <QString>

namespace frontline::app {

class LocalStore;

// Colleagues as the change feed's `operator` entity brings them (id, display name, role, line,
// team) into the cache's `operators` table: the names the queue and the chat pane show instead
// of ids.
class OperatorDirectory
{
public:
    // The display name of operator `id`, or an empty string while the cache does not know them.
    static QString displayName(const LocalStore &store, const QString &id);
};

} // namespace frontline::app

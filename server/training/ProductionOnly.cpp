#include "server/training/ProductionOnly.h"

#include "protocol/ApiError.h"
#include "server/identity/Caller.h"
#include "server/storage/Workspaces.h"

namespace frontline::server {

Result<void> productionOnly(const Caller &caller, const QString &what)
{
    if (caller.workspace == Workspaces::Production)
        return {};
    return Error{QString(protocol::errors::Forbidden),
                 QStringLiteral("%1 from production; sign in there").arg(what)};
}

} // namespace frontline::server

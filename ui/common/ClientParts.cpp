#include "ui/common/ClientParts.h"

#include "app/ClientCore.h"

namespace frontline::ui {

ClientParts partsOf(app::ClientCore &core)
{
    Q_ASSERT(core.isReady());
    return ClientParts{core.store(), *core.commands(), *core.engine(), core.realtime(),
                       core.user(),  core.client(),    core.exam()};
}

} // namespace frontline::ui

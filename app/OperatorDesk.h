#pragma once

#include "app/ClientCore.h"

namespace frontline::app {

// The widgets' old name for the client core, until each pane takes only the parts it uses.
class OperatorDesk : public ClientCore
{
    Q_OBJECT
public:
    using ClientCore::ClientCore;
};

} // namespace frontline::app

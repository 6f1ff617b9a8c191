#pragma once

#include <QString>

namespace frontline::app {
class ClientCore;
class LocalStore;
class OperatorCommands;
class RealtimeChannel;
class SyncEngine;
struct SignedInUser;
} // namespace frontline::app

namespace frontline::ui {

// The parts of the signed-in client that widgets work with, never the core itself: the cache
// they read, the commands they give, the sync engine whose state they show, the realtime channel
// (none when the core is not live) and who is signed in. Each pane takes only the ones it uses.
struct ClientParts
{
    app::LocalStore &store;
    app::OperatorCommands &commands;
    app::SyncEngine &engine;
    app::RealtimeChannel *realtime;
    const app::SignedInUser &user;
};

// The parts of a ready core (after ClientCore::ready).
ClientParts partsOf(app::ClientCore &core);

} // namespace frontline::ui

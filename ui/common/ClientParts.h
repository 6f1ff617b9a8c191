#pragma once

#include <QString>

namespace frontline::app {
class BackOfficeClient;
class ClientCore;
class ExamSession;
class LocalStore;
class OperatorCommands;
class RealtimeChannel;
class SyncEngine;
struct SignedInUser;
} // namespace frontline::app

namespace frontline::ui {

// The parts of the signed-in client that widgets work with, never the core itself: the cache
// they read, the commands they give, the sync engine whose state they show, the realtime channel
// (none when the core is not live), who is signed in, and the back office's API for what is read
// live rather than from the cache (the supervisor's board). Each pane takes only the ones it uses.
struct ClientParts
{
    app::LocalStore &store;
    app::OperatorCommands &commands;
    app::SyncEngine &engine;
    app::RealtimeChannel *realtime;
    const app::SignedInUser &user;
    app::BackOfficeClient &client;
    // A trainee's exam in her sandbox (issue 19); null elsewhere.
    app::ExamSession *exam = nullptr;
};

// The parts of a ready core (after ClientCore::ready).
ClientParts partsOf(app::ClientCore &core);

} // namespace frontline::ui

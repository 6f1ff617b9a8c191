#pragma once

#include "protocol/Audit.h"
#include "protocol/Sandbox.h"
#include "server/clock/Clock.h"

#include <QJsonObject>

namespace frontline::server {

class AuthService;
class ChangeLog;
class KbService;
class Store;
class Workspaces;
struct Caller;

// Trainers' sandboxes (issue 19, items 1-2): the registry in production (`sandboxes`,
// `sandbox_trainees`), each sandbox's own store (Workspaces), the accounts of its trainer and
// cohort in it, and the audit of every change. A trainer manages only the sandboxes she made
// (another's is 404, as if it did not exist); admins manage every one. Everything is done from
// production: a sandbox's own tokens are refused here (403).
class SandboxService
{
public:
    SandboxService(Workspaces &workspaces, AuthService &auth, KbService &kb, ChangeLog &changes,
                   Clock clock);

    // On start-up: opens every registered sandbox's store; answers how many opened.
    Result<int> openAll();
    // Several instances on one PostgreSQL: a sandbox another one made is opened here when first
    // asked for, and one it reset or deleted is closed here when it says so (NOTIFY on
    // `frontline_sandboxes`). On SQLite only the first half: a sandbox that could not open at
    // start-up is tried again when asked for.
    Result<void> followOtherInstances();

    Result<QList<protocol::Sandbox>> list(const Caller &caller);
    Result<protocol::Sandbox> get(const Caller &caller, const QString &name);
    // {name, title, pack_id?}: a new store, production's setup copied in, the caller's account.
    Result<protocol::Sandbox> create(const Caller &caller, const QJsonObject &body);
    Result<void> remove(const Caller &caller, const QString &name);
    // Empties the sandbox and fills it again as on create, with the cohort's accounts; everyone
    // signed in to it is signed out.
    Result<protocol::Sandbox> reset(const Caller &caller, const QString &name);
    // PUT: `operatorId` (a production operator) joins the cohort; again changes nothing.
    Result<protocol::Sandbox> addTrainee(const Caller &caller, const QString &name,
                                         const QString &operatorId);
    // DELETE: she leaves it, and her sandbox tokens stop working at once.
    Result<protocol::Sandbox> removeTrainee(const Caller &caller, const QString &name,
                                            const QString &operatorId);

    // `GET /me/workspaces`: production and the sandboxes the caller belongs to (made or joined);
    // from a sandbox, that sandbox only.
    Result<QList<protocol::WorkspaceChoice>> workspacesOf(const Caller &caller);

private:
    struct Registered
    {
        QString name;
        QString title;
        QString packId;
        qint64 createdBy = 0;
    };
    Result<Registered> owned(const Caller &caller, const QString &name);
    Result<protocol::Sandbox> load(const QString &name);
    // Fills a freshly emptied store: production's setup, the pack's content, the accounts.
    Result<void> populate(Store &sandbox, const Registered &registered);
    // Her account in the sandbox (made, or made active again), with her production password.
    Result<qint64> enrol(Store &sandbox, qint64 productionId, bool trainee);
    Result<void> audit(const Caller &caller, protocol::AuditAction action, const QString &name,
                       qint64 subjectId = 0);
    // A sandbox whose store has a transaction open in this batch cannot be dropped now.
    static Result<void> checkIdle(const QString &name);
    // In the registry's transaction: the other instances close their store of it once it commits.
    Result<void> tellOtherInstances(const QString &name);
    // `state` in the registry (ready, resetting, deleting), told to the other instances.
    Result<void> markState(const QString &name, const QString &state);
    static constexpr auto Channel = QLatin1StringView("frontline_sandboxes");

    Workspaces &m_workspaces;
    AuthService &m_auth;
    KbService &m_kb;
    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server

// SandboxService's writes: making, resetting and removing a sandbox, its cohort's accounts, and
// the workspaces a user may sign in to. The registry and its reads are in SandboxService.cpp.
#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/auth/AuthService.h"
#include "server/identity/Caller.h"
#include "server/storage/CommitGroup.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"
#include "server/training/PackFill.h"
#include "server/training/PackService.h"
#include "server/training/SandboxFill.h"
#include "server/training/SandboxService.h"

#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace frontline::server {
namespace {

using L = QLatin1StringView;

Error notFound(const QString &name)
{
    return Error{QString(protocol::errors::NotFound),
                 QStringLiteral("No sandbox named %1").arg(name.left(40))};
}

Result<QString> sandboxName(const QJsonObject &body)
{
    const QString name = body.value(L("name")).toString();
    if (!Workspaces::isSandboxName(name)) {
        return protocol::json::invalidField(
            QStringLiteral("name"), QStringLiteral("3-32 lowercase letters, digits or '-', "
                                                   "starting with a letter, and not production"));
    }
    return name;
}

Result<QString> sandboxTitle(const QJsonObject &body)
{
    const QString title = body.value(L("title")).toString().simplified();
    if (title.isEmpty())
        return protocol::json::invalidField(QStringLiteral("title"),
                                            QStringLiteral("required: what trainees see"));
    return title;
}

} // namespace

Result<protocol::Sandbox> SandboxService::create(const Caller &caller, const QJsonObject &body)
{
    if (caller.workspace != Workspaces::Production)
        return Error{QString(protocol::errors::Forbidden),
                     QStringLiteral("Sandboxes are managed from production; sign in there")};
    auto name = sandboxName(body);
    if (!name)
        return name.error();
    auto title = sandboxTitle(body);
    if (!title)
        return title.error();
    const QJsonValue pack = body.value(L("pack_id"));
    if (!pack.isUndefined() && !pack.isNull() && (!pack.isString() || pack.toString().isEmpty()))
        return protocol::json::invalidField(QStringLiteral("pack_id"),
                                            QStringLiteral("a scenario pack's id, or null"));
    Store &production = m_workspaces.production();
    auto counts = production.run(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN name = ? THEN 1 "
                                                "ELSE 0 END) FROM sandboxes"),
                                 {name.value()});
    if (!counts || !counts.value()->next())
        return counts ? sqlFailure(QStringLiteral("counting sandboxes"), *counts.value())
                      : counts.error();
    const qint64 total = counts.value()->value(0).toLongLong();
    const qint64 same = counts.value()->value(1).toLongLong();
    counts.value()->finish();
    if (same > 0)
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("A sandbox named %1 exists already").arg(name.value()),
                     QStringLiteral("name")};
    if (total >= protocol::limits::SandboxesEach)
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("The back office holds %1 sandboxes, its most; delete one")
                         .arg(protocol::limits::SandboxesEach)};
    const Registered registered{name.value(), title.value(), pack.toString(), caller.operatorId};
    {
        // The store is made and filled in transactions of its own, committed before the
        // registry names it: a sandbox in the registry always has its store.
        CommitGroupPause pause;
        auto store = m_workspaces.emptySandbox(registered.name);
        if (!store)
            return store.error();
        if (auto filled = populate(*store.value(), registered); !filled) {
            static_cast<void>(m_workspaces.dropSandbox(registered.name));
            return filled.error();
        }
    }
    Transaction transaction(production);
    auto written = [&]() -> Result<void> {
        if (!transaction.started())
            return transaction.started().error();
        auto inserted = production.run(
            QStringLiteral("INSERT INTO sandboxes (name, title, pack_id, created_by, created_at) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {registered.name, registered.title, sql::nullableText(registered.packId),
             caller.operatorId, m_clock()});
        if (!inserted)
            return inserted.error();
        if (auto audited = audit(caller, protocol::AuditAction::SandboxCreate, registered.name);
            !audited)
            return audited;
        if (auto told = tellOtherInstances(registered.name); !told)
            return told;
        return transaction.commit();
    }();
    if (!written) {
        CommitGroupPause pause;
        static_cast<void>(m_workspaces.dropSandbox(registered.name));
        return written.error();
    }
    return load(registered.name);
}

Result<void> SandboxService::populate(Store &sandbox, const Registered &registered)
{
    Store &production = m_workspaces.production();
    if (auto copied = copyProductionSetup(production, sandbox, m_kb, m_changes); !copied)
        return copied;
    // The pack's newest version: its customers, orders, own articles and macros. A failed fill
    // drops the sandbox as any failure here does.
    if (!registered.packId.isEmpty()) {
        auto stored = PackService::exportPack(production, registered.packId, 0);
        if (!stored) {
            return stored.error().code == protocol::errors::NotFound
                       ? protocol::json::invalidField(QStringLiteral("pack_id"),
                                                      QStringLiteral("no such scenario pack"))
                       : stored.error();
        }
        auto pack = protocol::ScenarioPack::fromJson(stored.value());
        if (!pack)
            return pack.error();
        if (auto filled = fillSandboxFromPack(sandbox, pack.value(), m_changes, m_clock); !filled)
            return filled;
    }
    if (auto trainer = enrol(sandbox, registered.createdBy, false); !trainer)
        return trainer.error();
    auto trainees = production.run(
        QStringLiteral("SELECT operator_id FROM sandbox_trainees WHERE sandbox = ? ORDER BY "
                       "added_at, operator_id"),
        {registered.name});
    if (!trainees)
        return trainees.error();
    QList<qint64> ids;
    while (trainees.value()->next())
        ids.append(trainees.value()->value(0).toLongLong());
    trainees.value()->finish();
    for (qint64 id : std::as_const(ids)) {
        if (auto enrolled = enrol(sandbox, id, true); !enrolled)
            return enrolled.error();
    }
    return {};
}

Result<qint64> SandboxService::enrol(Store &sandbox, qint64 productionId, bool trainee)
{
    auto profile = m_auth.loadOperator(m_workspaces.production(), productionId);
    if (!profile)
        return profile.error();
    auto hash = m_workspaces.production().scalar(
        QStringLiteral("SELECT password_hash FROM operators WHERE id = ?"), {productionId});
    if (!hash)
        return hash.error();
    auto existing = sandbox.scalar(QStringLiteral("SELECT id FROM operators WHERE username = ?"),
                                   {profile->username});
    if (!existing)
        return existing.error();
    if (!existing.value().isNull()) {
        // Back in the cohort: the same account, active again, with today's password.
        const qint64 id = existing.value().toLongLong();
        auto revived = sandbox.update(
            QStringLiteral("UPDATE operators SET active = 1, password_hash = ? WHERE id = ?"),
            {hash.value(), id});
        if (!revived)
            return revived.error();
        m_auth.forgetOperator(id);
        return id;
    }
    NewOperator account;
    account.username = profile->username;
    account.displayName = profile->displayName;
    account.role = trainee ? protocol::Role::Operator : profile->role;
    account.passwordHash = hash.value().toString();
    account.line = profile->line;
    account.team = profile->team;
    account.maxChats = profile->maxChats;
    account.locale = profile->locale;
    if (trainee)
        account.queues = profile->queues;
    if (account.passwordHash.isEmpty())
        return Error{QString(protocol::errors::InvalidField),
                     QStringLiteral("%1 has no password to sign in with").arg(account.username),
                     QStringLiteral("operator_id")};
    return m_auth.createOperator(sandbox, account);
}

Result<void> SandboxService::remove(const Caller &caller, const QString &name)
{
    auto registered = owned(caller, name);
    if (!registered)
        return registered.error();
    if (auto idle = checkIdle(name); !idle)
        return idle;
    if (auto marked = markState(name, QStringLiteral("deleting")); !marked)
        return marked;
    {
        // Its store goes first: a registry row without a store would be opened empty again.
        CommitGroupPause pause;
        if (auto dropped = m_workspaces.dropSandbox(name); !dropped) {
            static_cast<void>(markState(name, QStringLiteral("ready")));
            return dropped;
        }
    }
    Store &production = m_workspaces.production();
    Transaction transaction(production);
    if (!transaction.started())
        return transaction.started().error();
    for (const QString &sql : {QStringLiteral("DELETE FROM sandbox_trainees WHERE sandbox = ?"),
                               QStringLiteral("DELETE FROM sandboxes WHERE name = ?")}) {
        if (auto deleted = production.run(sql, {name}); !deleted)
            return deleted.error();
    }
    if (auto audited = audit(caller, protocol::AuditAction::SandboxDelete, name); !audited)
        return audited;
    if (auto told = tellOtherInstances(name); !told)
        return told;
    return transaction.commit();
}

Result<protocol::Sandbox> SandboxService::reset(const Caller &caller, const QString &name)
{
    auto registered = owned(caller, name);
    if (!registered)
        return registered.error();
    if (auto idle = checkIdle(name); !idle)
        return idle.error();
    if (auto marked = markState(name, QStringLiteral("resetting")); !marked)
        return marked.error();
    auto refilled = [&]() -> Result<void> {
        CommitGroupPause pause;
        auto store = m_workspaces.emptySandbox(name);
        if (!store)
            return store.error();
        return populate(*store.value(), registered.value());
    }();
    if (!refilled) {
        static_cast<void>(markState(name, QStringLiteral("ready")));
        return refilled.error();
    }
    Store &production = m_workspaces.production();
    Transaction transaction(production);
    if (!transaction.started())
        return transaction.started().error();
    if (auto stamped = production.run(
            QStringLiteral("UPDATE sandboxes SET reset_at = ?, state = 'ready' WHERE name = ?"),
            {m_clock(), name});
        !stamped)
        return stamped.error();
    if (auto audited = audit(caller, protocol::AuditAction::SandboxReset, name); !audited)
        return audited.error();
    if (auto told = tellOtherInstances(name); !told)
        return told.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(name);
}

Result<protocol::Sandbox> SandboxService::addTrainee(const Caller &caller, const QString &name,
                                                     const QString &operatorId)
{
    auto registered = owned(caller, name);
    if (!registered)
        return registered.error();
    Store *sandbox = m_workspaces.find(name);
    if (!sandbox)
        return notFound(name);
    bool numeric = false;
    const qint64 id = operatorId.toLongLong(&numeric);
    auto profile =
        numeric && id > 0
            ? m_auth.loadOperator(m_workspaces.production(), id)
            : Result<protocol::Operator>(Error{QString(protocol::errors::NotFound), QString()});
    if (!profile)
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No active operator %1").arg(operatorId.left(20))};
    if (profile->role != protocol::Role::Operator)
        return protocol::json::invalidField(QStringLiteral("operator_id"),
                                            QStringLiteral("trainees are operators"));
    Store &production = m_workspaces.production();
    auto counts = production.run(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN operator_id = ? THEN 1 ELSE 0 END) FROM "
                       "sandbox_trainees WHERE sandbox = ?"),
        {id, name});
    if (!counts || !counts.value()->next())
        return counts ? sqlFailure(QStringLiteral("counting trainees"), *counts.value())
                      : counts.error();
    const qint64 total = counts.value()->value(0).toLongLong();
    const bool already = counts.value()->value(1).toLongLong() > 0;
    counts.value()->finish();
    if (already)
        return load(name);
    if (total >= protocol::limits::SandboxTrainees)
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("A cohort holds at most %1 trainees")
                         .arg(protocol::limits::SandboxTrainees)};
    {
        CommitGroupPause pause;
        if (auto enrolled = enrol(*sandbox, id, true); !enrolled)
            return enrolled.error();
    }
    Transaction transaction(production);
    if (!transaction.started())
        return transaction.started().error();
    if (auto added = production.run(QStringLiteral("INSERT INTO sandbox_trainees (sandbox, "
                                                   "operator_id, added_at) VALUES (?, ?, ?)"),
                                    {name, id, m_clock()});
        !added)
        return added.error();
    if (auto audited = audit(caller, protocol::AuditAction::TraineeAdd, name, id); !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(name);
}

Result<protocol::Sandbox> SandboxService::removeTrainee(const Caller &caller, const QString &name,
                                                        const QString &operatorId)
{
    auto registered = owned(caller, name);
    if (!registered)
        return registered.error();
    Store &production = m_workspaces.production();
    auto member = production.run(
        QStringLiteral("SELECT o.username FROM sandbox_trainees t JOIN operators o ON o.id = "
                       "t.operator_id WHERE t.sandbox = ? AND t.operator_id = ?"),
        {name, operatorId.toLongLong()});
    if (!member)
        return member.error();
    if (!member.value()->next())
        return Error{
            QString(protocol::errors::NotFound),
            QStringLiteral("Operator %1 is not in sandbox %2").arg(operatorId.left(20), name)};
    const QString username = member.value()->value(0).toString();
    member.value()->finish();
    if (Store *sandbox = m_workspaces.find(name)) {
        CommitGroupPause pause;
        Transaction transaction(*sandbox);
        if (!transaction.started())
            return transaction.started().error();
        auto id = sandbox->scalar(QStringLiteral("SELECT id FROM operators WHERE username = ?"),
                                  {username});
        if (!id)
            return id.error();
        // Her account stays (her conversations name her), signed out and unable to sign in.
        if (auto done = sandbox->run(QStringLiteral("UPDATE operators SET active = 0 WHERE id = ?"),
                                     {id.value()});
            !done)
            return done.error();
        if (auto done = sandbox->run(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE "
                                                    "operator_id = ? AND revoked_at IS NULL"),
                                     {m_clock(), id.value()});
            !done)
            return done.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        m_auth.forgetOperator(id.value().toLongLong());
    }
    Transaction transaction(production);
    if (!transaction.started())
        return transaction.started().error();
    if (auto removed = production.run(
            QStringLiteral("DELETE FROM sandbox_trainees WHERE sandbox = ? AND operator_id = ?"),
            {name, operatorId.toLongLong()});
        !removed)
        return removed.error();
    if (auto audited =
            audit(caller, protocol::AuditAction::TraineeRemove, name, operatorId.toLongLong());
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return load(name);
}

Result<QList<protocol::WorkspaceChoice>> SandboxService::workspacesOf(const Caller &caller)
{
    const QString role = protocol::toString(caller.role());
    Store &production = m_workspaces.production();
    if (caller.workspace != Workspaces::Production) {
        // From a sandbox: that sandbox only, so its desktop can name it in the band.
        auto title = production.scalar(QStringLiteral("SELECT title FROM sandboxes WHERE name = ?"),
                                       {caller.workspace});
        if (!title)
            return title.error();
        return QList<protocol::WorkspaceChoice>{
            {caller.workspace, title.value().toString(), true, role}};
    }
    QList<protocol::WorkspaceChoice> choices{
        {Workspaces::Production, QStringLiteral("Production"), false, role}};
    auto rows = production.run(
        QStringLiteral("SELECT s.name, s.title, CASE WHEN s.created_by = ? THEN 0 ELSE 1 END "
                       "FROM sandboxes s WHERE s.created_by = ? OR EXISTS (SELECT 1 FROM "
                       "sandbox_trainees t WHERE t.sandbox = s.name AND t.operator_id = ?) "
                       "ORDER BY s.name"),
        {caller.operatorId, caller.operatorId, caller.operatorId});
    if (!rows)
        return rows.error();
    while (rows.value()->next()) {
        const bool trainee = rows.value()->value(2).toInt() == 1;
        choices.append({rows.value()->value(0).toString(), rows.value()->value(1).toString(), true,
                        trainee ? QStringLiteral("operator") : role});
    }
    rows.value()->finish();
    return choices;
}

} // namespace frontline::server

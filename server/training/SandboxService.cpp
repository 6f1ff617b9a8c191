#include "server/training/SandboxService.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/audit/AuditLog.h"
#include "server/auth/AuthService.h"
#include "server/identity/Caller.h"
#include "server/storage/CommitGroup.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"
#include "server/training/SandboxFill.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSandbox, "backoffice.training.sandbox")

namespace frontline::server {
namespace {

using L = QLatin1StringView;

Error notFound(const QString &name)
{
    return Error{QString(protocol::errors::NotFound),
                 QStringLiteral("No sandbox named %1").arg(name.left(40))};
}

QDateTime timeOf(const QVariant &ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

// Sandboxes are managed from production: a sandbox's own trainer cannot make one inside it.
Result<void> checkProduction(const Caller &caller)
{
    if (caller.workspace == Workspaces::Production)
        return {};
    return Error{QString(protocol::errors::Forbidden),
                 QStringLiteral("Sandboxes are managed from production; sign in there")};
}

} // namespace

SandboxService::SandboxService(Workspaces &workspaces, AuthService &auth, KbService &kb,
                               ChangeLog &changes, Clock clock)
    : m_workspaces(workspaces)
    , m_auth(auth)
    , m_kb(kb)
    , m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<int> SandboxService::openAll()
{
    auto names =
        m_workspaces.production().run(QStringLiteral("SELECT name FROM sandboxes ORDER BY name"));
    if (!names)
        return names.error();
    QStringList list;
    while (names.value()->next())
        list.append(names.value()->value(0).toString());
    names.value()->finish();
    int opened = 0;
    for (const QString &name : std::as_const(list)) {
        // One sandbox that cannot open must not keep production or the others from serving.
        if (auto store = m_workspaces.openSandbox(name); store)
            ++opened;
        else
            qCWarning(lcSandbox).noquote()
                << "cannot open sandbox" << name << ":" << store.error().message;
    }
    return opened;
}

Result<void> SandboxService::followOtherInstances()
{
    Store &production = m_workspaces.production();
    m_workspaces.setRegistry([&production](const QString &name) -> Result<bool> {
        // Not while it is being reset or deleted: its store is being dropped.
        auto count = production.scalar(
            QStringLiteral("SELECT COUNT(*) FROM sandboxes WHERE name = ? AND state = 'ready'"),
            {name});
        if (!count)
            return count.error();
        return count.value().toLongLong() > 0;
    });
    if (!production.isPostgresql())
        return {};
    QSqlDriver *driver = production.connection().driver();
    if (!driver->subscribeToNotification(Channel)) {
        return Error{
            QStringLiteral("database_error"),
            QStringLiteral("Cannot LISTEN on %1: %2").arg(Channel, driver->lastError().text())};
    }
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [this](const QString &channel, QSqlDriver::NotificationSource source,
                            const QVariant &payload) {
                         if (channel != Channel || source != QSqlDriver::OtherSource)
                             return;
                         const QString name = payload.toString();
                         if (auto closed = m_workspaces.closeSandbox(name); !closed)
                             qCWarning(lcSandbox).noquote()
                                 << "cannot close sandbox" << name << ":" << closed.error().message;
                     });
    return {};
}

Result<void> SandboxService::tellOtherInstances(const QString &name)
{
    Store &production = m_workspaces.production();
    if (!production.isPostgresql())
        return {};
    auto notified =
        production.run(QStringLiteral("SELECT pg_notify(?, ?)"), {QString(Channel), name});
    if (!notified)
        return notified.error();
    notified.value()->finish();
    return {};
}

Result<void> SandboxService::markState(const QString &name, const QString &state)
{
    // Committed at once (unless production joined this batch already): the other instances
    // close their store of it, and open none, before its store is dropped.
    CommitGroupPause pause;
    Store &production = m_workspaces.production();
    Transaction transaction(production);
    if (!transaction.started())
        return transaction.started().error();
    if (auto marked = production.run(
            QStringLiteral("UPDATE sandboxes SET state = ? WHERE name = ?"), {state, name});
        !marked)
        return marked.error();
    if (auto told = tellOtherInstances(name); !told)
        return told;
    return transaction.commit();
}

Result<SandboxService::Registered> SandboxService::owned(const Caller &caller, const QString &name)
{
    if (auto production = checkProduction(caller); !production)
        return production.error();
    auto row = m_workspaces.production().run(
        QStringLiteral("SELECT name, title, pack_id, created_by FROM sandboxes WHERE name = ?"),
        {name});
    if (!row)
        return row.error();
    QSqlQuery &query = *row.value();
    if (!query.next())
        return notFound(name);
    Registered registered{query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toLongLong()};
    query.finish();
    // Another trainer's sandbox does not exist for her; admins see every one.
    if (caller.role() != protocol::Role::Admin && registered.createdBy != caller.operatorId)
        return notFound(name);
    return registered;
}

Result<protocol::Sandbox> SandboxService::load(const QString &name)
{
    Store &production = m_workspaces.production();
    auto row = production.run(
        QStringLiteral("SELECT s.name, s.title, s.pack_id, s.created_by, o.display_name, "
                       "s.created_at, s.reset_at FROM sandboxes s JOIN operators o ON o.id = "
                       "s.created_by WHERE s.name = ?"),
        {name});
    if (!row)
        return row.error();
    QSqlQuery &query = *row.value();
    if (!query.next())
        return notFound(name);
    protocol::Sandbox sandbox{query.value(0).toString(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString(),
                              query.value(4).toString(), timeOf(query.value(5)),
                              timeOf(query.value(6)),    {}};
    query.finish();
    auto trainees = production.run(
        QStringLiteral("SELECT t.operator_id, o.username, o.display_name, t.added_at FROM "
                       "sandbox_trainees t JOIN operators o ON o.id = t.operator_id WHERE "
                       "t.sandbox = ? ORDER BY o.display_name, t.operator_id"),
        {name});
    if (!trainees)
        return trainees.error();
    while (trainees.value()->next()) {
        const QSqlQuery &each = *trainees.value();
        sandbox.trainees.append(
            protocol::SandboxTrainee{each.value(0).toString(), each.value(1).toString(),
                                     each.value(2).toString(), timeOf(each.value(3))});
    }
    trainees.value()->finish();
    return sandbox;
}

Result<QList<protocol::Sandbox>> SandboxService::list(const Caller &caller)
{
    if (auto production = checkProduction(caller); !production)
        return production.error();
    const bool admin = caller.role() == protocol::Role::Admin;
    auto names = m_workspaces.production().run(
        QStringLiteral("SELECT name FROM sandboxes WHERE ? = 1 OR created_by = ? ORDER BY name"),
        {admin ? 1 : 0, caller.operatorId});
    if (!names)
        return names.error();
    QStringList list;
    while (names.value()->next())
        list.append(names.value()->value(0).toString());
    names.value()->finish();
    QList<protocol::Sandbox> sandboxes;
    for (const QString &name : std::as_const(list)) {
        auto sandbox = load(name);
        if (!sandbox)
            return sandbox.error();
        sandboxes.append(sandbox.value());
    }
    return sandboxes;
}

Result<protocol::Sandbox> SandboxService::get(const Caller &caller, const QString &name)
{
    if (auto registered = owned(caller, name); !registered)
        return registered.error();
    return load(name);
}

Result<void> SandboxService::checkIdle(const QString &name)
{
    const CommitGroup *group = CommitGroup::current();
    if (!group || !group->storeFor(name))
        return {};
    return Error{
        QString(protocol::errors::Conflict),
        QStringLiteral("Sandbox %1 is saving a change just now; try again in a moment").arg(name)};
}

Result<void> SandboxService::audit(const Caller &caller, protocol::AuditAction action,
                                   const QString &name, qint64 subjectId)
{
    auto recorded = AuditLog::record(
        m_workspaces.production(), caller,
        AuditLog::Record{action, 0, subjectId, QJsonObject{{L("sandbox"), name}}}, m_clock());
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace frontline::server

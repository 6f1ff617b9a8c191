#pragma once

#include "protocol/Result.h"
#include "server/storage/DatabaseUrl.h"

#include <QElapsedTimer>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace frontline::server {

class Store;

// The isolated worlds the back office serves: "production", and one per trainer's sandbox. Each
// has its own Store (its own SQLite file, or its own PostgreSQL schema), so a query made for one
// workspace cannot see another's rows.
class Workspaces
{
public:
    static inline const QString Production = QStringLiteral("production");

    explicit Workspaces(DatabaseUrl url);
    ~Workspaces();

    // Opens and migrates the production workspace.
    Result<void> openProduction();
    Store &production();
    // The workspace's store, or null when there is no such workspace. A sandbox that is not open
    // here but is registered and has its store (another instance on the same PostgreSQL made it
    // after this one started) is opened now.
    Store *find(const QString &name);
    // Every open workspace, production first: what the SLA clocks, routing and housekeeping visit.
    std::vector<Store *> all() const;

    // A sandbox's name: `[a-z][a-z0-9-]{2,31}`, never "production"; it prefixes its tokens.
    static bool isSandboxName(const QString &name);
    // Where a workspace lives on PostgreSQL: "production", or "sandbox_<name with - as _>".
    static QString schemaOf(const QString &name);
    // Where a sandbox lives on SQLite: `<production's stem>.sandbox-<name>.sqlite` beside it.
    QString sandboxFile(const QString &name) const;

    // Opens a sandbox's store, creating it when it does not exist yet, and migrates it like
    // production. Opening an open one gives the same store.
    Result<Store *> openSandbox(const QString &name);
    // Closes a sandbox and removes its file (SQLite) or schema (PostgreSQL) for good.
    Result<void> dropSandbox(const QString &name);
    // Drops a sandbox and opens it again, empty and migrated.
    Result<Store *> emptySandbox(const QString &name);
    // Closes a sandbox's store here and keeps its data: another instance deleted or reset it.
    // If it is still registered, the next find() opens it again. Refused while the store has a
    // transaction open in this thread's batch.
    Result<void> closeSandbox(const QString &name);
    // Whether a sandbox's store exists: its PostgreSQL schema, or its SQLite file.
    Result<bool> sandboxStoreExists(const QString &name);

    // Asked by find() about a sandbox that is not open here: does the registry name it?
    void setRegistry(std::function<Result<bool>(const QString &)> registered)
    {
        m_registered = std::move(registered);
    }

    // Told after a workspace's store opens (listen for its other instances' pokes) and just before
    // one closes (forget every caller and socket that points at it).
    void setOpenedHandler(std::function<void(Store &)> handler) { m_opened = std::move(handler); }
    void setClosingHandler(std::function<void(const QString &)> handler)
    {
        m_closing = std::move(handler);
    }

private:
    DatabaseUrl m_url;
    std::map<QString, std::unique_ptr<Store>> m_stores;
    std::function<void(Store &)> m_opened;
    std::function<void(const QString &)> m_closing;
    std::function<Result<bool>(const QString &)> m_registered;
    // Names find() found no sandbox for lately, and until when (ms of m_uptime) it does not ask
    // the registry again: a token naming none costs one query in NotThereMs, not one a request.
    std::map<QString, qint64> m_notThere;
    QElapsedTimer m_uptime;
    static constexpr qint64 NotThereMs = 2000;
    static constexpr std::size_t NotThereMost = 1000;
};

} // namespace frontline::server

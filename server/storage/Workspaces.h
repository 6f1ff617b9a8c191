#pragma once

#include "protocol/Result.h"
#include "server/storage/DatabaseUrl.h"

#include <map>
#include <memory>

namespace frontline::server {

class Store;

// The isolated worlds the back office serves: "production", and later one per trainer's sandbox.
// Each has its own Store (its own SQLite file, or its own PostgreSQL schema), so a query made for
// one workspace cannot see another's rows.
class Workspaces
{
public:
    static inline const QString Production = QStringLiteral("production");

    explicit Workspaces(DatabaseUrl url);
    ~Workspaces();

    // Opens and migrates the production workspace.
    Result<void> openProduction();
    Store &production();
    // The workspace's store, or null when there is no such workspace.
    Store *find(const QString &name);

private:
    DatabaseUrl m_url;
    std::map<QString, std::unique_ptr<Store>> m_stores;
};

} // namespace frontline::server

#include "server/storage/Workspaces.h"

#include "server/storage/Store.h"

namespace frontline::server {

Workspaces::Workspaces(DatabaseUrl url)
    : m_url(std::move(url))
{}

Workspaces::~Workspaces() = default;

Result<void> Workspaces::openProduction()
{
    auto store = Store::open(m_url, Production, Production);
    if (!store)
        return store.error();
    if (auto migrated = store.value()->migrate(); !migrated)
        return migrated.error();
    m_stores[Production] = std::move(store).value();
    return {};
}

Store &Workspaces::production()
{
    return *m_stores.at(Production);
}

Store *Workspaces::find(const QString &name)
{
    const auto it = m_stores.find(name);
    return it == m_stores.end() ? nullptr : it->second.get();
}

} // namespace frontline::server

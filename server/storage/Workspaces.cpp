#include "server/storage/Workspaces.h"

#include "server/storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace frontline::server {
namespace {

Error invalidName(const QString &name)
{
    return Error{QStringLiteral("invalid_workspace"),
                 QStringLiteral("\"%1\" is not a sandbox's name").arg(name.left(40))};
}

} // namespace

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
    Store &opened = *(m_stores[Production] = std::move(store).value());
    if (m_opened)
        m_opened(opened);
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

std::vector<Store *> Workspaces::all() const
{
    std::vector<Store *> stores;
    if (const auto it = m_stores.find(Production); it != m_stores.end())
        stores.push_back(it->second.get());
    for (const auto &[name, store] : m_stores) {
        if (name != Production)
            stores.push_back(store.get());
    }
    return stores;
}

bool Workspaces::isSandboxName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]{2,31}$"));
    return name != Production && pattern.match(name).hasMatch();
}

QString Workspaces::schemaOf(const QString &name)
{
    if (name == Production)
        return Production;
    return u"sandbox_" + QString(name).replace(u'-', u'_');
}

QString Workspaces::sandboxFile(const QString &name) const
{
    const QFileInfo production(m_url.path);
    return production.dir().filePath(production.completeBaseName() + u".sandbox-" + name +
                                     u".sqlite");
}

Result<Store *> Workspaces::openSandbox(const QString &name)
{
    if (!isSandboxName(name))
        return invalidName(name);
    if (Store *open = find(name))
        return open;
    DatabaseUrl url = m_url;
    if (url.kind == DatabaseUrl::Kind::Sqlite)
        url.path = sandboxFile(name);
    auto store = Store::open(url, name, schemaOf(name));
    if (!store)
        return store.error();
    if (auto migrated = store.value()->migrate(); !migrated)
        return migrated.error();
    Store &opened = *(m_stores[name] = std::move(store).value());
    if (m_opened)
        m_opened(opened);
    return &opened;
}

Result<void> Workspaces::dropSandbox(const QString &name)
{
    if (!isSandboxName(name))
        return invalidName(name);
    if (const auto it = m_stores.find(name); it != m_stores.end()) {
        if (m_closing)
            m_closing(name);
        m_stores.erase(it); // closes its connection (and the checkpointer's) first
    }
    if (m_url.kind == DatabaseUrl::Kind::Postgresql)
        return production().execute(u"DROP SCHEMA IF EXISTS " + schemaOf(name) + u" CASCADE");
    const QString file = sandboxFile(name);
    for (const QString &path : QStringList{file, file + u"-wal", file + u"-shm"}) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            return Error{QStringLiteral("storage_error"),
                         QStringLiteral("Cannot remove the sandbox's file %1").arg(path)};
        }
    }
    return {};
}

Result<Store *> Workspaces::emptySandbox(const QString &name)
{
    if (auto dropped = dropSandbox(name); !dropped)
        return dropped.error();
    return openSandbox(name);
}

} // namespace frontline::server

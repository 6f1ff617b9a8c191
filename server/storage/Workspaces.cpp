#include "server/storage/Workspaces.h"

#include "server/storage/CommitGroup.h"
#include "server/storage/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

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
{
    m_uptime.start();
}

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
    if (const auto it = m_stores.find(name); it != m_stores.end())
        return it->second.get();
    if (!m_registered || !isSandboxName(name))
        return nullptr;
    const qint64 now = m_uptime.elapsed();
    if (const auto lately = m_notThere.find(name); lately != m_notThere.end()) {
        if (lately->second > now)
            return nullptr;
        m_notThere.erase(lately);
    }
    // Made by another instance since this one started, or reset there: open it now when the
    // registry has it ready and its store is there (never one being reset or deleted).
    auto registered = m_registered(name);
    auto exists = registered && registered.value() ? sandboxStoreExists(name) : Result<bool>(false);
    if (!exists || !exists.value()) {
        if (m_notThere.size() >= NotThereMost)
            m_notThere.clear();
        m_notThere[name] = now + NotThereMs;
        return nullptr;
    }
    CommitGroupPause pause; // its migration is its own, committed at once
    auto opened = openSandbox(name);
    if (!opened) {
        qCWarning(lcStorage).noquote()
            << "cannot open sandbox" << name << ":" << opened.error().message;
        return nullptr;
    }
    qCInfo(lcStorage).noquote() << "opened sandbox" << name << "made by another instance";
    return opened.value();
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
    if (const auto open = m_stores.find(name); open != m_stores.end())
        return open->second.get();
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
    // Its connection (and the checkpointer's) closes first.
    if (auto closed = closeSandbox(name); !closed)
        return closed;
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

Result<void> Workspaces::closeSandbox(const QString &name)
{
    m_notThere.erase(name); // what changed it may have made it ready
    const auto it = m_stores.find(name);
    if (name == Production || it == m_stores.end())
        return {};
    if (const CommitGroup *group = CommitGroup::current(); group && group->storeFor(name)) {
        return Error{QStringLiteral("conflict"),
                     QStringLiteral("Sandbox %1 is saving a change just now").arg(name)};
    }
    if (m_closing)
        m_closing(name);
    m_stores.erase(it);
    return {};
}

Result<bool> Workspaces::sandboxStoreExists(const QString &name)
{
    if (m_url.kind == DatabaseUrl::Kind::Sqlite)
        return QFile::exists(sandboxFile(name));
    auto found = production().scalar(
        QStringLiteral("SELECT COUNT(*) FROM pg_namespace WHERE nspname = ?"), {schemaOf(name)});
    if (!found)
        return found.error();
    return found.value().toLongLong() > 0;
}

Result<Store *> Workspaces::emptySandbox(const QString &name)
{
    if (auto dropped = dropSandbox(name); !dropped)
        return dropped.error();
    return openSandbox(name);
}

} // namespace frontline::server

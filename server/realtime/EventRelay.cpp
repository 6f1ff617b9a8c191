#include "server/realtime/EventRelay.h"

#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcRelay, "backoffice.realtime.relay")

namespace frontline::server {
namespace {

// PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; events are a few hundred.
constexpr qsizetype MaxPayloadBytes = 7900;

} // namespace

EventRelay::EventRelay(QObject *parent)
    : QObject(parent)
{}

QString EventRelay::channel(const Store &store)
{
    // The schema's name: a plain identifier, where a sandbox's name may hold a hyphen.
    return QStringLiteral("frontline_events_") + Workspaces::schemaOf(store.workspace());
}

Result<void> EventRelay::watch(Store &store)
{
    if (!store.isPostgresql() || m_watched.contains(store.workspace()))
        return {};
    QSqlDriver *driver = store.connection().driver();
    const QString name = channel(store);
    if (!driver->subscribeToNotification(name)) {
        return Error{
            QStringLiteral("database_error"),
            QStringLiteral("Cannot LISTEN on %1: %2").arg(name, driver->lastError().text())};
    }
    const QString workspace = store.workspace();
    // The driver goes with the store's connection, and this connection with it.
    connect(driver, &QSqlDriver::notification, this,
            [this, name, workspace](const QString &from, QSqlDriver::NotificationSource source,
                                    const QVariant &payload) {
                // This instance told its own sockets before it published.
                if (from != name || source != QSqlDriver::OtherSource)
                    return;
                const QJsonDocument document = QJsonDocument::fromJson(payload.toString().toUtf8());
                if (!document.isObject()) {
                    qCWarning(lcRelay) << "ignoring a relayed event that is not a JSON object";
                    return;
                }
                Q_EMIT received(workspace, document.object());
            });
    m_watched[workspace] = &store;
    return {};
}

void EventRelay::forget(const QString &workspace)
{
    m_watched.erase(workspace);
}

void EventRelay::publish(const QString &workspace, const QJsonObject &envelope)
{
    const auto watched = m_watched.find(workspace);
    if (watched == m_watched.end())
        return;
    Store &store = *watched->second;
    const QByteArray payload = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    if (payload.size() > MaxPayloadBytes) {
        qCWarning(lcRelay) << "not relaying an event of" << payload.size() << "bytes";
        return;
    }
    // Inside a request's transaction the other instances hear of it at its commit, and not at all
    // if it rolls back, as with the feed's pokes.
    auto notified = store.run(QStringLiteral("SELECT pg_notify(?, ?)"),
                              {channel(store), QString::fromUtf8(payload)});
    if (!notified) {
        qCWarning(lcRelay).noquote() << "cannot relay an event:" << notified.error().message;
        return;
    }
    notified.value()->finish();
}

} // namespace frontline::server

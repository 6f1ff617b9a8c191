#include "server/realtime/EventRelay.h"

#include "server/storage/Store.h"

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

EventRelay::EventRelay(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

QString EventRelay::channel() const
{
    // Workspace names are plain identifiers (Store::open checks them).
    return QStringLiteral("frontline_events_") + m_store.workspace();
}

Result<void> EventRelay::start()
{
    if (!m_store.isPostgresql() || m_listening)
        return {};
    QSqlDriver *driver = m_store.connection().driver();
    const QString name = channel();
    if (!driver->subscribeToNotification(name)) {
        return Error{
            QStringLiteral("database_error"),
            QStringLiteral("Cannot LISTEN on %1: %2").arg(name, driver->lastError().text())};
    }
    connect(driver, &QSqlDriver::notification, this,
            [this, name](const QString &from, QSqlDriver::NotificationSource source,
                         const QVariant &payload) {
                // This instance told its own sockets before it published.
                if (from != name || source != QSqlDriver::OtherSource)
                    return;
                const QJsonDocument document = QJsonDocument::fromJson(payload.toString().toUtf8());
                if (!document.isObject()) {
                    qCWarning(lcRelay) << "ignoring a relayed event that is not a JSON object";
                    return;
                }
                Q_EMIT received(m_store.workspace(), document.object());
            });
    m_listening = true;
    return {};
}

void EventRelay::publish(const QString &workspace, const QJsonObject &envelope)
{
    if (!m_listening || workspace != m_store.workspace())
        return;
    const QByteArray payload = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    if (payload.size() > MaxPayloadBytes) {
        qCWarning(lcRelay) << "not relaying an event of" << payload.size() << "bytes";
        return;
    }
    // Inside a request's transaction the other instances hear of it at its commit, and not at all
    // if it rolls back, as with the feed's pokes.
    auto notified = m_store.run(QStringLiteral("SELECT pg_notify(?, ?)"),
                                {channel(), QString::fromUtf8(payload)});
    if (!notified) {
        qCWarning(lcRelay).noquote() << "cannot relay an event:" << notified.error().message;
        return;
    }
    notified.value()->finish();
}

} // namespace frontline::server

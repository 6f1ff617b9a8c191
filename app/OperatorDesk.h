#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace frontline::app {

class BackOfficeClient;
class LocalStore;
class OperatorCommands;
class RealtimeChannel;
class Session;
class SyncEngine;

// One signed-in operator's side of the client: the session, the local cache, the commands, the
// sync engine and the realtime channel, wired as the desktop app uses them (`frontline --demo`
// against its embedded back office). The UI reads store() and calls commands().
class OperatorDesk : public QObject
{
    Q_OBJECT
public:
    OperatorDesk(QNetworkAccessManager *network, const QString &dataDirectory,
                 QObject *parent = nullptr);
    ~OperatorDesk() override;

    void setKeychainEnabled(bool enabled);
    // A fixed cache file instead of one per server address (the embedded back office's port
    // changes with every start).
    void setCachePath(const QString &path) { m_cachePath = path; }
    // Signs in, opens the user's cache and starts syncing; ends in ready() or failed().
    void signIn(const QUrl &server, const QString &username, const QString &password,
                const QString &workspace = QStringLiteral("production"),
                bool rememberInFile = false);
    // Signs in again with the session kept by "remember me" (no password): checks the token
    // with the back office and starts as signIn() does. A refused token (401) is forgotten and
    // ends in failed() with tokenRefused() true; a back office that does not answer is no
    // reason to stop work: the desk starts offline on its cache and syncs once it answers.
    void resume();
    bool tokenRefused() const { return m_tokenRefused; }

    bool isReady() const { return m_engine != nullptr; }
    BackOfficeClient &client() const { return *m_client; }
    Session &session() const { return *m_session; }
    LocalStore &store() const { return *m_store; }
    // Valid once ready().
    OperatorCommands *commands() const { return m_commands.get(); }
    SyncEngine *engine() const { return m_engine.get(); }
    RealtimeChannel *realtime() const { return m_realtime.get(); }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    // Where the session is kept, in words for the user.
    void notice(const QString &text);

private:
    void start();

    std::unique_ptr<BackOfficeClient> m_client;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<OperatorCommands> m_commands;
    std::unique_ptr<RealtimeChannel> m_realtime;
    std::unique_ptr<SyncEngine> m_engine;
    QString m_cachePath;
    bool m_tokenRefused = false;
};

} // namespace frontline::app

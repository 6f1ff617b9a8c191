#pragma once

#include "app/session/SignedInUser.h"
#include "protocol/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace frontline::app {

class BackOfficeClient;
class ExamSession;
class LocalStore;
class OperatorCommands;
class RealtimeChannel;
class Session;
class SyncEngine;

// The client's core for one signed-in user, whatever their role: the session, the local cache,
// the commands, the sync engine and the realtime channel, wired once here for the desktop app,
// `frontline-cli` and the tests. Widgets get the parts they use (the cache to read, the commands
// to give), never the core. Members are destroyed in the reverse order of their dependencies:
// nothing that a reply in flight may call back outlives what it calls.
class ClientCore : public QObject
{
    Q_OBJECT
public:
    ClientCore(QNetworkAccessManager *network, const QString &dataDirectory,
               QObject *parent = nullptr);
    ~ClientCore() override;

    void setKeychainEnabled(bool enabled);
    // A fixed cache file instead of one per server address (the embedded back office's port
    // changes with every start).
    void setCachePath(const QString &path) { m_cachePath = path; }
    // Live (the desktop app): once ready, the engine listens on the events socket, polls while
    // it is down and retries on its timers. Not live (frontline-cli, tests): the caller runs
    // the sync cycles.
    void setLive(bool live) { m_live = live; }

    // Signs in, opens the user's cache and starts syncing; ends in ready() or failed().
    void signIn(const QUrl &server, const QString &username, const QString &password,
                const QString &workspace = QStringLiteral("production"),
                bool rememberInFile = false, const QString &caFile = {});
    // Starts as signIn() does on a sign-in made already (POST /auth/login's reply): the sign-in
    // dialog's, which learnt her workspaces with it. Ends in ready() or failed(), later.
    void startSignedIn(const QUrl &server, const QString &username, const QString &workspace,
                       const QJsonObject &loginReply, bool rememberInFile = false);
    // Signs in again with the session kept by "remember me" (no password): checks the token
    // with the back office and starts as signIn() does. A refused token (401) is forgotten and
    // ends in failed() with tokenRefused() true; a back office that does not answer is no
    // reason to stop work: the core starts offline on its cache and syncs once it answers.
    void resume();
    // Opens the kept session's cache at once, without asking the back office (frontline-cli:
    // a reply queued offline must not wait for the network).
    Result<void> restore();
    bool tokenRefused() const { return m_tokenRefused; }

    bool isReady() const { return m_engine != nullptr; }
    const SignedInUser &user() const;
    BackOfficeClient &client() const { return *m_client; }
    Session &session() const { return *m_session; }
    LocalStore &store() const { return *m_store; }
    // Valid once ready().
    OperatorCommands *commands() const { return m_commands.get(); }
    SyncEngine *engine() const { return m_engine.get(); }
    RealtimeChannel *realtime() const { return m_realtime.get(); }
    // A trainee's exam in her sandbox (issue 19); null in production and for other roles.
    ExamSession *exam() const { return m_exam.get(); }

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    // Where the session is kept, or that the back office does not answer, in words for the user.
    void notice(const QString &text);

private:
    void start();
    Result<void> open();
    void loadQueues();

    std::unique_ptr<BackOfficeClient> m_client;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<OperatorCommands> m_commands;
    std::unique_ptr<RealtimeChannel> m_realtime;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<ExamSession> m_exam;
    QString m_cachePath;
    bool m_live = true;
    bool m_tokenRefused = false;
};

} // namespace frontline::app

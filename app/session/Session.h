#pragma once

#include "app/session/CredentialStore.h"
#include "app/session/SignedInUser.h"
#include "protocol/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

namespace frontline::app {

class BackOfficeClient;

struct SessionInfo
{
    QUrl server;
    SignedInUser user; // username, workspace, id, name, role, queues, line, team
    QString caFile;
    QByteArray token;
    TokenStorage storage = TokenStorage::NotKept;
};

// Signing in and out. The session's description (server, user, workspace) is kept in
// `session.json` in the data folder; the token in the OS keychain, or, where none answers, in a
// 0600 file only if the user opted in, or nowhere, and storageNotice() tells the user which.
class Session : public QObject
{
    Q_OBJECT
public:
    using LoginCallback = std::function<void(const Result<SessionInfo> &)>;
    using LogoutCallback = std::function<void(const Result<void> &)>;

    Session(const QString &dataDirectory, BackOfficeClient &client, QObject *parent = nullptr);

    void setKeychainEnabled(bool enabled) { m_useKeychain = enabled; }

    void login(const QUrl &server, const QString &username, const QString &password,
               const QString &workspace, bool rememberInFile, const QString &caFile,
               LoginCallback callback);
    // Takes a sign-in made already: `reply` is POST /auth/login's answer for `username` in
    // `workspace` (the sign-in dialog's own, made to learn her sandboxes). Kept as login() keeps
    // its own; the password is not sent again.
    Result<SessionInfo> adopt(const QUrl &server, const QString &username, const QString &workspace,
                              const QJsonObject &reply, bool rememberInFile,
                              const QString &caFile = {});
    void logout(LogoutCallback callback);
    // Reads the kept session and points the client at it.
    Result<SessionInfo> restore();
    // Whether `dataDirectory` holds a session whose token was kept (keychain or opt-in file),
    // i.e. one restore() may bring back without a password.
    static bool hasKeptSession(const QString &dataDirectory);
    // Takes what the back office now says about the user (`GET /me`) and keeps it.
    Result<void> updateProfile(const QJsonObject &me);
    // The back office refused the kept token: forget it, so the next start asks for a password.
    void forgetToken();

    const SessionInfo &info() const { return m_info; }
    // The cache file of this session's user and workspace.
    QString cachePath() const;
    static QString storageNotice(TokenStorage storage);

private:
    Result<SessionInfo> accept(const QUrl &server, const QString &username,
                               const QString &workspace, const QJsonObject &reply,
                               bool rememberInFile, const QString &caFile);
    QString account() const;
    Result<void> writeDescription() const;
    QString descriptionPath() const;

    QString m_dataDirectory;
    BackOfficeClient &m_client;
    bool m_useKeychain = true;
    SessionInfo m_info;
};

} // namespace frontline::app

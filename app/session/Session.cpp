#include "app/session/Session.h"

#include "app/net/BackOfficeClient.h"
#include "app/store/LocalStore.h"
#include "protocol/ApiPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcSession, "frontline.session")

namespace frontline::app {
namespace {

// The user a kept session describes (`session.json`); older files kept the fields flat.
SignedInUser userOf(const QJsonObject &description)
{
    SignedInUser flat;
    flat.id = description.value(u"operator_id").toString();
    flat.username = description.value(u"username").toString();
    flat.displayName = description.value(u"display_name").toString();
    flat.line = description.value(u"line").toInt(1);
    flat.team = description.value(u"team").toString();
    if (const auto role = protocol::roleFromString(description.value(u"role").toString()))
        flat.role = *role;
    flat.workspace = description.value(u"workspace").toString(flat.workspace);
    flat.chatGraceSeconds = description.value(u"chat_grace_seconds").toInt(flat.chatGraceSeconds);
    return SignedInUser::fromJson(description.value(u"operator").toObject(), flat);
}

} // namespace

Session::Session(const QString &dataDirectory, BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
    , m_client(client)
{}

QString Session::descriptionPath() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("session.json"));
}

QString Session::account() const
{
    return m_info.user.username + u'@' + m_info.user.workspace + u'@' +
           m_info.server.toString(QUrl::RemovePath | QUrl::RemoveQuery);
}

QString Session::cachePath() const
{
    return LocalStore::cachePath(m_dataDirectory, m_info.server, m_info.user.username,
                                 m_info.user.workspace);
}

QString Session::storageNotice(TokenStorage storage)
{
    switch (storage) {
    case TokenStorage::Keychain:
        return QCoreApplication::translate("Session",
                                           "The session is kept in the system keychain.");
    case TokenStorage::File:
        return QCoreApplication::translate(
            "Session", "No keychain answered; the session is kept in a file only you can read.");
    case TokenStorage::NotKept:
        break;
    }
    return QCoreApplication::translate("Session",
                                       "No keychain answered, so the session is not kept: it "
                                       "ends with this program. Sign in with "
                                       "--remember-in-file to keep it in a file only you can "
                                       "read.");
}

void Session::login(const QUrl &server, const QString &username, const QString &password,
                    const QString &workspace, bool rememberInFile, const QString &caFile,
                    LoginCallback callback)
{
    m_client.setBaseUrl(server);
    m_client.setToken({});
    if (!caFile.isEmpty()) {
        if (auto added = m_client.addCaCertificates(caFile); !added)
            return callback(added.error());
    }
    ApiRequest request;
    request.method = "POST";
    request.path = protocol::paths::Login.toString();
    request.authenticated = false;
    request.hasBody = true;
    request.body = {{QStringLiteral("username"), username},
                    {QStringLiteral("password"), password},
                    {QStringLiteral("workspace"), workspace}};
    m_client.send(request, this,
                  [this, server, username, workspace, rememberInFile, caFile,
                   callback](const ApiReply &reply) {
                      if (!reply.ok())
                          return callback(reply.error.toError());
                      callback(
                          accept(server, username, workspace, reply.json, rememberInFile, caFile));
                  });
}

Result<SessionInfo> Session::adopt(const QUrl &server, const QString &username,
                                   const QString &workspace, const QJsonObject &reply,
                                   bool rememberInFile, const QString &caFile)
{
    m_client.setBaseUrl(server);
    if (!caFile.isEmpty()) {
        if (auto added = m_client.addCaCertificates(caFile); !added)
            return added.error();
    }
    return accept(server, username, workspace, reply, rememberInFile, caFile);
}

Result<SessionInfo> Session::accept(const QUrl &server, const QString &username,
                                    const QString &workspace, const QJsonObject &reply,
                                    bool rememberInFile, const QString &caFile)
{
    SignedInUser who;
    who.username = username;
    who.workspace = workspace;
    SessionInfo info;
    info.server = server;
    info.user = SignedInUser::fromJson(reply.value(u"operator").toObject(), who);
    info.user.chatGraceSeconds =
        reply.value(u"chat_grace_seconds").toInt(info.user.chatGraceSeconds);
    info.caFile = caFile;
    info.token = reply.value(u"token").toString().toLatin1();
    m_info = info;
    m_client.setToken(info.token);
    CredentialStore credentials(m_dataDirectory, m_useKeychain);
    auto stored = credentials.save(account(), info.token, rememberInFile);
    if (!stored)
        return stored.error();
    m_info.storage = stored.value();
    if (auto written = writeDescription(); !written)
        return written.error();
    qCInfo(lcSession) << "signed in as" << username << "token kept in" << toString(m_info.storage);
    return m_info;
}

bool Session::hasKeptSession(const QString &dataDirectory)
{
    QFile file(QDir(dataDirectory).filePath(QStringLiteral("session.json")));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject description = QJsonDocument::fromJson(file.readAll()).object();
    return !description.value(u"server").toString().isEmpty() &&
           tokenStorageFromString(description.value(u"token_storage").toString()) !=
               TokenStorage::NotKept;
}

Result<void> Session::updateProfile(const QJsonObject &me)
{
    m_info.user = SignedInUser::fromJson(me, m_info.user);
    return writeDescription();
}

void Session::forgetToken()
{
    CredentialStore(m_dataDirectory, m_useKeychain).erase(account());
    m_client.setToken({});
    m_info.token.clear();
    m_info.storage = TokenStorage::NotKept;
    if (auto written = writeDescription(); !written)
        qCWarning(lcSession) << "cannot forget the kept session:" << written.error().message;
}

void Session::logout(LogoutCallback callback)
{
    ApiRequest request;
    request.method = "POST";
    request.path = protocol::paths::Logout.toString();
    request.hasBody = true;
    m_client.send(request, this, [this, callback](const ApiReply &reply) {
        // Forget the token locally whatever the server said: signing out must always work.
        CredentialStore(m_dataDirectory, m_useKeychain).erase(account());
        QFile::remove(descriptionPath());
        m_client.setToken({});
        m_info = {};
        if (!reply.ok() && reply.error.kind != ApiError::Kind::Unauthorized)
            return callback(reply.error.toError());
        callback({});
    });
}

Result<void> Session::writeDescription() const
{
    QDir().mkpath(m_dataDirectory);
    const QJsonObject description{
        {QStringLiteral("server"), m_info.server.toString()},
        {QStringLiteral("workspace"), m_info.user.workspace},
        {QStringLiteral("operator"), m_info.user.toJson()},
        {QStringLiteral("ca"), m_info.caFile},
        {QStringLiteral("token_storage"), toString(m_info.storage)},
        {QStringLiteral("chat_grace_seconds"), m_info.user.chatGraceSeconds},
    };
    QSaveFile file(descriptionPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(description).toJson()) < 0 ||
        !file.commit()) {
        return Error{QStringLiteral("io_error"),
                     QCoreApplication::translate("Session", "Cannot write %1: %2")
                         .arg(descriptionPath(), file.errorString())};
    }
    return {};
}

Result<SessionInfo> Session::restore()
{
    QFile file(descriptionPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("unauthorized"),
                     QCoreApplication::translate("Session", "Not signed in; run login first")};
    }
    const QJsonObject description = QJsonDocument::fromJson(file.readAll()).object();
    SessionInfo info;
    info.server = QUrl(description.value(u"server").toString());
    info.user = userOf(description);
    info.caFile = description.value(u"ca").toString();
    info.storage = tokenStorageFromString(description.value(u"token_storage").toString());
    m_info = info;
    if (info.storage == TokenStorage::NotKept) {
        return Error{QStringLiteral("unauthorized"),
                     QCoreApplication::translate("Session",
                                                 "The last session was not kept; sign in again "
                                                 "(--remember-in-file keeps it)")};
    }
    auto token = CredentialStore(m_dataDirectory, m_useKeychain).load(account(), info.storage);
    if (!token)
        return token.error();
    m_info.token = token.value();
    m_client.setBaseUrl(info.server);
    m_client.setToken(m_info.token);
    if (!info.caFile.isEmpty()) {
        if (auto added = m_client.addCaCertificates(info.caFile); !added)
            return added.error();
    }
    return m_info;
}

} // namespace frontline::app

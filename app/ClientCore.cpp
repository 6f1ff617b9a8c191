#include "app/ClientCore.h"

#include "app/commands/OperatorCommands.h"
#include "app/net/ApiReply.h"
#include "app/net/BackOfficeClient.h"
#include "app/session/Session.h"
#include "app/store/CachedQueues.h"
#include "app/store/LocalStore.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"
#include "app/training/ExamSession.h"
#include "protocol/ApiPaths.h"

namespace frontline::app {

ClientCore::ClientCore(QNetworkAccessManager *network, const QString &dataDirectory,
                       QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<BackOfficeClient>(network))
    , m_session(std::make_unique<Session>(dataDirectory, *m_client))
    , m_store(std::make_unique<LocalStore>())
{}

ClientCore::~ClientCore()
{
    if (m_engine)
        m_engine->stop();
}

void ClientCore::setKeychainEnabled(bool enabled)
{
    m_session->setKeychainEnabled(enabled);
}

const SignedInUser &ClientCore::user() const
{
    return m_session->info().user;
}

void ClientCore::signIn(const QUrl &server, const QString &username, const QString &password,
                        const QString &workspace, bool rememberInFile, const QString &caFile)
{
    m_session->login(server, username, password, workspace, rememberInFile, caFile,
                     [this](const Result<SessionInfo> &signedIn) {
                         if (!signedIn)
                             return Q_EMIT failed(signedIn.error().message);
                         Q_EMIT notice(Session::storageNotice(signedIn->storage));
                         start();
                     });
}

void ClientCore::startSignedIn(const QUrl &server, const QString &username,
                               const QString &workspace, const QJsonObject &loginReply,
                               bool rememberInFile)
{
    // Asynchronous like signIn(), so callers connect first and hear either way.
    QMetaObject::invokeMethod(
        this,
        [this, server, username, workspace, loginReply, rememberInFile] {
            auto signedIn =
                m_session->adopt(server, username, workspace, loginReply, rememberInFile);
            if (!signedIn)
                return Q_EMIT failed(signedIn.error().message);
            Q_EMIT notice(Session::storageNotice(signedIn->storage));
            start();
        },
        Qt::QueuedConnection);
}

Result<void> ClientCore::restore()
{
    if (auto restored = m_session->restore(); !restored)
        return restored.error();
    return open();
}

void ClientCore::resume()
{
    m_tokenRefused = false;
    auto restored = m_session->restore();
    if (!restored) {
        // Asynchronous like signIn(), so callers connect first and hear either way.
        QMetaObject::invokeMethod(
            this, [this, message = restored.error().message] { Q_EMIT failed(message); },
            Qt::QueuedConnection);
        return;
    }
    ApiRequest request;
    request.path = protocol::paths::Me.toString();
    m_client->send(request, this, [this](const ApiReply &reply) {
        if (reply.ok()) {
            if (auto updated = m_session->updateProfile(reply.json); !updated)
                return Q_EMIT failed(updated.error().message);
            return start();
        }
        switch (reply.error.kind) {
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
            Q_EMIT notice(tr("The back office does not answer; working offline until it does."));
            return start();
        case ApiError::Kind::Unauthorized:
            m_tokenRefused = true;
            m_session->forgetToken();
            return Q_EMIT failed(tr("Your saved session has ended (it expired or was signed out). "
                                    "Sign in again."));
        default:
            return Q_EMIT failed(reply.error.toError().message);
        }
    });
}

Result<void> ClientCore::open()
{
    if (auto opened = m_store->open(m_cachePath.isEmpty() ? m_session->cachePath() : m_cachePath);
        !opened)
        return opened.error();
    m_commands = std::make_unique<OperatorCommands>(*m_store, m_session->info().user);
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_client);
    connect(
        m_commands.get(), &OperatorCommands::queued, m_engine.get(),
        [engine = m_engine.get()] { engine->syncNow(); }, Qt::QueuedConnection);
    const SignedInUser &me = m_session->info().user;
    if (me.workspace != u"production" && me.role == protocol::Role::Operator)
        m_exam = std::make_unique<ExamSession>(*m_store, *m_commands, *m_client);
    return {};
}

void ClientCore::start()
{
    if (auto opened = open(); !opened)
        return Q_EMIT failed(opened.error().message);
    loadQueues();
    if (m_live) {
        const SessionInfo &info = m_session->info();
        m_realtime = std::make_unique<RealtimeChannel>();
        m_realtime->setEndpoint(info.server, info.token, m_client->sslConfiguration());
        m_engine->attachRealtime(m_realtime.get());
        m_engine->start();
    }
    if (m_exam)
        m_exam->refresh();
    Q_EMIT ready();
}

// Which store each queue serves, once per sign-in: the KB search of an open ticket keeps to its
// store's articles and the shared ones. Offline, the cache keeps what the last sign-in read.
void ClientCore::loadQueues()
{
    const protocol::Role role = user().role;
    if (role != protocol::Role::Operator && role != protocol::Role::Supervisor &&
        role != protocol::Role::Admin)
        return; // GET /queues is theirs only
    ApiRequest request;
    request.path = protocol::paths::Queues.toString();
    m_client->send(request, this, [this](const ApiReply &reply) {
        if (!reply.ok() || !m_store)
            return;
        if (auto stored = CachedQueues(*m_store).replace(reply.json.value(u"queues").toArray());
            !stored)
            Q_EMIT notice(stored.error().message);
    });
}

} // namespace frontline::app

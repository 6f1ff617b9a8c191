#include "app/OperatorDesk.h"

#include "app/commands/OperatorCommands.h"
#include "app/net/ApiReply.h"
#include "app/net/BackOfficeClient.h"
#include "app/session/Session.h"
#include "app/store/LocalStore.h"
#include "app/store/SqlTransaction.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"

namespace frontline::app {

OperatorDesk::OperatorDesk(QNetworkAccessManager *network, const QString &dataDirectory,
                           QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<BackOfficeClient>(network))
    , m_session(std::make_unique<Session>(dataDirectory, *m_client))
    , m_store(std::make_unique<LocalStore>())
{}

OperatorDesk::~OperatorDesk()
{
    if (m_engine)
        m_engine->stop();
}

void OperatorDesk::setKeychainEnabled(bool enabled)
{
    m_session->setKeychainEnabled(enabled);
}

void OperatorDesk::signIn(const QUrl &server, const QString &username, const QString &password,
                          const QString &workspace, bool rememberInFile)
{
    m_session->login(server, username, password, workspace, rememberInFile, {},
                     [this](const Result<SessionInfo> &signedIn) {
                         if (!signedIn)
                             return Q_EMIT failed(signedIn.error().message);
                         Q_EMIT notice(Session::storageNotice(signedIn->storage));
                         start();
                     });
}

void OperatorDesk::resume()
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
    request.path = QStringLiteral("/me");
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

void OperatorDesk::start()
{
    if (auto opened = m_store->open(m_cachePath.isEmpty() ? m_session->cachePath() : m_cachePath);
        !opened)
        return Q_EMIT failed(opened.error().message);
    const SessionInfo &info = m_session->info();
    SqlTransaction transaction(*m_store);
    if (!transaction.begun())
        return Q_EMIT failed(transaction.begun().error().message);
    if (auto id = m_store->setStateValue(QStringLiteral("me_id"), info.operatorId); !id)
        return Q_EMIT failed(id.error().message);
    if (auto name = m_store->setStateValue(QStringLiteral("me_name"), info.displayName); !name)
        return Q_EMIT failed(name.error().message);
    // Which escalations are addressed to me (the chat pane's escalation inbox).
    if (auto line = m_store->setStateValue(QStringLiteral("me_line"), QString::number(info.line));
        !line)
        return Q_EMIT failed(line.error().message);
    if (auto team = m_store->setStateValue(QStringLiteral("me_team"), info.team); !team)
        return Q_EMIT failed(team.error().message);
    if (auto committed = transaction.commit(); !committed)
        return Q_EMIT failed(committed.error().message);

    m_commands = std::make_unique<OperatorCommands>(*m_store);
    m_realtime = std::make_unique<RealtimeChannel>();
    m_realtime->setEndpoint(info.server, info.token, m_client->sslConfiguration());
    m_engine = std::make_unique<SyncEngine>(*m_store, *m_client);
    m_engine->attachRealtime(m_realtime.get());
    connect(
        m_commands.get(), &OperatorCommands::queued, m_engine.get(),
        [engine = m_engine.get()] { engine->syncNow(); }, Qt::QueuedConnection);
    m_engine->start();
    Q_EMIT ready();
}

} // namespace frontline::app

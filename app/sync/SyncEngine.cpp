#include "app/sync/SyncEngine.h"

#include "app/net/BackOfficeClient.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"
#include "app/store/SqlTransaction.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/RefusedEcho.h"
#include "protocol/ApiPaths.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSync, "frontline.sync")

namespace frontline::app {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString encoded(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

SyncEngine::SyncEngine(LocalStore &store, BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_retryTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { syncNow(); });
    m_pollTimer->setInterval(30000);
    connect(m_pollTimer, &QTimer::timeout, this, [this] { syncNow(); });
    connect(&m_store, &LocalStore::changed, this, [this](const StoreChangeSet &changes) {
        if (changes.outbox || changes.conflicts)
            updateCounts();
    });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setRetryDelays(int baseMs, int maxMs)
{
    m_baseDelayMs = baseMs;
    m_maxDelayMs = maxMs;
}

void SyncEngine::setPollInterval(int milliseconds)
{
    m_pollTimer->setInterval(milliseconds);
}

void SyncEngine::attachRealtime(RealtimeChannel *channel)
{
    m_realtime = channel;
    connect(channel, &RealtimeChannel::poked, this, [this] { syncNow(); });
    // Missed pings say the network is gone before any request of ours could time out.
    connect(channel, &RealtimeChannel::backOfficeSilent, this, [this] {
        if (!m_running)
            return;
        m_lastError = tr("The back office stopped answering");
        setState(State::Offline);
    });
    connect(channel, &RealtimeChannel::connectedChanged, this, [this](bool connected) {
        if (!m_running)
            return;
        if (connected) {
            m_pollTimer->stop();
            syncNow(); // catch up on what happened while the socket was down
        } else if (!m_pollTimer->isActive()) {
            m_pollTimer->start(); // not restarted on every flap, or it would never fire
        }
    });
}

void SyncEngine::start()
{
    m_running = true;
    if (!m_realtime || !m_realtime->isConnected())
        m_pollTimer->start();
    if (m_realtime)
        m_realtime->open();
    updateCounts();
    syncNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_pollTimer->stop();
    m_retryTimer->stop();
    if (m_realtime)
        m_realtime->close();
}

void SyncEngine::syncNow(bool ignoreBackoff)
{
    if (ignoreBackoff)
        m_force = true;
    if (m_busy) {
        m_rerun = true;
        return;
    }
    if (!m_store.isOpen())
        return;
    m_busy = true;
    setState(State::Syncing);
    pushNext();
}

int SyncEngine::backoffMs(int attempts) const
{
    const int exponent = std::min(attempts, 20);
    const qint64 ceiling =
        std::min<qint64>(m_maxDelayMs, qint64(m_baseDelayMs) << std::max(0, exponent - 1));
    // Full jitter over the upper half: clients that lost the server together come back apart.
    const qint64 half = std::max<qint64>(1, ceiling / 2);
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

void SyncEngine::armRetry(int delayMs)
{
    if (!m_retryTimer->isActive() || m_retryTimer->remainingTime() > delayMs)
        m_retryTimer->start(std::max(0, delayMs));
}

ApiRequest SyncEngine::requestFor(const OutboxEntry &entry) const
{
    using namespace outbox;
    ApiRequest request;
    if (!entry.kind)
        return request;
    const Declaration &command = declaration(*entry.kind);
    request.method = command.method;
    request.path = pathFor(command, entry.targetId);
    request.hasBody = true;
    switch (command.body) {
    case Body::Payload:
        request.body = entry.payload;
        break;
    case Body::PayloadWithoutBefore:
        request.body = entry.payload;
        request.body.remove(QStringLiteral("before"));
        break;
    case Body::Changes:
        request.body = entry.payload.value(u"changes").toObject();
        break;
    case Body::Empty:
        break;
    }
    switch (command.guard) {
    case Guard::IdempotencyKey:
        request.headers.append({"Idempotency-Key", entry.idempotencyKey.toLatin1()});
        break;
    case Guard::IfMatchWhenVersioned:
        if (entry.baseVersion <= 0)
            break;
        [[fallthrough]];
    case Guard::IfMatch:
        request.headers.append({"If-Match", BackOfficeClient::versionTag(entry.baseVersion)});
        break;
    case Guard::Repeatable:
        break;
    }
    return request;
}

void SyncEngine::pushNext()
{
    auto head = Outbox(m_store).head();
    if (!head)
        return localFailure(head.error());
    if (!head->has_value())
        return pull(m_store.cursor());
    const OutboxEntry entry = **head;
    const qint64 wait = entry.nextAttemptAtMs - nowMs();
    if (wait > 0 && !m_force) {
        // The head waits for its retry time; later commands wait behind it, in order.
        armRetry(int(std::min<qint64>(wait, m_maxDelayMs)));
        return pull(m_store.cursor());
    }
    const ApiRequest request = requestFor(entry);
    if (request.path.isEmpty()) {
        ApiError unknown;
        unknown.code = QStringLiteral("unknown_command");
        unknown.message = u"unknown command " + entry.command;
        if (auto refused = refuse(entry, unknown); !refused)
            return localFailure(refused.error());
        return pushNext();
    }
    qCDebug(lcSync) << "push" << entry.id << entry.command << entry.targetId << "attempt"
                    << entry.attempts + 1;
    m_client.send(request, this, [this, entry](const ApiReply &reply) { onPushed(entry, reply); });
}

void SyncEngine::onPushed(const OutboxEntry &entry, const ApiReply &reply)
{
    using Kind = ApiError::Kind;
    if (reply.ok()) {
        if (auto delivered = deliver(entry, reply); !delivered)
            return localFailure(delivered.error());
        Q_EMIT commandDelivered(*entry.kind, entry.targetId);
        return pushNext();
    }
    const Kind kind = reply.error.kind;
    if (kind == Kind::VersionMismatch)
        return resolveStale(entry);
    if (reply.error.isTransient()) {
        retryLater(entry, reply.error);
        return networkFailure(reply.error);
    }
    if (kind == Kind::Unauthorized || kind == Kind::Tls) {
        m_lastError = reply.error.message;
        setState(State::Error);
        return finish(false);
    }
    // Refused for good: keep it visible as failed and let the commands behind it go.
    qCWarning(lcSync) << entry.command << entry.targetId << "refused:" << reply.error.code
                      << reply.error.message;
    if (auto refused = refuse(entry, reply.error); !refused)
        return localFailure(refused.error());
    Q_EMIT commandRefused(*entry.kind, entry.targetId, reply.error.message);
    pushNext();
}

Result<void> SyncEngine::deliver(const OutboxEntry &entry, const ApiReply &reply)
{
    SqlTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    if (auto removed = Outbox(m_store).remove(entry.id); !removed)
        return removed.error();
    if (auto stored = storeAnswer(entry, reply.json); !stored)
        return stored.error();
    return transaction.commit();
}

Result<void> SyncEngine::storeAnswer(const OutboxEntry &entry, const QJsonObject &answer)
{
    using outbox::Delivery;
    ChangeFeedApplier applier(m_store);
    switch (outbox::declaration(*entry.kind).delivery) {
    case Delivery::Message:
        return applier.storeMessage(answer, entry.localId);
    case Delivery::Ticket: {
        if (!answer.contains(u"version")) // a claim answered without the ticket
            return Outbox(m_store).reapplyLocalChanges(entry.targetId);
        const qint64 version = answer.value(u"version").toInteger();
        // Later queued changes of this ticket were made on top of this one.
        auto rebased = m_store.write(
            QStringLiteral("UPDATE outbox SET base_version = ? WHERE state = 'pending' AND "
                           "target_id = ? AND command = ? AND base_version = ?"),
            {version, entry.targetId, outbox::nameOf(outbox::Kind::UpdateTicket),
             entry.baseVersion});
        if (!rebased)
            return rebased.error();
        return m_store.storeServerTicket(answer);
    }
    case Delivery::Escalation: {
        // An accept then a resolve queued together: the resolve was made on the accepted one.
        auto rebased = m_store.write(
            QStringLiteral("UPDATE outbox SET base_version = ? WHERE state = 'pending' AND "
                           "target_id = ? AND command = ? AND base_version = ? AND ? > 0"),
            {answer.value(u"version").toInteger(), entry.targetId, entry.command, entry.baseVersion,
             entry.baseVersion});
        if (!rebased)
            return rebased.error();
        return applier.storeEscalation(answer, entry.localId);
    }
    case Delivery::Presence:
        return applier.applyChange({{QStringLiteral("entity"), QStringLiteral("presence")},
                                    {QStringLiteral("id"), entry.targetId},
                                    {QStringLiteral("op"), QStringLiteral("update")},
                                    {QStringLiteral("data"), answer}});
    case Delivery::HelpFlag:
        return applier.storeHelpFlag(answer, entry.localId);
    case Delivery::Nothing:
        return {};
    }
    Q_UNREACHABLE();
}

Result<void> SyncEngine::refuse(const OutboxEntry &entry, const ApiError &error)
{
    SqlTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    if (auto failed = Outbox(m_store).markFailed(entry.id, error.code + u": " + error.message);
        !failed)
        return failed.error();
    if (entry.kind) {
        if (auto undone = RefusedEcho::undo(m_store, entry); !undone)
            return undone.error();
    }
    return transaction.commit();
}

void SyncEngine::resolveStale(const OutboxEntry &entry)
{
    if (outbox::declaration(*entry.kind).stale != outbox::Stale::RefetchTicket) {
        // No single GET for it: keep mine as a conflict; the feed brings theirs.
        auto settled = settleStale(entry, {});
        if (!settled)
            return localFailure(settled.error());
        return pushNext();
    }
    ApiRequest request;
    request.path = protocol::paths::Ticket.toString().replace(QLatin1StringView("{id}"),
                                                              encoded(entry.targetId));
    m_client.send(request, this, [this, entry](const ApiReply &reply) {
        if (!reply.ok()) {
            if (reply.error.isTransient()) {
                retryLater(entry, reply.error);
                return networkFailure(reply.error);
            }
            if (auto refused = refuse(entry, reply.error); !refused)
                return localFailure(refused.error());
            Q_EMIT commandRefused(*entry.kind, entry.targetId, reply.error.message);
            return pushNext();
        }
        auto settled = settleStale(entry, reply.json);
        if (!settled)
            return localFailure(settled.error());
        pushNext();
    });
}

Result<bool> SyncEngine::settleStale(const OutboxEntry &entry, const QJsonObject &latest)
{
    const QJsonObject changes = entry.payload.value(u"changes").toObject();
    const QJsonObject base = entry.payload.value(u"base").toObject();
    bool mineAlready = !latest.isEmpty();
    bool theirsUntouched = !latest.isEmpty();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!base.contains(it.key()))
            continue; // a note the change carries (assignment_reason), not a ticket field
        mineAlready = mineAlready && latest.value(it.key()) == it.value();
        theirsUntouched = theirsUntouched && latest.value(it.key()) == base.value(it.key());
    }
    SqlTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    Outbox outbox(m_store);
    bool conflict = false;
    if (!mineAlready && theirsUntouched) {
        // Someone changed other fields (or my own message bumped the version): send again.
        if (auto rebased =
                outbox.rebase(entry.id, latest.value(u"version").toInteger(), entry.payload);
            !rebased)
            return rebased.error();
    } else {
        if (auto removed = outbox.remove(entry.id); !removed)
            return removed.error();
        if (!mineAlready) {
            conflict = true;
            auto recorded = m_store.write(
                QStringLiteral("INSERT INTO conflicts (entity, entity_id, command, mine, theirs, "
                               "base_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {outbox::declaration(*entry.kind).conflictEntity.toString(), entry.targetId,
                 entry.command, compact(entry.payload), compact(latest), entry.baseVersion,
                 nowMs()});
            if (!recorded)
                return recorded.error();
            m_store.pendingChanges().conflicts = true;
            qCInfo(lcSync) << "conflict on" << entry.command << entry.targetId;
        }
    }
    if (!latest.isEmpty()) {
        if (auto stored = m_store.storeServerTicket(latest); !stored)
            return stored.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return conflict;
}

void SyncEngine::retryLater(const OutboxEntry &entry, const ApiError &error)
{
    const int attempts = entry.attempts + 1;
    int delay = backoffMs(attempts);
    if (error.kind == ApiError::Kind::RateLimited)
        delay = std::max(delay, error.retryAfterSeconds * 1000);
    auto scheduled =
        Outbox(m_store).scheduleRetry(entry.id, attempts, nowMs() + delay, error.message);
    if (!scheduled)
        qCWarning(lcSync) << "cannot store the retry state:" << scheduled.error().message;
    armRetry(delay);
}

void SyncEngine::pull(qint64 since)
{
    // A first sync is the one time the whole cache is written behind a progress screen; after it,
    // a backlog (a pause, a return from offline) comes in live-sized pages, fetched ahead of their
    // application as a first sync's are, so no page holds the GUI thread for long.
    m_firstSync = m_firstSync || since == 0;
    const int limit = m_firstSync ? m_pageSize : std::min(m_pageSize, m_livePageSize);
    ApiRequest request;
    request.path =
        protocol::paths::Changes + QStringLiteral("?since=%1&limit=%2").arg(since).arg(limit);
    m_client.send(request, this,
                  [this, since, generation = m_pullGeneration](const ApiReply &reply) {
                      if (generation == m_pullGeneration)
                          onPulled(reply, since);
                  });
}

void SyncEngine::onPulled(const ApiReply &reply, qint64 since)
{
    if (!reply.ok()) {
        if (reply.error.isTransient()) {
            armRetry(backoffMs(m_failures + 1));
            return networkFailure(reply.error);
        }
        m_lastError = reply.error.message;
        setState(State::Error);
        return finish(false);
    }
    if (since != m_store.cursor())
        return pull(m_store.cursor()); // not the page the cache is at (cannot happen; be safe)
    // While catching up, ask for the next page before applying this one, so the back office
    // reads and sends it while this one is written. If this one fails, its answer is dropped.
    const bool more = reply.json.value(u"more").toBool();
    const qint64 next = reply.json.value(u"next").toInteger();
    if (more)
        pull(next);
    if (auto applied = ChangeFeedApplier(m_store).applyPage(reply.json, reply.body); !applied) {
        ++m_pullGeneration;
        return localFailure(applied.error());
    }
    Q_EMIT pageApplied(m_store.cursor());
    if (!more)
        finish(true);
}

void SyncEngine::networkFailure(const ApiError &error)
{
    m_lastError = error.message;
    setState(error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout
                 ? State::Offline
                 : State::Error);
    finish(false);
}

void SyncEngine::localFailure(const Error &error)
{
    qCWarning(lcSync) << "local cache failure:" << error.message;
    m_lastError = error.message;
    setState(State::Error);
    armRetry(backoffMs(m_failures + 1));
    finish(false);
}

void SyncEngine::finish(bool ok)
{
    ++m_pullGeneration; // nothing of this cycle is applied after it ends
    m_busy = false;
    m_force = false;
    m_failures = ok ? 0 : m_failures + 1;
    if (ok) {
        m_firstSync = false;
        m_lastError.clear();
        setState(State::Online);
    }
    updateCounts();
    Q_EMIT cycleFinished(ok);
    if (m_rerun) {
        m_rerun = false;
        QTimer::singleShot(0, this, [this] { syncNow(); });
    }
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    updateConnection();
}

void SyncEngine::updateConnection()
{
    Connection connection = Connection::Online;
    switch (m_state) {
    case State::Online:
        connection = Connection::Online;
        break;
    case State::Syncing:
        // A retry after a failure leaves the failure up until the back office answers.
        connection = isRetrying() && (m_connection == Connection::Offline ||
                                      m_connection == Connection::SyncError)
                         ? m_connection
                         : Connection::Syncing;
        break;
    case State::Offline:
        connection = Connection::Offline;
        break;
    case State::Error:
        connection = Connection::SyncError;
        break;
    }
    if (connection == m_connection)
        return;
    m_connection = connection;
    Q_EMIT connectionChanged(connection);
}

void SyncEngine::updateCounts()
{
    if (!m_store.isOpen())
        return;
    const auto pendingNow = Outbox(m_store).pendingCount();
    const auto conflictsNow = m_store.count(QStringLiteral("conflicts"));
    const int pending = pendingNow ? pendingNow.value() : m_pending;
    const int conflicts = conflictsNow ? conflictsNow.value() : m_conflicts;
    if (pending != m_pending) {
        m_pending = pending;
        Q_EMIT pendingCountChanged(pending);
    }
    if (conflicts != m_conflicts) {
        m_conflicts = conflicts;
        Q_EMIT conflictCountChanged(conflicts);
    }
}

} // namespace frontline::app

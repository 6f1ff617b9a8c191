// Issue 5's end-to-end client figures against a real `frontline-backoffice` on loopback, through
// the production client (ClientCore: Session, BackOfficeClient, SyncEngine, ChangeFeedApplier,
// LocalStore, RealtimeChannel, OperatorCommands), seeded by backoffice_seed:
//  1. first sync: the `bench` operator signs in with an empty cache and the engine pulls the
//     whole feed; timed from sign-in to the first idle cycle;
//  2. realtime: `bench` (the big cache) sends messages to a vip ticket with
//     OperatorCommands::sendMessage; `peer` (another client in this process, its own cache and
//     socket) sees each in its cache after the /events poke and its pull; timed send to
//     LocalStore::changed in the peer's cache;
//  3. local echo: how long each of those sendMessage calls took (the row is in the cache when it
//     returns).
// Prints one RESULT line per figure. client_sync_bench --server URL [--dir DIR] [--sends N]
// [--interval-ms MS] [--expect-rows N]
#include "app/ClientCore.h"
#include "app/commands/OperatorCommands.h"
#include "app/store/LocalStore.h"
#include "app/store/MessageIndex.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace frontline::app;

namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
               ? 0
               : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

// Runs the event loop until `done` holds or `seconds` pass; false on timeout.
bool waitFor(const std::function<bool()> &done, int seconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > seconds * 1000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

struct Desk
{
    std::unique_ptr<ClientCore> desk;
    bool ready = false;
    bool idle = false;
    int pages = 0;
    QString failure;
};

void signIn(Desk &d, QNetworkAccessManager *network, const QString &dir, const QUrl &server,
            const QString &user)
{
    d.desk = std::make_unique<ClientCore>(network, dir + u'/' + user);
    d.desk->setKeychainEnabled(false);
    d.desk->setCachePath(dir + u'/' + user + u".sqlite");
    QObject::connect(d.desk.get(), &ClientCore::failed,
                     [&d](const QString &message) { d.failure = message; });
    QObject::connect(d.desk.get(), &ClientCore::ready, [&d] {
        d.ready = true;
        QObject::connect(d.desk->engine(), &SyncEngine::cycleFinished, [&d](bool ok) {
            if (ok)
                d.idle = true;
        });
        QObject::connect(d.desk->engine(), &SyncEngine::pageApplied, [&d] { ++d.pages; });
    });
    d.desk->signIn(server, user, QStringLiteral("bench"));
}

struct Options
{
    QUrl server;
    QString dir;
    int sends = 300;
    int interval = 50;
    qint64 expectedRows = 0;
};

Options parseOptions(const QCoreApplication &app, const QString &temporaryDir)
{
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("The back office's base URL."),
                                          QStringLiteral("URL"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Work folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption sendsOption(QStringLiteral("sends"),
                                         QStringLiteral("Messages for the realtime figure."),
                                         QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("Time between two sends."),
                                            QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption expectOption(QStringLiteral("expect-rows"),
                                          QStringLiteral("Tickets + messages the server holds."),
                                          QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({serverOption, dirOption, sendsOption, intervalOption, expectOption});
    parser.addHelpOption();
    parser.process(app);
    return Options{QUrl(parser.value(serverOption)),
                   parser.isSet(dirOption) ? parser.value(dirOption) : temporaryDir,
                   parser.value(sendsOption).toInt(), parser.value(intervalOption).toInt(),
                   parser.value(expectOption).toLongLong()};
}

// 1. First sync, then the message index's backlog; the cache's rows, or -1 on failure.
qint64 firstSync(Desk &bench, QNetworkAccessManager &network, const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    signIn(bench, &network, options.dir, options.server, QStringLiteral("bench"));
    if (!waitFor([&] { return bench.idle || !bench.failure.isEmpty(); }, 600)) {
        std::fprintf(stderr, "first sync did not finish in 10 minutes\n");
        return -1;
    }
    if (!bench.failure.isEmpty()) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(bench.failure));
        return -1;
    }
    const double syncSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double syncCpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    LocalStore &store = bench.desk->store();
    const qint64 rows = qint64(store.count(QStringLiteral("tickets")).value()) +
                        store.count(QStringLiteral("messages")).value();
    std::printf("RESULT first_sync rows=%lld seconds=%.2f rows_per_s=%.0f pages=%d "
                "client_cpu_s=%.1f\n",
                static_cast<long long>(rows), syncSeconds, double(rows) / syncSeconds, bench.pages,
                syncCpu);
    std::fflush(stdout);
    // The message index's backlog, indexed by the housekeeping thread after the sync; the
    // realtime and echo figures are taken once it is done.
    timer.restart();
    if (!waitFor(
            [&] {
                return store.stateValue(QString::fromLatin1(MessageIndex::BacklogKey))
                    .value()
                    .isEmpty();
            },
            600)) {
        std::fprintf(stderr, "the message index did not catch up in 10 minutes\n");
        return -1;
    }
    std::printf("RESULT message_index_after_sync seconds=%.2f\n",
                double(timer.nsecsElapsed()) / 1e9);
    std::fflush(stdout);
    if (options.expectedRows > 0 && rows != options.expectedRows) {
        std::fprintf(stderr, "the cache holds %lld rows, the server %lld\n",
                     static_cast<long long>(rows), static_cast<long long>(options.expectedRows));
        return -1;
    }
    return rows;
}

QStringList vipTickets(const LocalStore &store)
{
    auto vip = store.read(QStringLiteral("SELECT id FROM tickets WHERE queue = 'vip' ORDER BY id"));
    QStringList tickets;
    while (vip && vip.value().next())
        tickets.append(vip->value(0).toString());
    return tickets;
}

// Sends `options.sends` messages from `bench`, timing each send's local echo, and records when
// each reaches `peer`'s cache.
struct Traffic
{
    QList<double> latency, echo, echoCpu;
};

void measureTraffic(Desk &bench, Desk &peer, const QStringList &tickets, const Options &options,
                    Traffic &traffic)
{
    QHash<QString, qint64> sentAt; // body -> send time (ns on `clock`)
    QElapsedTimer clock;
    clock.start();
    LocalStore &peerStore = peer.desk->store();
    const QMetaObject::Connection arrivals =
        QObject::connect(&peerStore, &LocalStore::changed, [&](const StoreChangeSet &changes) {
            const qint64 now = clock.nsecsElapsed();
            for (auto it = changes.messagesAdded.cbegin(); it != changes.messagesAdded.cend();
                 ++it) {
                for (const QString &id : it.value()) {
                    auto body = peerStore.read(
                        QStringLiteral("SELECT body FROM messages WHERE id = ?"), {id});
                    if (!body || !body.value().next())
                        continue;
                    const auto sent = sentAt.constFind(body->value(0).toString());
                    if (sent != sentAt.cend())
                        traffic.latency.append(double(now - sent.value()) / 1e6);
                }
            }
        });
    int sent = 0;
    QTimer sender;
    sender.setInterval(options.interval);
    QObject::connect(&sender, &QTimer::timeout, [&] {
        if (sent == options.sends)
            return sender.stop();
        const QString body =
            QStringLiteral("Realtime check %1: your parcel is at the pickup point").arg(sent);
        const QString ticket = tickets.at(sent % tickets.size());
        ++sent;
        const qint64 start = clock.nsecsElapsed();
        const double cpu = threadCpuMs();
        sentAt.insert(body, start);
        if (auto local = bench.desk->commands()->sendMessage(ticket, body); !local)
            qFatal("send: %s", qPrintable(local.error().message));
        traffic.echo.append(double(clock.nsecsElapsed() - start) / 1e6);
        traffic.echoCpu.append(threadCpuMs() - cpu);
    });
    sender.start();
    if (!waitFor([&] { return traffic.latency.size() == options.sends; },
                 options.sends * options.interval / 1000 + 60))
        std::fprintf(stderr, "only %lld of %d messages reached the peer\n",
                     static_cast<long long>(traffic.latency.size()), options.sends);
    QObject::disconnect(arrivals);
}

// 2 and 3. Realtime latency and local echo.
int realtimeAndEcho(Desk &bench, QNetworkAccessManager &network, const Options &options,
                    qint64 rows)
{
    Desk peer;
    signIn(peer, &network, options.dir, options.server, QStringLiteral("peer"));
    if (!waitFor(
            [&] {
                return (peer.idle && peer.desk->realtime()->isConnected() &&
                        bench.desk->realtime()->isConnected()) ||
                       !peer.failure.isEmpty();
            },
            120) ||
        !peer.failure.isEmpty()) {
        std::fprintf(stderr, "peer: not ready: %s\n", qPrintable(peer.failure));
        return 1;
    }
    const QStringList tickets = vipTickets(bench.desk->store());
    if (tickets.isEmpty()) {
        std::fprintf(stderr, "no vip ticket in the cache\n");
        return 1;
    }
    Traffic traffic;
    measureTraffic(bench, peer, tickets, options, traffic);
    const QList<double> &latency = traffic.latency;
    std::printf("RESULT realtime sends=%d received=%lld p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
                "max_ms=%.2f\n",
                options.sends, static_cast<long long>(latency.size()), percentile(latency, 0.5),
                percentile(latency, 0.9), percentile(latency, 0.99), percentile(latency, 1.0));
    // CPU time of the thread beside the wall time: on a shared machine the difference is time
    // the thread waited for a core or for the disk.
    std::printf("RESULT local_echo sends=%lld cache_rows=%lld p50_ms=%.3f p99_ms=%.3f "
                "max_ms=%.3f cpu_p50_ms=%.3f cpu_p99_ms=%.3f\n",
                static_cast<long long>(traffic.echo.size()), static_cast<long long>(rows),
                percentile(traffic.echo, 0.5), percentile(traffic.echo, 0.99),
                percentile(traffic.echo, 1.0), percentile(traffic.echoCpu, 0.5),
                percentile(traffic.echoCpu, 0.99));
    return latency.size() == options.sends ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const Options options = parseOptions(app, temporary.path());
    QNetworkAccessManager network;
    Desk bench;
    const qint64 rows = firstSync(bench, network, options);
    if (rows < 0)
        return 1;
    return realtimeAndEcho(bench, network, options, rows);
}

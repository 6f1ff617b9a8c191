// The supervisor's live board under load (issue 17, item 2): a demo back office with 450 online
// operators and simulated customers making 1,000 contacts a minute, and sofia's real workspace
// (ClientCore, LiveBoard, SupervisorPerspective) on screen. Measures
//   * change → board: an operator's presence change made through the API (timed from the moment
//     the PUT is sent) until the operators board model shows it;
//   * the GUI thread's longest event delivery (a frame's work) between two board updates;
//   * beside them, the floor: one GET /metrics/board round trip over the same loopback, same run.
//
// board_bench [--work DIR] [--operators 450] [--rate 1000] [--changes 100] [--warmup-s 20]
#include "app/ClientCore.h"
#include "app/EmbeddedBackOffice.h"
#include "app/board/LiveBoard.h"
#include "app/board/OperatorBoardModel.h"
#include "app/net/BackOfficeClient.h"
#include "app/sync/SyncEngine.h"
#include "bench/FrameTiming.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSetup.h"
#include "ui/supervisor/SupervisorPerspective.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMap>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace frontline;
using namespace frontline::bench;

namespace {

struct Options
{
    QString work;
    int operators = 450;
    int rate = 1000;
    int changes = 100;
    int warmupSeconds = 20;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption work(u"work"_qs, u"Work folder."_qs, u"DIR"_qs);
    const QCommandLineOption operators(u"operators"_qs, u"Operators online."_qs, u"N"_qs,
                                       u"450"_qs);
    const QCommandLineOption rate(u"rate"_qs, u"Contacts a minute."_qs, u"N"_qs, u"1000"_qs);
    const QCommandLineOption changes(u"changes"_qs, u"Presence changes timed."_qs, u"N"_qs,
                                     u"100"_qs);
    const QCommandLineOption warmup(u"warmup-s"_qs, u"Seconds of traffic first."_qs, u"S"_qs,
                                    u"20"_qs);
    parser.addOptions({work, operators, rate, changes, warmup});
    parser.addHelpOption();
    parser.process(app);
    return Options{parser.value(work), parser.value(operators).toInt(), parser.value(rate).toInt(),
                   parser.value(changes).toInt(), parser.value(warmup).toInt()};
}

bool waitFor(const std::function<bool()> &condition, int seconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > seconds * 1000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

void startBackOffice(app::EmbeddedBackOffice &backOffice, const QStringList &arguments)
{
    backOffice.setExtraArguments(arguments);
    backOffice.start();
    if (!waitFor([&] { return backOffice.state() != app::EmbeddedBackOffice::State::Starting; },
                 120) ||
        backOffice.state() != app::EmbeddedBackOffice::State::Running)
        qFatal("back office: %s", qPrintable(backOffice.errorString()));
}

// The demo's staff plus `count` more first-line operators, online since some time today, written
// behind the stopped back office's back (one password hash copied: signing 450 people up through
// argon2 would take minutes and measure nothing of the board).
void addOperators(const QString &databaseFile, int count)
{
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"seed"_qs);
    db.setDatabaseName(databaseFile);
    if (!db.open())
        qFatal("seed: %s", qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    const auto run = [&](const QString &sql, const QVariantList &values = {}) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("seed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QStringList queues{u"orders"_qs, u"returns"_qs, u"delivery"_qs, u"payment"_qs};
    db.transaction();
    for (int i = 1; i <= count; ++i) {
        run(u"INSERT INTO operators (username, display_name, role, password_hash, line, team, "
            "max_chats, locale, created_at) SELECT ?, ?, 'operator', password_hash, 1, ?, 3, "
            "'ru', ? FROM operators WHERE username = 'olga'"_qs,
            {u"board%1"_qs.arg(i), u"Board Operator %1"_qs.arg(i, 3, 10, QLatin1Char('0')),
             u"team-%1"_qs.arg(i % 15), now});
        const qint64 id = query.lastInsertId().toLongLong();
        run(u"INSERT INTO operator_queues (operator_id, queue_id) VALUES (?, ?)"_qs,
            {id, queues.at(i % queues.size())});
        run(u"INSERT INTO presence_intervals (operator_id, status, started_at) VALUES (?, "
            "'online', ?)"_qs,
            {id, now - QRandomGenerator::global()->bounded(8 * 3600) * 1000LL});
    }
    db.commit();
    db.close();
}

// "QTableView Paint", "frontline::bench::TimedApplication MetaCall" (a queued call, such as the
// decoded board's arrival).
QString eventKind()
{
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(timedApp()->longestCpuEvent);
    QString kind =
        QString::fromLatin1(timedApp()->longestCpuReceiver) + u' ' +
        (type ? QString::fromLatin1(type) : QString::number(timedApp()->longestCpuEvent));
    if (!timedApp()->longestCpuRoute.isEmpty())
        kind += u' ' + timedApp()->longestCpuRoute;
    return kind;
}

struct Latencies
{
    QList<double> changeToBoard;
    QList<double> longestEvent;    // per interval between two board updates
    QList<double> longestEventCpu; // the GUI thread's CPU time in the same intervals
    // The same CPU times by what the longest-working event was ("QTableView Paint").
    QMap<QString, QList<double>> longestByKind;
    int updates = 0;
};

// Presence changes of `who` through the API, one at a time, each timed until the board shows it.
Latencies measureChanges(app::BackOfficeClient &operatorApi, const QString &who,
                         ui::SupervisorPerspective &perspective, int changes)
{
    Latencies result;
    app::OperatorBoardModel *board = perspective.operatorsModel();
    QElapsedTimer clock;
    clock.start();
    QString expected;
    double sentAt = -1;
    const auto watching =
        QObject::connect(perspective.liveBoard(), &app::LiveBoard::updated, &perspective, [&] {
            ++result.updates;
            // The longest event since the last board, then a new interval (this one is still
            // running).
            result.longestEvent.append(double(timedApp()->longestNs) / 1e6);
            result.longestEventCpu.append(timedApp()->longestCpuMs);
            result.longestByKind[eventKind()].append(timedApp()->longestCpuMs);
            timedApp()->longestNs = 0;
            timedApp()->longestCpuMs = 0;
            const protocol::BoardOperatorRow *row = board->row(who);
            if (sentAt >= 0 && row && row->status == expected) {
                result.changeToBoard.append(ms(clock) - sentAt);
                sentAt = -1;
            }
        });
    for (int i = 0; i < changes; ++i) {
        expected = i % 2 == 0 ? u"break"_qs : u"online"_qs;
        app::ApiRequest request;
        request.method = "PUT";
        request.path = u"/presence"_qs;
        request.body = QJsonObject{{u"status"_qs, expected}};
        request.hasBody = true;
        bool answered = false;
        sentAt = ms(clock);
        operatorApi.send(request, &perspective, [&](const app::ApiReply &reply) {
            answered = true;
            if (!reply.ok())
                qFatal("presence: %s", qPrintable(reply.error.message));
        });
        if (!waitFor([&] { return answered && sentAt < 0; }, 30))
            qFatal("the board did not show change %d", i);
        // Not in step with the feed: 300-800 ms apart.
        QTest::qWait(300 + QRandomGenerator::global()->bounded(500));
    }
    QObject::disconnect(watching);
    return result;
}

// The floor: what one GET /metrics/board costs as the board asks it, on the same machine now.
QList<double> measureFetches(app::BackOfficeClient &api, int count)
{
    QList<double> times;
    for (int i = 0; i < count; ++i) {
        app::ApiRequest request;
        request.path =
            u"/metrics/board"_qs + app::BoardWindow().query(QDateTime::currentDateTime());
        QElapsedTimer timer;
        timer.start();
        bool done = false;
        api.send(request, &api, [&](const app::ApiReply &reply) {
            if (!reply.ok())
                qFatal("board: %s", qPrintable(reply.error.message));
            times.append(ms(timer));
            done = true;
        });
        waitFor([&] { return done; }, 30);
        QTest::qWait(100);
    }
    return times;
}

// Signs `username` (one of the added operators, password "demo") in; answers the operator's id.
QString signInOperator(app::BackOfficeClient &api, const QString &username)
{
    QString who;
    app::ApiRequest login;
    login.method = "POST";
    login.path = u"/auth/login"_qs;
    login.authenticated = false;
    login.hasBody = true;
    login.body = QJsonObject{{u"username"_qs, username}, {u"password"_qs, u"demo"_qs}};
    api.send(login, &api, [&](const app::ApiReply &reply) {
        if (!reply.ok())
            qFatal("%s: %s", qPrintable(username), qPrintable(reply.error.message));
        api.setToken(reply.json.value(u"token").toString().toUtf8());
        who = reply.json.value(u"operator").toObject().value(u"id").toString();
    });
    if (!waitFor([&] { return !who.isEmpty(); }, 30))
        qFatal("%s did not sign in", qPrintable(username));
    return who;
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication application(argc, argv);
    ui::initResources();
    const Options options = parseOptions(application);
    QTemporaryDir temporary;
    const QString work = options.work.isEmpty() ? temporary.path() : options.work;
    std::printf("board_bench: %d operators, %d contacts a minute, platform %s, load %s\n",
                options.operators, options.rate, qPrintable(QGuiApplication::platformName()),
                qPrintable(loadAverage()));

    QNetworkAccessManager network;
    const QString database = work + u"/board.sqlite";
    {
        app::EmbeddedBackOffice seed(&network);
        seed.setDataDirectory(work);
        seed.setDatabaseUrl(u"sqlite:"_qs + database);
        startBackOffice(seed, {u"--demo"_qs});
        seed.stop();
    }
    addOperators(database, options.operators - 5); // the demo has five operators
    app::EmbeddedBackOffice backOffice(&network);
    backOffice.setDataDirectory(work);
    backOffice.setDatabaseUrl(u"sqlite:"_qs + database);
    startBackOffice(backOffice, {u"--demo"_qs, u"--simulate"_qs, QString::number(options.rate)});

    app::ClientCore sofia(&network, work + u"/sofia"_qs);
    sofia.setKeychainEnabled(false);
    sofia.setCachePath(work + u"/sofia.sqlite"_qs);
    sofia.signIn(backOffice.baseUrl(), u"sofia"_qs, u"demo"_qs);
    if (!waitFor([&] { return sofia.isReady(); }, 120))
        qFatal("sofia did not sign in");
    ui::SupervisorPerspective perspective(ui::partsOf(sofia));
    perspective.resize(1600, 1000);
    perspective.show();
    if (!QTest::qWaitForWindowExposed(&perspective))
        qFatal("the workspace was not exposed");
    if (!waitFor([&] { return perspective.operatorsModel()->itemCount() >= options.operators; },
                 120))
        qFatal("the board has %d operators", perspective.operatorsModel()->itemCount());
    std::printf("board: %d operators, %d traffic seconds first\n",
                perspective.operatorsModel()->itemCount(), options.warmupSeconds);
    QTest::qWait(options.warmupSeconds * 1000);

    app::BackOfficeClient operatorApi(&network);
    operatorApi.setBaseUrl(backOffice.baseUrl());
    const QString who = signInOperator(operatorApi, u"board1"_qs);

    const qint64 fetchesBefore = perspective.liveBoard()->fetchCount();
    QElapsedTimer run;
    run.start();
    timedApp()->longestNs = 0;
    timedApp()->longestCpuMs = 0;
    const Latencies latencies = measureChanges(operatorApi, who, perspective, options.changes);
    const double seconds = double(run.elapsed()) / 1000;
    const QList<double> floor = measureFetches(sofia.client(), 50);

    result("change to board", summary(latencies.changeToBoard));
    result("board fetch round trip (floor)", summary(floor));
    result("ratio p99", QString::number(percentile(latencies.changeToBoard, 0.99) /
                                            std::max(0.001, percentile(floor, 0.99)),
                                        'f', 1));
    result("GUI thread longest event between two boards", summary(latencies.longestEvent));
    result("GUI thread CPU in the longest-working event between two boards",
           summary(latencies.longestEventCpu));
    for (auto kind = latencies.longestByKind.cbegin(); kind != latencies.longestByKind.cend();
         ++kind)
        std::printf("longest event was %s: %s\n", qPrintable(kind.key()),
                    qPrintable(summary(kind.value())));
    result("board updates", QStringLiteral("%1 in %2 s (%3/s); %4 fetches")
                                .arg(latencies.updates)
                                .arg(seconds, 0, 'f', 1)
                                .arg(double(latencies.updates) / seconds, 0, 'f', 1)
                                .arg(perspective.liveBoard()->fetchCount() - fetchesBefore));
    std::printf("load %s\n", qPrintable(loadAverage()));
    backOffice.stop();
    return 0;
}

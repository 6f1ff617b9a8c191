// The operator workspace's figures for docs/performance.md (issue 6, item 10): cold start to an
// interactive window with a large cache, changing the queue filter, opening a long conversation,
// and the frame time while the queue scrolls and while messages stream into an open conversation.
// Real widgets (run it under Xvfb or with QT_QPA_PLATFORM=offscreen; scripts/bench-ui does).
//
// ui_bench [--tickets N] [--messages N] [--starts N] [--work DIR]
//   Builds a synthetic cache through LocalStore and ChangeFeedApplier (the sync engine's path),
//   keeps a signed-in session next to it, then measures. Prints one RESULT line per figure.
// ui_bench --startup-child
//   One cold start as main() does it, with the kept session instead of the login dialog; prints
//   the milestones and "READY <ms>" once the window is interactive (see docs/performance.md).
#include "app/ClientCore.h"
#include "app/EmbeddedBackOffice.h"
#include "app/models/TicketQueueModel.h"
#include "app/session/CredentialStore.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"
#include "bench/FrameTiming.h"
#include "bench/UiBenchCache.h"
#include "protocol/Ticket.h"
#include "protocol/Version.h"
#include "ui/chat/ConversationPane.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSettings.h"
#include "ui/common/UiSetup.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

#include <sys/resource.h>

using namespace frontline;
using namespace frontline::bench;

namespace {

// The kept session: an operator of the first line whose back office is not reachable (nothing
// listens on the discard port), so the workspace starts from its cache as it does offline.
const QUrl Server(QStringLiteral("http://127.0.0.1:9"));
const QString User = QStringLiteral("olga");
const QString Workspace = QStringLiteral("production");

void setUpApplication()
{
    // As main() does.
    QApplication::setApplicationName(QStringLiteral("frontline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Frontline"));
    QApplication::setOrganizationName(QStringLiteral("Frontline"));
    QApplication::setApplicationVersion(protocol::version());
    QApplication::setDesktopFileName(QStringLiteral("frontline"));
}

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void keepSession(const QString &dataDir)
{
    QDir().mkpath(dataDir);
    const QString account =
        User + u'@' + Workspace + u'@' + Server.toString(QUrl::RemovePath | QUrl::RemoveQuery);
    auto stored = app::CredentialStore(dataDir, false).save(account, "bench-token", true);
    if (!stored || stored.value() != app::TokenStorage::File)
        qFatal("cannot keep the bench session's token");
    const QJsonObject description{
        {QStringLiteral("server"), Server.toString()},
        {QStringLiteral("username"), User},
        {QStringLiteral("workspace"), Workspace},
        {QStringLiteral("operator_id"), Me},
        {QStringLiteral("display_name"), QStringLiteral("Ольга")},
        {QStringLiteral("line"), 1},
        {QStringLiteral("team"), QStringLiteral("orders")},
        {QStringLiteral("role"), QStringLiteral("operator")},
        {QStringLiteral("ca"), QString()},
        {QStringLiteral("token_storage"), app::toString(app::TokenStorage::File)}};
    // What the login dialog remembers after a sign-in with "remember me".
    ui::UiSettings::setLastSignIn(Server.toString(), User, false, true);
    QFile file(QDir(dataDir).filePath(QStringLiteral("session.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(description).toJson()) < 0)
        qFatal("cannot write session.json");
}

// ---------------------------------------------------------------------------------------------
// The workspace as main() builds it after sign-in.

struct Desktop
{
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<app::EmbeddedBackOffice> backOffice;
    std::unique_ptr<app::ClientCore> desk;
    std::unique_ptr<ui::MainWindow> window;
};

// main()'s path after QApplication, step by step (ui/main.cpp, without --demo): resources,
// translations, the command line, the network, the embedded back office (not started), the login
// dialog resuming the kept session ("remember me": no dialog shown), the main window.
// `milestone` is told each step.
Desktop startWorkspace(QApplication &application,
                       const std::function<void(const char *)> &milestone)
{
    Desktop workspace;
    ui::initResources();
    ui::installTranslations(application, ui::UiSettings::uiLocale());
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(QStringLiteral("demo")));
    parser.parse({QCoreApplication::applicationFilePath()});
    milestone("resources");
    const QString data = dataDirectory();
    workspace.network = std::make_unique<QNetworkAccessManager>();
    workspace.backOffice = std::make_unique<app::EmbeddedBackOffice>(workspace.network.get());
    workspace.backOffice->setDataDirectory(QDir(data).filePath(QStringLiteral("demo")));
    ui::LoginDialog login(workspace.network.get(), workspace.backOffice.get(), data);
    if (!login.canResume())
        qFatal("no kept session to resume");
    // The back office does not answer here (nothing listens on its port): the desk starts
    // offline on its cache, as main() does when the network is down.
    bool resumed = false;
    QEventLoop wait;
    QObject::connect(&login, &ui::LoginDialog::resumeFinished, &wait, [&](bool signedIn) {
        resumed = signedIn;
        wait.quit();
    });
    QTimer::singleShot(10000, &wait, [] { qFatal("the kept session did not resume in 10 s"); });
    login.resumeSession();
    wait.exec();
    if (!resumed)
        qFatal("the kept session was refused: %s", qPrintable(login.errorLabel()->text()));
    workspace.desk = login.takeDesk();
    milestone("desk");
    workspace.window = std::make_unique<ui::MainWindow>();
    workspace.window->setClient(ui::partsOf(*workspace.desk));
    milestone("window");
    workspace.window->show();
    milestone("shown");
    return workspace;
}

int startupChild(int argc, char *argv[], const QElapsedTimer &sinceMain)
{
    QApplication application(argc, argv);
    setUpApplication();
    std::printf("MILESTONE qapplication %.1f\n", ms(sinceMain));
    Desktop workspace = startWorkspace(application, [&](const char *name) {
        std::printf("MILESTONE %s %.1f\n", name, ms(sinceMain));
    });
    auto *queue = workspace.window->findChild<QTableView *>(QStringLiteral("queueTable"));
    if (!queue)
        qFatal("no queue table");
    PaintProbe probe(queue->viewport());
    bool done = false;
    // Interactive: the queue's viewport has painted rows, and the event loop has nothing left to
    // do (its dispatcher is about to wait for the next event).
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock,
                     &application, [&] {
                         if (done || probe.paints == 0 || queue->model()->rowCount() == 0)
                             return;
                         done = true;
                         std::printf("ROWS %d\nCPU %.1f\nREADY %.1f\n", queue->model()->rowCount(),
                                     cpuMs(CLOCK_PROCESS_CPUTIME_ID), ms(sinceMain));
                         std::fflush(stdout);
                         QTimer::singleShot(0, &application, &QCoreApplication::quit);
                     });
    QTimer::singleShot(20000, &application, [] { qFatal("not interactive within 20 s"); });
    return QApplication::exec();
}

struct Options
{
    int tickets = 100000, messages = 1000, starts = 5;
    QString work;
    bool reuse = false;
    QByteArray only; // one of start, filter, open, scroll, stream (for profiling)

    bool wants(const char *phase) const { return only.isEmpty() || only == phase; }
    QByteArray scale() const { return QByteArray::number(tickets / 1000) + "k tickets"; }
};

Options parseArguments(int argc, char *argv[])
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--reuse") == 0) {
            options.reuse = true;
            continue;
        }
        if (i + 1 >= argc)
            break;
        const QByteArray option = argv[i++];
        if (option == "--tickets")
            options.tickets = QByteArray(argv[i]).toInt();
        else if (option == "--messages")
            options.messages = QByteArray(argv[i]).toInt();
        else if (option == "--starts")
            options.starts = QByteArray(argv[i]).toInt();
        else if (option == "--only")
            options.only = argv[i];
        else if (option == "--work")
            options.work = QString::fromLocal8Bit(argv[i]);
    }
    return options;
}

// 1. The cache, through the feed applier, and the kept session.
CacheFacts prepareCache(const Options &options)
{
    const QString dataDir = dataDirectory();
    const QString cachePath = app::LocalStore::cachePath(dataDir, Server, User, Workspace);
    QElapsedTimer timer;
    timer.start();
    CacheFacts facts;
    if (options.reuse && QFile::exists(cachePath)) {
        facts.conversations = {u"t" + QString::number(options.tickets - 3),
                               u"t" + QString::number(options.tickets - 7)};
        std::printf("cache: reusing %s\n", qPrintable(cachePath));
    } else {
        facts = buildCache(cachePath, options.tickets, options.messages);
    }
    keepSession(dataDir);
    std::printf("cache: %d tickets (%d active, %d mine), %lld feed changes applied in %.1f s, "
                "%.0f MB\n",
                facts.tickets, facts.active, facts.mine, facts.changes, timer.elapsed() / 1000.0,
                double(QFileInfo(cachePath).size()) / 1e6);
    std::fflush(stdout);
    return facts;
}

struct ColdStart
{
    double wall = -1, fromMain = -1, cpu = -1;
    QString milestones;
};

// One cold start in a new process, until it reports READY.
ColdStart coldStart(int run)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer wall;
    wall.start();
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--startup-child")});
    QByteArray output;
    ColdStart start;
    while (start.wall < 0 && child.waitForReadyRead(30000)) {
        output += child.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("CPU "))
                start.cpu = line.mid(4).toDouble();
            if (line.startsWith("READY ")) {
                start.wall = ms(wall);
                start.fromMain = line.mid(6).toDouble();
            }
        }
    }
    child.waitForFinished(30000);
    output += child.readAllStandardOutput();
    if (start.wall < 0)
        qFatal("cold start %d did not report READY:\n%s", run, output.constData());
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("MILESTONE "))
            start.milestones += QString::fromLatin1(line.mid(10)) + u"; ";
    }
    return start;
}

// 2. Cold starts, each a new process.
void measureColdStarts(const Options &options)
{
    QList<double> startWall, startMain, startCpu;
    for (int run = 0; options.wants("start") && run < options.starts; ++run) {
        const ColdStart start = coldStart(run);
        startWall.append(start.wall);
        startMain.append(start.fromMain);
        startCpu.append(start.cpu);
        std::printf("   start %d: %.1f ms from exec, %.1f ms from main(), %.1f ms CPU [%s]\n",
                    run + 1, start.wall, start.fromMain, start.cpu, qPrintable(start.milestones));
    }
    if (startWall.isEmpty())
        return;
    result("cold start to interactive, " + options.scale() + " (from exec)",
           QStringLiteral("first %1 ms, median %2 ms, max %3 ms (n=%4); from main(): median %5 "
                          "ms; process CPU: median %6 ms")
               .arg(startWall.first(), 0, 'f', 1)
               .arg(percentile(startWall, 0.5), 0, 'f', 1)
               .arg(percentile(startWall, 1.0), 0, 'f', 1)
               .arg(startWall.size())
               .arg(percentile(startMain, 0.5), 0, 'f', 1)
               .arg(percentile(startCpu, 0.5), 0, 'f', 1));
}

// The widgets the interactions drive.
struct Widgets
{
    QTableView *queue = nullptr;
    QComboBox *scope = nullptr, *channel = nullptr, *status = nullptr, *queueFilter = nullptr;
    QLineEdit *search = nullptr;
    QListView *messageView = nullptr;
    ui::ConversationPane *conversation = nullptr;
};

Widgets findWidgets(ui::MainWindow *window)
{
    Widgets w;
    w.queue = window->findChild<QTableView *>(QStringLiteral("queueTable"));
    w.scope = window->findChild<QComboBox *>(QStringLiteral("queueScope"));
    w.channel = window->findChild<QComboBox *>(QStringLiteral("queueChannel"));
    w.status = window->findChild<QComboBox *>(QStringLiteral("queueStatus"));
    w.queueFilter = window->findChild<QComboBox *>(QStringLiteral("queueQueue"));
    w.search = window->findChild<QLineEdit *>(QStringLiteral("queueSearch"));
    w.messageView = window->findChild<QListView *>(QStringLiteral("messageView"));
    w.conversation = window->findChild<ui::ConversationPane *>(QStringLiteral("conversation"));
    if (!w.queue || !w.scope || !w.channel || !w.status || !w.queueFilter || !w.search ||
        !w.messageView || !w.conversation)
        qFatal("a widget of the workspace is missing");
    std::printf("window %dx%d, queue viewport %dx%d, %d rows loaded\n", window->width(),
                window->height(), w.queue->viewport()->width(), w.queue->viewport()->height(),
                w.queue->model()->rowCount());
    return w;
}

// Filter changes, each until the queue has painted its new first page.
class FilterRun
{
public:
    explicit FilterRun(const Widgets &w)
        : m_w(w)
    {}

    void filter(const QString &what, const std::function<bool()> &change)
    {
        const Step step = measure(m_w.queue->viewport(), change);
        times.append(step.latencyMs);
        cpu.append(step.cpuMs);
        std::printf("   filter %-34s %7.1f ms (CPU %6.1f ms), %d rows\n", qPrintable(what),
                    step.latencyMs, step.cpuMs, m_w.queue->model()->rowCount());
    }
    void choose(QComboBox *box, const QString &text, const QVariant &data)
    {
        filter(box->objectName() + u" = " + text, [box, data] {
            box->setCurrentIndex(box->findData(data));
            return true;
        });
    }
    // Typing: every keystroke is a filter change.
    void type(const QString &text)
    {
        QLineEdit *search = m_w.search;
        for (const QChar c : text) {
            filter(u"search typed '" + search->text() + c + u"'", [search, c] {
                QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
                QCoreApplication::sendEvent(search, &press);
                return true;
            });
        }
    }
    void clear()
    {
        filter(QStringLiteral("search cleared"), [this] {
            m_w.search->clear();
            return true;
        });
    }

    QList<double> times, cpu;

private:
    const Widgets &m_w;
};

// 4. Filter changes: the scope, channel, status and queue filters, then typed searches.
void measureFilters(const Widgets &w, const Options &options)
{
    FilterRun run(w);
    using Scope = app::TicketQueueFilter::Scope;
    run.choose(w.scope, QStringLiteral("mine"), int(Scope::Mine));
    run.choose(w.scope, QStringLiteral("unassigned"), int(Scope::Unassigned));
    run.choose(w.scope, QStringLiteral("all"), int(Scope::All));
    for (const char *code : {"email", "phone", "social", "chat"})
        run.choose(w.channel, QString::fromLatin1(code), QString::fromLatin1(code));
    run.choose(w.channel, QStringLiteral("any"), QString());
    for (const char *code : {"new", "pending", "resolved", "closed", "any"})
        run.choose(w.status, QString::fromLatin1(code), QString::fromLatin1(code));
    run.choose(w.scope, QStringLiteral("mine (any status)"), int(Scope::Mine));
    run.choose(w.scope, QStringLiteral("all (any status)"), int(Scope::All));
    run.choose(w.status, QStringLiteral("active"), QString());
    run.choose(w.queueFilter, QStringLiteral("returns"), QStringLiteral("returns"));
    run.choose(w.queueFilter, QStringLiteral("any"), QString());
    w.search->setFocus();
    for (const QString &text : QStringList{
             QStringLiteral("достав"), QStringLiteral("Петров"),
             QStringLiteral("#") + QString::number(options.tickets - 50), QStringLiteral("qqzx")}) {
        run.type(text);
        run.clear();
    }
    run.choose(w.status, QStringLiteral("any (for search)"), QStringLiteral("any"));
    run.type(QStringLiteral("курьер"));
    run.clear();
    run.choose(w.status, QStringLiteral("active"), QString());
    result("queue filter change, " + options.scale(),
           QStringLiteral("%1; %2 of %3 over 100 ms; GUI-thread CPU %4")
               .arg(summary(run.times))
               .arg(std::count_if(run.times.cbegin(), run.times.cend(),
                                  [](double t) { return t > 100; }))
               .arg(run.times.size())
               .arg(summary(run.cpu)));
}

// 5. Opening a conversation of 1,000 messages (as Enter in the queue does).
void measureOpening(const Widgets &w, const CacheFacts &facts, const Options &options)
{
    QList<double> openTimes, openCpu;
    for (int i = 0; i < 10; ++i) {
        const QString ticket = facts.conversations.at(i % 2);
        const Step step = measure(w.messageView->viewport(), [&] {
            QMetaObject::invokeMethod(w.conversation, "openTicket", Q_ARG(QString, ticket));
            return true;
        });
        openTimes.append(step.latencyMs);
        openCpu.append(step.cpuMs);
        std::printf("   open %s (%s) %7.1f ms (CPU %6.1f ms), %d messages loaded\n",
                    qPrintable(ticket), i < 2 ? "first time" : "switch", step.latencyMs, step.cpuMs,
                    w.messageView->model()->rowCount());
    }
    result("open a conversation of " + QByteArray::number(options.messages) + " messages",
           QStringLiteral("first %1 ms, %2; GUI-thread CPU %3")
               .arg(openTimes.first(), 0, 'f', 1)
               .arg(summary(openTimes))
               .arg(summary(openCpu)));
}

// 6. Scrolling the queue: a wheel notch (3 rows) every 16 ms, 600 times, loading pages.
void measureScrolling(const Widgets &w)
{
    QTableView *queue = w.queue;
    queue->setFocus();
    const QPoint inside = queue->viewport()->rect().center();
    const auto wheel = [&](int delta) {
        QWheelEvent event(inside, queue->viewport()->mapToGlobal(inside), QPoint(),
                          QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(queue->viewport(), &event);
    };
    const Frames scroll = frames(queue->viewport(), 600, 16, [&](int i) {
        const int before = queue->verticalScrollBar()->value();
        wheel(i < 450 ? -120 : 120);
        return queue->verticalScrollBar()->value() != before;
    });
    std::printf("   scrolled to row %d of %d loaded\n", queue->rowAt(0),
                queue->model()->rowCount());
    result("frame time, scrolling the queue", frameSummary(scroll));
}

// A customer's message and its ticket's new state, one feed page as the sync engine applies it.
QJsonArray streamedPage(const QString &ticket, QJsonObject &ticketState, QRandomGenerator &random,
                        qint64 &feedSeq, int i)
{
    const QString id = u"stream" + QString::number(QDateTime::currentMSecsSinceEpoch()) + u'-' +
                       QString::number(i);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    ticketState.insert(QStringLiteral("version"), ticketState.value(u"version").toInteger() + 1);
    ticketState.insert(QStringLiteral("last_customer_message_at"), iso(at));
    ticketState.insert(QStringLiteral("updated_at"), iso(at));
    return QJsonArray{
        QJsonObject{{QStringLiteral("seq"), ++feedSeq},
                    {QStringLiteral("entity"), QStringLiteral("message")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("op"), QStringLiteral("create")},
                    {QStringLiteral("data"),
                     messageJson(id, ticket, true, words(random, 5 + random.bounded(30)), at)}},
        QJsonObject{{QStringLiteral("seq"), ++feedSeq},
                    {QStringLiteral("entity"), QStringLiteral("ticket")},
                    {QStringLiteral("id"), ticket},
                    {QStringLiteral("op"), QStringLiteral("update")},
                    {QStringLiteral("data"), ticketState}}};
}

// 7. Messages streaming into the open conversation: 20 a second through the feed applier.
void measureStreaming(const Widgets &w, app::LocalStore &store, const CacheFacts &facts)
{
    const QString streamed = facts.conversations.at(0);
    QMetaObject::invokeMethod(w.conversation, "openTicket", Q_ARG(QString, streamed));
    settle(200);
    auto base = store.serverTicket(streamed);
    if (!base)
        qFatal("no ticket %s", qPrintable(streamed));
    QJsonObject ticketState = base.value();
    QRandomGenerator random(99);
    qint64 feedSeq = 1000000000;
    const Frames stream = frames(w.messageView->viewport(), 200, 50, [&](int i) {
        const QJsonArray changes = streamedPage(streamed, ticketState, random, feedSeq, i);
        auto applied = app::ChangeFeedApplier(store).applyPage(
            {{QStringLiteral("changes"), changes}, {QStringLiteral("next"), feedSeq}});
        if (!applied)
            qFatal("stream: %s", qPrintable(applied.error().message));
        return true;
    });
    result("frame time, 20 messages/s into the open conversation", frameSummary(stream));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--startup-child") == 0)
            return startupChild(argc, argv, sinceMain);
    }
    Options options = parseArguments(argc, argv);
    QTemporaryDir temporary;
    if (options.work.isEmpty())
        options.work = temporary.path();
    // The bench's own settings, data and cache folders, inherited by the cold-start children.
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QDir(options.work).filePath(QString::fromLatin1(variable)).toLocal8Bit());

    TimedApplication application(argc, argv);
    setUpApplication();
    std::printf("ui_bench: %d tickets, %d messages in a conversation, platform %s, load %s\n",
                options.tickets, options.messages, qPrintable(QGuiApplication::platformName()),
                qPrintable(loadAverage()));
    const CacheFacts facts = prepareCache(options);
    measureColdStarts(options);

    // 3. The same start in this process, then the interactions.
    Desktop workspace = startWorkspace(application, [](const char *) {});
    if (!QTest::qWaitForWindowExposed(workspace.window.get()))
        qFatal("the window was not exposed");
    settle(300);
    const Widgets widgets = findWidgets(workspace.window.get());
    if (options.wants("filter"))
        measureFilters(widgets, options);
    if (options.wants("open"))
        measureOpening(widgets, facts, options);
    if (options.wants("scroll"))
        measureScrolling(widgets);
    if (options.wants("stream"))
        measureStreaming(widgets, workspace.desk->store(), facts);
    std::printf("load %s\n", qPrintable(loadAverage()));
    return 0;
}

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
#include "protocol/Ticket.h"
#include "protocol/Version.h"
#include "ui/chat/ConversationPane.h"
#include "ui/common/ClientParts.h"
#include "ui/common/UiSetup.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UiSettings.h"

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

namespace {

// The kept session: an operator of the first line whose back office is not reachable (nothing
// listens on the discard port), so the workspace starts from its cache as it does offline.
const QUrl Server(QStringLiteral("http://127.0.0.1:9"));
const QString User = QStringLiteral("olga");
const QString Workspace = QStringLiteral("production");
const QString Me = QStringLiteral("op1");
constexpr int Operators = 12;
constexpr int Customers = 20000;

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

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// CPU time of the calling thread or of the whole process, in ms: what a frame or a start cost
// however many other processes share the cores (the wall-clock figures depend on that too).
double cpuMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// ---------------------------------------------------------------------------------------------
// The synthetic cache.

QStringList vocabulary()
{
    static const QStringList words{
        QStringLiteral("заказ"),    QStringLiteral("доставка"), QStringLiteral("возврат"),
        QStringLiteral("оплата"),   QStringLiteral("курьер"),   QStringLiteral("посылка"),
        QStringLiteral("карта"),    QStringLiteral("скидка"),   QStringLiteral("гарантия"),
        QStringLiteral("адрес"),    QStringLiteral("order"),    QStringLiteral("refund"),
        QStringLiteral("delivery"), QStringLiteral("payment"),  QStringLiteral("courier"),
        QStringLiteral("parcel"),   QStringLiteral("warranty"), QStringLiteral("discount"),
        QStringLiteral("address"),  QStringLiteral("invoice"),  QStringLiteral("status"),
        QStringLiteral("account"),  QStringLiteral("password"), QStringLiteral("bonus")};
    static const QStringList syllables{
        QStringLiteral("ка"), QStringLiteral("ро"), QStringLiteral("ми"), QStringLiteral("ст"),
        QStringLiteral("ве"), QStringLiteral("ol"), QStringLiteral("ar"), QStringLiteral("en"),
        QStringLiteral("ti"), QStringLiteral("us")};
    QStringList list = words;
    QRandomGenerator random(7);
    while (list.size() < 5000) {
        QString word;
        for (int i = 0, n = 2 + random.bounded(3); i < n; ++i)
            word += syllables.at(random.bounded(syllables.size()));
        list.append(word);
    }
    return list;
}

QString words(QRandomGenerator &random, int count)
{
    static const QStringList all = vocabulary();
    QStringList text;
    for (int i = 0; i < count; ++i) {
        const double u = random.generateDouble(); // skewed: the first words are common
        text.append(all.at(std::min<qsizetype>(all.size() - 1, qsizetype(u * u * u * all.size()))));
    }
    return text.join(u' ');
}

QString customerName(int n)
{
    static const QStringList first{
        QStringLiteral("Анна"),    QStringLiteral("Борис"),   QStringLiteral("Виктор"),
        QStringLiteral("Галина"),  QStringLiteral("Дмитрий"), QStringLiteral("Елена"),
        QStringLiteral("Жанна"),   QStringLiteral("Игорь"),   QStringLiteral("Ксения"),
        QStringLiteral("Олег"),    QStringLiteral("John"),    QStringLiteral("Maria"),
        QStringLiteral("Aigerim"), QStringLiteral("Nurlan"),  QStringLiteral("Светлана")};
    static const QStringList last{
        QStringLiteral("Иванова"),  QStringLiteral("Петров"),   QStringLiteral("Смирнова"),
        QStringLiteral("Кузнецов"), QStringLiteral("Попова"),   QStringLiteral("Соколов"),
        QStringLiteral("Лебедева"), QStringLiteral("Козлов"),   QStringLiteral("Новикова"),
        QStringLiteral("Морозов"),  QStringLiteral("Smith"),    QStringLiteral("Garcia"),
        QStringLiteral("Ахметова"), QStringLiteral("Сейткали"), QStringLiteral("Волков"),
        QStringLiteral("Зайцева"),  QStringLiteral("Павлов"),   QStringLiteral("Семенова")};
    return first.at(n % first.size()) + u' ' + last.at((n / first.size()) % last.size()) + u' ' +
           QString::number(n);
}

QString iso(const QDateTime &time)
{
    return time.toString(Qt::ISODateWithMs);
}

QJsonObject messageJson(const QString &id, const QString &ticketId, bool customer,
                        const QString &body, const QDateTime &at)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("ticket_id"), ticketId},
            {QStringLiteral("author_kind"),
             customer ? QStringLiteral("customer") : QStringLiteral("operator")},
            {QStringLiteral("author_id"), customer ? QString() : Me},
            {QStringLiteral("author_name"),
             customer ? QStringLiteral("Анна Иванова") : QStringLiteral("Ольга")},
            {QStringLiteral("internal"), false},
            {QStringLiteral("body"), body},
            {QStringLiteral("created_at"), iso(at)}};
}

// Feeds changes to ChangeFeedApplier in pages of 500, as the sync engine does.
class FeedWriter
{
public:
    explicit FeedWriter(app::LocalStore &store)
        : m_store(store)
    {}
    ~FeedWriter() { flush(); }

    void add(const QString &entity, const QString &id, const QJsonObject &data)
    {
        m_page.append(QJsonObject{{QStringLiteral("seq"), ++m_seq},
                                  {QStringLiteral("entity"), entity},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("op"), QStringLiteral("upsert")},
                                  {QStringLiteral("data"), data}});
        ++m_count;
        if (m_page.size() == 500)
            flush();
    }
    void flush()
    {
        if (m_page.isEmpty())
            return;
        auto applied = app::ChangeFeedApplier(m_store).applyPage(
            {{QStringLiteral("changes"), m_page}, {QStringLiteral("next"), m_seq}});
        if (!applied)
            qFatal("feed page: %s", qPrintable(applied.error().message));
        m_page = {};
    }
    qint64 count() const { return m_count; }

private:
    app::LocalStore &m_store;
    QJsonArray m_page;
    qint64 m_seq = 0;
    qint64 m_count = 0;
};

struct CacheFacts
{
    int tickets = 0;
    int active = 0;
    int mine = 0;
    qint64 changes = 0;
    QStringList conversations; // tickets with the long conversations
};

// 100,000 tickets over half a year: most of them resolved or closed, the newest tenth mostly
// active; 12 operators (op1 is the signed-in one), 20,000 customers, a customer message and a
// reply on every active ticket, two tickets of mine with `messages` messages each, 500 KB
// articles and 40 canned responses.
CacheFacts buildCache(const QString &path, int tickets, int messages)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal");
    QFile::remove(path + u"-shm");
    app::LocalStore store;
    if (auto opened = store.open(path); !opened)
        qFatal("%s", qPrintable(opened.error().message));
    CacheFacts facts;
    QRandomGenerator random(42);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 span = 180LL * 24 * 3600;
    {
        FeedWriter feed(store);
        for (int o = 1; o <= Operators; ++o) {
            const QString id = u"op" + QString::number(o);
            feed.add(
                QStringLiteral("operator"), id,
                {{QStringLiteral("id"), id},
                 {QStringLiteral("display_name"),
                  o == 1 ? QStringLiteral("Ольга") : QString(u"Operator " + QString::number(o))},
                 {QStringLiteral("line"), o == 12 ? 2 : 1},
                 {QStringLiteral("team"), QStringLiteral("orders")}});
        }
        for (int c = 1; c <= Customers; ++c) {
            const QString id = u"c" + QString::number(c);
            feed.add(
                QStringLiteral("customer"), id,
                {{QStringLiteral("id"), id},
                 {QStringLiteral("name"), customerName(c)},
                 {QStringLiteral("email"), QStringLiteral("customer%1@example.org").arg(c)},
                 {QStringLiteral("phone"), QStringLiteral("+7 900 %1").arg(c, 7, 10, QChar(u'0'))},
                 {QStringLiteral("city"), QStringLiteral("Москва")},
                 {QStringLiteral("locale"), QStringLiteral("ru")},
                 {QStringLiteral("orders"), QJsonArray()}});
        }
        for (int a = 1; a <= 500; ++a) {
            const QString id = u"kb" + QString::number(a);
            feed.add(QStringLiteral("kb_article"), id,
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("slug"), QString(u"article-" + QString::number(a))},
                      {QStringLiteral("locale"),
                       a % 3 == 0 ? QStringLiteral("en") : QStringLiteral("ru")},
                      {QStringLiteral("title"), words(random, 5)},
                      {QStringLiteral("body"), words(random, 120)},
                      {QStringLiteral("tags"), QJsonArray()},
                      {QStringLiteral("version"), 1},
                      {QStringLiteral("updated_at"), iso(now.addDays(-30))}});
        }
        for (int m = 1; m <= 40; ++m) {
            const QString id = u"macro" + QString::number(m);
            feed.add(QStringLiteral("macro"), id,
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("slug"), id},
                      {QStringLiteral("locale"), QStringLiteral("ru")},
                      {QStringLiteral("title"), words(random, 3)},
                      {QStringLiteral("shortcut"), QString()},
                      {QStringLiteral("body"), words(random, 25)}});
        }

        static const char *channels[] = {"chat",  "chat",     "chat",  "chat",  "email",
                                         "email", "web_form", "phone", "phone", "social"};
        static const char *queues[] = {"orders", "returns", "payments", "delivery"};
        const int conversationA = tickets - 3;
        const int conversationB = tickets - 7;
        int seqMessage = 0;
        for (int n = 1; n <= tickets; ++n) {
            protocol::Ticket ticket;
            ticket.id = u"t" + QString::number(n);
            ticket.number = n;
            const QString channel = QString::fromLatin1(channels[random.bounded(10)]);
            ticket.channel = protocol::channelFromString(channel).value();
            ticket.queue = QString::fromLatin1(queues[random.bounded(4)]);
            const int p = random.bounded(100);
            ticket.priority = p < 10   ? protocol::Priority::Low
                              : p < 70 ? protocol::Priority::Normal
                              : p < 92 ? protocol::Priority::High
                                       : protocol::Priority::Urgent;
            ticket.subject = words(random, 3 + random.bounded(5));
            ticket.customerId = u"c" + QString::number(1 + random.bounded(Customers));
            ticket.createdAt = now.addSecs(-span + span * n / tickets);
            const int s = random.bounded(100);
            using Status = protocol::TicketStatus;
            if (n > tickets * 9 / 10) {
                ticket.status = s < 25   ? Status::New
                                : s < 60 ? Status::Open
                                : s < 75 ? Status::Pending
                                : s < 90 ? Status::Resolved
                                         : Status::Closed;
            } else {
                ticket.status = s < 1    ? Status::Open
                                : s < 2  ? Status::Pending
                                : s < 32 ? Status::Resolved
                                         : Status::Closed;
            }
            if (n == conversationA || n == conversationB)
                ticket.status = Status::Open;
            const bool active = ticket.status == Status::New || ticket.status == Status::Open ||
                                ticket.status == Status::Pending;
            if (ticket.status != Status::New || random.bounded(100) < 15)
                ticket.assigneeId = u"op" + QString::number(1 + random.bounded(Operators));
            if (n == conversationA || n == conversationB)
                ticket.assigneeId = Me;
            const int firstResponse = channel == u"chat"    ? 2 * 60
                                      : channel == u"email" ? 4 * 3600
                                                            : 3600;
            ticket.firstResponseDue = ticket.createdAt.addSecs(firstResponse);
            ticket.resolutionDue = ticket.createdAt.addSecs(channel == u"chat" ? 86400 : 3 * 86400);
            if (ticket.status != Status::New)
                ticket.firstResponseAt =
                    ticket.createdAt.addSecs(random.bounded(firstResponse * 2));
            ticket.lastCustomerMessageAt = ticket.createdAt.addSecs(random.bounded(3600));
            if (ticket.status == Status::Resolved || ticket.status == Status::Closed)
                ticket.resolutionCode = QStringLiteral("answered");
            ticket.version = 1 + random.bounded(6);
            ticket.updatedAt = ticket.lastCustomerMessageAt;
            feed.add(QStringLiteral("ticket"), ticket.id, ticket.toJson());
            ++facts.tickets;
            if (!active)
                continue;
            ++facts.active;
            if (ticket.assigneeId == Me)
                ++facts.mine;
            const int count = n == conversationA || n == conversationB
                                  ? messages
                                  : (ticket.status == Status::New ? 1 : 2);
            QDateTime at = ticket.createdAt;
            for (int m = 0; m < count; ++m) {
                const QString id = u"m" + QString::number(++seqMessage);
                const bool customer = m % 2 == 0;
                QString body = words(random, 5 + random.bounded(40));
                if (m % 17 == 5)
                    body += QStringLiteral(" https://shop.example.org/orders/%1").arg(n);
                feed.add(QStringLiteral("message"), id,
                         messageJson(id, ticket.id, customer, body, at));
                at = at.addSecs(20 + random.bounded(120));
            }
        }
        facts.conversations = {u"t" + QString::number(conversationA),
                               u"t" + QString::number(conversationB)};
        feed.flush();
        facts.changes = feed.count();
    }
    store.close();
    return facts;
}

// What Session::login leaves behind: the session's description and its token (in a 0600 file,
// the keychain being off), so ClientCore::resume() signs in without the network.
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

// Counts paint events of one widget.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

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

// ---------------------------------------------------------------------------------------------
// Measuring in the bench's own process.

// Adds up the time the GUI thread spends delivering events (top level only), so a frame's work
// can be told apart from the time the loop waits (e.g. Qt's 5 ms update timer).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Other threads (Qt's network thread, the cache's maintenance thread) deliver their
        // events through here too: only the GUI thread's count, and only it touches the counters.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth++ > 0) {
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 spent = timer.nsecsElapsed();
        busyNs += spent;
        longestNs = std::max(longestNs, spent);
        return result;
    }

    qint64 busyNs = 0;
    qint64 longestNs = 0; // the longest single event delivery

private:
    int m_depth = 0;
};

TimedApplication *timedApp()
{
    return static_cast<TimedApplication *>(QCoreApplication::instance());
}

struct Step
{
    double latencyMs = 0; // from the action to the painted view with the loop idle
    double workMs = 0;    // of which the GUI thread was delivering events (wall clock)
    double cpuMs = 0;     // the GUI thread's CPU time over the same span
    // The GUI thread's kernel view of the same span, written with frames over 16 ms.
    double systemMs = 0; // of the CPU time, in the kernel
    long faults = 0;     // page faults
    long waits = 0;      // times the thread gave up the CPU (a lock, I/O, a sleep)
    long preempted = 0;  // times the kernel took the CPU from it (other threads or processes)
};

struct ThreadUsage
{
    double systemMs = 0;
    long faults = 0, waits = 0, preempted = 0;

    static ThreadUsage now()
    {
        rusage usage{};
        getrusage(RUSAGE_THREAD, &usage);
        return {double(usage.ru_stime.tv_sec) * 1e3 + double(usage.ru_stime.tv_usec) / 1e3,
                usage.ru_minflt + usage.ru_majflt, usage.ru_nvcsw, usage.ru_nivcsw};
    }
    void since(const ThreadUsage &start, Step &step) const
    {
        step.systemMs = systemMs - start.systemMs;
        step.faults = faults - start.faults;
        step.waits = waits - start.waits;
        step.preempted = preempted - start.preempted;
    }
};

// Runs `action` from the event loop, then the loop until `view` has painted and the loop is idle.
// An action that returns false changed nothing visible (a scroll at the end): no paint to wait for.
Step measure(QWidget *view, const std::function<bool()> &action)
{
    PaintProbe probe(view);
    QEventLoop loop;
    QElapsedTimer timer;
    Step step;
    qint64 busyAtStart = 0;
    double cpuAtStart = 0;
    ThreadUsage usageAtStart;
    bool started = false;
    const auto idle = QObject::connect(
        QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, &loop, [&] {
            if (!started || probe.paints == 0 || step.latencyMs > 0)
                return;
            step.latencyMs = ms(timer);
            step.workMs = double(timedApp()->busyNs - busyAtStart) / 1e6;
            step.cpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpuAtStart;
            ThreadUsage::now().since(usageAtStart, step);
            loop.quit();
        });
    QTimer::singleShot(0, &loop, [&] {
        timer.start();
        busyAtStart = timedApp()->busyNs;
        cpuAtStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        usageAtStart = ThreadUsage::now();
        started = true;
        if (!action()) {
            step.latencyMs = ms(timer);
            step.workMs = double(timedApp()->busyNs - busyAtStart) / 1e6;
            step.cpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpuAtStart;
            loop.quit();
        }
    });
    QTimer::singleShot(10000, &loop, [&] {
        std::printf("   (no paint within 10 s)\n");
        loop.quit();
    });
    loop.exec();
    QObject::disconnect(idle);
    return step;
}

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

QString summary(const QList<double> &values)
{
    return QStringLiteral("p50 %1 ms, p95 %2 ms, p99 %3 ms, max %4 ms (n=%5)")
        .arg(percentile(values, 0.5), 0, 'f', 1)
        .arg(percentile(values, 0.95), 0, 'f', 1)
        .arg(percentile(values, 0.99), 0, 'f', 1)
        .arg(percentile(values, 1.0), 0, 'f', 1)
        .arg(values.size());
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                          : QStringLiteral("?");
}

struct Frames
{
    QList<double> work;
    QList<double> cpu;
    QList<double> latency;
    qint64 longestEventNs = 0;
};

// Drives `step` every `intervalMs` from a timer `count` times; a frame is the step's own work
// plus everything the loop does until `view` has painted and the loop is idle again.
Frames frames(QWidget *view, int count, int intervalMs, const std::function<bool(int)> &step)
{
    Frames result;
    timedApp()->longestNs = 0;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer pace;
        pace.start();
        const Step one = measure(view, [&] { return step(i); });
        if (one.workMs > 16) // to line up with Qt's and the cache's log (the bench's stderr)
            qInfo(
                "frame %d: busy %.1f ms, GUI-thread CPU %.1f ms (%.1f ms in the kernel), %ld page "
                "faults, %ld waits, preempted %ld times",
                i, one.workMs, one.cpuMs, one.systemMs, one.faults, one.waits, one.preempted);
        result.work.append(one.workMs);
        result.cpu.append(one.cpuMs);
        result.latency.append(one.latencyMs);
        const int left = intervalMs - int(pace.elapsed());
        if (left > 0)
            settle(left);
    }
    result.longestEventNs = timedApp()->longestNs;
    return result;
}

QString frameSummary(const Frames &frames)
{
    return QStringLiteral("busy %1; %2 of %3 over 16 ms; GUI-thread CPU %4; longest event %5 ms")
        .arg(summary(frames.work))
        .arg(std::count_if(frames.work.cbegin(), frames.work.cend(),
                           [](double t) { return t > 16; }))
        .arg(frames.work.size())
        .arg(summary(frames.cpu))
        .arg(double(frames.longestEventNs) / 1e6, 0, 'f', 1);
}

void result(const QByteArray &name, const QString &text)
{
    std::printf("RESULT %s: %s\n", name.constData(), qPrintable(text));
    std::fflush(stdout);
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

    int tickets = 100000, messages = 1000, starts = 5;
    QString work;
    bool reuse = false;
    QByteArray only; // one of start, filter, open, scroll, stream (for profiling)
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--reuse") == 0) {
            reuse = true;
            continue;
        }
        if (i + 1 >= argc)
            break;
        const QByteArray option = argv[i++];
        if (option == "--tickets")
            tickets = QByteArray(argv[i]).toInt();
        else if (option == "--messages")
            messages = QByteArray(argv[i]).toInt();
        else if (option == "--starts")
            starts = QByteArray(argv[i]).toInt();
        else if (option == "--only")
            only = argv[i];
        else if (option == "--work")
            work = QString::fromLocal8Bit(argv[i]);
    }
    QTemporaryDir temporary;
    if (work.isEmpty())
        work = temporary.path();
    // The bench's own settings, data and cache folders, inherited by the cold-start children.
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QDir(work).filePath(QString::fromLatin1(variable)).toLocal8Bit());

    TimedApplication application(argc, argv);
    setUpApplication();
    std::printf("ui_bench: %d tickets, %d messages in a conversation, platform %s, load %s\n",
                tickets, messages, qPrintable(QGuiApplication::platformName()),
                qPrintable(loadAverage()));

    // 1. The cache, through the feed applier, and the kept session.
    const QString dataDir = dataDirectory();
    const QString cachePath = app::LocalStore::cachePath(dataDir, Server, User, Workspace);
    QElapsedTimer timer;
    timer.start();
    CacheFacts facts;
    if (reuse && QFile::exists(cachePath)) {
        facts.conversations = {u"t" + QString::number(tickets - 3),
                               u"t" + QString::number(tickets - 7)};
        std::printf("cache: reusing %s\n", qPrintable(cachePath));
    } else {
        facts = buildCache(cachePath, tickets, messages);
    }
    keepSession(dataDir);
    std::printf("cache: %d tickets (%d active, %d mine), %lld feed changes applied in %.1f s, "
                "%.0f MB\n",
                facts.tickets, facts.active, facts.mine, facts.changes, timer.elapsed() / 1000.0,
                double(QFileInfo(cachePath).size()) / 1e6);
    std::fflush(stdout);

    const auto wants = [&only](const char *phase) { return only.isEmpty() || only == phase; };
    // 2. Cold starts, each a new process.
    QList<double> startWall, startMain, startCpu;
    for (int run = 0; wants("start") && run < starts; ++run) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer wall;
        wall.start();
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--startup-child")});
        QByteArray output;
        double fromMain = -1, total = -1, cpu = -1;
        while (total < 0 && child.waitForReadyRead(30000)) {
            output += child.readAllStandardOutput();
            for (const QByteArray &line : output.split('\n')) {
                if (line.startsWith("CPU "))
                    cpu = line.mid(4).toDouble();
                if (line.startsWith("READY ")) {
                    total = ms(wall);
                    fromMain = line.mid(6).toDouble();
                }
            }
        }
        child.waitForFinished(30000);
        output += child.readAllStandardOutput();
        if (total < 0)
            qFatal("cold start %d did not report READY:\n%s", run, output.constData());
        startWall.append(total);
        startMain.append(fromMain);
        startCpu.append(cpu);
        QString milestones;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("MILESTONE "))
                milestones += QString::fromLatin1(line.mid(10)) + u"; ";
        }
        std::printf("   start %d: %.1f ms from exec, %.1f ms from main(), %.1f ms CPU [%s]\n",
                    run + 1, total, fromMain, cpu, qPrintable(milestones));
    }
    const QByteArray scale = QByteArray::number(tickets / 1000) + "k tickets";
    if (!startWall.isEmpty())
        result("cold start to interactive, " + scale + " (from exec)",
               QStringLiteral("first %1 ms, median %2 ms, max %3 ms (n=%4); from main(): median %5 "
                              "ms; process CPU: median %6 ms")
                   .arg(startWall.first(), 0, 'f', 1)
                   .arg(percentile(startWall, 0.5), 0, 'f', 1)
                   .arg(percentile(startWall, 1.0), 0, 'f', 1)
                   .arg(startWall.size())
                   .arg(percentile(startMain, 0.5), 0, 'f', 1)
                   .arg(percentile(startCpu, 0.5), 0, 'f', 1));

    // 3. The same start in this process, then the interactions.
    Desktop workspace = startWorkspace(application, [](const char *) {});
    ui::MainWindow *window = workspace.window.get();
    if (!QTest::qWaitForWindowExposed(window))
        qFatal("the window was not exposed");
    settle(300);
    auto *queue = window->findChild<QTableView *>(QStringLiteral("queueTable"));
    auto *scope = window->findChild<QComboBox *>(QStringLiteral("queueScope"));
    auto *channel = window->findChild<QComboBox *>(QStringLiteral("queueChannel"));
    auto *status = window->findChild<QComboBox *>(QStringLiteral("queueStatus"));
    auto *queueFilter = window->findChild<QComboBox *>(QStringLiteral("queueQueue"));
    auto *search = window->findChild<QLineEdit *>(QStringLiteral("queueSearch"));
    auto *messageView = window->findChild<QListView *>(QStringLiteral("messageView"));
    auto *conversation = window->findChild<ui::ConversationPane *>(QStringLiteral("conversation"));
    if (!queue || !scope || !channel || !status || !queueFilter || !search || !messageView ||
        !conversation)
        qFatal("a widget of the workspace is missing");
    std::printf("window %dx%d, queue viewport %dx%d, %d rows loaded\n", window->width(),
                window->height(), queue->viewport()->width(), queue->viewport()->height(),
                queue->model()->rowCount());

    if (wants("filter")) {
        // 4. Filter changes: each until the queue has painted its new first page.
        QList<double> filterTimes, filterCpu;
        const auto filter = [&](const QString &what, const std::function<bool()> &change) {
            const Step step = measure(queue->viewport(), change);
            filterTimes.append(step.latencyMs);
            filterCpu.append(step.cpuMs);
            std::printf("   filter %-34s %7.1f ms (CPU %6.1f ms), %d rows\n", qPrintable(what),
                        step.latencyMs, step.cpuMs, queue->model()->rowCount());
        };
        const auto choose = [&](QComboBox *box, const QString &text, const QVariant &data) {
            filter(box->objectName() + u" = " + text, [box, data] {
                box->setCurrentIndex(box->findData(data));
                return true;
            });
        };
        using Scope = app::TicketQueueFilter::Scope;
        choose(scope, QStringLiteral("mine"), int(Scope::Mine));
        choose(scope, QStringLiteral("unassigned"), int(Scope::Unassigned));
        choose(scope, QStringLiteral("all"), int(Scope::All));
        for (const char *code : {"email", "phone", "social", "chat"})
            choose(channel, QString::fromLatin1(code), QString::fromLatin1(code));
        choose(channel, QStringLiteral("any"), QString());
        for (const char *code : {"new", "pending", "resolved", "closed", "any"})
            choose(status, QString::fromLatin1(code), QString::fromLatin1(code));
        choose(scope, QStringLiteral("mine (any status)"), int(Scope::Mine));
        choose(scope, QStringLiteral("all (any status)"), int(Scope::All));
        choose(status, QStringLiteral("active"), QString());
        choose(queueFilter, QStringLiteral("returns"), QStringLiteral("returns"));
        choose(queueFilter, QStringLiteral("any"), QString());
        search->setFocus();
        // Typing: every keystroke is a filter change.
        const auto type = [&](const QString &text) {
            for (const QChar c : text) {
                filter(u"search typed '" + search->text() + c + u"'", [&, c] {
                    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
                    QCoreApplication::sendEvent(search, &press);
                    return true;
                });
            }
        };
        const auto clear = [&] {
            filter(QStringLiteral("search cleared"), [&] {
                search->clear();
                return true;
            });
        };
        type(QStringLiteral("достав"));
        clear();
        type(QStringLiteral("Петров"));
        clear();
        type(QStringLiteral("#") + QString::number(tickets - 50));
        clear();
        type(QStringLiteral("qqzx"));
        clear();
        choose(status, QStringLiteral("any (for search)"), QStringLiteral("any"));
        type(QStringLiteral("курьер"));
        clear();
        choose(status, QStringLiteral("active"), QString());
        result("queue filter change, " + scale,
               QStringLiteral("%1; %2 of %3 over 100 ms; GUI-thread CPU %4")
                   .arg(summary(filterTimes))
                   .arg(std::count_if(filterTimes.cbegin(), filterTimes.cend(),
                                      [](double t) { return t > 100; }))
                   .arg(filterTimes.size())
                   .arg(summary(filterCpu)));
    }
    if (wants("open")) {
        // 5. Opening a conversation of 1,000 messages (as Enter in the queue does).
        QList<double> openTimes, openCpu;
        for (int i = 0; i < 10; ++i) {
            const QString ticket = facts.conversations.at(i % 2);
            const Step step = measure(messageView->viewport(), [&] {
                QMetaObject::invokeMethod(conversation, "openTicket", Q_ARG(QString, ticket));
                return true;
            });
            openTimes.append(step.latencyMs);
            openCpu.append(step.cpuMs);
            std::printf("   open %s (%s) %7.1f ms (CPU %6.1f ms), %d messages loaded\n",
                        qPrintable(ticket), i < 2 ? "first time" : "switch", step.latencyMs,
                        step.cpuMs, messageView->model()->rowCount());
        }
        result("open a conversation of " + QByteArray::number(messages) + " messages",
               QStringLiteral("first %1 ms, %2; GUI-thread CPU %3")
                   .arg(openTimes.first(), 0, 'f', 1)
                   .arg(summary(openTimes))
                   .arg(summary(openCpu)));
    }
    if (wants("scroll")) {
        // 6. Scrolling the queue: a wheel notch (3 rows) every 16 ms, 600 times, loading pages.
        queue->setFocus();
        const QPoint inside = queue->viewport()->rect().center();
        const auto wheel = [&](int delta) {
            QWheelEvent event(inside, queue->viewport()->mapToGlobal(inside), QPoint(),
                              QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                              false);
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
    if (wants("stream")) {
        // 7. Messages streaming into the open conversation: 20 a second through the feed applier
        // (a message and its ticket's new state per page, as the sync engine applies them).
        const QString streamed = facts.conversations.at(0);
        QMetaObject::invokeMethod(conversation, "openTicket", Q_ARG(QString, streamed));
        settle(200);
        auto base = workspace.desk->store().serverTicket(streamed);
        if (!base)
            qFatal("no ticket %s", qPrintable(streamed));
        QJsonObject ticketState = base.value();
        QRandomGenerator random(99);
        qint64 feedSeq = 1000000000;
        const Frames stream = frames(messageView->viewport(), 200, 50, [&](int i) {
            const QString id = u"stream" + QString::number(QDateTime::currentMSecsSinceEpoch()) +
                               u'-' + QString::number(i);
            const QDateTime at = QDateTime::currentDateTimeUtc();
            ticketState.insert(QStringLiteral("version"),
                               ticketState.value(u"version").toInteger() + 1);
            ticketState.insert(QStringLiteral("last_customer_message_at"), iso(at));
            ticketState.insert(QStringLiteral("updated_at"), iso(at));
            const QJsonArray changes{
                QJsonObject{
                    {QStringLiteral("seq"), ++feedSeq},
                    {QStringLiteral("entity"), QStringLiteral("message")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("op"), QStringLiteral("create")},
                    {QStringLiteral("data"),
                     messageJson(id, streamed, true, words(random, 5 + random.bounded(30)), at)}},
                QJsonObject{{QStringLiteral("seq"), ++feedSeq},
                            {QStringLiteral("entity"), QStringLiteral("ticket")},
                            {QStringLiteral("id"), streamed},
                            {QStringLiteral("op"), QStringLiteral("update")},
                            {QStringLiteral("data"), ticketState}}};
            auto applied = app::ChangeFeedApplier(workspace.desk->store())
                               .applyPage({{QStringLiteral("changes"), changes},
                                           {QStringLiteral("next"), feedSeq}});
            if (!applied)
                qFatal("stream: %s", qPrintable(applied.error().message));
            return true;
        });
        result("frame time, 20 messages/s into the open conversation", frameSummary(stream));
    }
    std::printf("load %s\n", qPrintable(loadAverage()));
    return 0;
}

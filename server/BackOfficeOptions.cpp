#include "server/BackOfficeOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace frontline::server {

Result<QPair<QHostAddress, quint16>> parseListenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        return Error{QStringLiteral("invalid_listen_address"),
                     QStringLiteral("--listen expects HOST:PORT, got \"%1\"").arg(text)};
    }
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost")
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (address.isNull() || !ok || port > 65535) {
        return Error{
            QStringLiteral("invalid_listen_address"),
            QStringLiteral("--listen expects an IP address and a port, got \"%1\"").arg(text)};
    }
    return qMakePair(address, static_cast<quint16>(port));
}

Result<BackOfficeOptions> BackOfficeOptions::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Frontline back office: the shared state of a "
                "contact center, served over HTTP to the desktop app."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("main", "Address and port to serve on; port 0 picks a free "
                                            "one (default 127.0.0.1:8080)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QString defaultDatabase =
        u"sqlite:" + QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(QStringLiteral("backoffice.sqlite"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("main",
                                    "sqlite:PATH or postgresql://USER@HOST:PORT/DB (default %1).")
            .arg(defaultDatabase),
        QStringLiteral("URL"), defaultDatabase);
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Fill an empty database with demo users, customers, "
                                            "tickets and knowledge-base articles."));
    const auto text = [](const char *name, const char *description, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name),
                                  QCoreApplication::translate("main", description),
                                  QString::fromLatin1(value));
    };
    const QCommandLineOption username = text("username", "user add: the sign-in name.", "NAME");
    const QCommandLineOption displayName =
        text("display-name", "user add: the name colleagues see.", "TEXT");
    const QCommandLineOption role =
        text("role", "user add: operator, supervisor, trainer, admin or integration.", "ROLE");
    const QCommandLineOption password = text(
        "password", "user add: the password (default: $FRONTLINE_PASSWORD, else stdin).", "TEXT");
    const QCommandLineOption queues =
        text("queues", "user add: comma-separated queues the operator works.", "LIST");
    const QCommandLineOption line = text("line", "user add: support line, 1 or 2.", "N");
    const QCommandLineOption team = text("team", "user add: team name.", "NAME");
    const QCommandLineOption maxChats =
        text("max-chats", "user add: concurrent chats at most (default 3).", "N");
    const QCommandLineOption locale = text("locale", "kb import: the articles' language.", "xx");
    QCommandLineOption loginDelay =
        text("login-delay-ms", "First delay after repeated failed sign-ins (default 500).", "MS");
    loginDelay.setFlags(QCommandLineOption::HiddenFromHelp);
    // Tests shorten the WebSocket keep-alive to see a dead peer dropped without waiting minutes.
    QCommandLineOption eventsPing =
        text("events-ping-ms", "Keep-alive ping interval of /api/v1/events (default 30000).", "MS");
    eventsPing.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption eventsPongTimeout = text(
        "events-pong-timeout-ms", "Drop an events socket silent this long (default 75000).", "MS");
    eventsPongTimeout.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(eventsPing);
    parser.addOption(eventsPongTimeout);
    // Tests shorten the contact flow's clocks the same way.
    QCommandLineOption chatGrace = text(
        "chat-grace-ms",
        "Return an away operator's chats to the queue after this long (default 120000).", "MS");
    chatGrace.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption slaScan =
        text("sla-scan-ms", "How often to look for SLA breaches (default 1000).", "MS");
    slaScan.setFlags(QCommandLineOption::HiddenFromHelp);
    // Tests let time pass without sleeping: POST /api/v1/test/clock {"advance_ms": N}.
    QCommandLineOption testClock(
        QStringLiteral("test-clock"),
        QCoreApplication::translate("main", "Serve POST /api/v1/test/clock, which moves the "
                                            "back office's time ahead (tests only)."));
    testClock.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(chatGrace);
    parser.addOption(slaScan);
    parser.addOption(testClock);
    const QCommandLineOption slaConfig =
        text("sla-config", "JSON file of SLA targets per channel and priority (see docs/kpis.md).",
             "FILE");
    const QCommandLineOption simulate =
        text("simulate", "With --demo: simulated customers make N contacts a minute.", "N");
    parser.addOptions({slaConfig, simulate});
    const QCommandLineOption name = text("name", "token create/revoke: the token's name.", "NAME");
    const QCommandLineOption demoSeed =
        text("demo-seed", "--demo: the random seed of the demo data (default 1).", "N");
    parser.addOptions({listen, database, demo, username, displayName, role, password, queues, line,
                       team, maxChats, locale, loginDelay, demoSeed, name});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main",
                                    "Optional: \"user add\", \"token create|list|revoke\", \"kb "
                                    "import DIR\", \"macros import FILE\" or \"routes\". "
                                    "Without a command the back office serves HTTP."),
        QStringLiteral("[command...]"));
    parser.process(arguments);

    BackOfficeOptions options;
    auto address = parseListenAddress(parser.value(listen));
    if (!address)
        return address.error();
    options.listenAddress = address->first;
    options.listenPort = address->second;

    auto url = DatabaseUrl::parse(parser.value(database));
    if (!url)
        return url.error();
    options.database = url.value();
    options.demo = parser.isSet(demo);
    options.testClock = parser.isSet(testClock);
    options.command = parser.positionalArguments();
    options.username = parser.value(username).toLower();
    options.name = parser.value(name);
    options.displayName = parser.value(displayName);
    options.role = parser.value(role);
    options.password = parser.value(password);
    options.queues = parser.value(queues).split(u',', Qt::SkipEmptyParts);
    for (QString &queue : options.queues)
        queue = queue.trimmed();
    options.team = parser.value(team);
    options.locale = parser.value(locale);
    const auto number = [&parser](const QCommandLineOption &option, int fallback) -> Result<int> {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok) {
            return Error{QStringLiteral("invalid_argument"),
                         QStringLiteral("--%1 expects a number").arg(option.names().constFirst())};
        }
        return value;
    };
    auto lineNumber = number(line, 1);
    if (!lineNumber)
        return lineNumber.error();
    options.line = lineNumber.value();
    auto chats = number(maxChats, 3);
    if (!chats)
        return chats.error();
    options.maxChats = chats.value();
    auto delay = number(loginDelay, 500);
    if (!delay)
        return delay.error();
    options.loginDelayMs = delay.value();
    auto ping = number(eventsPing, 30000);
    if (!ping)
        return ping.error();
    auto pongTimeout = number(eventsPongTimeout, 75000);
    if (!pongTimeout)
        return pongTimeout.error();
    if (ping.value() < 10 || pongTimeout.value() <= ping.value()) {
        return Error{
            QStringLiteral("invalid_argument"),
            QStringLiteral("--events-pong-timeout-ms must exceed --events-ping-ms (>= 10)")};
    }
    options.eventsPingMs = ping.value();
    options.eventsPongTimeoutMs = pongTimeout.value();
    auto grace = number(chatGrace, 120000);
    if (!grace)
        return grace.error();
    auto scan = number(slaScan, 1000);
    if (!scan)
        return scan.error();
    auto perMinute = number(simulate, 0);
    if (!perMinute)
        return perMinute.error();
    if (grace.value() < 0 || scan.value() < 10 || perMinute.value() < 0 ||
        perMinute.value() > 600000) {
        return Error{QStringLiteral("invalid_argument"),
                     QStringLiteral("--chat-grace-ms must be >= 0, --sla-scan-ms >= 10 and "
                                    "--simulate 0-600000")};
    }
    if (perMinute.value() > 0 && !options.demo) {
        return Error{QStringLiteral("invalid_argument"),
                     QStringLiteral("--simulate needs --demo: it writes to demo customers")};
    }
    options.chatGraceMs = grace.value();
    options.slaScanMs = scan.value();
    options.simulatePerMinute = perMinute.value();
    options.slaConfig = parser.value(slaConfig);
    auto seed = number(demoSeed, 1);
    if (!seed)
        return seed.error();
    options.demoSeed = quint32(seed.value());
    return options;
}

} // namespace frontline::server

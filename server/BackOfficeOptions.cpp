#include "server/BackOfficeOptions.h"

#include "protocol/SecretInput.h"

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

namespace {

QCommandLineOption option(const char *name, const char *description, const char *value = nullptr,
                          bool hidden = false)
{
    QCommandLineOption option(QString::fromLatin1(name),
                              QCoreApplication::translate("main", description));
    if (value)
        option.setValueName(QString::fromLatin1(value));
    if (hidden)
        option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

QString defaultDatabase()
{
    return u"sqlite:" + QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                            .filePath(QStringLiteral("backoffice.sqlite"));
}

// The front and the connection limits (issue 16, item 10), apart from the other options.
void declareFrontOptions(QCommandLineParser &parser)
{
    constexpr bool Hidden = true;
    parser.addOptions({
        option("behind-proxy",
               "Allow --listen beyond loopback: the nginx front of docs/deployment.md (TLS, "
               "request limits) is in place and is the only way in."),
        option("max-connections", "Open HTTP connections at most; more get 503 (default 1000).",
               "N"),
        option("max-event-sockets", "Open /api/v1/events sockets at most (default 2000).", "N"),
        // Tests shorten these to see a connection closed without waiting a minute.
        option("http-idle-ms", "Close an HTTP connection idle this long (default 75000).", "MS",
               Hidden),
        option("http-request-ms",
               "Close a connection whose request takes longer to arrive (default 30000).", "MS",
               Hidden),
        option("max-unsent-bytes",
               "Cut off a client that leaves this many bytes of answers unread (default 8 MiB).",
               "BYTES", Hidden),
    });
}

// Sign-in: whose client addresses to trust, and the throttles tests loosen.
void declareSignInOptions(QCommandLineParser &parser)
{
    constexpr bool Hidden = true;
    parser.addOptions({
        option("trusted-proxy",
               "Comma-separated addresses (or ADDR/PREFIX subnets) of the fronts, such as nginx, "
               "whose X-Forwarded-For names the client; sign-in throttles count per client.",
               "ADDR[,ADDR]"),
        option("login-delay-ms", "First delay after repeated failed sign-ins (default 500).", "MS",
               Hidden),
        // Tests that sign one user in afresh for every round of a fault loop raise it.
        option("sign-ins-per-minute",
               "Sign-ins per account and address in a minute, right or wrong (default 10).", "N",
               Hidden),
    });
}

// The administrative commands' options (user add, project add, token, kb import).
void declareAdminOptions(QCommandLineParser &parser)
{
    constexpr bool Hidden = true;
    parser.addOptions({
        option("username", "user add: the sign-in name.", "NAME"),
        option("display-name", "user add: the name colleagues see.", "TEXT"),
        option("role", "user add: operator, supervisor, trainer, admin, integration or client.",
               "ROLE"),
        option("project", "user add --role client: the slug of the store's project.", "SLUG"),
        option("slug", "project add: the project's short name (2-40 of a-z, 0-9, -).", "SLUG"),
        // Refused: other local users read arguments in the process list.
        option("password", "Refused: use --password-file.", "TEXT", Hidden),
        option("password-file",
               "user add: the password is FILE's first line (- for standard input); without it, "
               "$FRONTLINE_PASSWORD, else asked without echo, else standard input's first line.",
               "FILE"),
        option("queues",
               "user add: comma-separated queues the operator works; project add: the queues "
               "that serve the store (made when missing, moved from another project).",
               "LIST"),
        option("line", "user add: support line, 1 or 2.", "N"),
        option("team", "user add: team name.", "NAME"),
        option("max-chats", "user add: concurrent chats at most (default 3).", "N"),
        option("locale", "kb import: the articles' language.", "xx"),
        option("name", "token create/revoke: the token's name; project add: the store's name.",
               "NAME"),
    });
}

// Added in the order --help lists them.
void declareOptions(QCommandLineParser &parser)
{
    constexpr bool Hidden = true;
    // Tests shorten the WebSocket keep-alive to see a dead peer dropped without waiting minutes,
    // and the contact flow's clocks the same way.
    parser.addOptions({
        option("events-ping-ms", "Keep-alive ping interval of /api/v1/events (default 30000).",
               "MS", Hidden),
        option("events-pong-timeout-ms", "Drop an events socket silent this long (default 75000).",
               "MS", Hidden),
        option("chat-grace-ms",
               "Return an away operator's chats to the queue after this long (default 120000).",
               "MS", Hidden),
        option("sla-scan-ms", "How often to look for SLA breaches (default 1000).", "MS", Hidden),
        option("board-max-age-ms",
               "Serve a live board computed less than this long ago again (default 250).", "MS",
               Hidden),
        option("feed-page-bytes",
               "Bytes of changes a page of /api/v1/changes holds at most "
               "(default 1048576).",
               "N", Hidden),
        // Tests let time pass without sleeping: POST /api/v1/test/clock {"advance_ms": N}.
        option("test-clock",
               "Serve POST /api/v1/test/clock, which moves the back office's time ahead (tests "
               "only).",
               nullptr, Hidden),
        // A sign-in costs a test a third of a second at the real cost, and a suite signs in
        // thousands of times. Never for accounts people use: such a hash is cheap to guess.
        option("test-password-cost",
               "Hash new passwords at argon2id's least cost (tests only; never for real "
               "accounts).",
               nullptr, Hidden),
        option("sla-config",
               "JSON file of SLA targets per channel and priority (see docs/kpis.md).", "FILE"),
        option("simulate", "With --demo: simulated customers make N contacts a minute.", "N"),
        option("monitoring-visible",
               "Whether an operator is told that a supervisor is monitoring her chat: yes (the "
               "default; some countries require it) or no.",
               "yes|no"),
    });
    QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("main", "Address and port to serve on; port 0 picks a free "
                                            "one (default 127.0.0.1:8080)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate(
            "main", "sqlite:PATH or postgresql://USER@HOST:PORT/DB (default %1). A password in "
                    "the URL is refused (the process list shows it): PostgreSQL's comes from "
                    "--database-password-file, $PGPASSWORD or ~/.pgpass.")
            .arg(defaultDatabase()),
        QStringLiteral("URL"), defaultDatabase());
    parser.addOptions({
        listen,
        database,
        option("database-password-file",
               "The PostgreSQL password: the first line of FILE (- for standard input).", "FILE"),
        option("demo", "Fill an empty database with demo users, customers, tickets and "
                       "knowledge-base articles."),
        option("demo-seed", "--demo: the random seed of the demo data (default 1).", "N"),
    });
    declareAdminOptions(parser);
    declareSignInOptions(parser);
    declareFrontOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main",
                                    "Optional: \"user add\", \"project add\", \"token "
                                    "create|list|revoke\", \"kb import DIR\", \"macros import "
                                    "FILE\", \"routes\" or \"feed-entities\". "
                                    "Without a command the back office serves HTTP."),
        QStringLiteral("[command...]"));
}

Result<int> number(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok) {
        return Error{QStringLiteral("invalid_argument"),
                     QStringLiteral("--%1 expects a number").arg(name)};
    }
    return value;
}

// Where to serve and what from.
Result<void> readPlace(const QCommandLineParser &parser, BackOfficeOptions &options)
{
    auto address = parseListenAddress(parser.value(QStringLiteral("listen")));
    if (!address)
        return address.error();
    options.listenAddress = address->first;
    options.listenPort = address->second;
    auto url = DatabaseUrl::parse(parser.value(QStringLiteral("database")));
    if (!url)
        return url.error();
    if (!url->password.isEmpty()) {
        return protocol::secrets::onCommandLine(
            QStringLiteral("A password in --database"),
            QStringLiteral("give it in --database-password-file FILE, $PGPASSWORD or ~/.pgpass"));
    }
    options.database = url.value();
    if (const QString file = parser.value(QStringLiteral("database-password-file"));
        !file.isEmpty()) {
        if (options.database.kind != DatabaseUrl::Kind::Postgresql) {
            return Error{QStringLiteral("invalid_argument"),
                         QStringLiteral("--database-password-file is for a PostgreSQL database")};
        }
        auto password = protocol::secrets::read({file, QString(), QString()});
        if (!password)
            return password.error();
        options.database.password = password.value();
    }
    options.demo = parser.isSet(QStringLiteral("demo"));
    options.testClock = parser.isSet(QStringLiteral("test-clock"));
    options.testPasswordCost = parser.isSet(QStringLiteral("test-password-cost"));
    auto proxies = TrustedProxies::parse(parser.value(QStringLiteral("trusted-proxy")));
    if (!proxies)
        return proxies.error();
    options.trustedProxies = proxies.value();
    return {};
}

// The administrative command and its options.
Result<void> readCommand(const QCommandLineParser &parser, BackOfficeOptions &options)
{
    const auto value = [&parser](const char *name) {
        return parser.value(QString::fromLatin1(name));
    };
    options.command = parser.positionalArguments();
    options.username = value("username").toLower();
    options.name = value("name");
    options.displayName = value("display-name");
    options.role = value("role");
    options.slug = value("slug");
    options.project = value("project");
    if (parser.isSet(QStringLiteral("password"))) {
        return protocol::secrets::onCommandLine(
            QStringLiteral("--password"),
            QStringLiteral("use --password-file FILE or $FRONTLINE_PASSWORD, or type it when "
                           "asked"));
    }
    options.passwordFile = value("password-file");
    options.queues = value("queues").split(u',', Qt::SkipEmptyParts);
    for (QString &queue : options.queues)
        queue = queue.trimmed();
    options.team = value("team");
    options.locale = value("locale");
    auto line = number(parser, QStringLiteral("line"), 1);
    if (!line)
        return line.error();
    options.line = line.value();
    auto chats = number(parser, QStringLiteral("max-chats"), 3);
    if (!chats)
        return chats.error();
    options.maxChats = chats.value();
    return {};
}

// The service's timings, which tests shorten, and the demo's simulation.
Result<void> readTimings(const QCommandLineParser &parser, BackOfficeOptions &options)
{
    auto delay = number(parser, QStringLiteral("login-delay-ms"), 500);
    if (!delay)
        return delay.error();
    options.loginDelayMs = delay.value();
    auto signIns = number(parser, QStringLiteral("sign-ins-per-minute"), 10);
    if (!signIns)
        return signIns.error();
    if (signIns.value() < 1) {
        return Error{QStringLiteral("invalid_argument"),
                     QStringLiteral("--sign-ins-per-minute must be at least 1")};
    }
    options.signInsPerMinute = signIns.value();
    auto feedBytes = number(parser, QStringLiteral("feed-page-bytes"), 1024 * 1024);
    if (!feedBytes)
        return feedBytes.error();
    if (feedBytes.value() < 1024) {
        return Error{QStringLiteral("invalid_argument"),
                     QStringLiteral("--feed-page-bytes must be at least 1024")};
    }
    options.feedPageBytes = feedBytes.value();
    auto boardAge = number(parser, QStringLiteral("board-max-age-ms"), 250);
    if (!boardAge)
        return boardAge.error();
    if (boardAge.value() < 0) {
        return Error{QStringLiteral("invalid_argument"),
                     QStringLiteral("--board-max-age-ms must be at least 0")};
    }
    options.boardMaxAgeMs = boardAge.value();
    auto ping = number(parser, QStringLiteral("events-ping-ms"), 30000);
    if (!ping)
        return ping.error();
    auto pongTimeout = number(parser, QStringLiteral("events-pong-timeout-ms"), 75000);
    if (!pongTimeout)
        return pongTimeout.error();
    if (ping.value() < 10 || pongTimeout.value() <= ping.value()) {
        return Error{
            QStringLiteral("invalid_argument"),
            QStringLiteral("--events-pong-timeout-ms must exceed --events-ping-ms (>= 10)")};
    }
    options.eventsPingMs = ping.value();
    options.eventsPongTimeoutMs = pongTimeout.value();
    auto grace = number(parser, QStringLiteral("chat-grace-ms"), 120000);
    if (!grace)
        return grace.error();
    auto scan = number(parser, QStringLiteral("sla-scan-ms"), 1000);
    if (!scan)
        return scan.error();
    auto perMinute = number(parser, QStringLiteral("simulate"), 0);
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
    options.slaConfig = parser.value(QStringLiteral("sla-config"));
    const QString visible = parser.value(QStringLiteral("monitoring-visible"));
    if (!visible.isEmpty() && visible != u"yes" && visible != u"no") {
        return Error{QStringLiteral("invalid_argument"),
                     QStringLiteral("--monitoring-visible must be yes or no")};
    }
    options.monitoringVisible = visible != u"no";
    auto seed = number(parser, QStringLiteral("demo-seed"), 1);
    if (!seed)
        return seed.error();
    options.demoSeed = quint32(seed.value());
    return {};
}

// Serving beyond loopback without the front would put Qt's limitless HTTP server on the network.
Result<void> readFront(const QCommandLineParser &parser, BackOfficeOptions &options)
{
    options.behindProxy = parser.isSet(QStringLiteral("behind-proxy"));
    if (options.command.isEmpty() && !options.listenAddress.isLoopback() && !options.behindProxy) {
        return Error{
            QStringLiteral("front_required"),
            QStringLiteral(
                "refusing to listen on %1: the back office has no TLS and no request, rate or "
                "connection limits fit for a network. Listen on 127.0.0.1 behind the nginx front "
                "(deploy/nginx/frontline.conf, see docs/deployment.md), or add --behind-proxy "
                "when that front reaches this address over a private network.")
                .arg(parser.value(QStringLiteral("listen")))};
    }
    struct Limit
    {
        const char *name;
        int *value;
        int minimum;
    };
    for (const Limit &limit : {Limit{"max-connections", &options.maxConnections, 1},
                               Limit{"max-event-sockets", &options.maxEventSockets, 1},
                               Limit{"http-idle-ms", &options.httpIdleMs, 10},
                               Limit{"http-request-ms", &options.httpRequestMs, 10}}) {
        const QString name = QString::fromLatin1(limit.name);
        auto value = number(parser, name, *limit.value);
        if (!value)
            return value.error();
        if (value.value() < limit.minimum) {
            return Error{QStringLiteral("invalid_argument"),
                         QStringLiteral("--%1 must be at least %2").arg(name).arg(limit.minimum)};
        }
        *limit.value = value.value();
    }
    if (parser.isSet(QStringLiteral("max-unsent-bytes"))) {
        bool ok = false;
        options.maxUnsentBytes = parser.value(QStringLiteral("max-unsent-bytes")).toLongLong(&ok);
        if (!ok || options.maxUnsentBytes < 1024) {
            return Error{QStringLiteral("invalid_argument"),
                         QStringLiteral("--max-unsent-bytes must be a number of at least 1024")};
        }
    }
    return {};
}

} // namespace

Result<BackOfficeOptions> BackOfficeOptions::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Frontline back office: the shared state of a "
                "contact center, served over HTTP to the desktop app."));
    parser.addHelpOption();
    parser.addVersionOption();
    declareOptions(parser);
    parser.process(arguments);

    BackOfficeOptions options;
    for (auto read : {readPlace, readCommand, readTimings, readFront}) {
        if (auto done = read(parser, options); !done)
            return done.error();
    }
    return options;
}

} // namespace frontline::server

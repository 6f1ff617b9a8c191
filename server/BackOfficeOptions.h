#pragma once

#include "protocol/Result.h"
#include "server/http/TrustedProxies.h"
#include "server/storage/DatabaseUrl.h"

#include <QHostAddress>
#include <QStringList>

namespace frontline::server {

// What `frontline-backoffice` was asked to do, read from its command line: serve (the default),
// or an administrative command such as `user add`.
struct BackOfficeOptions
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080; // 0: any free port, printed on start
    DatabaseUrl database;
    TrustedProxies trustedProxies; // --trusted-proxy: fronts whose X-Forwarded-For is believed
    bool demo = false;
    quint32 demoSeed = 1;      // the same seed gives the same demo contact center
    int loginDelayMs = 500;    // first delay after repeated failed sign-ins; doubles after each
    int signInsPerMinute = 10; // per account and address, right or wrong
    int eventsPingMs = 30000;  // /api/v1/events keep-alive ping interval
    int eventsPongTimeoutMs = 75000; // an events socket silent this long is dropped
    int chatGraceMs = 120000;        // an away operator's chats return to the queue after this long
    int slaScanMs = 1000;            // how often the SLA breach scan runs
    QString slaConfig;               // JSON file of SLA targets; empty for the defaults
    int simulatePerMinute = 0;       // --demo --simulate N: N simulated contacts a minute
    bool testClock = false;          // tests move the time through POST /api/v1/test/clock
    bool testPasswordCost = false;   // tests hash passwords at argon2id's least cost
    int feedPageBytes = 1024 * 1024; // a page of /api/v1/changes ends before passing this
    int boardMaxAgeMs = 250;         // a live board this young is served again
    bool monitoringVisible = true;   // an operator is told when a supervisor monitors her chat

    // The front and the service's own connection limits (docs/security.md, "The nginx front").
    bool behindProxy = false;        // --behind-proxy: may listen beyond loopback
    int maxConnections = 1000;       // open HTTP connections
    int maxEventSockets = 2000;      // open /api/v1/events sockets
    int httpIdleMs = 75000;          // an HTTP connection idle this long is closed
    int httpRequestMs = 30000;       // a request must arrive within this long of its first byte
    qint64 maxUnsentBytes = 8 << 20; // answers a client leaves unread before it is cut off

    QStringList command; // e.g. {"user", "add"}; empty to serve
    // Options of the administrative commands.
    QString username;
    QString name;    // token create / revoke; project add: the store's name
    QString slug;    // project add
    QString project; // user add --role client: the slug of the client's project
    QString displayName;
    QString role;
    QString passwordFile; // user add: where the password is (see AdminCommands' readPassword)
    QStringList queues;
    int line = 1;
    QString team;
    int maxChats = 3;
    QString locale;

    // Parses the arguments (argv[0] first). --help and --version print and exit the process,
    // as QCommandLineParser does.
    static Result<BackOfficeOptions> fromArguments(const QStringList &arguments);
};

Result<QPair<QHostAddress, quint16>> parseListenAddress(const QString &text);

} // namespace frontline::server

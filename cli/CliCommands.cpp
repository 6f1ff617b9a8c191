#include "cli/CliCommands.h"

#include "cli/ReportCommand.h"

#include "app/ClientCore.h"
#include "app/commands/OperatorCommands.h"
#include "app/net/BackOfficeClient.h"
#include "app/session/Session.h"
#include "app/store/CacheSearch.h"
#include "app/store/LocalStore.h"
#include "app/store/Outbox.h"
#include "app/sync/SyncEngine.h"
#include "protocol/ApiPaths.h"
#include "protocol/SecretInput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QStandardPaths>

#include <cstdio>

namespace frontline::cli {

using namespace frontline::app;

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "frontline-cli: %s\n", qPrintable(message.simplified()));
    return code;
}

int fail(const Error &error)
{
    return fail(error.message.isEmpty() ? error.code : error.message);
}

void printJson(const QJsonValue &value)
{
    const QByteArray text = value.isArray()
                                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

// Every option of every command; each command reads the ones it takes.
struct Options
{
    QCommandLineOption data{
        QStringLiteral("data"),
        QCoreApplication::translate("frontline-cli", "Keep the session and the cache in DIR."),
        QStringLiteral("DIR")};
    QCommandLineOption noKeychain{
        QStringLiteral("no-keychain"),
        QCoreApplication::translate("frontline-cli", "Do not use the system keychain.")};
    QCommandLineOption server{
        QStringLiteral("server"),
        QCoreApplication::translate("frontline-cli", "The back office's URL."),
        QStringLiteral("URL")};
    QCommandLineOption user{QStringLiteral("user"),
                            QCoreApplication::translate("frontline-cli", "Your username."),
                            QStringLiteral("U")};
    // Refused with a pointer to the ways below: other local users read arguments in `ps`.
    QCommandLineOption password = [] {
        QCommandLineOption refused(QStringLiteral("password"), QString(), QStringLiteral("P"));
        refused.setFlags(QCommandLineOption::HiddenFromHelp);
        return refused;
    }();
    QCommandLineOption passwordFile{
        QStringLiteral("password-file"),
        QCoreApplication::translate("frontline-cli",
                                    "login: read your password from the first line of FILE "
                                    "(- for standard input)."),
        QStringLiteral("FILE")};
    QCommandLineOption workspace{QStringLiteral("workspace"),
                                 QCoreApplication::translate("frontline-cli", "The workspace."),
                                 QStringLiteral("W"), QStringLiteral("production")};
    QCommandLineOption ca{
        QStringLiteral("ca"),
        QCoreApplication::translate("frontline-cli", "Also trust the CA certificates in FILE."),
        QStringLiteral("FILE")};
    QCommandLineOption remember{
        QStringLiteral("remember-in-file"),
        QCoreApplication::translate(
            "frontline-cli",
            "Where no keychain answers, keep the session in a file only you can read.")};
    QCommandLineOption internal{
        QStringLiteral("internal"),
        QCoreApplication::translate("frontline-cli", "send: an internal note, not a reply.")};
    QCommandLineOption queueOnly{
        QStringLiteral("queue-only"),
        QCoreApplication::translate("frontline-cli",
                                    "send: only queue; the next sync delivers it.")};
    QCommandLineOption limit{
        QStringLiteral("limit"),
        QCoreApplication::translate("frontline-cli", "kb-search: at most N results."),
        QStringLiteral("N"), QStringLiteral("20")};
    QCommandLineOption timeout{
        QStringLiteral("timeout-ms"),
        QCoreApplication::translate("frontline-cli", "Give up on a request after MS milliseconds."),
        QStringLiteral("MS"), QStringLiteral("15000")};
    QCommandLineOption from{
        QStringLiteral("from"),
        QCoreApplication::translate("frontline-cli",
                                    "report: the window's start, an RFC 3339 time or a date "
                                    "(YYYY-MM-DD, local midnight); default today."),
        QStringLiteral("TIME")};
    QCommandLineOption to{
        QStringLiteral("to"),
        QCoreApplication::translate("frontline-cli",
                                    "report: the window's end (exclusive), a time or a date; "
                                    "default now."),
        QStringLiteral("TIME")};
    QCommandLineOption format{QStringLiteral("format"),
                              QCoreApplication::translate("frontline-cli", "report: csv or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("csv")};
    QCommandLineOption output{
        QStringLiteral("output"),
        QCoreApplication::translate("frontline-cli",
                                    "report: write to FILE instead of standard output."),
        QStringLiteral("FILE")};
    QCommandLineOption queue{
        QStringLiteral("queue"),
        QCoreApplication::translate("frontline-cli", "report tickets|series: only this queue."),
        QStringLiteral("ID")};
    QCommandLineOption bucket{
        QStringLiteral("bucket"),
        QCoreApplication::translate("frontline-cli", "report series: hour or day."),
        QStringLiteral("BUCKET"), QStringLiteral("hour")};
    QCommandLineOption table{
        QStringLiteral("table"),
        QCoreApplication::translate("frontline-cli",
                                    "report board --format csv: operators or queues."),
        QStringLiteral("TABLE"), QStringLiteral("operators")};
    QCommandLineOption project{
        QStringLiteral("project"),
        QCoreApplication::translate("frontline-cli",
                                    "report: one store's figures, by its slug or id (a store's "
                                    "own account gets its store's without it)."),
        QStringLiteral("STORE")};
    QCommandLineOption verbose{
        QStringLiteral("verbose"),
        QCoreApplication::translate("frontline-cli", "Log what the client does.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "frontline-cli",
            "Frontline on the command line: sign in, sync the local cache, send messages.\n\n"
            "Commands:\n"
            "  login --server URL --user U [--password-file FILE] [--remember-in-file] [--ca "
            "FILE]\n"
            "  logout\n"
            "  sync                  push queued commands and pull changes until idle\n"
            "  status                online, pending, conflicts, cursor, tickets (JSON)\n"
            "  send TICKET_ID TEXT   queue a reply, then try to deliver it\n"
            "  tickets               the cached tickets (JSON)\n"
            "  kb-search QUERY       search the cached knowledge base (JSON)\n"
            "  report board|tickets|series [--from T] [--to T] [--format csv|json] [--output "
            "FILE] [--project STORE]\n"
            "                        a report of a window (CSV or JSON), the whole center's "
            "or one store's\n\n"
            "login takes the password from --password-file, else $FRONTLINE_PASSWORD, else asks "
            "for it without showing it, else reads standard input's first line. Never from the "
            "command line: other users of this computer can read it there."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({data,      noKeychain, server,   user,     password,  passwordFile,
                           workspace, ca,         remember, internal, queueOnly, limit,
                           timeout,   from,       to,       format,   output,    queue,
                           bucket,    table,      project,  verbose});
        parser.addPositionalArgument(
            QStringLiteral("command"),
            QCoreApplication::translate("frontline-cli", "What to do (see above)."));
    }
};

} // namespace

struct CliCommands::Context
{
    Options options;
    QCommandLineParser parser;
    QStringList positional;
    // Declared before the core, so destroyed after it: no reply outlives its network.
    QNetworkAccessManager network;
    std::unique_ptr<ClientCore> core;

    QString value(const QCommandLineOption &option) const { return parser.value(option); }
    bool isSet(const QCommandLineOption &option) const { return parser.isSet(option); }

    // One push-and-pull cycle, forced past any backoff; true when it reached an idle feed.
    bool syncOnce()
    {
        SyncEngine *engine = core->engine();
        QEventLoop loop;
        bool ok = false;
        QObject::connect(engine, &SyncEngine::cycleFinished, &loop, [&](bool done) {
            if (engine->isBusy())
                return;
            ok = done;
            loop.quit();
        });
        engine->syncNow(true);
        if (engine->isBusy())
            loop.exec();
        return ok;
    }
};

CliCommands::CliCommands()
    : d(std::make_unique<Context>())
{}

CliCommands::~CliCommands() = default;

int CliCommands::run(const QStringList &arguments)
{
    d->options.addTo(d->parser);
    d->parser.process(arguments);
    // Output is for scripts: one JSON document, or one line of error. Logs only on request.
    if (!d->isSet(d->options.verbose) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n"
                                                        "*.warning=false"));
    d->positional = d->parser.positionalArguments();
    if (d->positional.isEmpty())
        return fail(QCoreApplication::translate("frontline-cli", "no command; see --help"), 2);
    const QString command = d->positional.first();
    const QString dataDirectory =
        d->isSet(d->options.data)
            ? d->value(d->options.data)
            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    d->core = std::make_unique<ClientCore>(&d->network, dataDirectory);
    d->core->setLive(false);
    d->core->setKeychainEnabled(!d->isSet(d->options.noKeychain) &&
                                qEnvironmentVariableIsEmpty("FRONTLINE_NO_KEYCHAIN"));
    d->core->client().setTimeout(d->value(d->options.timeout).toInt());

    if (command == u"login")
        return login();
    if (auto restored = d->core->restore(); !restored)
        return fail(restored.error());
    const std::pair<QStringView, int (CliCommands::*)()> commands[] = {
        {u"logout", &CliCommands::logout},   {u"sync", &CliCommands::sync},
        {u"status", &CliCommands::status},   {u"send", &CliCommands::send},
        {u"tickets", &CliCommands::tickets}, {u"kb-search", &CliCommands::kbSearch},
        {u"report", &CliCommands::report}};
    for (const auto &[name, function] : commands) {
        if (command == name)
            return (this->*function)();
    }
    return fail(
        QCoreApplication::translate("frontline-cli", "unknown command %1; see --help").arg(command),
        2);
}

int CliCommands::login()
{
    const Options &o = d->options;
    if (d->isSet(o.password)) {
        return fail(QCoreApplication::translate(
                        "frontline-cli",
                        "--password would show your password to every user of this computer; "
                        "use --password-file FILE or $FRONTLINE_PASSWORD, or type it when asked"),
                    2);
    }
    if (!d->isSet(o.server) || !d->isSet(o.user))
        return fail(QCoreApplication::translate("frontline-cli", "login needs --server and --user"),
                    2);
    const QUrl url(d->value(o.server));
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return fail(QCoreApplication::translate("frontline-cli",
                                                "--server must be an http:// or https:// URL"),
                    2);
    const auto password = protocol::secrets::read(
        {d->value(o.passwordFile), QStringLiteral("FRONTLINE_PASSWORD"),
         QCoreApplication::translate("frontline-cli", "Password for %1: ").arg(d->value(o.user))});
    if (!password)
        return fail(password.error());
    QEventLoop loop;
    QString failure;
    QObject::connect(d->core.get(), &ClientCore::ready, &loop, &QEventLoop::quit);
    QObject::connect(d->core.get(), &ClientCore::failed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    d->core->signIn(url, d->value(o.user), password.value(), d->value(o.workspace),
                    d->isSet(o.remember), d->value(o.ca));
    loop.exec();
    if (!d->core->isReady())
        return fail(failure);
    const SessionInfo &info = d->core->session().info();
    std::fprintf(stderr, "%s\n", qPrintable(Session::storageNotice(info.storage)));
    printJson(QJsonObject{{QStringLiteral("user"), info.user.username},
                          {QStringLiteral("operator_id"), info.user.id},
                          {QStringLiteral("workspace"), info.user.workspace},
                          {QStringLiteral("token_storage"), toString(info.storage)},
                          {QStringLiteral("cache"), d->core->session().cachePath()}});
    return 0;
}

int CliCommands::logout()
{
    QEventLoop loop;
    Result<void> outcome;
    d->core->session().logout([&](const Result<void> &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();
    if (!outcome &&
        (outcome.error().code == u"network_error" || outcome.error().code == u"timeout")) {
        // Forgotten here all the same; the token lapses on its own on the server.
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "frontline-cli", "signed out here; the back office could not be told, so the "
                                 "token stays valid until it expires")));
        return 0;
    }
    return outcome ? 0 : fail(outcome.error());
}

int CliCommands::sync()
{
    SyncEngine *engine = d->core->engine();
    if (!d->syncOnce())
        return fail(QCoreApplication::translate("frontline-cli",
                                                "sync did not finish: %1 (%2 commands pending)")
                        .arg(engine->lastError())
                        .arg(engine->pendingCount()));
    printJson(QJsonObject{{QStringLiteral("pending"), engine->pendingCount()},
                          {QStringLiteral("conflicts"), engine->conflictCount()},
                          {QStringLiteral("cursor"), d->core->store().cursor()}});
    return 0;
}

int CliCommands::status()
{
    // Online means the back office answers for this session now.
    BackOfficeClient &client = d->core->client();
    QEventLoop loop;
    bool online = false;
    ApiRequest probe;
    probe.path = protocol::paths::Me.toString();
    client.setTimeout(std::min(client.timeout(), 3000));
    client.send(probe, &loop, [&](const ApiReply &reply) {
        online = reply.ok();
        loop.quit();
    });
    loop.exec();
    LocalStore &store = d->core->store();
    const auto pending = Outbox(store).pendingCount();
    const auto conflicts = store.count(QStringLiteral("conflicts"));
    const auto tickets = store.count(QStringLiteral("tickets"));
    if (!pending || !conflicts || !tickets)
        return fail(!pending ? pending.error() : !conflicts ? conflicts.error() : tickets.error());
    printJson(QJsonObject{{QStringLiteral("online"), online},
                          {QStringLiteral("pending"), pending.value()},
                          {QStringLiteral("conflicts"), conflicts.value()},
                          {QStringLiteral("cursor"), store.cursor()},
                          {QStringLiteral("tickets"), tickets.value()}});
    return 0;
}

int CliCommands::send()
{
    const QStringList &positional = d->positional;
    if (positional.size() < 3)
        return fail(QCoreApplication::translate("frontline-cli", "usage: send TICKET_ID TEXT"), 2);
    OperatorCommands &commands = *d->core->commands();
    SyncEngine *engine = d->core->engine();
    const QString text = positional.mid(2).join(u' ');
    auto queued = d->isSet(d->options.internal) ? commands.addInternalNote(positional.at(1), text)
                                                : commands.sendMessage(positional.at(1), text);
    if (!queued)
        return fail(queued.error());
    if (d->isSet(d->options.queueOnly)) {
        printJson(QJsonObject{{QStringLiteral("queued"), queued.value()},
                              {QStringLiteral("delivered"), false}});
        return 0;
    }
    QString refused;
    QObject::connect(engine, &SyncEngine::commandRefused,
                     [&](outbox::Kind, const QString &, const QString &error) { refused = error; });
    const bool synced = d->syncOnce();
    if (!refused.isEmpty())
        return fail(
            QCoreApplication::translate("frontline-cli", "the back office refused the message: %1")
                .arg(refused));
    if (!synced) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                           "frontline-cli",
                           "offline: the message is queued and will be sent on the next sync (%1)")
                           .arg(engine->lastError())));
    }
    printJson(QJsonObject{{QStringLiteral("queued"), queued.value()},
                          {QStringLiteral("delivered"), synced},
                          {QStringLiteral("pending"), engine->pendingCount()}});
    return 0;
}

int CliCommands::tickets()
{
    auto tickets = d->core->store().tickets();
    if (!tickets)
        return fail(tickets.error());
    QJsonArray list;
    for (const CachedTicket &cached : tickets.value()) {
        QJsonObject ticket = cached.ticket.toJson();
        ticket.insert(QStringLiteral("local_changes_pending"), cached.localChangesPending);
        list.append(ticket);
    }
    printJson(list);
    return 0;
}

int CliCommands::kbSearch()
{
    if (d->positional.size() < 2)
        return fail(QCoreApplication::translate("frontline-cli", "usage: kb-search QUERY"), 2);
    auto hits = CacheSearch(d->core->store())
                    .searchKb(d->positional.mid(1).join(u' '), d->value(d->options.limit).toInt());
    if (!hits)
        return fail(hits.error());
    QJsonArray list;
    for (const KbSearchHit &hit : hits.value()) {
        list.append(QJsonObject{{QStringLiteral("id"), hit.id},
                                {QStringLiteral("slug"), hit.slug},
                                {QStringLiteral("locale"), hit.locale},
                                {QStringLiteral("title"), hit.title},
                                {QStringLiteral("snippet"), hit.snippet},
                                {QStringLiteral("tags"), QJsonArray::fromStringList(hit.tags)}});
    }
    printJson(list);
    return 0;
}

int CliCommands::report()
{
    const Options &o = d->options;
    ReportCommand::Request request;
    request.kind = d->positional.value(1);
    request.from = d->value(o.from);
    request.to = d->value(o.to);
    request.format = d->value(o.format);
    request.output = d->value(o.output);
    request.queueId = d->value(o.queue);
    request.bucket = d->value(o.bucket);
    request.table = d->value(o.table);
    request.project = d->value(o.project);
    return ReportCommand(d->core->client()).run(request);
}

} // namespace frontline::cli

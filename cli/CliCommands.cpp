#include "cli/CliCommands.h"

#include "app/commands/OperatorCommands.h"
#include "app/net/BackOfficeClient.h"
#include "app/session/Session.h"
#include "app/store/LocalStore.h"
#include "app/store/Outbox.h"
#include "app/store/SqlTransaction.h"
#include "app/sync/SyncEngine.h"

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

} // namespace

struct CliCommands::Context
{
    QString dataDirectory;
    bool keychain = true;
    QNetworkAccessManager network;
    BackOfficeClient client{&network};
    std::unique_ptr<Session> session;
    LocalStore store;
    std::unique_ptr<SyncEngine> engine;

    Result<void> openStore()
    {
        if (auto opened = store.open(session->cachePath()); !opened)
            return opened.error();
        SqlTransaction transaction(store);
        if (!transaction.begun())
            return transaction.begun().error();
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("me_id"), session->info().operatorId},
              std::pair{QStringLiteral("me_name"), session->info().displayName}}) {
            auto current = store.stateValue(key);
            if (!current)
                return current.error();
            if (current.value() != value) {
                if (auto set = store.setStateValue(key, value); !set)
                    return set.error();
            }
        }
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        engine = std::make_unique<SyncEngine>(store, client);
        return {};
    }

    Result<void> restore()
    {
        if (auto restored = session->restore(); !restored)
            return restored.error();
        return openStore();
    }

    // One push-and-pull cycle, forced past any backoff; true when it reached an idle feed.
    bool syncOnce()
    {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(engine.get(), &SyncEngine::cycleFinished, &loop, [&](bool done) {
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
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "frontline-cli",
        "Frontline on the command line: sign in, sync the local cache, send messages.\n\n"
        "Commands:\n"
        "  login --server URL --user U --password P [--remember-in-file] [--ca FILE]\n"
        "  logout\n"
        "  sync                  push queued commands and pull changes until idle\n"
        "  status                online, pending, conflicts, cursor, tickets (JSON)\n"
        "  send TICKET_ID TEXT   queue a reply, then try to deliver it\n"
        "  tickets               the cached tickets (JSON)\n"
        "  kb-search QUERY       search the cached knowledge base (JSON)"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption data(
        QStringLiteral("data"),
        QCoreApplication::translate("frontline-cli", "Keep the session and the cache in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption noKeychain(
        QStringLiteral("no-keychain"),
        QCoreApplication::translate("frontline-cli", "Do not use the system keychain."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("frontline-cli", "The back office's URL."),
        QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  QCoreApplication::translate("frontline-cli", "Your username."),
                                  QStringLiteral("U"));
    const QCommandLineOption password(
        QStringLiteral("password"), QCoreApplication::translate("frontline-cli", "Your password."),
        QStringLiteral("P"));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"), QCoreApplication::translate("frontline-cli", "The workspace."),
        QStringLiteral("W"), QStringLiteral("production"));
    const QCommandLineOption ca(
        QStringLiteral("ca"),
        QCoreApplication::translate("frontline-cli", "Also trust the CA certificates in FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption remember(
        QStringLiteral("remember-in-file"),
        QCoreApplication::translate(
            "frontline-cli",
            "Where no keychain answers, keep the session in a file only you can read."));
    const QCommandLineOption internal(
        QStringLiteral("internal"),
        QCoreApplication::translate("frontline-cli", "send: an internal note, not a reply."));
    const QCommandLineOption queueOnly(
        QStringLiteral("queue-only"),
        QCoreApplication::translate("frontline-cli",
                                    "send: only queue; the next sync delivers it."));
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QCoreApplication::translate("frontline-cli", "kb-search: at most N results."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout-ms"),
        QCoreApplication::translate("frontline-cli", "Give up on a request after MS milliseconds."),
        QStringLiteral("MS"), QStringLiteral("15000"));
    parser.addOptions({data, noKeychain, server, user, password, workspace, ca, remember, internal,
                       queueOnly, limit, timeout});
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QCoreApplication::translate("frontline-cli", "Log what the client does."));
    parser.addOption(verbose);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("frontline-cli", "What to do (see above)."));
    parser.process(arguments);

    // Output is for scripts: one JSON document, or one line of error. Logs only on request.
    if (!parser.isSet(verbose) && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n"
                                                        "*.warning=false"));
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(QCoreApplication::translate("frontline-cli", "no command; see --help"), 2);
    const QString command = positional.first();
    d->dataDirectory = parser.isSet(data)
                           ? parser.value(data)
                           : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    d->keychain = !parser.isSet(noKeychain) && qEnvironmentVariableIsEmpty("FRONTLINE_NO_KEYCHAIN");
    d->client.setTimeout(parser.value(timeout).toInt());
    d->session = std::make_unique<Session>(d->dataDirectory, d->client);
    d->session->setKeychainEnabled(d->keychain);

    if (command == u"login") {
        if (!parser.isSet(server) || !parser.isSet(user) || !parser.isSet(password))
            return fail(QCoreApplication::translate("frontline-cli",
                                                    "login needs --server, --user and --password"),
                        2);
        const QUrl url(parser.value(server));
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return fail(QCoreApplication::translate("frontline-cli",
                                                    "--server must be an http:// or https:// URL"),
                        2);
        QEventLoop loop;
        Result<SessionInfo> outcome = Error{};
        d->session->login(url, parser.value(user), parser.value(password), parser.value(workspace),
                          parser.isSet(remember), parser.value(ca),
                          [&](const Result<SessionInfo> &result) {
                              outcome = result;
                              loop.quit();
                          });
        loop.exec();
        if (!outcome)
            return fail(outcome.error());
        if (auto opened = d->openStore(); !opened)
            return fail(opened.error());
        std::fprintf(stderr, "%s\n", qPrintable(Session::storageNotice(outcome->storage)));
        printJson(QJsonObject{{QStringLiteral("user"), outcome->username},
                              {QStringLiteral("operator_id"), outcome->operatorId},
                              {QStringLiteral("workspace"), outcome->workspace},
                              {QStringLiteral("token_storage"), toString(outcome->storage)},
                              {QStringLiteral("cache"), d->session->cachePath()}});
        return 0;
    }

    if (auto restored = d->restore(); !restored)
        return fail(restored.error());

    if (command == u"logout") {
        QEventLoop loop;
        Result<void> outcome;
        d->session->logout([&](const Result<void> &result) {
            outcome = result;
            loop.quit();
        });
        loop.exec();
        if (!outcome &&
            (outcome.error().code == u"network_error" || outcome.error().code == u"timeout")) {
            // Forgotten here all the same; the token lapses on its own on the server.
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "frontline-cli", "signed out here; the back office could not be "
                                              "told, so the token stays valid until it expires")));
            return 0;
        }
        return outcome ? 0 : fail(outcome.error());
    }
    if (command == u"sync") {
        if (!d->syncOnce())
            return fail(QCoreApplication::translate("frontline-cli",
                                                    "sync did not finish: %1 (%2 commands pending)")
                            .arg(d->engine->lastError())
                            .arg(d->engine->pendingCount()));
        printJson(QJsonObject{{QStringLiteral("pending"), d->engine->pendingCount()},
                              {QStringLiteral("conflicts"), d->engine->conflictCount()},
                              {QStringLiteral("cursor"), d->store.cursor()}});
        return 0;
    }
    if (command == u"status") {
        // Online means the back office answers for this session now.
        QEventLoop loop;
        bool online = false;
        ApiRequest probe;
        probe.path = QStringLiteral("/me");
        d->client.setTimeout(std::min(d->client.timeout(), 3000));
        d->client.send(probe, &loop, [&](const ApiReply &reply) {
            online = reply.ok();
            loop.quit();
        });
        loop.exec();
        const auto pending = Outbox(d->store).pendingCount();
        const auto conflicts = d->store.count(QStringLiteral("conflicts"));
        const auto tickets = d->store.count(QStringLiteral("tickets"));
        if (!pending || !conflicts || !tickets)
            return fail(!pending     ? pending.error()
                        : !conflicts ? conflicts.error()
                                     : tickets.error());
        printJson(QJsonObject{{QStringLiteral("online"), online},
                              {QStringLiteral("pending"), pending.value()},
                              {QStringLiteral("conflicts"), conflicts.value()},
                              {QStringLiteral("cursor"), d->store.cursor()},
                              {QStringLiteral("tickets"), tickets.value()}});
        return 0;
    }
    if (command == u"send") {
        if (positional.size() < 3)
            return fail(QCoreApplication::translate("frontline-cli", "usage: send TICKET_ID TEXT"),
                        2);
        OperatorCommands commands(d->store);
        const QString text = positional.mid(2).join(u' ');
        auto queued = parser.isSet(internal) ? commands.addInternalNote(positional.at(1), text)
                                             : commands.sendMessage(positional.at(1), text);
        if (!queued)
            return fail(queued.error());
        QString refused;
        QObject::connect(
            d->engine.get(), &SyncEngine::commandRefused,
            [&](const QString &, const QString &, const QString &error) { refused = error; });
        if (parser.isSet(queueOnly)) {
            printJson(QJsonObject{{QStringLiteral("queued"), queued.value()},
                                  {QStringLiteral("delivered"), false}});
            return 0;
        }
        const bool synced = d->syncOnce();
        if (!refused.isEmpty())
            return fail(QCoreApplication::translate("frontline-cli",
                                                    "the back office refused the message: %1")
                            .arg(refused));
        if (!synced) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "frontline-cli",
                                        "offline: the message is queued and will be sent on the "
                                        "next sync (%1)")
                                        .arg(d->engine->lastError())));
        }
        printJson(QJsonObject{{QStringLiteral("queued"), queued.value()},
                              {QStringLiteral("delivered"), synced},
                              {QStringLiteral("pending"), d->engine->pendingCount()}});
        return 0;
    }
    if (command == u"tickets") {
        auto tickets = d->store.tickets();
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
    if (command == u"kb-search") {
        if (positional.size() < 2)
            return fail(QCoreApplication::translate("frontline-cli", "usage: kb-search QUERY"), 2);
        auto hits = d->store.searchKb(positional.mid(1).join(u' '), parser.value(limit).toInt());
        if (!hits)
            return fail(hits.error());
        QJsonArray list;
        for (const KbSearchHit &hit : hits.value()) {
            list.append(
                QJsonObject{{QStringLiteral("id"), hit.id},
                            {QStringLiteral("slug"), hit.slug},
                            {QStringLiteral("locale"), hit.locale},
                            {QStringLiteral("title"), hit.title},
                            {QStringLiteral("snippet"), hit.snippet},
                            {QStringLiteral("tags"), QJsonArray::fromStringList(hit.tags)}});
        }
        printJson(list);
        return 0;
    }
    return fail(
        QCoreApplication::translate("frontline-cli", "unknown command %1; see --help").arg(command),
        2);
}

} // namespace frontline::cli

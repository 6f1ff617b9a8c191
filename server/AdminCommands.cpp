#include "server/AdminCommands.h"

#include "protocol/SecretInput.h"

#include "server/BackOfficeOptions.h"
#include "server/BackOfficeService.h"
#include "server/auth/AuthService.h"
#include "server/feed/FeedEntity.h"
#include "server/http/HttpServer.h"
#include "server/kb/KbImporter.h"
#include "server/projects/ProjectService.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"

#include <QDateTime>
#include <QSqlQuery>

#include <cstdio>

namespace frontline::server {
namespace {

Error usage(const QString &message)
{
    return Error{QStringLiteral("usage"), message};
}

Result<QString> readPassword(const BackOfficeOptions &options)
{
    return protocol::secrets::read({options.passwordFile, QStringLiteral("FRONTLINE_PASSWORD"),
                                    QStringLiteral("Password for %1: ").arg(options.username)});
}

Result<QString> addUser(const BackOfficeOptions &options, BackOfficeService &service)
{
    if (options.username.isEmpty())
        return usage(QStringLiteral("user add needs --username"));
    const auto role = protocol::roleFromString(options.role);
    if (!role) {
        return usage(QStringLiteral(
            "user add needs --role operator, supervisor, trainer, admin, integration or client"));
    }
    NewOperator account;
    // A store's account belongs to its project: the slug names it.
    if (*role == protocol::Role::Client) {
        if (options.project.isEmpty())
            return usage(QStringLiteral("user add --role client needs --project SLUG"));
        if (!options.queues.isEmpty())
            return usage(QStringLiteral("a client account works no queue: drop --queues"));
        auto project = ProjectService::idOfSlug(service.workspaces().production(), options.project);
        if (!project)
            return project.error();
        if (project.value() == 0) {
            return usage(QStringLiteral("No project %1: make it with project add --slug %1")
                             .arg(options.project));
        }
        account.projectId = project.value();
    } else if (!options.project.isEmpty()) {
        return usage(QStringLiteral("--project is for client accounts (--role client)"));
    }
    account.username = options.username;
    account.displayName = options.displayName;
    account.role = *role;
    if (*role != protocol::Role::Integration) {
        auto password = readPassword(options);
        if (!password)
            return password.error();
        account.password = password.value();
    }
    account.line = options.line;
    account.team = options.team;
    account.maxChats = options.maxChats;
    account.queues = options.queues;
    if (!options.locale.isEmpty())
        account.locale = options.locale;
    auto id = service.auth().createOperator(service.workspaces().production(), account);
    if (!id)
        return id.error();
    return QStringLiteral("created %1 %2 with id %3")
        .arg(options.role, options.username)
        .arg(id.value());
}

// `project add --slug S --name N [--queues a,b]`: a store the center serves, with the queues that
// serve it (made when missing, as user add makes an operator's).
Result<QString> addProject(const BackOfficeOptions &options, BackOfficeService &service)
{
    if (!protocol::isProjectSlug(options.slug))
        return usage(QStringLiteral("project add needs --slug: 2-40 of a-z, 0-9 and -"));
    if (options.name.trimmed().isEmpty())
        return usage(QStringLiteral("project add needs --name, the store's name"));
    Store &store = service.workspaces().production();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &queue : options.queues) {
        auto ensured =
            store.run(QStringLiteral("INSERT INTO queues (id, title, created_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT (id) DO NOTHING"),
                      {queue, queue, now});
        if (!ensured)
            return ensured.error();
    }
    protocol::ProjectWrite write;
    write.slug = options.slug;
    write.name = options.name.trimmed();
    write.queues = options.queues;
    auto project = service.projects().create(store, write);
    if (!project)
        return project.error();
    return QStringLiteral("created project %1 (%2) with id %3, queues: %4")
        .arg(project->slug, project->name, project->id,
             project->queues.isEmpty() ? QStringLiteral("none") : project->queues.join(u", "));
}

Result<QString> importKb(const BackOfficeOptions &options, BackOfficeService &service)
{
    if (options.command.size() != 3)
        return usage(QStringLiteral("kb import needs one folder: kb import DIR --locale xx"));
    if (options.locale.isEmpty())
        return usage(QStringLiteral("kb import needs --locale, such as en or ru"));
    auto summary = importKnowledgeBase(service.workspaces().production(), service.changes(),
                                       options.command[2], options.locale,
                                       QDateTime::currentMSecsSinceEpoch());
    if (!summary)
        return summary.error();
    return summary->toString();
}

Result<QString> importMacroFile(const BackOfficeOptions &options, BackOfficeService &service)
{
    if (options.command.size() != 3)
        return usage(QStringLiteral("macros import needs one file: macros import FILE.json"));
    auto count = importMacros(service.workspaces().production(), service.changes(),
                              options.command[2], QDateTime::currentMSecsSinceEpoch());
    if (!count)
        return count.error();
    return QStringLiteral("imported %1 macros").arg(count.value());
}

// `token create --name NAME --role integration`: a channel adapter's account and its token. The
// token is printed alone on the last line, once; only its hash is kept.
Result<QString> createToken(const BackOfficeOptions &options, BackOfficeService &service)
{
    if (options.name.isEmpty())
        return usage(QStringLiteral("token create needs --name"));
    if (options.role != u"integration")
        return usage(QStringLiteral("token create makes integration tokens: --role integration"));
    Store &store = service.workspaces().production();
    const QString username = options.name.toLower();
    auto account = service.auth().findOperator(store, username);
    qint64 operatorId = 0;
    if (account) {
        if (account->role != protocol::Role::Integration) {
            return usage(QStringLiteral("%1 is a %2 account, not an integration")
                             .arg(username, protocol::toString(account->role)));
        }
        operatorId = account->id.toLongLong();
    } else {
        NewOperator integration;
        integration.username = username;
        integration.displayName = options.name;
        integration.role = protocol::Role::Integration;
        auto id = service.auth().createOperator(store, integration);
        if (!id)
            return id.error();
        operatorId = id.value();
    }
    auto token = service.auth().issueToken(store, operatorId, username, 0);
    if (!token)
        return token.error();
    return QStringLiteral("created an integration token named %1 (it is shown only now)\n%2")
        .arg(username, token.value());
}

Result<QString> listTokens(BackOfficeService &service)
{
    auto query = service.workspaces().production().run(QStringLiteral(
        "SELECT t.name, o.username, o.role, t.created_at, t.expires_at, t.last_used_at, "
        "t.revoked_at FROM tokens t JOIN operators o ON o.id = t.operator_id "
        "WHERE o.role = 'integration' ORDER BY t.created_at"));
    if (!query)
        return query.error();
    QStringList lines{QStringLiteral("name\taccount\tcreated\tstate")};
    const auto time = [](const QVariant &ms) {
        return ms.isNull()
                   ? QStringLiteral("-")
                   : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    };
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        lines << QStringList{row.value(0).toString(), row.value(1).toString(), time(row.value(3)),
                             row.value(6).isNull() ? QStringLiteral("active")
                                                   : u"revoked " + time(row.value(6))}
                     .join(u'\t');
    }
    query.value()->finish();
    return lines.join(u'\n');
}

Result<QString> revokeToken(const BackOfficeOptions &options, BackOfficeService &service)
{
    if (options.name.isEmpty())
        return usage(QStringLiteral("token revoke needs --name"));
    auto revoked =
        service.auth().revokeTokens(service.workspaces().production(), options.name.toLower());
    if (!revoked)
        return revoked.error();
    if (revoked.value() == 0)
        return Error{QStringLiteral("not_found"),
                     QStringLiteral("No active token named %1").arg(options.name)};
    return QStringLiteral("revoked %1 token(s) named %2").arg(revoked.value()).arg(options.name);
}

} // namespace

Result<QString> runAdminCommand(const BackOfficeOptions &options, BackOfficeService &service)
{
    const QStringList &command = options.command;
    if (command.size() >= 2 && command[0] == u"user" && command[1] == u"add")
        return addUser(options, service);
    if (command.size() == 2 && command[0] == u"project" && command[1] == u"add")
        return addProject(options, service);
    if (command.size() >= 2 && command[0] == u"kb" && command[1] == u"import")
        return importKb(options, service);
    if (command.size() >= 2 && command[0] == u"macros" && command[1] == u"import")
        return importMacroFile(options, service);
    if (command.size() == 2 && command[0] == u"token") {
        if (command[1] == u"create")
            return createToken(options, service);
        if (command[1] == u"list")
            return listTokens(service);
        if (command[1] == u"revoke")
            return revokeToken(options, service);
    }
    if (command.size() == 1 && command[0] == u"routes") {
        // Every route the server answers, "METHOD /path" a line: the contract tests compare
        // them with docs/api/openapi.yaml and docs/api/roles.md.
        QStringList routes = service.http().router().routes();
        routes.sort();
        return routes.join(u'\n');
    }
    if (command.size() == 1 && command[0] == u"feed-entities") {
        // Every kind of change the feed carries, a line each: the feed walk compares them with
        // docs/api/roles.md ("What the change feed carries to whom").
        QStringList kinds;
        for (const FeedEntity &entity : feedEntities())
            kinds << entity.kind;
        kinds.sort();
        return kinds.join(u'\n');
    }
    return usage(QStringLiteral("Unknown command \"%1\"; see --help").arg(command.join(u' ')));
}

} // namespace frontline::server

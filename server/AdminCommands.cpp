#include "server/AdminCommands.h"

#include "server/BackOfficeOptions.h"
#include "server/BackOfficeService.h"
#include "server/Workspaces.h"
#include "server/auth/AuthService.h"

#include <QTextStream>

#include <cstdio>

namespace frontline::server {
namespace {

Error usage(const QString &message)
{
    return Error{QStringLiteral("usage"), message};
}

QString readPassword(const BackOfficeOptions &options)
{
    if (!options.password.isEmpty())
        return options.password;
    const QString fromEnvironment = qEnvironmentVariable("FRONTLINE_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

Result<QString> addUser(const BackOfficeOptions &options, BackOfficeService &service)
{
    if (options.username.isEmpty())
        return usage(QStringLiteral("user add needs --username"));
    const auto role = protocol::roleFromString(options.role);
    if (!role) {
        return usage(QStringLiteral(
            "user add needs --role operator, supervisor, trainer, admin or integration"));
    }
    NewOperator account;
    account.username = options.username;
    account.displayName = options.displayName;
    account.role = *role;
    if (*role != protocol::Role::Integration)
        account.password = readPassword(options);
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

} // namespace

Result<QString> runAdminCommand(const BackOfficeOptions &options, BackOfficeService &service)
{
    const QStringList &command = options.command;
    if (command.size() >= 2 && command[0] == u"user" && command[1] == u"add")
        return addUser(options, service);
    return usage(QStringLiteral("Unknown command \"%1\"; see --help").arg(command.join(u' ')));
}

} // namespace frontline::server

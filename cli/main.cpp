#include "cli/CliCommands.h"
#include "protocol/Version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("frontline"));
    QCoreApplication::setOrganizationName(QStringLiteral("Frontline"));
    QCoreApplication::setApplicationVersion(frontline::protocol::version());
    frontline::cli::CliCommands commands;
    return commands.run(QCoreApplication::arguments());
}

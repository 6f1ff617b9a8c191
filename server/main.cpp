#include "protocol/Version.h"
#include "server/AdminCommands.h"
#include "server/BackOfficeOptions.h"
#include "server/BackOfficeService.h"
#include "server/ShutdownSignals.h"
#include "server/auth/PasswordHash.h"

#include <QCoreApplication>

#include <cstdio>

using namespace frontline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("frontline-backoffice"));
    QCoreApplication::setOrganizationName(QStringLiteral("Frontline"));
    QCoreApplication::setApplicationVersion(protocol::version());
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
        "%{if-warning}warning%{endif}%{if-critical}critical%{endif}%{if-fatal}fatal%{endif} "
        "%{category} %{message}"));

    auto options = server::BackOfficeOptions::fromArguments(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "frontline-backoffice: %s\n", qPrintable(options.error().message));
        return 2;
    }

    if (options->testPasswordCost) {
        server::password::useTestCost();
        std::fprintf(stderr, "frontline-backoffice: --test-password-cost: new passwords are "
                             "hashed at the least cost; for tests only\n");
    }
    server::BackOfficeService service(options.value());
    if (auto opened = service.open(); !opened) {
        std::fprintf(stderr, "frontline-backoffice: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    if (options->demo) {
        auto seeded = service.seedDemo(options->demoSeed);
        if (!seeded) {
            std::fprintf(stderr, "frontline-backoffice: demo data: %s\n",
                         qPrintable(seeded.error().message));
            return 1;
        }
    }
    if (!options->command.isEmpty()) {
        auto result = server::runAdminCommand(options.value(), service);
        if (!result) {
            std::fprintf(stderr, "frontline-backoffice: %s\n", qPrintable(result.error().message));
            return result.error().code == u"usage" ? 2 : 1;
        }
        std::printf("%s\n", qPrintable(result.value()));
        return 0;
    }

    auto port = service.listen();
    if (!port) {
        std::fprintf(stderr, "frontline-backoffice: %s\n", qPrintable(port.error().message));
        return 1;
    }
    QString host = options->listenAddress.toString();
    if (options->listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    // The launcher in the desktop app and the tests read the bound port from this line.
    std::printf("frontline-backoffice listening on http://%s:%u\n", qPrintable(host),
                unsigned(port.value()));
    std::fflush(stdout);

    server::ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &server::ShutdownSignals::shutdownRequested, &app,
                     [](int) { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

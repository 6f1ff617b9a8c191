#include "protocol/Version.h"
#include "server/BackOfficeOptions.h"
#include "server/BackOfficeService.h"
#include "server/ShutdownSignals.h"

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

    server::BackOfficeService service;
    auto port = service.start(options.value());
    if (!port) {
        std::fprintf(stderr, "frontline-backoffice: %s\n", qPrintable(port.error().message));
        return 1;
    }
    // The launcher in the desktop app and the tests read the bound port from this line.
    QString host = options->listenAddress.toString();
    if (options->listenAddress.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    std::printf("frontline-backoffice listening on http://%s:%u\n", qPrintable(host),
                unsigned(port.value()));
    std::fflush(stdout);

    server::ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &server::ShutdownSignals::shutdownRequested, &app,
                     [](int) { QCoreApplication::quit(); });
    return QCoreApplication::exec();
}

// Stands in for the desktop app in the orphan test: starts the embedded back office the way
// `frontline --demo` does, prints "backoffice-pid N" once it is healthy, and waits to be killed.
#include "app/EmbeddedBackOffice.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>

using frontline::app::EmbeddedBackOffice;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: embedded_backoffice_host PROGRAM DATA_DIR\n");
        return 2;
    }
    QNetworkAccessManager network;
    EmbeddedBackOffice backOffice(&network);
    backOffice.setProgram(args.at(1));
    backOffice.setDataDirectory(args.at(2));
    QObject::connect(&backOffice, &EmbeddedBackOffice::stateChanged, &app,
                     [&backOffice](EmbeddedBackOffice::State state) {
                         if (state == EmbeddedBackOffice::State::Running) {
                             std::printf("backoffice-pid %lld\n",
                                         static_cast<long long>(backOffice.processId()));
                             std::fflush(stdout);
                         } else if (state == EmbeddedBackOffice::State::Failed) {
                             std::fprintf(stderr, "%s\n", qPrintable(backOffice.errorString()));
                             QCoreApplication::exit(1);
                         }
                     });
    backOffice.start();
    return QCoreApplication::exec();
}

#include "app/EmbeddedBackOffice.h"
#include "app/OperatorDesk.h"
#include "protocol/Version.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UiSetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

using namespace frontline;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("frontline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Frontline"));
    QApplication::setOrganizationName(QStringLiteral("Frontline"));
    QApplication::setApplicationVersion(protocol::version());
    QApplication::setDesktopFileName(QStringLiteral("frontline"));

    ui::initResources();
    ui::installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Frontline: the contact-center workspace."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start a demo back office on this computer and use it."));
    parser.addOption(demo);
    parser.process(app);

    QNetworkAccessManager network;
    app::EmbeddedBackOffice backOffice(&network);
    ui::MainWindow window;

    if (parser.isSet(demo)) {
        backOffice.setDataDirectory(
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                .filePath(QStringLiteral("demo")));
        // The child seeds its demo contact center on first start and keeps it afterwards.
        backOffice.setExtraArguments(
            {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("4")});
        window.watchBackOffice(&backOffice);
        backOffice.start();
    }
    // The demo signs in as a seeded operator and keeps its cache beside the demo back office;
    // the token is not kept (each start signs in again).
    const QString demoFolder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("demo"));
    app::OperatorDesk desk(&network, demoFolder);
    desk.setKeychainEnabled(false);
    desk.setCachePath(QDir(demoFolder).filePath(QStringLiteral("olga-cache.sqlite")));
    QObject::connect(&backOffice, &app::EmbeddedBackOffice::stateChanged, &desk,
                     [&](app::EmbeddedBackOffice::State state) {
                         if (state == app::EmbeddedBackOffice::State::Running && !desk.isReady())
                             desk.signIn(backOffice.baseUrl(), QStringLiteral("olga"),
                                         QStringLiteral("demo"));
                     });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &backOffice,
                     [&backOffice] { backOffice.stop(); });

    window.show();
    return QApplication::exec();
}

#include "app/EmbeddedBackOffice.h"
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
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &backOffice,
                     [&backOffice] { backOffice.stop(); });

    window.show();
    return QApplication::exec();
}

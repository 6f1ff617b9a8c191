#include "app/ClientCore.h"
#include "app/EmbeddedBackOffice.h"
#include "protocol/Version.h"
#include "ui/common/UiSetup.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UiSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QStatusBar>

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
    ui::installTranslations(app, ui::UiSettings::uiLocale());

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

    const QString dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QNetworkAccessManager network;
    // The demo back office is started by --demo, or when the login dialog's demo is chosen. The
    // child seeds its demo contact center on first start and keeps it afterwards.
    app::EmbeddedBackOffice backOffice(&network);
    backOffice.setDataDirectory(QDir(dataDirectory).filePath(QStringLiteral("demo")));
    // A gentle stream of simulated contacts, so a newcomer sees chats arriving.
    backOffice.setExtraArguments(
        {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("4")});
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &backOffice,
                     [&backOffice] { backOffice.stop(); });

    ui::LoginDialog login(&network, &backOffice, dataDirectory);
    if (parser.isSet(demo)) {
        backOffice.start();
        login.offerDemo();
    }
    // "Remember me" last time: straight into the workspace, unless the back office refuses the
    // kept token, in which case the dialog opens and says so.
    bool resumed = false;
    if (!parser.isSet(demo) && login.canResume()) {
        QEventLoop wait;
        QObject::connect(&login, &ui::LoginDialog::resumeFinished, &wait, [&](bool signedIn) {
            resumed = signedIn;
            wait.quit();
        });
        login.resumeSession();
        wait.exec();
    }
    if (!resumed && login.exec() != QDialog::Accepted) {
        backOffice.stop();
        return 0;
    }
    std::unique_ptr<app::ClientCore> desk = login.takeDesk();

    ui::MainWindow window;
    if (backOffice.state() != app::EmbeddedBackOffice::State::Stopped)
        window.watchBackOffice(&backOffice);
    window.setClient(ui::partsOf(*desk));
    if (!login.storageNotice().isEmpty())
        window.statusBar()->showMessage(login.storageNotice(), 15000);
    window.show();
    const int status = QApplication::exec();
    desk.reset();
    return status;
}

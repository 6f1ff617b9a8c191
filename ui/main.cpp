#include "app/ClientCore.h"
#include "app/EmbeddedBackOffice.h"
#include "app/session/Session.h"
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

using namespace frontline;

namespace {

// The desktop app's options; process() prints --help or --version and exits.
struct Arguments
{
    QCommandLineParser parser;
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate(
                                "main", "Start a demo back office on this computer and use it.")};

    explicit Arguments(const QCoreApplication &app)
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Frontline: the contact-center workspace."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(demo);
        parser.process(app);
    }
};

// --help and --version need no display: answered before any window system is touched.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

int answerWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ui::nameApplication();
    ui::initResources();
    ui::installTranslations(app, ui::UiSettings::uiLocale());
    Arguments arguments(app); // prints and exits on --help and --version
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv))
        return answerWithoutDisplay(argc, argv);
    QApplication app(argc, argv);
    ui::nameApplication();
    QApplication::setDesktopFileName(QStringLiteral("frontline"));

    ui::initResources();
    ui::installTranslations(app, ui::UiSettings::uiLocale());

    Arguments arguments(app);

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

    // Sign out and Switch user come back here: the app quits only on Quit or a cancelled sign-in.
    QApplication::setQuitOnLastWindowClosed(false);
    bool first = true;
    bool switchUser = false;
    for (;;) {
        ui::LoginDialog login(&network, &backOffice, dataDirectory);
        if (first && arguments.parser.isSet(arguments.demo)) {
            backOffice.start();
            login.offerDemo();
        }
        if (switchUser)
            login.setUser(QString());
        // "Remember me" last time: straight into the workspace, unless the back office refuses
        // the kept token, in which case the dialog opens and says so.
        bool resumed = false;
        if (first && !arguments.parser.isSet(arguments.demo) && login.canResume()) {
            QEventLoop wait;
            QObject::connect(&login, &ui::LoginDialog::resumeFinished, &wait, [&](bool signedIn) {
                resumed = signedIn;
                wait.quit();
            });
            login.resumeSession();
            wait.exec();
        }
        first = false;
        if (!resumed && login.exec() != QDialog::Accepted)
            break;
        std::unique_ptr<app::ClientCore> desk = login.takeDesk();

        ui::MainWindow window;
        window.setAwayOnLeaving(true);
        if (backOffice.state() != app::EmbeddedBackOffice::State::Stopped)
            window.watchBackOffice(&backOffice);
        window.setClient(ui::partsOf(*desk));
        QEventLoop session;
        bool signedOut = false;
        QObject::connect(&window, &ui::MainWindow::closed, &session, &QEventLoop::quit);
        QObject::connect(&window, &ui::MainWindow::signOutRequested, &session, [&](bool other) {
            signedOut = true;
            switchUser = other;
            window.hide();
            // The token is revoked and forgotten (keychain or file); the user's cache stays.
            desk->session().logout([&session](const Result<void> &) { session.quit(); });
        });
        window.show();
        session.exec();
        window.hide();
        desk.reset();
        if (!signedOut)
            break;
    }
    backOffice.stop();
    return 0;
}

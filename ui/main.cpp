#include "app/ClientCore.h"
#include "app/EmbeddedBackOffice.h"
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

    ui::LoginDialog login(&network, &backOffice, dataDirectory);
    if (arguments.parser.isSet(arguments.demo)) {
        backOffice.start();
        login.offerDemo();
    }
    // "Remember me" last time: straight into the workspace, unless the back office refuses the
    // kept token, in which case the dialog opens and says so.
    bool resumed = false;
    if (!arguments.parser.isSet(arguments.demo) && login.canResume()) {
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

#include "app/EmbeddedBackOffice.h"
#include "protocol/Version.h"
#include "ui/common/UiSettings.h"
#include "ui/common/UiSetup.h"
#include "ui/shell/DesktopSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
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

    // Sign out and Switch user come back to the sign-in dialog: the app quits only on Quit or a
    // cancelled sign-in.
    QApplication::setQuitOnLastWindowClosed(false);
    const bool demo = arguments.parser.isSet(arguments.demo);
    if (demo)
        backOffice.start();
    ui::DesktopSession round(&network, &backOffice, dataDirectory);
    QObject::connect(&round, &ui::DesktopSession::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    round.start(demo, !demo);
    app.exec();
    backOffice.stop();
    return 0;
}

// The main() of every test executable: offscreen platform, QStandardPaths test mode and a
// temporary HOME and XDG folders, so no test reads or writes the developer's real files.
#include "tests/support/PostgresServer.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef FRONTLINE_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    ::testing::InitGoogleTest(&argc, argv);

    QTemporaryDir root(QDir::tempPath() + QStringLiteral("/frontline-test-XXXXXX"));
    if (!root.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    const QByteArray home = root.path().toUtf8();
    qputenv("HOME", home);
    qputenv("XDG_DATA_HOME", home + "/share");
    qputenv("XDG_CONFIG_HOME", home + "/config");
    qputenv("XDG_CACHE_HOME", home + "/cache");
    qputenv("XDG_RUNTIME_DIR", home + "/runtime");
    QDir(root.path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(root.path() + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);

    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("FrontlineTests"));
    TestApplication::setApplicationName(QStringLiteral("frontline-tests"));
    const int status = RUN_ALL_TESTS();
    frontline::test::PostgresServer::shutdown();
    return status;
}

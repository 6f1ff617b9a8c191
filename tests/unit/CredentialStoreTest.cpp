#include "app/session/CredentialStore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline::app;

// Tests run without a desktop session, as CI and SSH do: qtkeychain's answer is an error, which
// must mean "no keychain" (not a failure), and the token is then kept only if the user opted in.
TEST(CredentialStoreTest, WithoutAKeychainTheTokenIsKeptOnlyInAnOptedInPrivateFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    CredentialStore store(dir.path(), true);
    const QString account = QStringLiteral("olga@production@http://127.0.0.1:1");

    auto notKept = store.save(account, "production.token-1", false);
    ASSERT_TRUE(notKept.ok()) << notKept.error().message.toStdString();
    if (notKept.value() == TokenStorage::Keychain) {
        store.erase(account);
        GTEST_SKIP() << "a keychain answered on this machine";
    }
    EXPECT_EQ(notKept.value(), TokenStorage::NotKept);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    EXPECT_FALSE(store.load(account, TokenStorage::NotKept).ok());

    auto inFile = store.save(account, "production.token-2", true);
    ASSERT_TRUE(inFile.ok());
    EXPECT_EQ(inFile.value(), TokenStorage::File);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    ASSERT_EQ(files.size(), 1);
    const QFileInfo info(QDir(dir.path()).filePath(files.first()));
    EXPECT_EQ(info.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                    QFileDevice::ReadOther | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    EXPECT_FALSE(files.first().contains(u"olga")); // the file name does not say whose it is
    auto loaded = store.load(account, TokenStorage::File);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), "production.token-2");

    store.erase(account);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    EXPECT_EQ(toString(TokenStorage::File), u"file");
    EXPECT_EQ(tokenStorageFromString(QStringLiteral("keychain")), TokenStorage::Keychain);
    EXPECT_EQ(tokenStorageFromString(QStringLiteral("anything")), TokenStorage::NotKept);
}

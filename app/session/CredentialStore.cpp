#include "app/session/CredentialStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "frontline.session.credentials")

namespace frontline::app {
namespace {

const QString KeychainService = QStringLiteral("Frontline");
constexpr int KeychainTimeoutMs = 5000;

// Runs a qtkeychain job to its end, with a deadline: a keyring that never answers is no keyring.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    deadline.start(KeychainTimeoutMs);
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

QString toString(TokenStorage storage)
{
    switch (storage) {
    case TokenStorage::Keychain:
        return QStringLiteral("keychain");
    case TokenStorage::File:
        return QStringLiteral("file");
    case TokenStorage::NotKept:
        break;
    }
    return QStringLiteral("none");
}

TokenStorage tokenStorageFromString(const QString &text)
{
    if (text == u"keychain")
        return TokenStorage::Keychain;
    if (text == u"file")
        return TokenStorage::File;
    return TokenStorage::NotKept;
}

CredentialStore::CredentialStore(const QString &directory, bool useKeychain)
    : m_directory(directory)
    , m_useKeychain(useKeychain)
{}

QString CredentialStore::tokenFile(const QString &account) const
{
    const QByteArray name =
        QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_directory).filePath(u"token-" + QString::fromLatin1(name));
}

Result<void> CredentialStore::writeKeychain(const QString &account, const QByteArray &token)
{
    QKeychain::WritePasswordJob job(KeychainService);
    job.setKey(account);
    job.setBinaryData(token);
    if (!runJob(job))
        return Error{QStringLiteral("keychain_timeout"), QStringLiteral("no keychain answered")};
    if (job.error() != QKeychain::NoError)
        return Error{QStringLiteral("keychain_error"), job.errorString()};
    return {};
}

Result<QByteArray> CredentialStore::readKeychain(const QString &account)
{
    QKeychain::ReadPasswordJob job(KeychainService);
    job.setKey(account);
    if (!runJob(job))
        return Error{QStringLiteral("keychain_timeout"), QStringLiteral("no keychain answered")};
    if (job.error() != QKeychain::NoError)
        return Error{QStringLiteral("keychain_error"), job.errorString()};
    return job.binaryData();
}

Result<TokenStorage> CredentialStore::save(const QString &account, const QByteArray &token,
                                           bool allowFile)
{
    if (m_useKeychain) {
        auto written = writeKeychain(account, token);
        if (written)
            return TokenStorage::Keychain;
        qCInfo(lcCredentials) << "no keychain:" << written.error().message;
    }
    if (!allowFile)
        return TokenStorage::NotKept;
    QDir().mkpath(m_directory);
    QFile::remove(tokenFile(account));
    QFile file(tokenFile(account));
    // Created 0600, so no byte of the token is ever readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(token) != token.size() || !file.flush()) {
        return Error{QStringLiteral("io_error"),
                     QCoreApplication::translate("CredentialStore", "Cannot write %1: %2")
                         .arg(file.fileName(), file.errorString())};
    }
    return TokenStorage::File;
}

Result<QByteArray> CredentialStore::load(const QString &account, TokenStorage where)
{
    if (where == TokenStorage::Keychain)
        return readKeychain(account);
    if (where == TokenStorage::File) {
        QFile file(tokenFile(account));
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("io_error"), file.errorString()};
        return file.readAll().trimmed();
    }
    return Error{QStringLiteral("unauthorized"),
                 QCoreApplication::translate("CredentialStore", "The session was not kept")};
}

void CredentialStore::erase(const QString &account)
{
    QFile::remove(tokenFile(account));
    if (m_useKeychain) {
        QKeychain::DeletePasswordJob job(KeychainService);
        job.setKey(account);
        runJob(job);
    }
}

} // namespace frontline::app

#include "protocol/SecretInput.h"

#include <QFile>
#include <QFileDevice>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace frontline::protocol::secrets {
namespace {

constexpr qint64 MaxSecretBytes = 4096; // a password, not a document

Error failed(const QString &message)
{
    return Error{QStringLiteral("secret_unavailable"), message};
}

// The first line, without its line ending (a password may start or end with a space).
QString firstLine(const QByteArray &bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    QByteArray line = end < 0 ? bytes : bytes.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Result<QString> fromFile(const QString &path)
{
    QFile file(path);
    const bool opened =
        path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return failed(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    if (path != u"-" &&
        file.permissions().testAnyFlags(QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        std::fprintf(stderr, "warning: %s can be read by other users; chmod 600 it\n",
                     qPrintable(path));
    }
    return firstLine(file.readLine(MaxSecretBytes));
}

// Reads a line from the terminal with echo off, restoring the terminal whatever happens. The
// prompt comes once echo is off, so nothing typed after it can show.
QString typed(const QString &prompt)
{
    termios before{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios silent = before;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    QByteArray line;
    for (int c = std::fgetc(stdin); c != EOF && c != '\n' && line.size() < MaxSecretBytes;
         c = std::fgetc(stdin))
        line.append(char(c));
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    return firstLine(line);
}

} // namespace

Result<QString> read(const Source &source)
{
    QString secret;
    if (!source.file.isEmpty()) {
        auto fromTheFile = fromFile(source.file);
        if (!fromTheFile)
            return fromTheFile.error();
        secret = fromTheFile.value();
    } else if (!source.environment.isEmpty() &&
               qEnvironmentVariableIsSet(qPrintable(source.environment))) {
        secret = qEnvironmentVariable(qPrintable(source.environment));
    } else if (::isatty(STDIN_FILENO) && !source.prompt.isEmpty()) {
        secret = typed(source.prompt);
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return failed(QStringLiteral("Cannot read standard input"));
        secret = firstLine(in.readLine(MaxSecretBytes));
    }
    if (secret.isEmpty())
        return failed(QStringLiteral("The password is empty"));
    return secret;
}

Error onCommandLine(const QString &option, const QString &instead)
{
    return Error{QStringLiteral("secret_on_command_line"),
                 QStringLiteral("%1 would show the password to every local user in the process "
                                "list; %2")
                     .arg(option, instead)};
}

} // namespace frontline::protocol::secrets

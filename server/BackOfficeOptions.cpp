#include "server/BackOfficeOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace frontline::server {

Result<QPair<QHostAddress, quint16>> parseListenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        return Error{QStringLiteral("invalid_listen_address"),
                     QStringLiteral("--listen expects HOST:PORT, got \"%1\"").arg(text)};
    }
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost")
        host = QStringLiteral("127.0.0.1");
    const QHostAddress address(host);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (address.isNull() || !ok || port > 65535) {
        return Error{
            QStringLiteral("invalid_listen_address"),
            QStringLiteral("--listen expects an IP address and a port, got \"%1\"").arg(text)};
    }
    return qMakePair(address, static_cast<quint16>(port));
}

Result<BackOfficeOptions> BackOfficeOptions::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Frontline back office: the shared state of a "
                "contact center, served over HTTP to the desktop app."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QCoreApplication::translate("main", "Address and port to serve on; port 0 picks a free "
                                            "one (default 127.0.0.1:8080)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QString defaultDatabase =
        u"sqlite:" + QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(QStringLiteral("backoffice.sqlite"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("main",
                                    "sqlite:PATH or postgresql://USER@HOST:PORT/DB (default %1).")
            .arg(defaultDatabase),
        QStringLiteral("URL"), defaultDatabase);
    parser.addOptions({listen, database});
    parser.process(arguments);

    BackOfficeOptions options;
    auto address = parseListenAddress(parser.value(listen));
    if (!address)
        return address.error();
    options.listenAddress = address->first;
    options.listenPort = address->second;

    auto url = DatabaseUrl::parse(parser.value(database));
    if (!url)
        return url.error();
    options.database = url.value();
    return options;
}

} // namespace frontline::server

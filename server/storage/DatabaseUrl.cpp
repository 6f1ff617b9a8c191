#include "server/storage/DatabaseUrl.h"

#include <QUrl>

namespace frontline::server {
namespace {

Error badUrl(const QString &why)
{
    return Error{QStringLiteral("invalid_database_url"),
                 why + u" (expected sqlite:PATH or postgresql://USER@HOST:PORT/DB)"};
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    if (text.startsWith(u"sqlite:")) {
        url.kind = Kind::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(u"//"))
            url.path = url.path.mid(2); // sqlite:///abs/path
        if (url.path.isEmpty())
            return badUrl(QStringLiteral("The SQLite URL has no file path"));
        return url;
    }
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            return badUrl(QStringLiteral("Malformed PostgreSQL URL: ") + parsed.errorString());
        url.kind = Kind::Postgresql;
        url.user = parsed.userName();
        url.password = parsed.password();
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.database = parsed.path().mid(1);
        if (url.host.isEmpty())
            return badUrl(QStringLiteral("The PostgreSQL URL has no host"));
        if (url.database.isEmpty() || url.database.contains(u'/'))
            return badUrl(QStringLiteral("The PostgreSQL URL must name one database"));
        return url;
    }
    return badUrl(QStringLiteral("Unknown database URL \"%1\"").arg(text));
}

QString DatabaseUrl::redacted() const
{
    if (kind == Kind::Sqlite)
        return u"sqlite:" + path;
    QString auth = user;
    if (!password.isEmpty())
        auth += u":***";
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(auth, host).arg(port).arg(database);
}

} // namespace frontline::server

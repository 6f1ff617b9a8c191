#include "app/store/MessageIndex.h"
#include "app/store/CacheSearch.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace frontline::app::MessageIndex {
namespace {

Error failed(const QSqlQuery &query)
{
    return Error{QStringLiteral("database_error"),
                 QStringLiteral("message index: %1").arg(query.lastError().text())};
}

} // namespace

Result<bool> indexBacklog(QSqlDatabase &db, int limit)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = ?"));
    query.addBindValue(QString::fromLatin1(BacklogKey));
    if (!query.exec())
        return failed(query);
    if (!query.next())
        return true;
    const qint64 upto = query.value(0).toLongLong();
    query.finish();
    // The last seq of this chunk, then the chunk itself, folded as CacheSearch::foldForSearch does.
    query.prepare(QStringLiteral("SELECT MAX(seq) FROM (SELECT seq FROM messages WHERE seq > ? "
                                 "ORDER BY seq LIMIT ?)"));
    query.addBindValue(upto);
    query.addBindValue(limit);
    if (!query.exec() || !query.next())
        return failed(query);
    const QVariant last = query.value(0);
    query.finish();
    if (!last.isNull()) {
        query.prepare(QStringLiteral("INSERT INTO message_fts (rowid, body) SELECT seq, "
                                     "replace(replace(body, 'ё', 'е'), 'Ё', 'Е') FROM messages "
                                     "WHERE seq > ? AND seq <= ?"));
        query.addBindValue(upto);
        query.addBindValue(last);
        if (!query.exec())
            return failed(query);
    }
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM messages WHERE seq > ?)"));
    query.addBindValue(last.isNull() ? QVariant(upto) : last);
    if (!query.exec() || !query.next())
        return failed(query);
    const bool more = query.value(0).toBool();
    query.finish();
    if (more) {
        query.prepare(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = ?"));
        query.addBindValue(QString::number(last.toLongLong()));
    } else {
        query.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
    }
    query.addBindValue(QString::fromLatin1(BacklogKey));
    if (!query.exec())
        return failed(query);
    return !more;
}

} // namespace frontline::app::MessageIndex

#include "server/audit/AuditLog.h"

#include "protocol/ApiError.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {
namespace {

const QString EntryColumns = QStringLiteral(
    "SELECT a.id, a.at, a.actor_id, actor.display_name, a.actor_role, a.action, a.ticket_id, "
    "t.number, a.subject_id, subject.display_name, a.details FROM audit_log a "
    "JOIN operators actor ON actor.id = a.actor_id "
    "LEFT JOIN tickets t ON t.id = a.ticket_id "
    "LEFT JOIN operators subject ON subject.id = a.subject_id ");

std::optional<protocol::AuditEntry> entryFromRow(const QSqlQuery &row)
{
    protocol::AuditEntry entry;
    const auto action = protocol::auditActionFromString(row.value(5).toString());
    if (!action)
        return std::nullopt; // written by a newer back office: not this one's to show
    entry.id = QString::number(row.value(0).toLongLong());
    entry.at = sql::time(row.value(1));
    entry.actorId = sql::idText(row.value(2));
    entry.actorName = row.value(3).toString();
    entry.actorRole = row.value(4).toString();
    entry.action = *action;
    entry.ticketId = sql::idText(row.value(6));
    entry.ticketNumber = row.value(7).toLongLong();
    entry.subjectId = sql::idText(row.value(8));
    entry.subjectName = row.value(9).toString();
    entry.details = QJsonDocument::fromJson(row.value(10).toByteArray()).object();
    return entry;
}

} // namespace

Result<qint64> AuditLog::record(Store &store, const Caller &actor, const Record &record,
                                qint64 nowMs)
{
    const QByteArray details = QJsonDocument(record.details).toJson(QJsonDocument::Compact);
    if (details.size() > MaxDetailsBytes) {
        return Error{
            QString(protocol::errors::TooLong),
            QStringLiteral("An audit row's details are at most %1 bytes").arg(MaxDetailsBytes)};
    }
    return store.insert(
        QStringLiteral("INSERT INTO audit_log (at, actor_id, actor_role, action, ticket_id, "
                       "subject_id, details) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {nowMs, actor.operatorId, protocol::toString(actor.role()),
         protocol::toString(record.action), sql::nullableId(record.ticketId),
         sql::nullableId(record.subjectId), QString::fromUtf8(details)});
}

Result<QList<protocol::AuditEntry>> AuditLog::read(Store &store, const Filter &filter)
{
    QStringList where;
    QVariantList args;
    const auto narrow = [&](const QString &condition, const QVariant &value) {
        where.append(condition);
        args.append(value);
    };
    if (filter.actorId > 0)
        narrow(QStringLiteral("a.actor_id = ?"), filter.actorId);
    if (filter.ticketId > 0)
        narrow(QStringLiteral("a.ticket_id = ?"), filter.ticketId);
    if (filter.subjectId > 0)
        narrow(QStringLiteral("a.subject_id = ?"), filter.subjectId);
    if (filter.action)
        narrow(QStringLiteral("a.action = ?"), protocol::toString(*filter.action));
    if (filter.from.isValid())
        narrow(QStringLiteral("a.at >= ?"), filter.from.toMSecsSinceEpoch());
    if (filter.to.isValid())
        narrow(QStringLiteral("a.at < ?"), filter.to.toMSecsSinceEpoch());
    if (filter.beforeId > 0)
        narrow(QStringLiteral("a.id < ?"), filter.beforeId);
    args.append(std::clamp(filter.limit, 1, MaxLimit));
    auto query =
        store.run(EntryColumns + (where.isEmpty() ? QString() : u"WHERE " + where.join(u" AND ")) +
                      u" ORDER BY a.id DESC LIMIT ?",
                  args);
    if (!query)
        return query.error();
    QList<protocol::AuditEntry> entries;
    while (query.value()->next()) {
        if (auto entry = entryFromRow(*query.value()))
            entries.append(std::move(*entry));
    }
    query.value()->finish();
    return entries;
}

} // namespace frontline::server

// OperatorCommands' conflicts: a change the back office found made on an older version, kept
// in the cache's `conflicts` table, and settled by making it again or dropping it. The rest of
// the commands are in OperatorCommands.cpp.
#include "app/commands/OperatorCommands.h"
#include "app/store/LocalStore.h"
#include "app/store/SqlTransaction.h"
#include "protocol/TrainingCourse.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace frontline::app {

Result<QList<Conflict>> OperatorCommands::conflicts() const
{
    auto query = m_store.read(QStringLiteral("SELECT id, entity, entity_id, command, mine, "
                                             "theirs, base_version FROM conflicts ORDER BY id"));
    if (!query)
        return query.error();
    QList<Conflict> list;
    while (query.value().next()) {
        list.append(Conflict{query->value(0).toLongLong(), query->value(1).toString(),
                             query->value(2).toString(), query->value(3).toString(),
                             QJsonDocument::fromJson(query->value(4).toString().toUtf8()).object(),
                             QJsonDocument::fromJson(query->value(5).toString().toUtf8()).object(),
                             query->value(6).toLongLong()});
    }
    return list;
}

Result<void> OperatorCommands::keepMine(qint64 conflictId)
{
    auto all = conflicts();
    if (!all)
        return all.error();
    const auto found = std::find_if(all->cbegin(), all->cend(),
                                    [&](const Conflict &c) { return c.id == conflictId; });
    if (found == all->cend())
        return Error{QStringLiteral("not_found"),
                     QCoreApplication::translate("OperatorCommands", "No such conflict")};
    SqlTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    if (auto removed =
            m_store.write(QStringLiteral("DELETE FROM conflicts WHERE id = ?"), {conflictId});
        !removed)
        return removed.error();
    m_store.pendingChanges().conflicts = true;
    if (found->entity == u"ticket") {
        if (auto queued = updateTicket(found->entityId, found->mine.value(u"changes").toObject());
            !queued)
            return queued.error();
    } else if (found->entity == u"escalation") {
        if (auto queued =
                updateEscalation(found->entityId, found->mine.value(u"changes").toObject());
            !queued)
            return queued.error();
    } else if (found->entity == u"training_course") {
        // The same move again, on the course's version as the cache has it now.
        const auto status =
            protocol::courseStatusFromString(found->mine.value(u"status").toString());
        if (!status)
            return Error{QStringLiteral("invalid_conflict"),
                         QCoreApplication::translate("OperatorCommands",
                                                     "The conflict names no course status")};
        if (auto queued = moveCourse(found->entityId, *status); !queued)
            return queued.error();
    }
    return transaction.commit();
}

Result<void> OperatorCommands::takeTheirs(qint64 conflictId)
{
    SqlTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    auto removed =
        m_store.write(QStringLiteral("DELETE FROM conflicts WHERE id = ?"), {conflictId});
    if (!removed)
        return removed.error();
    if (removed->numRowsAffected() == 0)
        return Error{QStringLiteral("not_found"),
                     QCoreApplication::translate("OperatorCommands", "No such conflict")};
    m_store.pendingChanges().conflicts = true;
    return transaction.commit();
}

} // namespace frontline::app

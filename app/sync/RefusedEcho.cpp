#include "app/sync/RefusedEcho.h"

#include "app/outbox/OutboxCommand.h"
#include "app/store/LocalStore.h"

#include <QJsonObject>

namespace frontline::app {

Result<void> RefusedEcho::undo(LocalStore &store, const OutboxEntry &entry)
{
    using outbox::Refusal;
    switch (outbox::declaration(*entry.kind).refusal) {
    case Refusal::MarkMessageFailed: {
        auto marked = store.write(
            QStringLiteral("UPDATE messages SET state = 'failed' WHERE id = ?"), {entry.localId});
        if (!marked)
            return marked.error();
        store.pendingChanges().messagesChanged.insert(entry.localId);
        return {};
    }
    case Refusal::ShowServerTicket:
        return Outbox(store).reapplyLocalChanges(entry.targetId);
    case Refusal::DropEscalation: {
        auto removed =
            store.write(QStringLiteral("DELETE FROM escalations WHERE id = ?"), {entry.localId});
        if (!removed)
            return removed.error();
        store.pendingChanges().escalations.insert(entry.localId);
        return {};
    }
    case Refusal::RestoreEscalation: {
        // The cached JSON is the back office's last word; the status column held the echo. Still
        // pending while another change of it waits in the outbox.
        auto restored = store.write(
            QStringLiteral(
                "UPDATE escalations SET status = COALESCE(json_extract(json, "
                "'$.status'), status), local_pending = EXISTS (SELECT 1 FROM outbox WHERE "
                "state = 'pending' AND command = ? AND target_id = ?) WHERE id = ?"),
            {entry.command, entry.targetId, entry.targetId});
        if (!restored)
            return restored.error();
        store.pendingChanges().escalations.insert(entry.targetId);
        return {};
    }
    case Refusal::RestorePresence:
        return restorePresence(store, entry);
    case Refusal::DropHelpFlag: {
        auto removed =
            store.write(QStringLiteral("DELETE FROM help_flags WHERE id = ?"), {entry.localId});
        if (!removed)
            return removed.error();
        store.pendingChanges().helpFlags.insert(entry.localId);
        return {};
    }
    case Refusal::RestoreHelpFlag: {
        auto restored = store.write(
            QStringLiteral("UPDATE help_flags SET lowered_at = json_extract(json, '$.lowered_at'), "
                           "local_pending = 0 WHERE id = ?"),
            {entry.targetId});
        if (!restored)
            return restored.error();
        store.pendingChanges().helpFlags.insert(entry.targetId);
        return {};
    }
    case Refusal::KeepEcho:
        return {};
    }
    Q_UNREACHABLE();
}

Result<void> RefusedEcho::restorePresence(LocalStore &store, const OutboxEntry &entry)
{
    const QJsonValue before = entry.payload.value(u"before");
    if (!before.isObject()) // queued by a version that did not keep it
        return {};
    // A later change still waiting is what the operator wants now; it shows already.
    {
        auto later = store.read(QStringLiteral("SELECT 1 FROM outbox WHERE state = 'pending' AND "
                                               "command = ? AND id > ?"),
                                {entry.command, entry.id});
        if (!later)
            return later.error();
        if (later.value().next())
            return {};
    }
    const QJsonObject was = before.toObject();
    auto restored =
        was.isEmpty()
            ? store.write(QStringLiteral("DELETE FROM presence WHERE operator_id = ?"),
                          {entry.targetId})
            : store.write(QStringLiteral("INSERT OR REPLACE INTO presence (operator_id, name, "
                                         "status, reason, since) VALUES (?, ?, ?, ?, ?)"),
                          {entry.targetId, was.value(u"name").toString(),
                           was.value(u"status").toString(), was.value(u"reason").toString(),
                           was.value(u"since").toString()});
    if (!restored)
        return restored.error();
    store.pendingChanges().presence.insert(entry.targetId);
    return {};
}

} // namespace frontline::app

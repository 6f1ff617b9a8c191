#include "app/store/ReplyDrafts.h"

#include "app/store/LocalStore.h"

#include <QDateTime>

namespace frontline::app {

Result<ReplyDraft> ReplyDrafts::draft(const QString &ticketId) const
{
    auto query = m_store.read(
        QStringLiteral("SELECT body, internal, macro FROM reply_drafts WHERE ticket_id = ?"),
        {ticketId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return ReplyDraft{};
    return ReplyDraft{query->value(0).toString(), query->value(1).toBool(),
                      query->value(2).toString()};
}

Result<void> ReplyDrafts::save(const QString &ticketId, const ReplyDraft &draft)
{
    auto done = draft.body.isEmpty()
                    ? m_store.write(QStringLiteral("DELETE FROM reply_drafts WHERE ticket_id = ?"),
                                    {ticketId})
                    : m_store.write(QStringLiteral("INSERT OR REPLACE INTO reply_drafts "
                                                   "(ticket_id, body, internal, updated_at, "
                                                   "macro) VALUES (?, ?, ?, ?, ?)"),
                                    {ticketId, draft.body, draft.internal ? 1 : 0,
                                     QDateTime::currentMSecsSinceEpoch(), draft.macro});
    if (!done)
        return done.error();
    return {};
}

} // namespace frontline::app

#pragma once

#include "protocol/Result.h"

#include <QString>

namespace frontline::app {

class LocalStore;

// What the operator has typed but not sent, per ticket, in the `reply_drafts` table (migration 2),
// so a draft survives closing the conversation, a crash or a restart.
struct ReplyDraft
{
    QString body;
    bool internal = false;
    QString macro; // the canned response it was made from, by slug (migration 15); empty: none
};

class ReplyDrafts
{
public:
    explicit ReplyDrafts(LocalStore &store)
        : m_store(store)
    {}

    Result<ReplyDraft> draft(const QString &ticketId) const;
    // An empty body deletes the draft.
    Result<void> save(const QString &ticketId, const ReplyDraft &draft);

private:
    LocalStore &m_store;
};

} // namespace frontline::app

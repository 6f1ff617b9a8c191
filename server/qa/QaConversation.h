#pragma once

#include "protocol/Result.h"

#include <QJsonObject>

namespace frontline::server {

struct Caller;

// A conversation as a reviewer reads it (GET /qa/conversations/{id}): the ticket's figures and
// every message, internal notes and whispers marked, and nothing that reaches the customer: no
// name, email, phone or customer id, the customer shown as "Customer". Trainers review without
// the rights to tickets and customers (roles.md), so this is the only conversation they read.
class QaConversation
{
public:
    // At most this many messages, the first ones; `truncated` says when there were more.
    static constexpr int MaxMessages = 2000;

    static Result<QJsonObject> read(const Caller &caller, const QString &ticketId);
};

} // namespace frontline::server

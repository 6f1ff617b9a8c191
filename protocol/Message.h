#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace frontline::protocol {

enum class AuthorKind
{
    Customer,
    Bot,
    Operator,
    System
};

QString toString(AuthorKind kind);
std::optional<AuthorKind> authorKindFromString(QStringView text);

// One entry of a ticket's conversation. Append-only. `body` is plain text exactly as written:
// customer text may contain anything, HTML included, and is never interpreted.
struct Message
{
    QString id;
    QString ticketId;
    AuthorKind authorKind = AuthorKind::Customer;
    QString authorId; // the operator, for operator messages
    QString authorName;
    bool internal = false; // an internal note: never sent to the customer
    // A supervisor's word to the operator only (issue 18); always internal too, so it goes
    // wherever internal notes go and nowhere else.
    bool whisper = false;
    QString body;
    QString macro; // the slug of the canned response the reply was made from; empty: none
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<Message> fromJson(const QJsonObject &object);

    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace frontline::protocol

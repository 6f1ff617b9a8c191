#pragma once

#include "protocol/Result.h"

#include <QList>
#include <QString>

namespace frontline::app {

class LocalStore;

// The chats an operator would leave behind by going away (a break, offline, signing out or
// quitting): active chats assigned to them. The back office returns exactly these to the queue
// once its grace time has passed; emails and other channels' tickets stay theirs.
struct ChatsLeftBehind
{
    struct Chat
    {
        QString ticketId;
        qint64 number = 0;
        QString customerName;
    };

    QList<Chat> chats;

    bool isEmpty() const { return chats.isEmpty(); }
    // "#1531 Ivan Petrov, #1532 Anna Orlova", in ticket number order.
    QString names() const;

    static Result<ChatsLeftBehind> read(const LocalStore &store, const QString &operatorId);
};

} // namespace frontline::app

#include "app/session/SignedInUser.h"

#include <QJsonArray>

namespace frontline::app {

SignedInUser SignedInUser::fromJson(const QJsonObject &object, const SignedInUser &base)
{
    SignedInUser user = base;
    if (const QString id = object.value(u"id").toString(); !id.isEmpty())
        user.id = id;
    user.username = object.value(u"username").toString(user.username);
    user.displayName = object.value(u"display_name").toString(user.displayName);
    if (const auto role = protocol::roleFromString(object.value(u"role").toString()))
        user.role = *role;
    user.line = object.value(u"line").toInt(user.line);
    user.team = object.value(u"team").toString(user.team);
    user.maxChats = object.value(u"max_chats").toInt(user.maxChats);
    user.locale = object.value(u"locale").toString(user.locale);
    user.chatGraceSeconds = object.value(u"chat_grace_seconds").toInt(user.chatGraceSeconds);
    if (object.contains(u"queues")) {
        user.queues.clear();
        for (const QJsonValue &queue : object.value(u"queues").toArray())
            user.queues.append(queue.toString());
    }
    return user;
}

} // namespace frontline::app

#pragma once

#include "protocol/Operator.h"

#include <QJsonObject>
#include <QString>

namespace frontline::app {

// Who is signed in, as the back office described them at sign-in (`/auth/login`, `GET /me`): id,
// name, role, queues, support line and team, and the workspace (production or a sandbox) the
// session belongs to. The one typed value every part of the client asks instead of reading keys.
struct SignedInUser : protocol::Operator
{
    QString workspace = QStringLiteral("production");
    // How long the back office lets an away operator keep their chats (its --chat-grace-ms);
    // 120 s, its default, until a back office says otherwise.
    int chatGraceSeconds = 120;

    bool isSignedIn() const { return !id.isEmpty(); }

    // The back office's operator object; fields it leaves out keep the values `base` has (a
    // `GET /me` of an older back office).
    static SignedInUser fromJson(const QJsonObject &object, const SignedInUser &base);
};

} // namespace frontline::app

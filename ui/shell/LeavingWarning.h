#pragma once

#include "app/models/ChatsLeftBehind.h"

#include <QMessageBox>

namespace frontline::ui {

// Asked before the operator goes away (a break, offline, signing out, switching user, quitting)
// with chats assigned: names them and says they go back to the queue after the back office's
// grace time. Emails and other channels' tickets stay hers, so they are not named.
class LeavingWarning : public QMessageBox
{
    Q_OBJECT
public:
    enum class Leaving
    {
        Break,
        Offline,
        SignOut,
        SwitchUser,
        Quit
    };

    LeavingWarning(const app::ChatsLeftBehind &chats, int graceSeconds, Leaving how,
                   QWidget *parent = nullptr);

    // True when there is nothing to warn about or the operator goes ahead.
    static bool confirm(const app::ChatsLeftBehind &chats, int graceSeconds, Leaving how,
                        QWidget *parent);
    // "2 minutes", "90 seconds".
    static QString graceText(int graceSeconds);
};

} // namespace frontline::ui

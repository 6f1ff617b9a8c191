#include "ui/shell/LeavingWarning.h"

#include <QPushButton>

namespace frontline::ui {

LeavingWarning::LeavingWarning(const app::ChatsLeftBehind &chats, int graceSeconds, Leaving how,
                               QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("leavingWarning"));
    setIcon(QMessageBox::Warning);
    setTextFormat(Qt::PlainText); // customer names are untrusted text
    setWindowTitle(tr("Your chats go back to the queue"));
    const int count = int(chats.chats.size());
    setText(tr("You have %n chat(s) assigned: %1.", nullptr, count).arg(chats.names()));
    QString when;
    QString go;
    switch (how) {
    case Leaving::Break:
        when = tr("While you are on a break");
        go = tr("Go on a break");
        break;
    case Leaving::Offline:
        when = tr("While you are away");
        go = tr("Go offline");
        break;
    case Leaving::SignOut:
        when = tr("Signing out sets your status to Away; then");
        go = tr("Sign out");
        break;
    case Leaving::SwitchUser:
        when = tr("Switching user sets your status to Away; then");
        go = tr("Switch user");
        break;
    case Leaving::Quit:
        when = tr("Quitting sets your status to Away; then");
        go = tr("Quit");
        break;
    }
    setInformativeText(
        tr("%1, the back office gives these chats to a colleague after %2, unless you are "
           "available again before then. Your emails and other tickets stay yours.")
            .arg(when, graceText(graceSeconds)));
    QPushButton *goButton = addButton(go, QMessageBox::AcceptRole);
    goButton->setObjectName(QStringLiteral("leaveButton"));
    QPushButton *stay = addButton(QMessageBox::Cancel);
    stay->setObjectName(QStringLiteral("stayButton"));
    // Staying is the safe answer: Enter or Escape keeps the chats.
    setDefaultButton(stay);
    setEscapeButton(stay);
}

bool LeavingWarning::confirm(const app::ChatsLeftBehind &chats, int graceSeconds, Leaving how,
                             QWidget *parent)
{
    if (chats.isEmpty())
        return true;
    LeavingWarning warning(chats, graceSeconds, how, parent);
    warning.exec();
    return warning.buttonRole(warning.clickedButton()) == QMessageBox::AcceptRole;
}

QString LeavingWarning::graceText(int graceSeconds)
{
    if (graceSeconds >= 60 && graceSeconds % 60 == 0)
        return tr("%n minute(s)", nullptr, graceSeconds / 60);
    return tr("%n second(s)", nullptr, graceSeconds);
}

} // namespace frontline::ui

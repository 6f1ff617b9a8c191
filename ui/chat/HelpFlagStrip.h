#pragma once

#include "protocol/HelpFlag.h"
#include "ui/chat/HelpFlagDialog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace frontline::app {
class LocalStore;
class OperatorCommands;
struct SignedInUser;
} // namespace frontline::app

namespace frontline::ui {

// One line above a conversation about its help flag: "You asked a supervisor for help: <note>",
// then "Sofia lowered your flag at 14:05". Raises the flag (askForHelp, the Ctrl+Shift+H of the
// conversation) and lowers it: a supervisor answering, or the operator withdrawing her own.
class HelpFlagStrip : public QWidget
{
    Q_OBJECT
public:
    HelpFlagStrip(app::LocalStore &store, app::OperatorCommands &commands,
                  const app::SignedInUser &user, QWidget *parent = nullptr);

    void showTicket(const QString &ticketId);
    // Reads the shown ticket's flag from the cache again.
    void refresh();
    QLabel *textLabel() const { return m_text; }
    QToolButton *lowerButton() const { return m_lower; }
    HelpFlagDialog *dialog() const { return m_dialog; }

public Q_SLOTS:
    // Opens the note dialog for the shown ticket (window-modal, not blocking); the flag goes up
    // when it is accepted. Nothing happens while a flag is already up.
    void askForHelp();
    void lower();

Q_SIGNALS:
    // Raising or lowering was refused here (too long, already up): words for the pane's notice.
    void notice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void raise(const QString &ticketId, const QString &note);
    QString describe(const protocol::HelpFlag &flag) const;

    app::LocalStore &m_store;
    app::OperatorCommands &m_commands;
    const app::SignedInUser &m_user;
    QString m_ticket;
    std::optional<protocol::HelpFlag> m_flag;
    QLabel *m_text = nullptr;
    QToolButton *m_lower = nullptr;
    QPointer<HelpFlagDialog> m_dialog;
};

} // namespace frontline::ui

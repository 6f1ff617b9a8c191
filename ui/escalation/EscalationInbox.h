#pragma once

#include "protocol/Result.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QModelIndex;
class QTimer;
class QLineEdit;
class QListView;
class QPushButton;

namespace frontline::app {
class EscalationInboxModel;
class LocalStore;
class OperatorCommands;
struct SignedInUser;
} // namespace frontline::app

namespace frontline::ui {

// Escalations addressed to my line or team (a 2nd-line operator's to-do list): accept one,
// return it with a reason, or resolve it. Selecting one (a click, the arrow keys) opens its ticket
// in the chat pane, and the chat pane's ticket selects its escalation (followTicket), so the
// selection, the conversation shown and the buttons always mean the same escalation. Shows itself
// only while it has escalations or something to say.
class EscalationInbox : public QWidget
{
    Q_OBJECT
public:
    explicit EscalationInbox(app::LocalStore &store, app::OperatorCommands &commands,
                             const app::SignedInUser &me, QWidget *parent = nullptr);

    app::EscalationInboxModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QLineEdit *returnReasonField() const { return m_returnReason; }
    // Acting on the current escalation; false (and a message in the inbox) when refused.
    bool acceptCurrent();
    bool returnCurrent();
    bool resolveCurrent();
    // What the inbox says (an escalation gone, an action refused); hidden when nothing.
    QLabel *messageLabel() const { return m_message; }
    QString currentEscalationId() const { return currentId(); }

public Q_SLOTS:
    // The chat pane shows `ticketId`: select its escalation, or none when it has none here.
    void followTicket(const QString &ticketId);
    // The back office took my action on `escalationId`, or refused it (`why`, in its words); the
    // refused change is already undone in the cache.
    void actionDelivered(const QString &escalationId);
    void actionRefused(const QString &escalationId, const QString &why);

Q_SIGNALS:
    void ticketRequested(const QString &ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString currentId() const;
    void showResult(const QString &error);
    // Adds a line to what the inbox says (the last few stay, newest last).
    void addLine(const QString &line);
    void updateButtons();
    void onCurrentChanged(const QModelIndex &current);
    void onModelReset();
    void onEscalationLeft(const QString &escalationId, qint64 number, const QString &status);
    void updateVisibility();
    // Runs `command` on the current escalation, remembering it (`status` is what it makes of
    // the escalation) until the back office answers.
    bool act(const QString &status, const std::function<Result<void>(const QString &)> &command);
    qint64 currentNumber() const;

    app::LocalStore &m_store;
    app::OperatorCommands &m_commands;
    app::EscalationInboxModel *m_model;
    QListView *m_list;
    QLineEdit *m_returnReason;
    QPushButton *m_accept;
    QPushButton *m_return;
    QPushButton *m_resolve;
    QLabel *m_message;
    QLabel *m_title = nullptr;
    QString m_keptCurrent;    // across a model reset
    QString m_shownTicket;    // the chat pane's ticket
    bool m_following = false; // selecting for the chat pane: do not ask it to open again
    struct Action
    {
        qint64 number = 0;
        QString status; // accepted, returned, resolved
    };
    QHash<QString, Action> m_acting; // escalation id -> my action on its way
    QTimer *m_messageTimer;
    QStringList m_lines;
};

} // namespace frontline::ui

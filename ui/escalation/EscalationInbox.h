#pragma once

#include <QWidget>

class QLabel;
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
// return it with a reason, or resolve it. Opening one opens its ticket in the chat pane.
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

Q_SIGNALS:
    void ticketRequested(const QString &ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString currentId() const;
    void showResult(const QString &error);
    void updateButtons();

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
    QString m_keptCurrent; // across a model reset
};

} // namespace frontline::ui

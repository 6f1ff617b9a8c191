#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace frontline::app {
class LocalStore;
class OperatorCommands;
class OperatorRosterModel;
class SyncEngine;
} // namespace frontline::app

namespace frontline::ui {

class CommandOutcome;

// A supervisor gives a ticket to another operator, saying why: the active operators with their
// presence and open chats of their limit, and the reason (required, at most 500 characters).
// The back office's assignment rule decides; a refusal (her chat limit, say) is shown here and the
// dialog stays open for another choice. Offline, the reassignment waits in the outbox.
class ReassignDialog : public QDialog
{
    Q_OBJECT
public:
    ReassignDialog(app::LocalStore &store, app::OperatorCommands &commands, app::SyncEngine &engine,
                   QWidget *parent = nullptr);

    // The ticket to reassign (its current assignee is left out of the list).
    void setTicket(const QString &ticketId);
    QString ticketId() const { return m_ticketId; }

    QTableView *operatorList() const { return m_operators; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLabel *statusLabel() const { return m_status; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Selects `operatorId` in the list; false when she is not in it.
    bool selectOperator(const QString &operatorId);

Q_SIGNALS:
    // The back office made the change; the dialog closes.
    void reassigned(const QString &ticketId, const QString &operatorId);

private:
    void submit();
    void showStatus(const QString &text, bool error);
    void updateCounter();
    QString selectedOperator() const;

    app::LocalStore &m_store;
    app::OperatorCommands &m_commands;
    app::OperatorRosterModel *m_roster;
    CommandOutcome *m_outcome;
    QString m_ticketId;
    QString m_target;
    QLabel *m_ticket;
    QTableView *m_operators;
    QPlainTextEdit *m_reason;
    QLabel *m_counter;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace frontline::ui

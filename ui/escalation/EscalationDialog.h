#pragma once

#include "app/commands/OperatorCommands.h"
#include "protocol/Operator.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace frontline::app {
class ConversationQuery;
class LocalStore;
class OperatorCommands;
} // namespace frontline::app

namespace frontline::ui {

// Hands a ticket to the 2nd line or a team: target, a required reason, a note (required for most
// reasons), priority. The conversation goes along as context: the back office links the
// escalation to the ticket, and the dialog shows the last messages it will carry.
class EscalationDialog : public QDialog
{
    Q_OBJECT
public:
    // `me`: who escalates; the dialog offers only the targets the back office accepts from them.
    EscalationDialog(app::LocalStore &store, app::OperatorCommands &commands,
                     const protocol::Operator &me, const QString &ticketId,
                     QWidget *parent = nullptr);

    // What is wrong with the form, one message per problem; empty when it can be sent.
    QStringList validationErrors() const;
    app::EscalationRequest request() const;
    // The local id of the escalation queued by the last successful accept().
    QString escalationId() const { return m_escalationId; }

    QComboBox *targetField() const { return m_target; }
    QComboBox *reasonField() const { return m_reason; }
    QPlainTextEdit *noteField() const { return m_note; }
    QComboBox *priorityField() const { return m_priority; }
    QLabel *errorLabel() const { return m_errors; }

public Q_SLOTS:
    void accept() override;

private:
    void buildFields(const protocol::Operator &me);
    // Shows the ticket's latest messages as the escalation's context; returns how many.
    int showContext(const app::ConversationQuery &query);
    void layOut(int contextMessages);
    void updateNoteHint();

    app::LocalStore &m_store;
    app::OperatorCommands &m_commands;
    QString m_ticketId;
    QString m_escalationId;
    QComboBox *m_target;
    QComboBox *m_reason;
    QPlainTextEdit *m_note;
    QLabel *m_noteHint;
    QComboBox *m_priority;
    QPlainTextEdit *m_context;
    QLabel *m_errors;
};

} // namespace frontline::ui

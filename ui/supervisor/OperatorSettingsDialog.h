#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace frontline::app {
class LocalStore;
class OperatorCommands;
class SyncEngine;
} // namespace frontline::app

namespace frontline::ui {

class CommandOutcome;

// A supervisor sets an operator's chat limit (0-20) and the queues she works. A raised limit or
// a new queue hands her waiting chats at once (the back office's routing); a refusal is shown
// here. Offline, the change waits in the outbox.
class OperatorSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    OperatorSettingsDialog(app::LocalStore &store, app::OperatorCommands &commands,
                           app::SyncEngine &engine, QWidget *parent = nullptr);

    void setOperator(const QString &operatorId);
    QString operatorId() const { return m_operatorId; }

    QSpinBox *chatLimit() const { return m_limit; }
    QListWidget *queueList() const { return m_queues; }
    QLabel *statusLabel() const { return m_status; }
    QDialogButtonBox *buttons() const { return m_buttons; }

Q_SIGNALS:
    void changed(const QString &operatorId);

private:
    void submit();
    QStringList checkedQueues() const;
    void showStatus(const QString &text, bool error);

    app::LocalStore &m_store;
    app::OperatorCommands &m_commands;
    CommandOutcome *m_outcome;
    QString m_operatorId;
    // As the dialog opened: only what the supervisor changed is sent, so settings the cache does
    // not know (an account of an older back office) are never overwritten by a guess.
    int m_shownLimit = 0;
    QStringList m_shownQueues;
    QSpinBox *m_limit;
    QListWidget *m_queues;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace frontline::ui

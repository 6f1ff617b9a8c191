#pragma once

#include <QToolButton>

namespace frontline::app {
class LocalStore;
class OperatorCommands;
struct StoreChangeSet;
} // namespace frontline::app

namespace frontline::ui {

// The operator's own status: available (online), on a break or away (offline), the latter two with
// a reason, set through OperatorCommands; shows it as the cache has it, as "My status: ..." so it
// is not taken for the connection's state.
class PresenceSwitcher : public QToolButton
{
    Q_OBJECT
public:
    explicit PresenceSwitcher(app::LocalStore &store, app::OperatorCommands &commands,
                              const QString &myId, QWidget *parent = nullptr);

    QString status() const { return m_status; }
    // Sets the presence without asking for a reason (the menu asks).
    bool setPresence(const QString &status, const QString &reason = {});
    // The back office's grace time, named when going away with chats assigned warns.
    void setChatGraceSeconds(int seconds) { m_graceSeconds = seconds; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void askAndSet(const QString &status);
    void readPresence();
    void onStoreChanged(const app::StoreChangeSet &changes);
    static QString statusName(const QString &status);

    app::LocalStore &m_store;
    app::OperatorCommands &m_commands;
    QString m_myId;
    QString m_status;
    QString m_reason;
    int m_graceSeconds = 120;
};

} // namespace frontline::ui

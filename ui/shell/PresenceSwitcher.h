#pragma once

#include <QToolButton>

namespace frontline::app {
class LocalStore;
class OperatorCommands;
struct StoreChangeSet;
} // namespace frontline::app

namespace frontline::ui {

// Online / break / offline (the latter two with a reason), set through OperatorCommands; shows the
// operator's presence as the cache has it.
class PresenceSwitcher : public QToolButton
{
    Q_OBJECT
public:
    explicit PresenceSwitcher(app::LocalStore &store, app::OperatorCommands &commands,
                              const QString &myId, QWidget *parent = nullptr);

    QString status() const { return m_status; }
    // Sets the presence without asking for a reason (the menu asks).
    bool setPresence(const QString &status, const QString &reason = {});

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
};

} // namespace frontline::ui

#pragma once

#include "ui/common/ClientParts.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
namespace frontline::app {
class EmbeddedBackOffice;
} // namespace frontline::app

namespace frontline::ui {

class BackOfficeStatusLabel;
class DeskNotifier;
class OperatorPerspective;
class Pane;
class PresenceSwitcher;
class SyncStatusWidget;

// The top-level window: the perspective for the signed-in user's role (operator; supervisor and
// trainer are placeholders for now), the status bar (sync state, outbox, conflicts, presence),
// notifications, and the window-wide shortcuts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // After sign-in: builds the perspective for the signed-in user's role and follows the sync
    // engine.
    void setClient(const ClientParts &parts);
    // "operator", "supervisor" or "trainer": which perspective a role gets.
    static QString perspectiveFor(const QString &role);
    QString perspectiveName() const { return m_perspectiveName; }

    QWidget *perspective() const { return centralWidget(); }
    OperatorPerspective *operatorPerspective() const { return m_operator; }
    BackOfficeStatusLabel *backOfficeStatus() const { return m_backOfficeStatus; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    PresenceSwitcher *presenceSwitcher() const { return m_presence; }
    DeskNotifier *notifier() const { return m_notifier; }

    // Shows the embedded back office's state in the status bar as it changes.
    void watchBackOffice(const app::EmbeddedBackOffice *backOffice);

public Q_SLOTS:
    void showShortcuts();
    void showSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildOperatorPerspective(const ClientParts &parts);
    void addPaneShortcuts();
    // What the central widget is while no perspective is built.
    enum class Placeholder
    {
        SigningIn,
        Supervisor,
        Trainer
    };
    void createActions();
    void retranslateUi();
    QWidget *placeholderPerspective(Placeholder kind);
    void saveLayout();

    std::unique_ptr<ClientParts> m_parts; // none before sign-in
    OperatorPerspective *m_operator = nullptr;
    QString m_perspectiveName;
    BackOfficeStatusLabel *m_backOfficeStatus;
    SyncStatusWidget *m_syncStatus;
    PresenceSwitcher *m_presence = nullptr;
    DeskNotifier *m_notifier;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QList<QAction *> m_paneActions; // focus pane 1-4, next, previous
    Pane *m_placeholder = nullptr;
    QLabel *m_placeholderText = nullptr;
    Placeholder m_placeholderKind = Placeholder::SigningIn;
};

} // namespace frontline::ui

#pragma once

#include "ui/common/ClientParts.h"
#include "ui/common/ShortcutTable.h"
#include "ui/shell/LeavingWarning.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QMenu;
namespace frontline::app {
class EmbeddedBackOffice;
class TrainingActions;
} // namespace frontline::app

namespace frontline::ui {

class BackOfficeStatusLabel;
class CalibrationDialog;
class ExamQuestionsPanel;
class ExamsPage;
class ExamStrip;
class MyTrainingDialog;
class OperatorFiguresView;
class PacksPage;
class SandboxesPage;
class TrainerWorkspace;
class DeskNotifier;
class OperatorPerspective;
class Pane;
class PresenceSwitcher;
class QualityWorkspace;
class SandboxBand;
class StatusMessage;
class StoreDesk;
class SupervisorDesk;
class SupervisorPerspective;
class SyncStatusWidget;

// The top-level window: the perspective for the signed-in user's role (operator, supervisor, or
// a store's client with its read-only board, or the trainer's Quality workspace), the status
// bar (sync state, outbox, conflicts, presence), notifications, and the window-wide shortcuts.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // After sign-in: builds the perspective for the signed-in user's role and follows the sync
    // engine.
    void setClient(const ClientParts &parts);
    // "operator", "supervisor", "client" or "trainer": which perspective a role gets.
    static QString perspectiveFor(const QString &role);
    QString perspectiveName() const { return m_perspectiveName; }

    QWidget *perspective() const { return centralWidget(); }
    OperatorPerspective *operatorPerspective() const { return m_operator; }
    // The supervisor's and the admin's, and a store's client's read-only one; none for others.
    SupervisorPerspective *supervisorPerspective() const { return m_supervisor; }
    // A store's client's charts, exports and shared tickets; none for other roles.
    StoreDesk *storeDesk() const { return m_storeDesk; }
    // The supervisor's alerts, drill-downs, charts and exports; none for other roles.
    SupervisorDesk *supervisorDesk() const { return m_desk; }
    QAction *exportAction() const { return m_exportAction; }
    // The supervisor's audit log (Ctrl+Shift+U); none for other roles.
    QAction *auditLogAction() const { return m_auditAction; }
    // The Quality workspace: the trainer's perspective, the supervisor's window (Ctrl+Shift+V) or
    // the operator's "My reviews" (Ctrl+Shift+Y); null while none is shown.
    QualityWorkspace *qualityWorkspace() const;
    // The trainer's perspective; null for the other roles.
    TrainerWorkspace *trainerWorkspace() const { return m_trainerWorkspace; }
    // The trainer's Sandboxes and Scenario packs pages (after Quality); null for other roles.
    SandboxesPage *sandboxesPage() const { return m_sandboxesPage; }
    PacksPage *packsPage() const { return m_packsPage; }
    QAction *qualityAction() const { return m_qualityAction; }
    QAction *myReviewsAction() const { return m_myReviewsAction; }
    // Frontline > My training… (Ctrl+Shift+J): the operator's courses (issue 19, item 10).
    QAction *myTrainingAction() const { return m_myTrainingAction; }
    MyTrainingDialog *myTrainingDialog() const;
    // Frontline > Operators' figures… (Ctrl+Shift+F) for trainers: figures and courses.
    QAction *operatorFiguresAction() const { return m_figuresAction; }
    OperatorFiguresView *operatorFiguresView() const;
    // A trainee's exam in her sandbox (issue 19): the band's countdown and the questions
    // (Ctrl+Shift+E); null elsewhere.
    ExamStrip *examStrip() const { return m_examStrip; }
    QAction *examQuestionsAction() const { return m_examQuestionsAction; }
    ExamQuestionsPanel *examQuestionsPanel() const;
    // The trainer's Exams page in her workspace (issue 19); null for other roles.
    ExamsPage *examsPage() const { return m_examsPage; }
    // Frontline > Calibration… for supervisors and trainers (issue 18, item 8).
    QAction *calibrationAction() const { return m_calibrationAction; }
    CalibrationDialog *calibrationDialog() const;
    BackOfficeStatusLabel *backOfficeStatus() const { return m_backOfficeStatus; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    StatusMessage *statusMessage() const { return m_statusMessage; }
    // A passing message in the status bar's own place for it (0: until replaced).
    void showStatusMessage(const QString &text, int timeoutMs = 0);
    PresenceSwitcher *presenceSwitcher() const { return m_presence; }
    DeskNotifier *notifier() const { return m_notifier; }

    // Shows the embedded back office's state in the status bar as it changes.
    void watchBackOffice(const app::EmbeddedBackOffice *backOffice);
    // The desktop app: quitting, signing out or switching user warns about assigned chats and
    // sets the operator's status to Away first, so the back office stops routing chats to her.
    void setAwayOnLeaving(bool away) { m_awayOnLeaving = away; }
    // Sign out or Switch user, as the menu does: warns, goes away, then signOutRequested().
    void leave(LeavingWarning::Leaving how);
    // The training sandbox's band, or null in production.
    SandboxBand *sandboxBand() const { return m_sandboxBand; }

Q_SIGNALS:
    // The operator confirmed Sign out (switchUser false) or Switch user: the owner ends the
    // session and shows the sign-in dialog.
    void signOutRequested(bool switchUser);
    // The window closed for good (Quit): the owner ends the program.
    void closed();

public Q_SLOTS:
    void showShortcuts();
    // The Quality workspace as a window: a reviewer's, or an operator's own reviews.
    void openQualityWindow();
    void showSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildOperatorPerspective(const ClientParts &parts);
    // In a training sandbox: the band naming it, above every perspective.
    void showSandboxBand(const ClientParts &parts);
    void buildSupervisorPerspective(const ClientParts &parts);
    void buildStorePerspective(const ClientParts &parts);
    void addExportAction();
    void buildTrainerPerspective(const ClientParts &parts);
    void addQualityAction(Shortcut id, const QString &name);
    // The reviewed operator hears of a new review and of a reply to her dispute.
    void announceReviews(const QList<QJsonObject> &reviews);
    void addMyTrainingAction();
    void addOperatorFiguresAction();
    void addTrainingPages(const ClientParts &parts);
    void retranslateTrainingPages();
    void announceCourses(const QList<QJsonObject> &courses);
    void addExamParts(const ClientParts &parts);
    void addCalibrationAction(const ClientParts &parts);
    QAction *addShortcutAction(Shortcut id);
    void addPaneShortcuts();
    // Warns about chats left behind, sets the status to Away and gives the outbox a few seconds
    // to deliver it; false when the operator chose to stay.
    bool goAway(LeavingWarning::Leaving how);
    // What the central widget is while no perspective is built.
    enum class Placeholder
    {
        SigningIn,
    };
    void createActions();
    void retranslateUi();
    QWidget *placeholderPerspective(Placeholder kind);
    void saveLayout();

    std::unique_ptr<ClientParts> m_parts; // none before sign-in
    SandboxBand *m_sandboxBand = nullptr; // only in a training sandbox
    OperatorPerspective *m_operator = nullptr;
    SupervisorPerspective *m_supervisor = nullptr;
    SupervisorDesk *m_desk = nullptr;
    StoreDesk *m_storeDesk = nullptr;
    QString m_storeName; // a store's client: its store, in the title
    QString m_perspectiveName;
    BackOfficeStatusLabel *m_backOfficeStatus;
    SyncStatusWidget *m_syncStatus;
    StatusMessage *m_statusMessage;
    PresenceSwitcher *m_presence = nullptr;
    DeskNotifier *m_notifier;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_myStatusAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_exportAction = nullptr;      // the supervisor's
    QAction *m_auditAction = nullptr;       // the supervisor's
    QAction *m_calibrationAction = nullptr; // supervisors' and trainers'
    QPointer<CalibrationDialog> m_calibration;
    QAction *m_qualityAction = nullptr;    // the supervisor's
    QAction *m_myReviewsAction = nullptr;  // the operator's
    QAction *m_myTrainingAction = nullptr; // the operator's
    QPointer<MyTrainingDialog> m_trainingDialog;
    QAction *m_figuresAction = nullptr; // the trainer's
    QPointer<OperatorFiguresView> m_figuresView;
    ExamStrip *m_examStrip = nullptr;
    QAction *m_examQuestionsAction = nullptr;
    QPointer<ExamQuestionsPanel> m_examQuestions;
    ExamsPage *m_examsPage = nullptr;
    TrainerWorkspace *m_trainerWorkspace = nullptr;
    QualityWorkspace *m_trainerQuality = nullptr;
    // The trainer's requests to the back office (sandboxes, packs, figures, courses) and the
    // band's; made at sign-in.
    app::TrainingActions *m_trainingActions = nullptr;
    SandboxesPage *m_sandboxesPage = nullptr;
    PacksPage *m_packsPage = nullptr;
    QPointer<QualityWorkspace> m_qualityWindow;
    QList<QAction *> m_paneActions; // focus a pane, the reply or the conversations; next, previous
    Pane *m_placeholder = nullptr;
    QLabel *m_placeholderText = nullptr;
    Placeholder m_placeholderKind = Placeholder::SigningIn;
    bool m_awayOnLeaving = false;
    bool m_left = false; // signed out: closing is no longer quitting
};

} // namespace frontline::ui

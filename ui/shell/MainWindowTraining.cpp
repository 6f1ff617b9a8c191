// The training actions of the main window (issue 19, item 10): a trainer's view of operators'
// figures, and an operator's courses with the status bar's word of a new one.
#include "app/training/ExamSession.h"
#include "app/training/TrainingActions.h"
#include "ui/common/ClientParts.h"
#include "ui/common/ShortcutTable.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SandboxBand.h"
#include "ui/training/ExamQuestionsPanel.h"
#include "ui/training/ExamResultView.h"
#include "ui/training/ExamStrip.h"
#include "ui/training/ExamsPage.h"
#include "ui/training/MyTrainingDialog.h"
#include "ui/training/OperatorFiguresView.h"
#include "ui/training/PacksPage.h"
#include "ui/training/SandboxesPage.h"
#include "ui/training/TrainerWorkspace.h"

#include <QAction>
#include <QJsonObject>
#include <QMenu>

namespace frontline::ui {

void MainWindow::addOperatorFiguresAction()
{
    m_figuresAction = addShortcutAction(Shortcut::OpenOperatorFigures);
    m_figuresAction->setObjectName(QStringLiteral("operatorFiguresAction"));
    m_fileMenu->insertAction(m_settingsAction, m_figuresAction);
    connect(m_figuresAction, &QAction::triggered, this, [this] {
        if (!m_parts)
            return;
        if (!m_figuresView) {
            m_figuresView = new OperatorFiguresView(*m_trainingActions, m_parts->store, this);
            m_figuresView->setWindowFlag(Qt::Window);
            m_figuresView->setAttribute(Qt::WA_DeleteOnClose);
            m_figuresView->resize(1100, 560);
        }
        m_figuresView->show();
        m_figuresView->raise();
        m_figuresView->activateWindow();
    });
}

// The trainer's Sandboxes, Scenario packs and Exams pages, after Quality (issue 19).
void MainWindow::addTrainingPages(const ClientParts &parts)
{
    m_sandboxesPage = new SandboxesPage(*m_trainingActions, parts.store, m_trainerWorkspace);
    m_trainerWorkspace->addPage(m_sandboxesPage, tr("Sandboxes"));
    m_packsPage = new PacksPage(*m_trainingActions, m_trainerWorkspace);
    m_trainerWorkspace->addPage(m_packsPage, tr("Scenario packs"));
    m_examsPage = new ExamsPage(parts.client, m_trainerWorkspace);
    m_trainerWorkspace->addPage(m_examsPage, tr("Exams"));
}

void MainWindow::retranslateTrainingPages()
{
    if (!m_trainerWorkspace)
        return;
    m_trainerWorkspace->setPageTitle(m_sandboxesPage, tr("Sandboxes"));
    m_trainerWorkspace->setPageTitle(m_packsPage, tr("Scenario packs"));
    m_trainerWorkspace->setPageTitle(m_examsPage, tr("Exams"));
}

OperatorFiguresView *MainWindow::operatorFiguresView() const
{
    return m_figuresView.data();
}

void MainWindow::addMyTrainingAction()
{
    m_myTrainingAction = addShortcutAction(Shortcut::OpenMyTraining);
    m_myTrainingAction->setObjectName(QStringLiteral("myTrainingAction"));
    m_fileMenu->insertAction(m_settingsAction, m_myTrainingAction);
    connect(m_myTrainingAction, &QAction::triggered, this, [this] {
        if (!m_parts)
            return;
        if (!m_trainingDialog) {
            m_trainingDialog = new MyTrainingDialog(m_parts->store, m_parts->commands, this);
            m_trainingDialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_trainingDialog->show();
        m_trainingDialog->raise();
        m_trainingDialog->activateWindow();
    });
}

MyTrainingDialog *MainWindow::myTrainingDialog() const
{
    return m_trainingDialog.data();
}

// A trainer assigned her a course: the status bar says who, why, and where to find it.
void MainWindow::announceCourses(const QList<QJsonObject> &courses)
{
    const QString keys = ShortcutTable::keysText(Shortcut::OpenMyTraining);
    const QJsonObject &course = courses.last();
    const QString text =
        courses.size() == 1
            ? tr("New course from %1: %2 (My training: %3)")
                  .arg(course.value(u"assigned_by_name").toString(),
                       course.value(u"reason").toString(), keys)
            : tr("%n new course(s) (My training: %1)", nullptr, int(courses.size())).arg(keys);
    showStatusMessage(text, 30000);
}

// A trainee in her sandbox: the exam's countdown in the band, its questions on Ctrl+Shift+E, and
// a practice's whole result once it is over.
void MainWindow::addExamParts(const ClientParts &parts)
{
    app::ExamSession &session = *parts.exam;
    m_examStrip = new ExamStrip(session);
    m_sandboxBand->addPart(m_examStrip);
    m_examQuestionsAction = addShortcutAction(Shortcut::OpenExamQuestions);
    m_examQuestionsAction->setObjectName(QStringLiteral("examQuestionsAction"));
    m_fileMenu->insertAction(m_settingsAction, m_examQuestionsAction);
    const auto openQuestions = [this, &session] {
        if (session.phase() != app::ExamSession::Phase::Running || session.questions().isEmpty())
            return showStatusMessage(tr("No exam questions are open now."), 5000);
        if (!m_examQuestions) {
            m_examQuestions = new ExamQuestionsPanel(session, this);
            m_examQuestions->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_examQuestions->show();
        m_examQuestions->raise();
        m_examQuestions->activateWindow();
    };
    connect(m_examQuestionsAction, &QAction::triggered, this, openQuestions);
    connect(m_examStrip, &ExamStrip::questionsRequested, this, openQuestions);
    connect(m_examStrip, &ExamStrip::resultRequested, this, [this, &session] {
        auto *view = new ExamResultView(this);
        view->setWindowFlag(Qt::Window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->showExam(session.exam().exam);
        view->resize(900, 600);
        view->show();
    });
}

ExamQuestionsPanel *MainWindow::examQuestionsPanel() const
{
    return m_examQuestions.data();
}

} // namespace frontline::ui

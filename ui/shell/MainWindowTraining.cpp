// The training actions of the main window (issue 19, item 10): a trainer's view of operators'
// figures, and an operator's courses with the status bar's word of a new one.
#include "app/training/TrainingActions.h"
#include "ui/common/ClientParts.h"
#include "ui/common/ShortcutTable.h"
#include "ui/shell/MainWindow.h"
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

// The trainer's Sandboxes and Scenario packs pages, after Quality (issue 19).
void MainWindow::addTrainingPages(const ClientParts &parts)
{
    m_sandboxesPage = new SandboxesPage(*m_trainingActions, parts.store, m_trainerWorkspace);
    m_trainerWorkspace->addPage(m_sandboxesPage, tr("Sandboxes"));
    m_packsPage = new PacksPage(*m_trainingActions, m_trainerWorkspace);
    m_trainerWorkspace->addPage(m_packsPage, tr("Scenario packs"));
}

void MainWindow::retranslateTrainingPages()
{
    if (!m_trainerWorkspace)
        return;
    m_trainerWorkspace->setPageTitle(m_sandboxesPage, tr("Sandboxes"));
    m_trainerWorkspace->setPageTitle(m_packsPage, tr("Scenario packs"));
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

} // namespace frontline::ui

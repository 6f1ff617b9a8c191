#include "ui/training/ExamsPage.h"

#include "app/training/ExamListModel.h"
#include "app/training/TrainerExams.h"
#include "ui/training/CohortView.h"
#include "ui/training/ExamResultView.h"
#include "ui/training/StartExamDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

ExamsPage::ExamsPage(app::BackOfficeClient &client, QWidget *parent)
    : QWidget(parent)
    , m_exams(new app::TrainerExams(client, this))
    , m_model(new app::ExamListModel(*m_exams, this))
    , m_sandbox(new QComboBox(this))
    , m_startExam(new QPushButton(this))
    , m_end(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_details(new QTabWidget(this))
    , m_result(new ExamResultView(this))
    , m_cohort(new CohortView(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("examsPage"));
    m_sandbox->setObjectName(QStringLiteral("examsSandbox"));
    m_startExam->setObjectName(QStringLiteral("startExam"));
    m_end->setObjectName(QStringLiteral("endExam"));
    m_table->setObjectName(QStringLiteral("examsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_state->setObjectName(QStringLiteral("examsState"));
    m_state->setTextFormat(Qt::PlainText);
    m_details->setObjectName(QStringLiteral("examDetails"));
    m_details->addTab(m_result, QString());
    m_details->addTab(m_cohort, QString());

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_sandbox, 1);
    controls->addWidget(m_startExam);
    controls->addWidget(m_end);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(split, 1);
    layout->addWidget(m_state);

    connect(m_startExam, &QPushButton::clicked, this, &ExamsPage::openStartDialog);
    connect(m_end, &QPushButton::clicked, this, &ExamsPage::confirmEnd);
    connect(m_sandbox, &QComboBox::currentIndexChanged, this,
            [this] { m_exams->setSandbox(m_sandbox->currentData().toString()); });
    connect(m_exams, &app::TrainerExams::sandboxesChanged, this, &ExamsPage::fillSandboxes);
    connect(m_exams, &app::TrainerExams::examsChanged, this, &ExamsPage::onExamsChanged);
    connect(m_exams, &app::TrainerExams::fetched, this, [this](const QJsonObject &exam) {
        m_result->showExam(exam);
        m_details->setCurrentWidget(m_result);
    });
    connect(m_exams, &app::TrainerExams::failed, this,
            [this](const Error &error) { m_state->setText(error.message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_end->setEnabled(current.isValid() &&
                                  current.data(app::ExamListModel::StateRole).toString() !=
                                      u"closed");
                if (current.isValid())
                    showResult(current.data(app::ExamListModel::ExamIdRole).toString());
            });
    m_end->setEnabled(false);
    retranslateUi();
    m_exams->loadSandboxes();
}

StartExamDialog *ExamsPage::startDialog() const
{
    return qobject_cast<StartExamDialog *>(m_startDialog);
}

StartExamDialog *ExamsPage::openStartDialog()
{
    auto *dialog = new StartExamDialog(*m_exams, m_sandbox->currentData().toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_startDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_startDialog == dialog)
            m_startDialog = nullptr;
    });
    connect(m_exams, &app::TrainerExams::started, dialog, [this](const QList<QJsonObject> &exams) {
        m_state->setText(tr("%n exam(s) started; the trainees see Begin in their sandbox.", nullptr,
                            int(exams.size())));
    });
    dialog->show();
    return dialog;
}

void ExamsPage::endExam(const QString &examId)
{
    if (!examId.isEmpty())
        m_exams->end(examId);
}

void ExamsPage::showResult(const QString &examId)
{
    if (!examId.isEmpty())
        m_exams->fetch(examId);
}

QString ExamsPage::selectedExam() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(app::ExamListModel::ExamIdRole).toString() : QString();
}

QString ExamsPage::sandboxTitle() const
{
    return m_sandbox->currentText();
}

void ExamsPage::confirmEnd()
{
    const QString id = selectedExam();
    if (id.isEmpty())
        return;
    const QString who = m_table->currentIndex()
                            .siblingAtColumn(app::ExamListModel::TraineeColumn)
                            .data()
                            .toString();
    const auto answer = QMessageBox::question(
        this, tr("End the exam"),
        tr("End %1's exam now? It closes at once and is scored on what she did so far.").arg(who));
    if (answer == QMessageBox::Yes)
        endExam(id);
}

void ExamsPage::fillSandboxes()
{
    const QString chosen = m_sandbox->currentData().toString();
    const QSignalBlocker quiet(m_sandbox);
    m_sandbox->clear();
    for (const QJsonObject &sandbox : m_exams->sandboxes())
        m_sandbox->addItem(sandbox.value(u"title").toString(), sandbox.value(u"name").toString());
    const int index = m_sandbox->findData(chosen);
    m_sandbox->setCurrentIndex(index >= 0 ? index : 0);
    m_exams->setSandbox(m_sandbox->currentData().toString());
    m_startExam->setEnabled(m_sandbox->count() > 0);
}

void ExamsPage::onExamsChanged()
{
    m_cohort->setExams(sandboxTitle(), m_exams->exams());
    m_table->resizeColumnsToContents();
    const QModelIndex current = m_table->currentIndex();
    const QString state = current.data(app::ExamListModel::StateRole).toString();
    m_end->setEnabled(current.isValid() && state != u"closed");
    // The exam shown closed or got its result (after the close's grace minute) meanwhile.
    const QJsonObject listed = current.data(app::ExamListModel::ExamRole).toJsonObject();
    const QJsonObject &shown = m_result->exam();
    if (current.isValid() && shown.value(u"id") == listed.value(u"id") &&
        (shown.value(u"state") != listed.value(u"state") ||
         shown.value(u"result").isObject() != listed.value(u"result").isObject()))
        showResult(selectedExam());
    if (m_sandbox->count() == 0)
        m_state->setText(tr("Make a sandbox first: exams are taken in one."));
    else
        m_state->setText(tr("%n exam(s) in this sandbox", nullptr, m_model->rowCount()));
}

void ExamsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Sandboxes made or deleted on the Sandboxes page since: the list is read again each time.
    m_exams->loadSandboxes();
    m_exams->setPolling(true);
}

void ExamsPage::hideEvent(QHideEvent *event)
{
    m_exams->setPolling(false);
    QWidget::hideEvent(event);
}

void ExamsPage::retranslateUi()
{
    m_sandbox->setAccessibleName(tr("Sandbox"));
    m_startExam->setText(tr("Start exam…"));
    m_end->setText(tr("End…"));
    m_end->setToolTip(tr("End the chosen trainee's exam now"));
    m_table->setAccessibleName(tr("Exams, live"));
    m_details->setTabText(0, tr("Result"));
    m_details->setTabText(1, tr("Cohort"));
}

void ExamsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui

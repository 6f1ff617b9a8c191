// The trainer's view of an operator's figures and the course she assigns from it (issue 19,
// item 10), against the real demo back office; the operator then finds the course at her desk.
#include "tests/ui/OperatorFlowFixture.h"

#include "app/training/TrainingCourseModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/StatusMessage.h"
#include "ui/training/AssignCourseDialog.h"
#include "ui/training/MyTrainingDialog.h"
#include "ui/training/OperatorFiguresView.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace frontline;
using namespace frontline::test;

TEST_F(OperatorFlowTest, TanyaReadsOlgasFiguresAssignsACourseAndOlgaFindsIt)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    ASSERT_TRUE(tanya);
    auto window = windowFor(*tanya);
    window->show();
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_TRUE(window->operatorFiguresAction());
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    ui::OperatorFiguresView *view = window->operatorFiguresView();
    ASSERT_TRUE(view);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view));

    // Olga is among the operators the trainer's cache knows; twelve weeks by default.
    auto olga = signIn(QStringLiteral("olga"));
    ASSERT_TRUE(olga);
    const QString olgaId = olga->desk().user().id;
    auto olgaWindow = windowFor(*olga); // at her desk while tanya assigns the course
    ASSERT_TRUE(waitUntil([&] {
        view->reloadOperators();
        return view->operatorBox()->findData(olgaId) >= 0;
    }));
    view->operatorBox()->setCurrentIndex(view->operatorBox()->findData(olgaId));
    ASSERT_TRUE(waitUntil([&] { return view->figures().operatorId == olgaId; }));
    EXPECT_EQ(view->figures().bucket, u"week");
    EXPECT_EQ(view->table()->rowCount(), 12);
    EXPECT_LE(view->line()->count(), 12);
    EXPECT_FALSE(view->table()->accessibleName().isEmpty());

    // By day: fourteen rows, and the chart follows the chosen figure.
    view->bucketBox()->setCurrentIndex(view->bucketBox()->findData(QStringLiteral("day")));
    ASSERT_TRUE(waitUntil([&] { return view->figures().bucket == u"day"; }));
    EXPECT_EQ(view->table()->rowCount(), 14);
    view->figureBox()->setCurrentIndex(
        view->figureBox()->findData(int(ui::OperatorFiguresView::Figure::Handled)));
    EXPECT_EQ(view->line()->count(), 14); // a count is never empty

    // Assign a course: a refusal keeps what was typed; then it goes through.
    view->assignButton()->click();
    ui::AssignCourseDialog *dialog = view->assignDialog();
    ASSERT_TRUE(dialog);
    dialog->scenariosEdit()->setText(QStringLiteral("stuck-in-transit, Not An Id"));
    dialog->reasonEdit()->setPlainText(
        QStringLiteral("Returned escalations rose to 18% in week 48"));
    dialog->assignButton()->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->statusLabel()->text().contains(u"scenario_ids"); }))
        << dialog->statusLabel()->text().toStdString();
    EXPECT_EQ(dialog->reasonEdit()->toPlainText(), u"Returned escalations rose to 18% in week 48");
    dialog->scenariosEdit()->setText(QStringLiteral("stuck-in-transit, cancel-while-assembling"));
    dialog->assignButton()->click();
    ASSERT_TRUE(waitUntil([&] { return !view->assignDialog(); }));
    auto server = colleague(QStringLiteral("tanya"));
    const QJsonArray courses =
        server->get(u"/api/v1/training/courses?operator_id=" + olgaId).json()[u"courses"].toArray();
    ASSERT_EQ(courses.size(), 1);
    EXPECT_EQ(courses[0][u"scenario_ids"].toArray().size(), 2);
    EXPECT_EQ(courses[0][u"reason"].toString(), u"Returned escalations rose to 18% in week 48");

    // At her desk, the status bar tells olga, and My training lists the course.
    olgaWindow->show();
    olgaWindow->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(olgaWindow.get()));
    olga->desk().engine()->syncNow();
    ASSERT_TRUE(
        waitUntil([&] { return app::TrainingCourseModel::openCount(olga->desk().store()) == 1; }));
    EXPECT_TRUE(waitUntil([&] { return olgaWindow->statusMessage()->message().contains(u"18%"); }))
        << olgaWindow->statusMessage()->message().toStdString();
    QTest::keyClick(olgaWindow.get(), Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(olgaWindow->myTrainingDialog());
    EXPECT_EQ(olgaWindow->myTrainingDialog()->table()->model()->rowCount(), 1);
}

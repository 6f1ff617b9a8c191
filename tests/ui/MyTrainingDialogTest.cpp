// Frontline > My training (issue 19, item 10) offscreen: the operator's courses from her cache,
// started and completed from the keyboard through the outbox.
#include "ui/training/MyTrainingDialog.h"
#include "app/commands/OperatorCommands.h"
#include "app/session/SignedInUser.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"
#include "app/store/Outbox.h"
#include "app/store/SqlTransaction.h"
#include "app/training/TrainingCourseModel.h"
#include "tests/support/TestEnvironment.h"

#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace frontline;
using protocol::CourseStatus;

namespace {

QJsonObject courseChange(const QString &id, const QString &createdAt)
{
    const QJsonObject course{
        {QStringLiteral("id"), id},
        {QStringLiteral("operator_id"), QStringLiteral("7")},
        {QStringLiteral("assigned_by_name"), QStringLiteral("Tanya")},
        {QStringLiteral("pack_id"), QStringLiteral("demo-en")},
        {QStringLiteral("scenario_ids"), QJsonArray{QStringLiteral("stuck-in-transit")}},
        {QStringLiteral("reason"), QStringLiteral("<b>Returned</b> escalations rose to 18%")},
        {QStringLiteral("status"), QStringLiteral("assigned")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("created_at"), createdAt}};
    return {{QStringLiteral("entity"), QStringLiteral("training_course")},
            {QStringLiteral("id"), id},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("data"), course}};
}

class MyTrainingDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(directory.isValid());
        ASSERT_TRUE(store.open(directory.filePath(QStringLiteral("cache.sqlite"))).ok());
        me.id = QStringLiteral("7");
    }
    // The feed brings courses "1" (November) and "2" (December).
    bool bringTwoCourses()
    {
        return app::ChangeFeedApplier(store)
            .applyPage(
                {{QStringLiteral("changes"),
                  QJsonArray{
                      courseChange(QStringLiteral("1"), QStringLiteral("2026-11-02T09:00:00Z")),
                      courseChange(QStringLiteral("2"), QStringLiteral("2026-12-01T09:00:00Z"))}},
                 {QStringLiteral("next"), 10}})
            .ok();
    }

    QTemporaryDir directory;
    app::LocalStore store;
    app::SignedInUser me;
};

} // namespace

TEST_F(MyTrainingDialogTest, SheStartsAndCompletesHerCourseFromTheKeyboard)
{
    app::OperatorCommands commands(store, me);
    ui::MyTrainingDialog dialog(store, commands);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.table()->model()->rowCount(), 0);
    EXPECT_FALSE(dialog.statusLabel()->text().isEmpty()); // nothing assigned yet, and it says so
    EXPECT_FALSE(dialog.startButton()->isEnabled());

    // The feed brings two courses while the dialog is open; the newest is on top.
    ASSERT_TRUE(bringTwoCourses());
    ASSERT_EQ(dialog.table()->model()->rowCount(), 2);
    EXPECT_TRUE(dialog.statusLabel()->text().isEmpty());
    // The trainer's words are shown as text, never as markup.
    EXPECT_EQ(
        dialog.table()->model()->index(0, app::TrainingCourseModel::ReasonColumn).data().toString(),
        u"<b>Returned</b> escalations rose to 18%");
    dialog.table()->setFocus();
    dialog.table()->selectRow(0);
    EXPECT_TRUE(dialog.startButton()->isEnabled());
    EXPECT_TRUE(dialog.completeButton()->isEnabled());
    EXPECT_FALSE(dialog.startButton()->accessibleName().isEmpty());

    // A mnemonic animates its button's click: the click lands once the button is up again.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.startButton()->isDown(); }));
    const auto statusOf = [&](int row) {
        return CourseStatus(dialog.table()
                                ->model()
                                ->index(row, 0)
                                .data(app::TrainingCourseModel::StatusRole)
                                .toInt());
    };
    EXPECT_EQ(statusOf(0), CourseStatus::Started);
    EXPECT_FALSE(dialog.startButton()->isEnabled());
    EXPECT_TRUE(dialog.completeButton()->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.completeButton()->isDown(); }));
    EXPECT_EQ(statusOf(0), CourseStatus::Completed);
    EXPECT_FALSE(dialog.completeButton()->isEnabled());
    EXPECT_EQ(statusOf(1), CourseStatus::Assigned);
    EXPECT_EQ(app::Outbox(store).pendingCount().value(), 2);
}

// A move the back office found made on an older version of the course is a conflict, as the sync
// engine records it (SyncTest.AStaleCourseMoveBecomesAConflictSheCanMakeAgain): the dialog selects
// that course and says so; leaving it drops her move, making it again queues it anew.
TEST_F(MyTrainingDialogTest, AConflictingMoveIsShownAndSettledEitherWay)
{
    ASSERT_TRUE(bringTwoCourses());
    app::OperatorCommands commands(store, me);
    ui::MyTrainingDialog dialog(store, commands);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_FALSE(dialog.conflictLabel()->isVisibleTo(&dialog));
    const auto recordConflict = [&](const QString &course, const QString &status) {
        app::SqlTransaction transaction(store);
        ASSERT_TRUE(transaction.begun().ok());
        const QString mine = QStringLiteral("{\"status\":\"%1\",\"version\":1}").arg(status);
        ASSERT_TRUE(store
                        .write(QStringLiteral("INSERT INTO conflicts (entity, entity_id, command, "
                                              "mine, theirs, base_version, created_at) VALUES "
                                              "('training_course', ?, 'move_course', ?, '{}', 0, "
                                              "0)"),
                               {course, mine})
                        .ok());
        store.pendingChanges().conflicts = true;
        ASSERT_TRUE(transaction.commit().ok());
    };
    const auto selectedCourse = [&] {
        const QModelIndexList rows = dialog.table()->selectionModel()->selectedRows();
        return rows.isEmpty()
                   ? QString()
                   : rows.first().data(app::TrainingCourseModel::CourseIdRole).toString();
    };

    dialog.table()->selectRow(0);
    recordConflict(QStringLiteral("1"), QStringLiteral("started"));
    ASSERT_TRUE(dialog.conflictLabel()->isVisibleTo(&dialog));
    EXPECT_FALSE(dialog.conflictLabel()->accessibleName().isEmpty());
    EXPECT_EQ(selectedCourse(), u"1");
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.leaveButton()->isDown(); }));
    EXPECT_FALSE(dialog.conflictLabel()->isVisibleTo(&dialog));
    EXPECT_TRUE(commands.conflicts().value().isEmpty());
    EXPECT_EQ(app::Outbox(store).pendingCount().value(), 0);

    recordConflict(QStringLiteral("2"), QStringLiteral("completed"));
    ASSERT_TRUE(dialog.conflictLabel()->isVisibleTo(&dialog));
    EXPECT_EQ(selectedCourse(), u"2");
    // It speaks of the selected course: another one selected, it steps aside until she is back.
    auto *model = qobject_cast<app::TrainingCourseModel *>(dialog.table()->model());
    ASSERT_NE(model, nullptr);
    dialog.table()->selectRow(model->rowOf(QStringLiteral("1")));
    EXPECT_FALSE(dialog.conflictLabel()->isVisibleTo(&dialog));
    dialog.table()->selectRow(model->rowOf(QStringLiteral("2")));
    EXPECT_TRUE(dialog.conflictLabel()->isVisibleTo(&dialog));
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    ASSERT_TRUE(test::waitUntil([&] { return !dialog.againButton()->isDown(); }));
    EXPECT_FALSE(dialog.conflictLabel()->isVisibleTo(&dialog));
    EXPECT_TRUE(commands.conflicts().value().isEmpty());
    EXPECT_EQ(app::Outbox(store).pendingCount().value(), 1);
    EXPECT_EQ(CourseStatus(model->index(model->rowOf(QStringLiteral("2")), 0)
                               .data(app::TrainingCourseModel::StatusRole)
                               .toInt()),
              CourseStatus::Completed);
}

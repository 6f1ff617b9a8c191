// The operator's courses (issue 19, item 10) in her cache: the feed's `training_course` changes
// fill it, the model lists them under QAbstractItemModelTester, and a move she makes is echoed at
// once and queued for the back office with the version it was made on.
#include "app/training/TrainingCourseModel.h"
#include "app/commands/OperatorCommands.h"
#include "app/session/SignedInUser.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"
#include "app/store/Outbox.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using protocol::CourseStatus;

namespace {

QJsonObject course(const QString &id, const QString &status, qint64 version,
                   const QString &createdAt)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("operator_id"), QStringLiteral("7")},
            {QStringLiteral("operator_name"), QStringLiteral("Olga")},
            {QStringLiteral("assigned_by"), QStringLiteral("4")},
            {QStringLiteral("assigned_by_name"), QStringLiteral("Tanya")},
            {QStringLiteral("pack_id"), QStringLiteral("demo-en")},
            {QStringLiteral("scenario_ids"),
             QJsonArray{QStringLiteral("late-delivery"), QStringLiteral("cancel-order")}},
            {QStringLiteral("reason"), QStringLiteral("Returned escalations rose to 18%")},
            {QStringLiteral("due_date"), QStringLiteral("2026-12-24")},
            {QStringLiteral("status"), status},
            {QStringLiteral("version"), version},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("updated_at"), createdAt}};
}

class TrainingCourseModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(directory.isValid());
        ASSERT_TRUE(store.open(directory.filePath(QStringLiteral("cache.sqlite"))).ok());
    }

    // One feed page of `courses`, each a `training_course` change.
    void feed(const QList<QJsonObject> &courses)
    {
        QJsonArray changes;
        for (const QJsonObject &each : courses)
            changes.append(
                QJsonObject{{QStringLiteral("entity"), QStringLiteral("training_course")},
                            {QStringLiteral("id"), each.value(u"id")},
                            {QStringLiteral("op"), QStringLiteral("upsert")},
                            {QStringLiteral("data"), each}});
        ASSERT_TRUE(app::ChangeFeedApplier(store)
                        .applyPage({{QStringLiteral("changes"), changes},
                                    {QStringLiteral("next"), ++m_next}})
                        .ok());
    }

    QTemporaryDir directory;
    app::LocalStore store;
    qint64 m_next = 0;
};

} // namespace

TEST_F(TrainingCourseModelTest, TheFeedFillsHerCoursesNewestFirstAndAnnouncesANewOne)
{
    app::TrainingCourseModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&store, &app::LocalStore::changed);
    feed({course(QStringLiteral("1"), QStringLiteral("completed"), 3,
                 QStringLiteral("2026-11-02T09:00:00.000Z")),
          course(QStringLiteral("2"), QStringLiteral("assigned"), 1,
                 QStringLiteral("2026-12-01T09:00:00.000Z"))});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), int(app::TrainingCourseModel::ColumnCount));
    EXPECT_EQ(model.index(0, 0).data(app::TrainingCourseModel::CourseIdRole).toString(), u"2");
    EXPECT_EQ(model.index(1, 0).data(app::TrainingCourseModel::CourseIdRole).toString(), u"1");
    EXPECT_EQ(model.index(0, app::TrainingCourseModel::ReasonColumn).data().toString(),
              u"Returned escalations rose to 18%");
    EXPECT_EQ(model.index(0, app::TrainingCourseModel::AssignedByColumn).data().toString(),
              u"Tanya");
    EXPECT_TRUE(model.index(0, app::TrainingCourseModel::ScenariosColumn)
                    .data()
                    .toString()
                    .startsWith(u"demo-en"));
    EXPECT_EQ(model.index(0, app::TrainingCourseModel::StatusColumn)
                  .data(app::TrainingCourseModel::StatusRole)
                  .toInt(),
              int(CourseStatus::Assigned));
    EXPECT_EQ(app::TrainingCourseModel::openCount(store), 1);

    // The new assigned one is announced once; the completed one and a repeat are not.
    ASSERT_EQ(changed.size(), 1);
    auto changes = changed.takeFirst().at(0).value<app::StoreChangeSet>();
    ASSERT_EQ(changes.coursesAssigned.size(), 1);
    EXPECT_EQ(changes.coursesAssigned.first().value(u"id").toString(), u"2");
    feed({course(QStringLiteral("2"), QStringLiteral("assigned"), 1,
                 QStringLiteral("2026-12-01T09:00:00.000Z"))});
    ASSERT_EQ(changed.size(), 1);
    EXPECT_TRUE(changed.takeFirst().at(0).value<app::StoreChangeSet>().coursesAssigned.isEmpty());
}

TEST_F(TrainingCourseModelTest, HerMoveIsEchoedAtOnceAndQueuedWithTheVersionItWasMadeOn)
{
    feed({course(QStringLiteral("2"), QStringLiteral("assigned"), 1,
                 QStringLiteral("2026-12-01T09:00:00.000Z"))});
    app::TrainingCourseModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    app::SignedInUser me;
    me.id = QStringLiteral("7");
    app::OperatorCommands commands(store, me);

    // Offline, she starts it and then completes it: each move on the version the one before
    // will have given it, and the list shows the last at once.
    ASSERT_TRUE(commands.moveCourse(QStringLiteral("2"), CourseStatus::Started).ok());
    EXPECT_EQ(model.index(0, app::TrainingCourseModel::StatusColumn).data().toString(),
              app::TrainingCourseModel::statusText(CourseStatus::Started));
    ASSERT_TRUE(commands.moveCourse(QStringLiteral("2"), CourseStatus::Completed).ok());
    EXPECT_EQ(model.courses().first().status, CourseStatus::Completed);
    EXPECT_EQ(app::TrainingCourseModel::openCount(store), 0);
    app::Outbox outbox(store);
    EXPECT_EQ(outbox.pendingCount().value(), 2);
    const auto first = outbox.head().value();
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->kind, app::outbox::Kind::MoveCourse);
    EXPECT_EQ(first->targetId, u"2");
    EXPECT_EQ(first->payload.value(u"status").toString(), u"started");
    EXPECT_EQ(first->payload.value(u"version").toInteger(), 1);
    EXPECT_EQ(app::outbox::pathFor(app::outbox::declaration(*first->kind), first->targetId),
              u"/training/courses/2");
    ASSERT_TRUE(outbox.remove(first->id).ok());
    const auto second = outbox.head().value();
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->payload.value(u"status").toString(), u"completed");
    EXPECT_EQ(second->payload.value(u"version").toInteger(), 2);

    // The feed's older news (the start, at version 2) does not undo the echoed completion; a
    // trainer's cancellation that beat it (version 3) is the cache's word again.
    feed({course(QStringLiteral("2"), QStringLiteral("started"), 2,
                 QStringLiteral("2026-12-01T09:00:00.000Z"))});
    EXPECT_EQ(model.courses().first().status, CourseStatus::Completed);
    feed({course(QStringLiteral("2"), QStringLiteral("cancelled"), 3,
                 QStringLiteral("2026-12-01T09:00:00.000Z"))});
    EXPECT_EQ(model.courses().first().status, CourseStatus::Cancelled);

    // A course the cache does not hold cannot be moved.
    EXPECT_FALSE(commands.moveCourse(QStringLiteral("99"), CourseStatus::Started).ok());
}

// The wire types of the trainer's figures and courses (issue 19, item 10) read back what they
// write, and a course's status and due date are checked when read.
#include "protocol/Json.h"
#include "protocol/OperatorFigures.h"
#include "protocol/TrainingCourse.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace frontline::protocol;

namespace {

template<typename Wire>
Wire roundTrip(const Wire &value)
{
    const QByteArray wire = QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact);
    auto back = Wire::fromJson(json::parseObject(wire).value());
    EXPECT_TRUE(back.ok()) << back.error().message.toStdString();
    return back.ok() ? back.value() : Wire{};
}

TrainingCourse course()
{
    TrainingCourse course;
    course.id = QStringLiteral("7");
    course.operatorId = QStringLiteral("1");
    course.operatorName = QStringLiteral("Olga");
    course.assignedBy = QStringLiteral("4");
    course.assignedByName = QStringLiteral("Tanya");
    course.packId = QStringLiteral("demo-en");
    course.scenarioIds = {QStringLiteral("late-delivery"), QStringLiteral("cancel-order")};
    course.reason = QStringLiteral("Returned escalations rose to 18% in week 48");
    course.dueDate = QDate(2026, 12, 24);
    course.status = CourseStatus::Started;
    course.version = 2;
    course.createdAt = QDateTime::fromMSecsSinceEpoch(1796000000123, Qt::UTC);
    course.updatedAt = QDateTime::fromMSecsSinceEpoch(1796000100456, Qt::UTC);
    return course;
}

} // namespace

TEST(TrainingCourseJson, ACourseReadsBackWhatItWrites)
{
    const TrainingCourse written = course();
    EXPECT_EQ(roundTrip(written), written);
    TrainingCourse undated = written;
    undated.dueDate = QDate();
    EXPECT_TRUE(undated.toJson().value(u"due_date").isNull());
    EXPECT_EQ(roundTrip(undated), undated);
    for (CourseStatus status : {CourseStatus::Assigned, CourseStatus::Started,
                                CourseStatus::Completed, CourseStatus::Cancelled})
        EXPECT_EQ(courseStatusFromString(toString(status)), status);
}

TEST(TrainingCourseJson, AnUnknownStatusOrABadDueDateIsRefusedNamingTheField)
{
    QJsonObject wire = course().toJson();
    wire.insert(QStringLiteral("status"), QStringLiteral("paused"));
    auto read = TrainingCourse::fromJson(wire);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().field, u"status");
    wire = course().toJson();
    wire.insert(QStringLiteral("due_date"), QStringLiteral("24.12.2026"));
    read = TrainingCourse::fromJson(wire);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().field, u"due_date");
}

TEST(TrainingCourseJson, AnOperatorsFiguresReadBackWithTheirEmptyFigures)
{
    OperatorFigures figures;
    figures.operatorId = QStringLiteral("1");
    figures.name = QStringLiteral("Olga");
    figures.from = QDateTime::fromMSecsSinceEpoch(1796000000000, Qt::UTC);
    figures.to = figures.from.addDays(14);
    figures.bucket = QStringLiteral("week");
    OperatorFiguresBucket busy;
    busy.start = figures.from;
    busy.end = figures.from.addDays(7);
    busy.handled = 41;
    busy.ahtSeconds = 312.5;
    busy.fcr = 0.8049;
    busy.escalations = 11;
    busy.escalationsReturned = 2;
    busy.returnedRate = 0.1818;
    busy.qaReviews = 3;
    busy.qaScore = 81.3;
    OperatorFiguresBucket quiet; // no contact, no escalation, no review: empty figures are null
    quiet.start = busy.end;
    quiet.end = figures.to;
    figures.buckets = {busy, quiet};
    EXPECT_EQ(roundTrip(figures), figures);
    EXPECT_TRUE(quiet.toJson().value(u"returned_rate").isNull());
    EXPECT_TRUE(quiet.toJson().value(u"aht_seconds").isNull());
}

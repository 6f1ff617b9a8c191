// Issue 19: the Exam's JSON, one shape for the trainer and the trainee, the trainee's without what
// she may not see.
#include "protocol/Exam.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace frontline::protocol;

namespace {

Exam sample(const QString &mode)
{
    Exam exam;
    exam.id = QStringLiteral("ex-00112233445566ff");
    exam.sandbox = QStringLiteral("cohort-12");
    exam.sandboxTitle = QStringLiteral("Cohort 12");
    exam.mode = mode;
    exam.operatorId = QStringLiteral("7");
    exam.operatorName = QStringLiteral("Olga Ivanova");
    exam.packId = QStringLiteral("demo-en");
    exam.packVersion = 3;
    exam.state = QStringLiteral("closed");
    if (mode == ExamModeExam)
        exam.durationMinutes = 45;
    exam.startedAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    exam.closedAt = exam.startedAt.addSecs(45 * 60);
    exam.conversations.append({QStringLiteral("late"), QStringLiteral("Late order"),
                               QStringLiteral("12"), QStringLiteral("ended"),
                               QStringLiteral("asks"), exam.startedAt, exam.closedAt});
    exam.questions.append({QStringLiteral("q1"),
                           ExamQuestion::Kind::Multiple,
                           QStringLiteral("Which?"),
                           {QStringLiteral("a"), QStringLiteral("b")},
                           90,
                           true});
    exam.result = QJsonObject{{QStringLiteral("total"), 49.84},
                              {QStringLiteral("passed"), false},
                              {QStringLiteral("band"), QStringLiteral("Needs training")},
                              {QStringLiteral("scenarios"), QJsonArray{}},
                              {QStringLiteral("timeline"), QJsonArray{}}};
    return exam;
}

} // namespace

TEST(ExamJson, TheTrainerSeesEverythingAndItReadsBack)
{
    const Exam exam = sample(QString(ExamModeExam));
    const QJsonObject json = exam.toJson(Exam::View::Trainer);
    EXPECT_EQ(json.value(u"operator_id").toString(), u"7");
    EXPECT_EQ(json[u"conversations"][0][u"turn"].toString(), u"asks");
    EXPECT_TRUE(json[u"result"].toObject().contains(u"timeline"));
    EXPECT_EQ(json.value(u"duration_minutes").toInt(), 45);
    auto back = Exam::fromJson(json);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), exam);
}

TEST(ExamJson, TheTraineeSeesNoTurnNoProductionIdAndOnlyTheVerdictOfAnExam)
{
    const QJsonObject json = sample(QString(ExamModeExam)).toJson(Exam::View::Trainee);
    EXPECT_FALSE(json.contains(u"operator_id"));
    EXPECT_FALSE(json[u"conversations"][0].toObject().contains(u"turn"));
    EXPECT_EQ(
        json[u"result"].toObject().keys(),
        (QStringList{QStringLiteral("band"), QStringLiteral("passed"), QStringLiteral("total")}));
    EXPECT_EQ(json[u"questions"][0][u"kind"].toString(), u"multiple");
    EXPECT_FALSE(json[u"questions"][0].toObject().contains(u"correct"));
    // Practice shows her the whole result, and has no clock.
    const QJsonObject practice = sample(QString(ExamModePractice)).toJson(Exam::View::Trainee);
    EXPECT_TRUE(practice[u"result"].toObject().contains(u"timeline"));
    EXPECT_TRUE(practice.value(u"duration_minutes").isNull());
}

TEST(ExamJson, NoResultIsNull)
{
    Exam exam = sample(QString(ExamModeExam));
    exam.result = {};
    EXPECT_TRUE(exam.toJson(Exam::View::Trainee).value(u"result").isNull());
    EXPECT_FALSE(Exam::fromJson(QJsonObject{}));
}

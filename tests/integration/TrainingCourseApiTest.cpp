// Courses a trainer assigns an operator (issue 19, item 10) through the real back office: who
// assigns, reads and moves them, the version that guards each move, the audit rows and the
// change feed that tells the operator's desktop.
#include "tests/integration/ContactFlowFixture.h"
#include "tests/integration/CoursePack.h"

using namespace frontline::test;

namespace {

using L = QLatin1StringView;
const QString Courses = QStringLiteral("/api/v1/training/courses");

QJsonObject courseBody(const QString &operatorId)
{
    return {{L("operator_id"), operatorId},
            {L("pack_id"), QStringLiteral("demo-en")},
            {L("scenario_ids"),
             QJsonArray{QStringLiteral("late-delivery"), QStringLiteral("cancel-order")}},
            {L("reason"), QStringLiteral("Returned escalations rose to 18% in week 48")},
            {L("due_date"), QStringLiteral("2026-12-24")}};
}

// The training_course changes in `client`'s feed, as "id op status".
QStringList courseChanges(HttpClient &client)
{
    QStringList found;
    for (const QJsonValue &change :
         client.get(QStringLiteral("/api/v1/changes?limit=1000")).json()[L("changes")].toArray()) {
        if (change[L("entity")].toString() == u"training_course")
            found << change[L("data")][L("id")].toString() + u' ' + change[L("op")].toString() +
                         u' ' + change[L("data")][L("status")].toString();
    }
    return found;
}

QStringList auditActions(HttpClient &client, const QString &action)
{
    QStringList found;
    const HttpReply r = client.get(u"/api/v1/audit?action=" + action);
    EXPECT_EQ(r.status, 200) << r.body.toStdString();
    for (const QJsonValue &entry : r.json()[L("entries")].toArray())
        found << entry[L("subject_id")].toString() + u' ' +
                     entry[L("details")][L("course_id")].toString();
    return found;
}

class TrainingCourseApiTest : public ContactFlowTest
{
protected:
    // Courses name a pack the back office has.
    void SetUp() override
    {
        ContactFlowTest::SetUp();
        if (HasFatalFailure())
            return;
        const HttpReply pack = importCoursePack(*signIn(QStringLiteral("tanya")));
        ASSERT_EQ(pack.status, 201) << pack.body.toStdString();
    }
    static HttpReply move(HttpClient &client, const QString &id, const QString &status,
                          qint64 version)
    {
        return client.send("PATCH", Courses + u'/' + id,
                           json({{L("status"), status}, {L("version"), version}}));
    }
};

} // namespace

TEST_P(TrainingCourseApiTest, ATrainerAssignsTheOperatorStartsAndCompletesHerCourse)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    const QString olgaId = myId(*olga);

    EXPECT_EQ(olga->send("POST", Courses, json(courseBody(olgaId))).status, 403);
    EXPECT_EQ(sofia->send("POST", Courses, json(courseBody(olgaId))).status, 403);
    const HttpReply created = tanya->send("POST", Courses, json(courseBody(olgaId)));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject course = created.json();
    const QString id = course.value(L("id")).toString();
    EXPECT_EQ(course.value(L("operator_id")).toString(), olgaId);
    EXPECT_EQ(course.value(L("assigned_by")).toString(), myId(*tanya));
    EXPECT_EQ(course.value(L("status")).toString(), u"assigned");
    EXPECT_EQ(course.value(L("version")).toInt(), 1);
    EXPECT_EQ(course.value(L("due_date")).toString(), u"2026-12-24");
    EXPECT_EQ(course.value(L("scenario_ids")).toArray().size(), 2);
    EXPECT_EQ(created.header("ETag"), "\"1\"");
    EXPECT_EQ(auditActions(*sofia, QStringLiteral("course_assigned")),
              QStringList{olgaId + u' ' + id});

    // Olga reads hers whatever operator_id says; pavel sees none and not hers; staff see all.
    const auto listed = [](HttpClient &client, const QString &query) {
        const HttpReply r = client.get(Courses + query);
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return r.json()[L("courses")].toArray().size();
    };
    EXPECT_EQ(listed(*olga, u"?operator_id=" + myId(*pavel)), 1);
    EXPECT_EQ(listed(*pavel, QString()), 0);
    EXPECT_EQ(pavel->get(Courses + u'/' + id).status, 404);
    EXPECT_EQ(olga->get(Courses + u'/' + id).status, 200);
    EXPECT_EQ(listed(*sofia, u"?operator_id=" + olgaId), 1);
    EXPECT_EQ(listed(*sofia, u"?operator_id=" + myId(*pavel)), 0);
    EXPECT_EQ(listed(*tanya, QStringLiteral("?status=started")), 0);
    EXPECT_EQ(courseChanges(*olga), QStringList{id + u" create assigned"});
    EXPECT_TRUE(courseChanges(*pavel).isEmpty());
    EXPECT_EQ(courseChanges(*tanya), QStringList{id + u" create assigned"});

    // She starts it; a retry of the same move is answered as it is; a stale version is 412.
    HttpReply r = move(*olga, id, QStringLiteral("started"), 1);
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(L("version")).toInt(), 2);
    r = move(*olga, id, QStringLiteral("started"), 1);
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.json().value(L("version")).toInt(), 2);
    EXPECT_EQ(move(*olga, id, QStringLiteral("completed"), 1).status, 412);
    // Only she starts or completes it; only a trainer or an admin cancels; supervisors read.
    EXPECT_EQ(move(*olga, id, QStringLiteral("cancelled"), 2).status, 403);
    EXPECT_EQ(move(*tanya, id, QStringLiteral("completed"), 2).status, 403);
    EXPECT_EQ(move(*pavel, id, QStringLiteral("completed"), 2).status, 404);
    EXPECT_EQ(move(*sofia, id, QStringLiteral("cancelled"), 2).status, 403);
    EXPECT_EQ(
        olga->send("PATCH", Courses + u'/' + id, json({{L("status"), QStringLiteral("completed")}}))
            .status,
        428);
    r = olga->send("PATCH", Courses + u'/' + id, json({{L("status"), QStringLiteral("completed")}}),
                   {{"Content-Type", "application/json"}, {"If-Match", "\"2\""}});
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(L("status")).toString(), u"completed");
    EXPECT_EQ(r.json().value(L("version")).toInt(), 3);
    // A completed course stays completed.
    r = move(*tanya, id, QStringLiteral("cancelled"), 3);
    EXPECT_EQ(r.status, 409) << r.body.toStdString();
    EXPECT_EQ(courseChanges(*olga), (QStringList{id + u" create assigned", id + u" update started",
                                                 id + u" update completed"}));
    EXPECT_EQ(listed(*sofia, QStringLiteral("?status=completed")), 1);
    EXPECT_TRUE(auditActions(*sofia, QStringLiteral("course_cancelled")).isEmpty());
}

TEST_P(TrainingCourseApiTest, ACancellationIsAuditedAndBadAssignmentsAreRefusedNamingTheField)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    const QString olgaId = myId(*olga);
    const HttpReply created = tanya->send("POST", Courses, json(courseBody(olgaId)));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString id = created.json().value(L("id")).toString();
    const HttpReply cancelled = move(*tanya, id, QStringLiteral("cancelled"), 1);
    ASSERT_EQ(cancelled.status, 200) << cancelled.body.toStdString();
    EXPECT_EQ(cancelled.json().value(L("status")).toString(), u"cancelled");
    EXPECT_EQ(auditActions(*sofia, QStringLiteral("course_cancelled")),
              QStringList{olgaId + u' ' + id});
    EXPECT_EQ(move(*olga, id, QStringLiteral("started"), 2).status, 409);

    const auto refused = [&](const QJsonObject &body) -> QString {
        const HttpReply r = tanya->send("POST", Courses, json(body));
        EXPECT_EQ(r.status, 422) << r.body.toStdString();
        return errorCode(r) + u' ' + errorField(r);
    };
    const auto with = [&](const char *field, const QJsonValue &value) {
        QJsonObject body = courseBody(olgaId);
        if (value.isUndefined())
            body.remove(L(field));
        else
            body.insert(L(field), value);
        return body;
    };
    EXPECT_EQ(refused(with("reason", QJsonValue::Undefined)), u"invalid_field reason");
    EXPECT_EQ(refused(with("reason", QStringLiteral("   "))), u"invalid_field reason");
    EXPECT_EQ(refused(with("reason", QString(501, u'r'))), u"too_long reason");
    EXPECT_EQ(refused(with("scenario_ids", QJsonArray{})), u"invalid_field scenario_ids");
    QJsonArray thirtyOne;
    for (int i = 0; i < 31; ++i)
        thirtyOne.append(QStringLiteral("s%1").arg(i));
    EXPECT_EQ(refused(with("scenario_ids", thirtyOne)), u"too_long scenario_ids");
    EXPECT_EQ(refused(with("scenario_ids", QJsonArray{QString(65, u's')})),
              u"too_long scenario_ids[]");
    EXPECT_EQ(refused(with("scenario_ids", QJsonArray{QStringLiteral("Late Delivery")})),
              u"invalid_field scenario_ids");
    EXPECT_EQ(refused(with("pack_id", QString(65, u'p'))), u"too_long pack_id");
    EXPECT_EQ(refused(with("pack_id", QStringLiteral("../etc"))), u"invalid_field pack_id");
    // The pack and its scenarios must exist when the course is assigned.
    EXPECT_EQ(refused(with("pack_id", QStringLiteral("no-such-pack"))), u"invalid_field pack_id");
    EXPECT_EQ(refused(with("scenario_ids", QJsonArray{QStringLiteral("no-such-scenario")})),
              u"invalid_field scenario_ids");
    EXPECT_EQ(refused(with("due_date", QStringLiteral("tomorrow"))), u"invalid_field due_date");
    EXPECT_EQ(refused(with("operator_id", myId(*sofia))), u"invalid_field operator_id");
    EXPECT_EQ(refused(with("operator_id", QStringLiteral("999999"))), u"invalid_field operator_id");
    // Nothing was assigned by the refusals, and the list's filters are checked too.
    EXPECT_EQ(tanya->get(Courses).json()[L("courses")].toArray().size(), 1);
    EXPECT_EQ(tanya->get(Courses + u"?status=lost").status, 422);
    EXPECT_EQ(tanya->get(Courses + u"?operator_id=olga").status, 422);
    EXPECT_EQ(tanya->get(Courses + u"?limit=501").status, 422);
    EXPECT_EQ(tanya->get(Courses + u"/999999").status, 404);
}

INSTANTIATE_TEST_SUITE_P(Backends, TrainingCourseApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

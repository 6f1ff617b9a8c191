// Calibration through the real back office (issue 18, item 8): reviewers score blind while the
// session is open, the lead closes it, the results compare the scores (checked against numbers
// worked out by hand below), the lead agrees a score, and each reviewer's history follows.
#include "tests/integration/ContactFlowFixture.h"

using namespace frontline::test;

namespace {

using L = QLatin1StringView;
const QString Calibrations = QStringLiteral("/api/v1/qa/calibrations");

QJsonObject criterion(const char *id, int weight, const char *scale, bool na = false,
                      bool critical = false)
{
    return {{L("id"), L(id)},      {L("title"), QString(u"Did " + QLatin1StringView(id))},
            {L("weight"), weight}, {L("scale"), L(scale)},
            {L("na_allowed"), na}, {L("critical"), critical}};
}

// greeting (yes/no, 20), solution (1-5, 60, critical), tone (1-3, 20, N/A allowed).
QJsonObject cardBody()
{
    return {{L("name"), QStringLiteral("Calibration chat")},
            {L("locale"), QStringLiteral("en")},
            {L("sections"),
             QJsonArray{QJsonObject{
                 {L("title"), QStringLiteral("Conversation")},
                 {L("criteria"), QJsonArray{criterion("greeting", 20, "yes_no"),
                                            criterion("solution", 60, "1_5", false, true),
                                            criterion("tone", 20, "1_3", true)}}}}}};
}

QJsonObject scoreBody(const QString &ticket, const QJsonValue &greeting, int solution,
                      const QJsonValue &tone)
{
    return {{L("ticket_id"), ticket},
            {L("answers"),
             QJsonArray{QJsonObject{{L("criterion_id"), L("greeting")}, {L("value"), greeting}},
                        QJsonObject{{L("criterion_id"), L("solution")}, {L("value"), solution}},
                        QJsonObject{{L("criterion_id"), L("tone")}, {L("value"), tone}}}}};
}

class CalibrationApiTest : public ContactFlowTest
{
protected:
    QString resolvedChat(HttpClient &agent, const QString &customer)
    {
        const QString id = intake(QStringLiteral("chat"), customer, customer + u"-1");
        if (assignee(agent, id) != myId(agent))
            claim(agent, id);
        EXPECT_EQ(reply(agent, id, (customer + u"-reply").toUtf8()).status, 201);
        EXPECT_EQ(resolve(agent, id).status, 200);
        return id;
    }

    QString newCard(HttpClient &author)
    {
        const HttpReply card =
            author.send("POST", QStringLiteral("/api/v1/scorecards"), json(cardBody()));
        EXPECT_EQ(card.status, 201) << card.body.toStdString();
        return card.json().value(L("id")).toString();
    }

    static QJsonObject conversation(const QJsonObject &results, int index)
    {
        return results.value(L("conversations")).toArray().at(index).toObject();
    }

    static QJsonObject reviewer(const QJsonObject &results, int index)
    {
        return results.value(L("reviewers")).toArray().at(index).toObject();
    }

    static QJsonObject criterionOf(const QJsonObject &conversation, int index)
    {
        return conversation.value(L("criteria")).toArray().at(index).toObject();
    }

    // Sofia starts the session (by ticket numbers, with an Idempotency-Key) with Tanya and the
    // admin; `first` and `second` are its conversations. Answers the session's path.
    QString startSession()
    {
        olga = signIn(QStringLiteral("olga"));
        sofia = signIn(QStringLiteral("sofia"));
        tanya = signIn(QStringLiteral("tanya"));
        admin = signIn(QStringLiteral("admin"));
        setPresence(*olga, QStringLiteral("online"));
        first = resolvedChat(*olga, QStringLiteral("cal-1"));
        second = resolvedChat(*olga, QStringLiteral("cal-2"));
        const QString card = newCard(*sofia);
        const qint64 secondNumber = ticket(*olga, second).value(L("number")).toInteger();

        const QJsonObject body{{L("name"), QStringLiteral("December chats")},
                               {L("scorecard_id"), card},
                               {L("ticket_ids"), QJsonArray{first, second}},
                               {L("reviewer_ids"), QJsonArray{myId(*tanya), myId(*admin)}}};
        // Conversations by number (as reviewers name them); both lists at once is refused.
        QJsonObject byNumber = body;
        byNumber.insert(
            L("ticket_numbers"),
            QJsonArray{ticket(*olga, first).value(L("number")).toInteger(), secondNumber});
        EXPECT_EQ(errorField(sofia->send("POST", Calibrations, json(byNumber))), u"ticket_ids");
        byNumber.remove(L("ticket_ids"));
        const QList<QPair<QByteArray, QByteArray>> keyed{{"Content-Type", "application/json"},
                                                         {"Idempotency-Key", "cal-session-1"}};
        const HttpReply created = sofia->send("POST", Calibrations, json(byNumber), keyed);
        EXPECT_EQ(created.status, 201) << created.body.toStdString();
        if (created.status != 201)
            return {};
        const HttpReply replayed = sofia->send("POST", Calibrations, json(byNumber), keyed);
        EXPECT_EQ(replayed.status, 201);
        EXPECT_EQ(replayed.json().value(L("id")), created.json().value(L("id")));
        const QJsonObject session = created.json();
        EXPECT_EQ(session.value(L("status")).toString(), u"open");
        EXPECT_EQ(session.value(L("reviewers")).toArray().size(), 3); // the lead first
        EXPECT_EQ(session.value(L("reviewers"))[0][L("id")].toString(), myId(*sofia));
        EXPECT_EQ(session.value(L("conversations"))[1][L("ticket_id")].toString(), second);
        const QString path = Calibrations + u'/' + session.value(L("id")).toString();
        EXPECT_EQ(sofia->get(Calibrations).json().value(L("sessions")).toArray().size(), 1);

        return path;
    }

    // Each reviewer scores; Tanya changes her mind once; bad scores are refused.
    void scoreBoth(const QString &path)
    {
        EXPECT_EQ(sofia->send("PUT", path + u"/scores", json(scoreBody(first, true, 5, 3))).status,
                  200);
        EXPECT_EQ(sofia->send("PUT", path + u"/scores", json(scoreBody(second, true, 4, 2))).status,
                  200);
        // Tanya first scores conversation 1 at 100, then changes her mind: the second replaces it.
        EXPECT_EQ(tanya->send("PUT", path + u"/scores", json(scoreBody(first, true, 5, 3))).status,
                  200);
        const HttpReply changed =
            tanya->send("PUT", path + u"/scores", json(scoreBody(first, true, 3, 2)));
        ASSERT_EQ(changed.status, 200) << changed.body.toStdString();
        EXPECT_DOUBLE_EQ(changed.json().value(L("score")).toDouble(), 60.0);
        EXPECT_EQ(tanya->send("PUT", path + u"/scores", json(scoreBody(second, true, 5, 3))).status,
                  200);
        const HttpReply adminScore =
            admin->send("PUT", path + u"/scores", json(scoreBody(first, false, 4, QJsonValue())));
        EXPECT_DOUBLE_EQ(adminScore.json().value(L("score")).toDouble(), 56.3);
        // A value off the scale, a conversation not in the session: 422, nothing kept.
        EXPECT_EQ(
            errorField(tanya->send("PUT", path + u"/scores", json(scoreBody(first, 2, 3, 2)))),
            u"answers[0].value");
        const QString other = resolvedChat(*olga, QStringLiteral("cal-3"));
        EXPECT_EQ(
            errorField(tanya->send("PUT", path + u"/scores", json(scoreBody(other, 1, 3, 2)))),
            u"ticket_id");
    }

    // Blind while open; only the lead closes.
    void closeBlind(const QString &path)
    {
        // Blind: each reads only her own scores, the lead too; results wait for the close.
        const QJsonArray tanyas = tanya->get(path + u"/scores").json().value(L("scores")).toArray();
        ASSERT_EQ(tanyas.size(), 2);
        for (const QJsonValue &score : tanyas)
            EXPECT_EQ(score[L("reviewer_id")].toString(), myId(*tanya));
        EXPECT_EQ(sofia->get(path + u"/scores").json().value(L("scores")).toArray().size(), 2);
        EXPECT_EQ(sofia->get(path + u"/results").status, 409);
        EXPECT_EQ(sofia->get(path).json().value(L("reviewers"))[1][L("scored")].toInt(), 2);
        EXPECT_EQ(
            tanya->send("PUT", path + u"/agreed", json({{L("ticket_id"), first}, {L("score"), 65}}))
                .status,
            403);
        EXPECT_EQ(
            sofia->send("PUT", path + u"/agreed", json({{L("ticket_id"), first}, {L("score"), 65}}))
                .status,
            409);

        // Only the lead closes; then the scores are final and everyone's.
        EXPECT_EQ(tanya->send("POST", path + u"/close", QByteArray()).status, 403);
        const HttpReply closed = sofia->send("POST", path + u"/close", QByteArray());
        ASSERT_EQ(closed.status, 200) << closed.body.toStdString();
        EXPECT_EQ(closed.json().value(L("status")).toString(), u"closed");
        EXPECT_EQ(tanya->send("PUT", path + u"/scores", json(scoreBody(first, true, 5, 3))).status,
                  409);
        EXPECT_EQ(tanya->get(path + u"/scores").json().value(L("scores")).toArray().size(), 5);
    }

    void checkResults(const QString &path)
    {
        const HttpReply results = tanya->get(path + u"/results");
        ASSERT_EQ(results.status, 200) << results.body.toStdString();
        const QJsonObject one = conversation(results.json(), 0);
        EXPECT_DOUBLE_EQ(one.value(L("median")).toDouble(), 60.0);
        EXPECT_TRUE(one.value(L("agreed")).isNull());
        const QJsonArray scores = one.value(L("scores")).toArray();
        ASSERT_EQ(scores.size(), 3);
        EXPECT_DOUBLE_EQ(scores[0][L("score")].toDouble(), 100.0);
        EXPECT_DOUBLE_EQ(scores[0][L("deviation")].toDouble(), 40.0);
        EXPECT_DOUBLE_EQ(scores[1][L("deviation")].toDouble(), 0.0);
        EXPECT_DOUBLE_EQ(scores[2][L("deviation")].toDouble(), -3.7);
        EXPECT_DOUBLE_EQ(criterionOf(one, 0).value(L("spread")).toDouble(), 20.0);
        EXPECT_DOUBLE_EQ(criterionOf(one, 0).value(L("standard_deviation")).toDouble(), 9.43);
        EXPECT_DOUBLE_EQ(criterionOf(one, 1).value(L("spread")).toDouble(), 30.0);
        EXPECT_DOUBLE_EQ(criterionOf(one, 1).value(L("standard_deviation")).toDouble(), 13.35);
        EXPECT_TRUE(criterionOf(one, 1).value(L("widest")).toBool());
        EXPECT_FALSE(criterionOf(one, 0).value(L("widest")).toBool());
        EXPECT_DOUBLE_EQ(criterionOf(one, 2).value(L("spread")).toDouble(), 10.0);
        EXPECT_TRUE(criterionOf(one, 2).value(L("points"))[2].isNull());
        EXPECT_DOUBLE_EQ(conversation(results.json(), 1).value(L("median")).toDouble(), 87.5);
        EXPECT_DOUBLE_EQ(reviewer(results.json(), 0).value(L("mean_absolute_deviation")).toDouble(),
                         26.25);
        EXPECT_DOUBLE_EQ(reviewer(results.json(), 1).value(L("mean_absolute_deviation")).toDouble(),
                         6.25);
        EXPECT_DOUBLE_EQ(reviewer(results.json(), 2).value(L("mean_absolute_deviation")).toDouble(),
                         3.7);
        EXPECT_EQ(reviewer(results.json(), 2).value(L("scored")).toInt(), 1);
    }

    void agreeAndReadHistory(const QString &path)
    {
        // The lead agrees 65 on conversation 1: deviations are measured from it now.
        const HttpReply agreed = sofia->send("PUT", path + u"/agreed",
                                             json({{L("ticket_id"), first}, {L("score"), 65}}));
        ASSERT_EQ(agreed.status, 200) << agreed.body.toStdString();
        EXPECT_DOUBLE_EQ(conversation(agreed.json(), 0).value(L("reference")).toDouble(), 65.0);
        const QJsonObject after = tanya->get(path + u"/results").json();
        EXPECT_DOUBLE_EQ(conversation(after, 0).value(L("agreed")).toDouble(), 65.0);
        EXPECT_DOUBLE_EQ(conversation(after, 0).value(L("median")).toDouble(), 60.0);
        EXPECT_DOUBLE_EQ(conversation(after, 0).value(L("scores"))[1][L("deviation")].toDouble(),
                         -5.0);
        EXPECT_DOUBLE_EQ(reviewer(after, 0).value(L("mean_absolute_deviation")).toDouble(), 23.75);
        EXPECT_DOUBLE_EQ(reviewer(after, 1).value(L("mean_absolute_deviation")).toDouble(), 8.75);
        EXPECT_DOUBLE_EQ(reviewer(after, 2).value(L("mean_absolute_deviation")).toDouble(), 8.7);
        EXPECT_EQ(errorField(sofia->send("PUT", path + u"/agreed",
                                         json({{L("ticket_id"), first}, {L("score"), 101}}))),
                  u"score");

        // History per reviewer: Tanya's one closed session with her 8.75.
        const HttpReply history = sofia->get(
            QStringLiteral("/api/v1/qa/calibration-history?reviewer_id=") + myId(*tanya));
        ASSERT_EQ(history.status, 200) << history.body.toStdString();
        const QJsonArray entries = history.json().value(L("entries")).toArray();
        ASSERT_EQ(entries.size(), 1);
        EXPECT_EQ(entries[0][L("session_name")].toString(), u"December chats");
        EXPECT_DOUBLE_EQ(entries[0][L("mean_absolute_deviation")].toDouble(), 8.75);
        EXPECT_EQ(entries[0][L("scored")].toInt(), 2);
        EXPECT_EQ(sofia->get(QStringLiteral("/api/v1/qa/calibration-history"))
                      .json()
                      .value(L("entries"))
                      .toArray()
                      .size(),
                  3);
        const QString later = rfc3339(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000);
        EXPECT_TRUE(tanya->get(QStringLiteral("/api/v1/qa/calibration-history?from=") + later)
                        .json()
                        .value(L("entries"))
                        .toArray()
                        .isEmpty());
    }

    std::unique_ptr<HttpClient> olga, sofia, tanya, admin;
    QString first, second;
};

// Sofia (lead), Tanya and the admin score two conversations. Hand-computed (card above):
//  conversation 1: Sofia yes/5/3 = 20 + 60 + 20 = 100; Tanya yes/3/2 = 20 + 30 + 10 = 60;
//    admin no/4/N-A: tone's 20 spread over 80, so greeting 25 → 0, solution 75 × 3/4 = 56.25,
//    56.3. Median 60; deviations +40, 0, −3.7.
//    greeting points 20, 20, 0: spread 20, sd √(88.89) = 9.43; solution 60, 30, 56.25:
//    spread 30 (the widest), sd √(178.125) = 13.35; tone 20, 10, N/A: spread 10, sd 5.
//  conversation 2 (the admin does not score it): Sofia yes/4/2 = 20 + 45 + 10 = 75; Tanya
//    yes/5/3 = 100. Median 87.5; deviations −12.5, +12.5.
//  Mean absolute deviations: Sofia (40 + 12.5) / 2 = 26.25, Tanya (0 + 12.5) / 2 = 6.25,
//    admin 3.7. Agreed 65 on conversation 1: Sofia 35, Tanya −5, admin −8.7; means
//    (35 + 12.5) / 2 = 23.75, (5 + 12.5) / 2 = 8.75, 8.7.
TEST_P(CalibrationApiTest, ReviewersScoreBlindThenCompareWithTheAgreedScore)
{
    const QString path = startSession();
    ASSERT_FALSE(path.isEmpty());
    ASSERT_NO_FATAL_FAILURE(scoreBoth(path));
    ASSERT_NO_FATAL_FAILURE(closeBlind(path));
    ASSERT_NO_FATAL_FAILURE(checkResults(path));
    ASSERT_NO_FATAL_FAILURE(agreeAndReadHistory(path));
}

TEST_P(CalibrationApiTest, OnlyParticipantsKnowASessionAndOperatorsNone)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    auto admin = signIn(QStringLiteral("admin"));
    setPresence(*olga, QStringLiteral("online"));
    const QString chat = resolvedChat(*olga, QStringLiteral("cal-p"));
    const QString card = newCard(*tanya);
    const QJsonObject body{{L("name"), QStringLiteral("Sofia alone")},
                           {L("scorecard_id"), card},
                           {L("ticket_ids"), QJsonArray{chat}}};
    const HttpReply created = sofia->send("POST", Calibrations, json(body));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString path = Calibrations + u'/' + created.json().value(L("id")).toString();

    // Tanya is not in it: as if it did not exist. The admin reads it but does not score.
    EXPECT_EQ(tanya->get(path).status, 404);
    EXPECT_EQ(tanya->get(path + u"/scores").status, 404);
    EXPECT_EQ(tanya->send("PUT", path + u"/scores", json(scoreBody(chat, true, 5, 3))).status, 404);
    EXPECT_TRUE(tanya->get(Calibrations).json().value(L("sessions")).toArray().isEmpty());
    EXPECT_EQ(admin->get(path).status, 200);
    EXPECT_EQ(admin->send("PUT", path + u"/scores", json(scoreBody(chat, true, 5, 3))).status, 403);
    EXPECT_EQ(olga->get(path).status, 403);
    EXPECT_EQ(olga->get(Calibrations).status, 403);
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/qa/calibration-history")).status, 403);

    // Bad input: a clear 422 naming the field, and no session made.
    QJsonObject noName = body;
    noName.remove(L("name"));
    EXPECT_EQ(errorField(sofia->send("POST", Calibrations, json(noName))), u"name");
    QJsonObject operatorReviewer = body;
    operatorReviewer.insert(L("reviewer_ids"), QJsonArray{myId(*olga)});
    EXPECT_EQ(errorField(sofia->send("POST", Calibrations, json(operatorReviewer))),
              u"reviewer_ids[0]");
    QJsonObject tooMany = body;
    QJsonArray many;
    for (int i = 0; i < 21; ++i)
        many.append(chat);
    tooMany.insert(L("ticket_ids"), many);
    const HttpReply refused = sofia->send("POST", Calibrations, json(tooMany));
    EXPECT_EQ(refused.status, 422);
    EXPECT_EQ(errorCode(refused), u"too_long");
    QJsonObject open = body;
    open.insert(L("ticket_ids"), QJsonArray{intake(QStringLiteral("chat"), QStringLiteral("cal-o"),
                                                   QStringLiteral("cal-o-1"))});
    EXPECT_EQ(errorField(sofia->send("POST", Calibrations, json(open))), u"ticket_ids[0]");
    EXPECT_EQ(sofia->get(Calibrations).json().value(L("sessions")).toArray().size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, CalibrationApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

} // namespace

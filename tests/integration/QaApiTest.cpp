// Quality assurance through the real back office (issue 18, items 6 and 7): scorecards in
// versions, a review scored and kept with its version, the operator's acknowledgement, dispute
// and the reviewer's reply, who may read what, and choosing conversations by a seeded sample or
// by filters, without customer contact data for trainers.
#include "tests/integration/ContactFlowFixture.h"
#include "tests/integration/CsvRecords.h"

#include <QDate>

using namespace frontline::test;

namespace {

using L = QLatin1StringView;
const L Id("id");
const QString Cards = QStringLiteral("/api/v1/scorecards");
const QString Reviews = QStringLiteral("/api/v1/qa/reviews");

QJsonObject criterion(const char *id, int weight, const char *scale, bool na = false,
                      bool critical = false)
{
    return {{L("id"), L(id)},      {L("title"), QString(u"Did " + QLatin1StringView(id))},
            {L("weight"), weight}, {L("scale"), L(scale)},
            {L("na_allowed"), na}, {L("critical"), critical}};
}

// greeting (yes/no, 20), solution (1-5, 60, critical), tone (1-3, 20, N/A allowed).
QJsonObject cardBody(const QString &name, int greetingWeight = 20)
{
    return {{L("name"), name},
            {L("channel"), QStringLiteral("chat")},
            {L("locale"), QStringLiteral("en")},
            {L("sections"),
             QJsonArray{QJsonObject{
                 {L("title"), QStringLiteral("Conversation")},
                 {L("criteria"), QJsonArray{criterion("greeting", greetingWeight, "yes_no"),
                                            criterion("solution", 60, "1_5", false, true),
                                            criterion("tone", 20, "1_3", true)}}}}}};
}

QJsonObject answer(const char *id, const QJsonValue &value)
{
    return {{L("criterion_id"), L(id)}, {L("value"), value}};
}

QJsonObject reviewBody(const QString &ticket, const QString &card, const QJsonArray &answers)
{
    return {{L("ticket_id"), ticket}, {L("scorecard_id"), card}, {L("answers"), answers}};
}

QString thisIsoWeek()
{
    int year = 0;
    const int week = QDateTime::currentDateTimeUtc().date().weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

class QaApiTest : public ContactFlowTest
{
protected:
    // A chat from `customer` in `queue`, taken, answered and resolved by `agent`.
    QString resolvedChat(HttpClient &agent, const QString &customer,
                         const QString &queue = QStringLiteral("orders"))
    {
        const QString id = intake(QStringLiteral("chat"), customer, customer + u"-1", queue);
        if (assignee(agent, id) != myId(agent))
            claim(agent, id);
        EXPECT_EQ(reply(agent, id, (customer + u"-reply").toUtf8()).status, 201);
        EXPECT_EQ(resolve(agent, id).status, 200);
        return id;
    }
};

TEST_P(QaApiTest, ScorecardsKeepTheirVersions)
{
    auto tanya = signIn(QStringLiteral("tanya"));
    const HttpReply created = tanya->send("POST", Cards, json(cardBody(QStringLiteral("Chat"))));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    EXPECT_EQ(created.json().value(L("version")).toInt(), 1);
    const QString path = Cards + u'/' + created.json().value(Id).toString();

    auto sofia = signIn(QStringLiteral("sofia"));
    QJsonObject renamed = cardBody(QStringLiteral("Chat v2"));
    const HttpReply replaced = sofia->send("PUT", path, json(renamed));
    ASSERT_EQ(replaced.status, 200) << replaced.body.toStdString();
    EXPECT_EQ(replaced.json().value(L("version")).toInt(), 2);
    EXPECT_EQ(sofia->get(path).json().value(L("name")).toString(), u"Chat v2");
    const HttpReply first = sofia->get(path + u"?version=1");
    ASSERT_EQ(first.status, 200);
    EXPECT_EQ(first.json().value(L("name")).toString(), u"Chat");
    EXPECT_EQ(sofia->get(path + u"?version=3").status, 404);
    EXPECT_EQ(sofia->get(Cards).json().value(L("scorecards")).toArray().size(), 1);

    // Weights summing to 90, a criterion id too long: 422 naming the field; nothing changes.
    const HttpReply ninety = sofia->send("PUT", path, json(cardBody(QStringLiteral("x"), 10)));
    EXPECT_EQ(ninety.status, 422);
    EXPECT_EQ(errorField(ninety), u"sections");
    QJsonObject longId = cardBody(QStringLiteral("x"));
    QJsonObject section = longId[L("sections")][0].toObject();
    QJsonArray criteria = section[L("criteria")].toArray();
    QJsonObject named = criteria[0].toObject();
    named[L("id")] = QString(41, u'g');
    criteria[0] = named;
    section[L("criteria")] = criteria;
    longId[L("sections")] = QJsonArray{section};
    const HttpReply tooLong = sofia->send("POST", Cards, json(longId));
    EXPECT_EQ(tooLong.status, 422);
    EXPECT_EQ(errorCode(tooLong), u"too_long");
    EXPECT_EQ(sofia->get(path).json().value(L("version")).toInt(), 2);

    auto olga = signIn(QStringLiteral("olga"));
    EXPECT_EQ(olga->get(Cards).status, 403);
    EXPECT_EQ(olga->send("POST", Cards, json(cardBody(QStringLiteral("mine")))).status, 403);
}

TEST_P(QaApiTest, AReviewIsScoredAcknowledgedDisputedAndAnswered)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    auto ivan = signIn(QStringLiteral("ivan"));
    setPresence(*olga, QStringLiteral("online"));
    const QString ticket = resolvedChat(*olga, QStringLiteral("qa-1"));
    const HttpReply card = sofia->send("POST", Cards, json(cardBody(QStringLiteral("Chat"))));
    ASSERT_EQ(card.status, 201);
    const QString cardId = card.json().value(Id).toString();

    // greeting yes (20), solution 4 of 5 (60 × 3/4 = 45), tone N/A: its 20 spread over 80, so
    // 20 → 25 and 60 → 75; 25 + 75 × 3/4 = 81.25 → 81.3.
    const QJsonArray answers{answer("greeting", true), answer("solution", 4),
                             answer("tone", QJsonValue())};
    const HttpReply created =
        sofia->send("POST", Reviews, json(reviewBody(ticket, cardId, answers)));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QJsonObject review = created.json();
    EXPECT_DOUBLE_EQ(review.value(L("score")).toDouble(), 81.3);
    EXPECT_EQ(review.value(L("operator_id")).toString(), myId(*olga));
    EXPECT_EQ(review.value(L("scorecard_version")).toInt(), 1);
    EXPECT_EQ(review.value(L("status")).toString(), u"new");
    EXPECT_EQ(review.value(L("breakdown")).toArray().size(), 3);
    const QString path = Reviews + u'/' + review.value(Id).toString();

    // A new version of the card leaves the review with the one it was scored with.
    ASSERT_EQ(
        sofia->send("PUT", Cards + u'/' + cardId, json(cardBody(QStringLiteral("Chat 2")))).status,
        200);
    const HttpReply mine = olga->get(path);
    ASSERT_EQ(mine.status, 200) << mine.body.toStdString();
    EXPECT_EQ(mine.json()[L("scorecard")][L("name")].toString(), u"Chat");
    EXPECT_EQ(mine.json()[L("scorecard")][L("version")].toInt(), 1);
    EXPECT_EQ(mine.json()[L("answers")].toArray().size(), 3);

    // Another operator sees none of it; only the reviewed operator answers it.
    EXPECT_EQ(ivan->get(path).status, 404);
    EXPECT_TRUE(ivan->get(Reviews).json().value(L("reviews")).toArray().isEmpty());
    EXPECT_EQ(ivan->send("POST", path + u"/acknowledge", {}).status, 404);
    EXPECT_EQ(sofia->send("POST", path + u"/acknowledge", {}).status, 403);
    EXPECT_EQ(olga->get(Reviews).json().value(L("reviews")).toArray().size(), 1);
    // A trainer reads it whole, without the customer's name.
    const HttpReply forTrainer = tanya->get(path);
    ASSERT_EQ(forTrainer.status, 200);
    EXPECT_FALSE(forTrainer.body.contains("Customer qa-1")) << forTrainer.body.toStdString();

    const QByteArray why = json({{L("comment"), QStringLiteral("The refund was right")}});
    EXPECT_EQ(sofia->send("POST", path + u"/reply", why).status, 409); // nothing to answer yet
    const HttpReply disputed = olga->send("POST", path + u"/dispute", why);
    ASSERT_EQ(disputed.status, 200) << disputed.body.toStdString();
    EXPECT_EQ(disputed.json().value(L("status")).toString(), u"disputed");
    EXPECT_EQ(olga->send("POST", path + u"/dispute", why).status, 409);
    EXPECT_EQ(tanya->send("POST", path + u"/reply", why).status, 403); // not her review
    const HttpReply empty =
        sofia->send("POST", path + u"/reply", json({{L("comment"), QStringLiteral(" ")}}));
    EXPECT_EQ(empty.status, 422);
    EXPECT_EQ(errorField(empty), u"comment");
    const HttpReply answered =
        sofia->send("POST", path + u"/reply", json({{L("comment"), QStringLiteral("Agreed")}}));
    ASSERT_EQ(answered.status, 200);
    EXPECT_EQ(answered.json().value(L("status")).toString(), u"answered");
    EXPECT_EQ(answered.json().value(L("comments")).toArray().size(), 2);
    const HttpReply acknowledged = olga->send("POST", path + u"/acknowledge", {});
    ASSERT_EQ(acknowledged.status, 200);
    EXPECT_EQ(acknowledged.json().value(L("status")).toString(), u"acknowledged");
    EXPECT_EQ(olga->send("POST", path + u"/acknowledge", {}).status, 200);
    EXPECT_EQ(
        sofia->get(Reviews + u"?status=acknowledged").json().value(L("reviews")).toArray().size(),
        1);
}

TEST_P(QaApiTest, BadReviewsAreRefusedNamingTheField)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    setPresence(*olga, QStringLiteral("online"));
    const QString ticket = resolvedChat(*olga, QStringLiteral("qa-2"));
    const QString open =
        intake(QStringLiteral("chat"), QStringLiteral("qa-3"), QStringLiteral("qa-3-1"));
    const QString card = sofia->send("POST", Cards, json(cardBody(QStringLiteral("Chat"))))
                             .json()
                             .value(Id)
                             .toString();
    const auto refused = [&](const QString &on, const QJsonArray &answers) {
        return sofia->send("POST", Reviews, json(reviewBody(on, card, answers)));
    };
    const QJsonArray good{answer("greeting", 1), answer("solution", 5), answer("tone", 3)};
    EXPECT_EQ(errorField(refused(open, good)), u"ticket_id"); // not resolved yet
    EXPECT_EQ(errorField(refused(ticket, QJsonArray{answer("greeting", 1), answer("solution", 6),
                                                    answer("tone", 3)})),
              u"answers[1].value");
    EXPECT_EQ(errorField(refused(ticket, QJsonArray{answer("greeting", QJsonValue()),
                                                    answer("solution", 5), answer("tone", 3)})),
              u"answers[0].value"); // N/A not allowed there
    EXPECT_EQ(errorField(refused(ticket, QJsonArray{answer("greeting", 1)})), u"answers");
    // A critical miss: the solution at its minimum scores 0.
    const HttpReply critical = refused(
        ticket, QJsonArray{answer("greeting", 1), answer("solution", 1), answer("tone", 3)});
    ASSERT_EQ(critical.status, 201) << critical.body.toStdString();
    EXPECT_DOUBLE_EQ(critical.json().value(L("score")).toDouble(), 0.0);
    EXPECT_TRUE(critical.json().value(L("critical_missed")).toBool());
    EXPECT_EQ(olga->send("POST", Reviews, json(reviewBody(ticket, card, good))).status, 403);
}

TEST_P(QaApiTest, SamplesRepeatWithTheirSeedAndCandidatesFilter)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto pavel = signIn(QStringLiteral("pavel"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    setPresence(*olga, QStringLiteral("online"));
    setPresence(*ivan, QStringLiteral("online"));
    QStringList olgas;
    for (int i = 0; i < 5; ++i)
        olgas << resolvedChat(*olga, QStringLiteral("s-olga-%1").arg(i));
    for (int i = 0; i < 3; ++i)
        resolvedChat(*ivan, QStringLiteral("s-ivan-%1").arg(i), QStringLiteral("delivery"));
    csat(olgas[0], 2);
    const QString email =
        intake(QStringLiteral("email"), QStringLiteral("s-esc"), QStringLiteral("s-esc-1"));
    claim(*olga, email);
    escalateAndReturn(*olga, *pavel, email, QStringLiteral("site error"));
    ASSERT_EQ(resolve(*olga, email).status, 200);

    // rate 0.5: olga's 6 → 3, ivan's 3 → ceil(1.5) = 2; the same seed, the same tickets.
    const QJsonObject body{{L("week"), thisIsoWeek()}, {L("rate"), 0.5}, {L("seed"), 42}};
    const HttpReply first = sofia->send("POST", QStringLiteral("/api/v1/qa/samples"), json(body));
    ASSERT_EQ(first.status, 200) << first.body.toStdString();
    const QJsonArray sample = first.json().value(L("tickets")).toArray();
    EXPECT_EQ(sample.size(), 5);
    const HttpReply again = tanya->send("POST", QStringLiteral("/api/v1/qa/samples"), json(body));
    ASSERT_EQ(again.status, 200);
    QStringList firstIds, againIds;
    for (const QJsonValue &t : sample)
        firstIds << t[L("ticket_id")].toString();
    for (const QJsonValue &t : again.json().value(L("tickets")).toArray())
        againIds << t[L("ticket_id")].toString();
    EXPECT_EQ(firstIds, againIds);
    QJsonObject badWeek = body;
    badWeek[L("week")] = QStringLiteral("2026-W60");
    EXPECT_EQ(errorField(sofia->send("POST", QStringLiteral("/api/v1/qa/samples"), json(badWeek))),
              u"week");

    const auto candidates = [&](HttpClient &client, const QString &query) {
        const HttpReply reply = client.get(u"/api/v1/qa/candidates?" + query);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json().value(L("tickets")).toArray();
    };
    EXPECT_EQ(candidates(*sofia, QStringLiteral("csat_below=3")).size(), 1);
    const QJsonArray returned = candidates(*sofia, QStringLiteral("returned=true"));
    ASSERT_EQ(returned.size(), 1);
    EXPECT_EQ(returned[0][L("ticket_id")].toString(), email);
    EXPECT_TRUE(returned[0][L("escalated")].toBool());
    EXPECT_EQ(candidates(*sofia, QStringLiteral("escalated=false")).size(), 8);
    EXPECT_EQ(candidates(*sofia, u"operator_id=" + myId(*ivan)).size(), 3);
    EXPECT_EQ(candidates(*sofia, QStringLiteral("queue=delivery")).size(), 3);
    EXPECT_EQ(candidates(*sofia, QStringLiteral("handle_time_over=86400")).size(), 0);
    EXPECT_EQ(candidates(*sofia, QStringLiteral("limit=2")).size(), 2);
    EXPECT_TRUE(candidates(*sofia, QStringLiteral("limit=2"))[0].toObject().contains(u"subject"));
    EXPECT_EQ(errorField(sofia->get(QStringLiteral("/api/v1/qa/candidates?escalated=maybe"))),
              u"escalated");

    // Trainers: the tickets and their figures, never the customer's contact data or words.
    const HttpReply forTrainer = tanya->get(QStringLiteral("/api/v1/qa/candidates"));
    ASSERT_EQ(forTrainer.status, 200);
    EXPECT_EQ(forTrainer.json().value(L("tickets")).toArray().size(), 9);
    for (const QByteArray &text : {forTrainer.body, again.body}) {
        EXPECT_FALSE(text.contains("Customer s-")) << text.toStdString();
        EXPECT_FALSE(text.contains("\"subject\"")) << text.toStdString();
        EXPECT_FALSE(text.contains("customer")) << text.toStdString();
    }
    EXPECT_EQ(olga->get(QStringLiteral("/api/v1/qa/candidates")).status, 403);
}

// With a store that owns queue "orders" and its account: even the store of the conversation does
// not read it through the reviewers' route.
class QaConversationApiTest : public QaApiTest
{
protected:
    void beforeStart() override
    {
        ASSERT_TRUE(backOffice->addProject(QStringLiteral("hopper"), QStringLiteral("Hopper"),
                                           {QStringLiteral("orders")}));
        ASSERT_TRUE(backOffice->addClient(QStringLiteral("kira"), QStringLiteral("hopper")));
    }
};

// Reviewers read a conversation whole, notes and whispers marked, without the customer's contact
// data; operators read theirs through the ticket, and a store's account not at all.
TEST_P(QaConversationApiTest, ReviewersReadAConversationWithoutContactData)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    auto tanya = signIn(QStringLiteral("tanya"));
    setPresence(*olga, QStringLiteral("online"));
    const QString id =
        intake(QStringLiteral("chat"), QStringLiteral("c-read"), QStringLiteral("c-read-1"));
    if (assignee(*olga, id) != myId(*olga))
        claim(*olga, id);
    ASSERT_EQ(reply(*olga, id, "c-read-reply").status, 201);
    const HttpReply whisper = sofia->send("POST", u"/api/v1/tickets/" + id + u"/whisper",
                                          json({{L("body"), QStringLiteral("Offer a refund")}}));
    ASSERT_EQ(whisper.status, 201) << whisper.body.toStdString();
    ASSERT_EQ(resolve(*olga, id).status, 200);
    const QString path = u"/api/v1/qa/conversations/" + id;

    const HttpReply read = tanya->get(path);
    ASSERT_EQ(read.status, 200) << read.body.toStdString();
    const QJsonObject ticket = read.json().value(L("ticket")).toObject();
    EXPECT_EQ(ticket.value(L("ticket_id")).toString(), id);
    EXPECT_EQ(ticket.value(L("operator_id")).toString(), myId(*olga));
    EXPECT_EQ(ticket.value(L("channel")).toString(), u"chat");
    EXPECT_EQ(ticket.value(L("status")).toString(), u"resolved");
    EXPECT_FALSE(ticket.value(L("escalated")).toBool());
    EXPECT_FALSE(read.json().value(L("truncated")).toBool());
    const QJsonArray messages = read.json().value(L("messages")).toArray();
    ASSERT_EQ(messages.size(), 3) << read.body.toStdString();
    EXPECT_EQ(messages[0][L("author_kind")].toString(), u"customer");
    EXPECT_EQ(messages[0][L("author_name")].toString(), u"Customer");
    EXPECT_EQ(messages[0][L("body")].toString(), u"Где мой заказ?");
    EXPECT_EQ(messages[1][L("author_id")].toString(), myId(*olga));
    EXPECT_FALSE(messages[1][L("internal")].toBool());
    EXPECT_TRUE(messages[2][L("whisper")].toBool());
    EXPECT_TRUE(messages[2][L("internal")].toBool());
    // Nothing of the customer: no name, external id, customer id or subject.
    for (const char *contact : {"c-read", "customer_id", "\"subject\"", "email", "phone"})
        EXPECT_FALSE(read.body.contains(contact)) << contact << read.body.toStdString();

    EXPECT_EQ(sofia->get(path).status, 200);
    EXPECT_EQ(tanya->get(QStringLiteral("/api/v1/qa/conversations/999999")).status, 404);
    EXPECT_EQ(olga->get(path).status, 403);
    EXPECT_EQ(olga->get(u"/api/v1/tickets/" + id + u"/messages").status, 200);
    EXPECT_EQ(signIn(QStringLiteral("kira"))->get(path).status, 403);
}

// The board's QA score: the mean of the window's reviews of each operator's conversations.
TEST_P(QaApiTest, TheBoardShowsEachOperatorsMeanQaScore)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    setPresence(*olga, QStringLiteral("online"));
    const QString good = resolvedChat(*olga, QStringLiteral("b-1"));
    const QString bad = resolvedChat(*olga, QStringLiteral("b-2"));
    const QString card = sofia->send("POST", Cards, json(cardBody(QStringLiteral("Chat"))))
                             .json()
                             .value(Id)
                             .toString();
    // 100 (everything at its best) and 0 (the critical solution at its minimum): a mean of 50.
    for (const auto &[ticket, solution] : {std::pair{good, 5}, std::pair{bad, 1}}) {
        const HttpReply review = sofia->send(
            "POST", Reviews,
            json(reviewBody(ticket, card,
                            QJsonArray{answer("greeting", 1), answer("solution", solution),
                                       answer("tone", 3)})));
        ASSERT_EQ(review.status, 201) << review.body.toStdString();
    }
    const HttpReply board = sofia->get(QStringLiteral("/api/v1/metrics/board"));
    ASSERT_EQ(board.status, 200) << board.body.toStdString();
    const QJsonObject olgas =
        rowWithId(board.json().value(L("operators")).toArray(), QStringLiteral("id"), myId(*olga));
    EXPECT_DOUBLE_EQ(olgas.value(L("qa_score")).toDouble(-1), 50.0);
    const QJsonObject ivans =
        rowWithId(board.json().value(L("operators")).toArray(), QStringLiteral("id"),
                  myId(*signIn(QStringLiteral("ivan"))));
    EXPECT_TRUE(ivans.value(L("qa_score")).isNull());
    EXPECT_DOUBLE_EQ(board.json()[L("totals")][L("operators")][L("qa_score")].toDouble(-1), 50.0);
}

// Reviews as CSV (issue 18, item 9): one row per review with the same filters and the same
// reader's rule as the JSON list; a comment with a comma, quotes, a line break and Cyrillic reads
// back whole, and an operator's export holds only her own reviews.
// GET /qa/reviews a page at a time, by the cursor each full page names, in JSON and in CSV: each
// review once (`newestFirst`, the second's CSV row `secondRow`), the two reviews written in the
// same second included; a made-up cursor is refused.
void pagesByCursor(HttpClient &sofia, const QStringList &newestFirst, const QStringList &secondRow)
{
    QStringList paged;
    QString cursor;
    for (int page = 0; page < 5; ++page) {
        const HttpReply reply = sofia.get(Reviews + u"?limit=1" +
                                          (cursor.isEmpty() ? QString() : u"&cursor=" + cursor));
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        for (const QJsonValue &each : reply.json()[L("reviews")].toArray())
            paged.append(each[Id].toString());
        cursor = reply.json()[L("next_cursor")].toString();
        if (cursor.isEmpty())
            break;
    }
    EXPECT_EQ(paged, newestFirst);
    const HttpReply firstCsv = sofia.get(Reviews + u"?format=csv&limit=1");
    const QString next = QString::fromLatin1(firstCsv.header("Next-Cursor"));
    ASSERT_FALSE(next.isEmpty());
    const QList<QStringList> secondCsv =
        parseCsv(sofia.get(Reviews + u"?format=csv&limit=1&cursor=" + next).body);
    ASSERT_EQ(secondCsv.size(), 2);
    EXPECT_EQ(secondCsv[1], secondRow);
    const HttpReply badCursor = sofia.get(Reviews + u"?cursor=yesterday");
    EXPECT_EQ(badCursor.status, 422);
    EXPECT_EQ(badCursor.json()[L("error")][L("field")].toString(), u"cursor");
}

TEST_P(QaApiTest, ReviewsExportAsCsvWithTheListsFiltersAndRoles)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto ivan = signIn(QStringLiteral("ivan"));
    auto sofia = signIn(QStringLiteral("sofia"));
    setPresence(*olga, QStringLiteral("online"));
    setPresence(*ivan, QStringLiteral("online"));
    const QString olgas = resolvedChat(*olga, QStringLiteral("csv-1"));
    const QString ivans = resolvedChat(*ivan, QStringLiteral("csv-2"), QStringLiteral("delivery"));
    const QString card = sofia->send("POST", Cards, json(cardBody(QStringLiteral("Chat, 2026"))))
                             .json()
                             .value(Id)
                             .toString();
    const QString why =
        QStringLiteral("Клиент сказал \"спасибо\", дважды,\nно возврат не оформлен");
    QJsonObject body = reviewBody(
        olgas, card,
        QJsonArray{answer("greeting", true), answer("solution", 4), answer("tone", QJsonValue())});
    body[L("comment")] = why;
    const HttpReply created = sofia->send("POST", Reviews, json(body));
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    ASSERT_EQ(sofia
                  ->send("POST", Reviews,
                         json(reviewBody(ivans, card,
                                         QJsonArray{answer("greeting", false),
                                                    answer("solution", 1), answer("tone", 2)})))
                  .status,
              201);

    const HttpReply csv = sofia->get(Reviews + u"?format=csv");
    ASSERT_EQ(csv.status, 200) << csv.body.toStdString();
    EXPECT_TRUE(csv.header("Content-Type").startsWith("text/csv"));
    EXPECT_EQ(sofia->get(Reviews, {{"Accept", "text/csv"}}).body, csv.body);
    const QList<QStringList> records = parseCsv(csv.body);
    ASSERT_EQ(records.size(), 3) << csv.body.toStdString();
    EXPECT_EQ(records[0].join(u','),
              u"id,reviewed_at,ticket_number,operator,reviewer,scorecard,scorecard_version,score,"
              u"critical_missed,status,acknowledged_at,comment");
    // Newest first, as the JSON list: Ivan's, then Olga's.
    const QJsonObject review = created.json();
    const QStringList &olgasRow = records[2];
    ASSERT_EQ(olgasRow.size(), 12);
    EXPECT_EQ(olgasRow[0], review.value(Id).toString());
    EXPECT_EQ(olgasRow[2], QString::number(review.value(L("ticket_number")).toInteger()));
    EXPECT_EQ(olgasRow[3], review.value(L("operator_name")).toString());
    EXPECT_EQ(olgasRow[4], review.value(L("reviewer_name")).toString());
    EXPECT_EQ(olgasRow[5], u"Chat, 2026");
    EXPECT_EQ(olgasRow[6], u"1");
    EXPECT_EQ(olgasRow[7], u"81.3");
    EXPECT_EQ(olgasRow[8], u"false");
    EXPECT_EQ(olgasRow[9], u"new");
    EXPECT_TRUE(olgasRow[10].isEmpty());
    EXPECT_EQ(olgasRow[11], why);
    EXPECT_EQ(records[1][7], u"0");
    EXPECT_EQ(records[1][8], u"true");

    pagesByCursor(*sofia, {records[1][0], records[2][0]}, olgasRow);

    // The list's filters hold; a bad format is refused naming it.
    EXPECT_EQ(parseCsv(sofia->get(Reviews + u"?format=csv&operator_id=" + myId(*ivan)).body).size(),
              2);
    const HttpReply badFormat = sofia->get(Reviews + u"?format=xlsx");
    EXPECT_EQ(badFormat.status, 422);
    EXPECT_EQ(errorField(badFormat), u"format");

    // Olga's export holds her review only, even when she asks for Ivan's.
    ASSERT_EQ(olga->send("POST", Reviews + u'/' + review.value(Id).toString() + u"/acknowledge", {})
                  .status,
              200);
    const QList<QStringList> hers =
        parseCsv(olga->get(Reviews + u"?format=csv&operator_id=" + myId(*ivan)).body);
    ASSERT_EQ(hers.size(), 2);
    EXPECT_EQ(hers[1][0], review.value(Id).toString());
    EXPECT_EQ(hers[1][9], u"acknowledged");
    EXPECT_FALSE(hers[1][10].isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, QaApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);
INSTANTIATE_TEST_SUITE_P(Backends, QaConversationApiTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgresql), backendName);

} // namespace

#include "tests/integration/ExamFixture.h"

namespace frontline::test {
namespace {

using L = QLatin1StringView;

} // namespace

QJsonObject ExamTest::examPack()
{
    return QJsonDocument::fromJson(R"({
      "format": "frontline-scenario-pack", "format_version": 1, "id": "exam-pack",
      "version": 1, "title": "Exam pack", "language": "en",
      "knowledge_base": {"articles": [
        {"slug": "refund-timing", "title": "Refund timing", "body": "Ten business days."},
        {"slug": "lost-parcel", "title": "Lost parcel", "body": "Escalate to the 2nd line."},
        {"slug": "cancel-order", "title": "Cancel an order", "body": "Before shipping."}]},
      "macros": [{"slug": "cancel-confirmed", "title": "Cancellation confirmed",
                  "body": "Done: your order will not ship."}],
      "customers": [{"id": "ann", "name": "Ann Green"}, {"id": "bob", "name": "Bob Brown"},
                    {"id": "cat", "name": "Cat White"}],
      "exam": {"duration_minutes": 45, "simultaneous": 3, "scenarios": 3, "questions": [
        {"id": "refund-days", "kind": "single", "text": "How long does a refund take?",
         "options": ["Three days", "Ten business days"], "correct": [1],
         "articles": ["refund-timing"]},
        {"id": "cancel-when", "kind": "free", "text": "When can an order be cancelled?",
         "expected_words": ["before", "shipping"]}]},
      "practice": {"hint_after_seconds": 120},
      "scenarios": [
        {"id": "refund", "title": "When is my money back?", "persona": {"name": "Ann"},
         "channel": "chat", "customer": "ann",
         "opening": "I cancelled yesterday. When do I get my money?",
         "turns": [
           {"id": "asks", "branches": [
             {"when": {"kind": "words", "any": ["business days"]}, "say": "Thanks!",
              "delay_seconds": 10, "then": "thanked"},
             {"when": {"kind": "silence", "seconds": 90}, "say": "Hello? Anyone there?",
              "then": "asks"},
             {"when": {"kind": "otherwise"}, "say": "How many days?", "then": "asks"}]},
           {"id": "thanked", "branches": [
             {"when": {"kind": "resolution"}, "rate": 5, "then": "end"}]}],
         "expected": {"articles": ["refund-timing"], "escalation": null,
                      "resolution": "answered"},
         "hint": {"section": "Refunds"}},
        {"id": "lost", "title": "Parcel lost", "persona": {"name": "Bob"}, "channel": "chat",
         "customer": "bob", "opening": "My parcel is lost.",
         "turns": [{"id": "waiting", "branches": [
           {"when": {"kind": "escalation", "target": "2", "reason": "lost_shipment"},
            "say": "OK, I will wait.", "then": "end"},
           {"when": {"kind": "otherwise"}, "say": "Please find it.", "then": "waiting"}]}],
         "expected": {"articles": ["lost-parcel"],
                      "escalation": {"target": "2", "reason": "lost_shipment"},
                      "resolution": "escalated"},
         "hint": {"section": "Delivery"}},
        {"id": "cancel", "title": "Cancel my order", "persona": {"name": "Cat"},
         "channel": "chat", "customer": "cat", "opening": "Please cancel my order.",
         "turns": [
           {"id": "asks", "branches": [
             {"when": {"kind": "macro_used", "slug": "cancel-confirmed"},
              "say": "Perfect, thanks!", "then": "done"},
             {"when": {"kind": "words", "any": ["cancelled"]}, "say": "Great, thank you.",
              "then": "done"},
             {"when": {"kind": "otherwise"}, "say": "Can you cancel it?", "then": "asks"}]},
           {"id": "done", "branches": [{"when": {"kind": "resolution"}, "then": "end"}]}],
         "expected": {"articles": ["cancel-order"], "escalation": null,
                      "resolution": "cancelled"},
         "hint": {"section": "Cancellation"}}]
    })")
        .object();
}

void ExamTest::SetUp()
{
    SandboxTest::SetUp();
    if (HasFatalFailure())
        return;
    tanya = signIn(QStringLiteral("tanya"));
    admin = signIn(QStringLiteral("admin"));
    const HttpReply imported =
        tanya->send("POST", QStringLiteral("/api/v1/training/packs"), json(examPack()));
    ASSERT_EQ(imported.status, 201) << imported.body.toStdString();
    QJsonObject body{{L("name"), QStringLiteral("cohort-1")},
                     {L("title"), QStringLiteral("Cohort 1")},
                     {L("pack_id"), QStringLiteral("exam-pack")}};
    const HttpReply made =
        tanya->send("POST", QStringLiteral("/api/v1/training/sandboxes"), json(body));
    ASSERT_EQ(made.status, 201) << made.body.toStdString();
    olgaId = idOf(*signIn(QStringLiteral("olga")));
    ivanId = idOf(*signIn(QStringLiteral("ivan")));
    for (const QString &id : {olgaId, ivanId}) {
        const HttpReply added =
            tanya->send("PUT", u"/api/v1/training/sandboxes/cohort-1/trainees/" + id, {});
        ASSERT_EQ(added.status, 200) << added.body.toStdString();
    }
}

HttpReply ExamTest::start(const QJsonObject &body)
{
    return tanya->send("POST", QStringLiteral("/api/v1/training/exams"), json(body));
}

QJsonObject ExamTest::startFor(const QString &username, const QJsonObject &more)
{
    QJsonObject body = more;
    body.insert(L("sandbox"), QStringLiteral("cohort-1"));
    body.insert(L("operator_ids"), QJsonArray{username == u"olga" ? olgaId : ivanId});
    const HttpReply started = start(body);
    EXPECT_EQ(started.status, 201) << started.body.toStdString();
    return started.json().value(u"exams").toArray().first().toObject();
}

QJsonObject ExamTest::examOf(HttpClient &client, const QString &id)
{
    return client.get(u"/api/v1/training/exams/" + id).json();
}

QJsonObject ExamTest::begin(HttpClient &client, const QString &id)
{
    const HttpReply begun = client.send("POST", u"/api/v1/training/exams/" + id + u"/start", {});
    EXPECT_EQ(begun.status, 200) << begun.body.toStdString();
    return begun.json();
}

QString ExamTest::ticketOf(const QJsonObject &exam, const QString &scenario) const
{
    for (const QJsonValue &c : exam.value(u"conversations").toArray()) {
        if (c[u"scenario_id"].toString() == scenario)
            return c[u"ticket_id"].toString();
    }
    return {};
}

QDateTime ExamTest::advance(qint64 ms)
{
    const HttpReply moved = admin->send("POST", QStringLiteral("/api/v1/test/clock"),
                                        json({{L("advance_ms"), double(ms)}}));
    EXPECT_EQ(moved.status, 200) << moved.body.toStdString();
    return QDateTime::fromString(moved.json().value(u"now").toString(), Qt::ISODateWithMs);
}

QDateTime ExamTest::freeze()
{
    const HttpReply frozen =
        admin->send("POST", QStringLiteral("/api/v1/test/clock"), json({{L("freeze"), true}}));
    EXPECT_EQ(frozen.status, 200) << frozen.body.toStdString();
    return QDateTime::fromString(frozen.json().value(u"now").toString(), Qt::ISODateWithMs);
}

QStringList ExamTest::conversation(HttpClient &client, const QString &ticketId)
{
    QStringList lines;
    const HttpReply list = client.get(u"/api/v1/tickets/" + ticketId + u"/messages");
    for (const QJsonValue &m : list.json().value(u"messages").toArray())
        lines.append(m[u"author_kind"].toString() + u':' + m[u"body"].toString());
    return lines;
}

bool ExamTest::waitForMessage(HttpClient &client, const QString &ticketId, const QString &text)
{
    return waitUntil([&] { return conversation(client, ticketId).contains(text); });
}

HttpReply ExamTest::reply(HttpClient &client, const QString &ticketId, const QString &text)
{
    return client.send("POST", u"/api/v1/tickets/" + ticketId + u"/messages",
                       json({{L("body"), text}}),
                       {{"Content-Type", "application/json"}, {"Idempotency-Key", newKey()}});
}

HttpReply ExamTest::resolve(HttpClient &client, const QString &ticketId, const QString &code)
{
    const HttpReply ticket = client.get(u"/api/v1/tickets/" + ticketId);
    const QByteArray version = QByteArray::number(ticket.json().value(u"version").toInteger());
    return client.send(
        "PATCH", u"/api/v1/tickets/" + ticketId,
        json({{L("status"), QStringLiteral("resolved")}, {L("resolution_code"), code}}),
        {{"Content-Type", "application/json"}, {"If-Match", version}});
}

HttpReply ExamTest::escalate(HttpClient &client, const QString &ticketId, int line,
                             const QString &reason)
{
    return client.send("POST", u"/api/v1/tickets/" + ticketId + u"/escalations",
                       json({{L("target_line"), line},
                             {L("reason_code"), reason},
                             {L("note"), QStringLiteral("Lost in transit for a week")}}));
}

HttpReply ExamTest::report(HttpClient &client, const QString &examId, const QJsonArray &events)
{
    return client.send("POST", u"/api/v1/training/exams/" + examId + u"/events",
                       json({{L("events"), events}}),
                       {{"Content-Type", "application/json"}, {"Idempotency-Key", newKey()}});
}

HttpReply ExamTest::answer(HttpClient &client, const QString &examId, const QJsonObject &body)
{
    return client.send("POST", u"/api/v1/training/exams/" + examId + u"/answers", json(body),
                       {{"Content-Type", "application/json"}, {"Idempotency-Key", newKey()}});
}

QJsonObject ExamTest::opened(const QString &ticketId, const QString &slug, const QDateTime &at)
{
    return {{L("kind"), QStringLiteral("article_opened")},
            {L("ticket_id"), ticketId},
            {L("slug"), slug},
            {L("at"), at.toString(Qt::ISODateWithMs)}};
}

} // namespace frontline::test

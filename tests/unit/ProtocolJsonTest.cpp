#include "protocol/ApiError.h"
#include "protocol/Audit.h"
#include "protocol/Board.h"
#include "protocol/Health.h"
#include "protocol/Json.h"
#include "protocol/KbArticle.h"
#include "protocol/Macro.h"
#include "protocol/Message.h"
#include "protocol/Project.h"
#include "protocol/QaReview.h"
#include "protocol/QaScore.h"
#include "protocol/Scorecard.h"
#include "protocol/Ticket.h"

#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::protocol;

namespace {

Ticket sampleTicket()
{
    Ticket ticket;
    ticket.id = QStringLiteral("t-1042");
    ticket.number = 1042;
    ticket.channel = Channel::WebForm;
    ticket.status = TicketStatus::Pending;
    ticket.priority = Priority::High;
    ticket.queue = QStringLiteral("returns");
    ticket.subject = QStringLiteral("Возврат заказа <b>#5531</b>");
    ticket.customerId = QStringLiteral("c-77");
    ticket.assigneeId = QStringLiteral("u-olga");
    ticket.firstResponseDue = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 5, 250), Qt::UTC);
    ticket.resolutionDue = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    ticket.version = 7;
    ticket.createdAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    ticket.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30, 12, 1), Qt::UTC);
    return ticket;
}

} // namespace

TEST(ProtocolJson, TicketSurvivesARoundTripThroughJsonText)
{
    const Ticket original = sampleTicket();
    const QByteArray text = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);

    const auto object = json::parseObject(text);
    ASSERT_TRUE(object.ok()) << object.error().message.toStdString();
    const auto decoded = Ticket::fromJson(object.value());
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded.value(), original);
}

TEST(ProtocolJson, TicketUsesTheContractsFieldNamesAndValues)
{
    const QJsonObject object = sampleTicket().toJson();
    EXPECT_EQ(object.value(QLatin1StringView("channel")).toString(), u"web_form");
    EXPECT_EQ(object.value(QLatin1StringView("status")).toString(), u"pending");
    EXPECT_EQ(object.value(QLatin1StringView("customer_id")).toString(), u"c-77");
    EXPECT_EQ(object.value(QLatin1StringView("first_response_due")).toString(),
              u"2026-11-23T10:00:05.250Z");
    EXPECT_EQ(object.value(QLatin1StringView("version")).toInteger(), 7);
}

TEST(ProtocolJson, UnassignedTicketHasNullAssignee)
{
    Ticket ticket = sampleTicket();
    ticket.assigneeId.clear();
    const QJsonObject object = ticket.toJson();
    EXPECT_TRUE(object.value(QLatin1StringView("assignee_id")).isNull());
    const auto decoded = Ticket::fromJson(object);
    ASSERT_TRUE(decoded.ok());
    EXPECT_TRUE(decoded->assigneeId.isEmpty());
}

TEST(ProtocolJson, BadTicketFieldsAreNamed)
{
    QJsonObject object = sampleTicket().toJson();
    object.insert(QLatin1StringView("status"), QStringLiteral("lost"));
    auto decoded = Ticket::fromJson(object);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, u"invalid_field");
    EXPECT_EQ(decoded.error().field, u"status");

    object = sampleTicket().toJson();
    object.insert(QLatin1StringView("version"), 1.5);
    decoded = Ticket::fromJson(object);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().field, u"version");

    object = sampleTicket().toJson();
    object.insert(QLatin1StringView("created_at"), QStringLiteral("yesterday"));
    decoded = Ticket::fromJson(object);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().field, u"created_at");

    object = sampleTicket().toJson();
    object.remove(QLatin1StringView("id"));
    decoded = Ticket::fromJson(object);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().field, u"id");
}

TEST(ProtocolJson, MalformedJsonIsAnErrorNotAnEmptyObject)
{
    EXPECT_EQ(json::parseObject("{\"id\": ").error().code, u"malformed_json");
    EXPECT_EQ(json::parseObject("[1, 2]").error().code, u"malformed_json");
    EXPECT_TRUE(json::parseObject("{}").ok());
}

TEST(ProtocolJson, EnumNamesRoundTrip)
{
    for (Channel c :
         {Channel::Chat, Channel::Email, Channel::WebForm, Channel::Phone, Channel::Social})
        EXPECT_EQ(channelFromString(toString(c)), c);
    for (TicketStatus s : {TicketStatus::New, TicketStatus::Open, TicketStatus::Pending,
                           TicketStatus::Resolved, TicketStatus::Closed})
        EXPECT_EQ(ticketStatusFromString(toString(s)), s);
    for (Priority p : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
        EXPECT_EQ(priorityFromString(toString(p)), p);
    EXPECT_FALSE(channelFromString(u"fax").has_value());
}

TEST(ProtocolJson, HealthRoundTrip)
{
    const Health health{QStringLiteral("ok"), QStringLiteral("0.1.0")};
    const auto decoded = Health::fromJson(health.toJson());
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value(), health);
    EXPECT_FALSE(Health::fromJson(QJsonObject{}).ok());
}

TEST(ProtocolJson, ErrorBodyRoundTrip)
{
    const Error error{QStringLiteral("invalid_field"), QStringLiteral("priority: bad"),
                      QStringLiteral("priority")};
    const QByteArray body = QJsonDocument(errorToJson(error)).toJson();
    EXPECT_EQ(errorFromBody(body, 422), error);

    const Error generic = errorFromBody("<html>bad gateway</html>", 502);
    EXPECT_EQ(generic.code, u"http_502");
}

// The hand-written RFC 3339 formatter writes what Qt writes, for any time zone of the input,
// across leap years, century rules, the epoch and times before it.
TEST(ProtocolJson, TimesAreFormattedAsQtFormatsThem)
{
    using frontline::protocol::json::formatTime;
    const QList<qint64> fixed{0,
                              -1,
                              -86'400'000,
                              951'782'400'000,      // 2000-02-29
                              4'107'542'400'000,    // 2100-03-01
                              1'795'132'799'999,    // 2026-11-19T23:59:59.999
                              253'402'300'799'999,  // 9999-12-31T23:59:59.999
                              -62'135'596'800'000}; // 0001-01-01
    for (qint64 msecs : fixed) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        EXPECT_EQ(formatTime(time), time.toString(Qt::ISODateWithMs)) << msecs;
    }
    // Pseudo-random times over four centuries, given in UTC, local time and a fixed offset.
    quint64 state = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < 20'000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const qint64 msecs = qint64(state >> 11) % 12'600'000'000'000 - 2'208'988'800'000;
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        const QString expected = utc.toString(Qt::ISODateWithMs);
        ASSERT_EQ(formatTime(utc), expected) << msecs;
        ASSERT_EQ(formatTime(utc.toLocalTime()), expected) << msecs;
        ASSERT_EQ(formatTime(utc.toOffsetFromUtc(3 * 3600)), expected) << msecs;
    }
    EXPECT_TRUE(formatTime(QDateTime()).isEmpty());
}

TEST(ProtocolJson, BoardSurvivesARoundTripWithEmptyFiguresKeptEmpty)
{
    Board board;
    board.projectId = QStringLiteral("2"); // a store's board
    board.from = QDateTime(QDate(2026, 12, 6), QTime(0, 0), QTimeZone::utc());
    board.to = board.from.addSecs(3600);
    board.asOf = 42;
    BoardOperatorRow olga;
    olga.id = QStringLiteral("2");
    olga.name = QStringLiteral("Olga");
    olga.queues = {QStringLiteral("1"), QStringLiteral("3")};
    olga.status = QStringLiteral("online");
    olga.handled = 7;
    olga.ahtSeconds = 312.5;
    olga.fcr = 0.85;
    board.operators.append(olga);
    BoardQueueRow orders;
    orders.id = QStringLiteral("1");
    orders.waiting = 4;
    orders.serviceLevel = 0.8;
    board.queues.append(orders);
    board.operatorTotals.handled = 7;
    board.targets.append(
        KpiTarget{QStringLiteral("aht_seconds"), QStringLiteral("quarter"), 480, true});

    const QByteArray text = QJsonDocument(board.toJson()).toJson();
    auto back = Board::fromJson(QJsonDocument::fromJson(text).object());
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), board);
    EXPECT_EQ(back.value().projectId, u"2");
    EXPECT_FALSE(back.value().operators.front().csat.has_value());
    EXPECT_TRUE(back.value().targets.front().isMet(450));
    EXPECT_FALSE(back.value().targets.front().isMet(481));
}

// An article carries the store it is for (issue 17, item 11): its id, or null for every store.
TEST(ProtocolJson, KbArticleAndItsSummaryCarryTheirStore)
{
    KbArticle article;
    article.id = QStringLiteral("12");
    article.slug = QStringLiteral("lavka-refund");
    article.locale = QStringLiteral("en");
    article.title = QStringLiteral("Lavka: refunds");
    article.body = QStringLiteral("To the card within 3 business days.");
    article.tags = {QStringLiteral("lavka")};
    article.version = 2;
    article.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    article.updatedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    article.projectId = QStringLiteral("2");
    for (const QString &project : {QStringLiteral("2"), QString()}) {
        article.projectId = project;
        const QJsonObject object = article.toJson();
        EXPECT_EQ(object.value(u"project_id").isNull(), project.isEmpty());
        const auto decoded = KbArticle::fromJson(
            json::parseObject(QJsonDocument(object).toJson(QJsonDocument::Compact)).value());
        ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
        EXPECT_EQ(decoded.value(), article);

        KbArticleSummary summary;
        summary.id = article.id;
        summary.slug = article.slug;
        summary.locale = article.locale;
        summary.title = article.title;
        summary.snippet = QStringLiteral("To the [card]");
        summary.version = 2;
        summary.projectId = project;
        const auto listed = KbArticleSummary::fromJson(summary.toJson());
        ASSERT_TRUE(listed.ok()) << listed.error().message.toStdString();
        EXPECT_EQ(listed.value(), summary);
    }
}

TEST(ProtocolJson, AProjectSurvivesARoundTripAndItsWritesAreChecked)
{
    Project project;
    project.id = QStringLiteral("2");
    project.slug = QStringLiteral("lavka");
    project.name = QStringLiteral("Лавка");
    project.showConversations = true;
    project.queues = {QStringLiteral("lavka-delivery"), QStringLiteral("lavka-orders")};
    project.version = 3;
    auto back = Project::fromJson(project.toJson());
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), project);

    // A new store: a slug of a-z, 0-9 and '-', a name; the queues trimmed, once each, sorted.
    auto created = projectCreateFromRequest(
        QJsonObject{{QStringLiteral("slug"), QStringLiteral("lavka")},
                    {QStringLiteral("name"), QStringLiteral(" Lavka ")},
                    {QStringLiteral("queues"),
                     QJsonArray{QStringLiteral("b"), QStringLiteral(" a"), QStringLiteral("b")}}});
    ASSERT_TRUE(created) << created.error().message.toStdString();
    EXPECT_EQ(created->name, QStringLiteral("Lavka"));
    EXPECT_EQ(created->queues, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_FALSE(created->showConversations.has_value());
    for (const QString &slug : {QStringLiteral("a"), QStringLiteral("Lavka"),
                                QStringLiteral("la vka"), QString(41, u'a')})
        EXPECT_FALSE(isProjectSlug(slug)) << slug.toStdString();
    EXPECT_TRUE(isProjectSlug(QStringLiteral("ab-12")));

    // A change names its version and something to change, never the slug.
    EXPECT_EQ(projectUpdateFromRequest(QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}})
                  .error()
                  .field,
              QStringLiteral("version"));
    EXPECT_FALSE(projectUpdateFromRequest(QJsonObject{{QStringLiteral("version"), 1}}));
    EXPECT_EQ(projectUpdateFromRequest(QJsonObject{{QStringLiteral("version"), 1},
                                                   {QStringLiteral("slug"), QStringLiteral("x")}})
                  .error()
                  .field,
              QStringLiteral("slug"));
    auto shared = projectUpdateFromRequest(
        QJsonObject{{QStringLiteral("version"), 4}, {QStringLiteral("show_conversations"), true}});
    ASSERT_TRUE(shared);
    EXPECT_EQ(shared->version, 4);
    EXPECT_EQ(shared->showConversations, std::optional<bool>(true));
    EXPECT_FALSE(shared->queues.has_value());
}

// A canned response carries its store as an article does (issue 17, item 11); a shared one has
// no project_id at all, so its JSON reads as before stores had their own.
TEST(ProtocolJson, MacroCarriesItsStore)
{
    Macro macro;
    macro.id = QStringLiteral("31");
    macro.slug = QStringLiteral("lavka-greeting-ru");
    macro.locale = QStringLiteral("ru");
    macro.title = QStringLiteral("Приветствие Лавки");
    macro.shortcut = QStringLiteral("/greet");
    macro.body = QStringLiteral("Здравствуйте, {customer_name}! Это Лавка.");
    for (const QString &project : {QStringLiteral("2"), QString()}) {
        macro.projectId = project;
        const QJsonObject object = macro.toJson();
        EXPECT_EQ(object.contains(u"project_id"), !project.isEmpty());
        const auto decoded = Macro::fromJson(
            json::parseObject(QJsonDocument(object).toJson(QJsonDocument::Compact)).value());
        ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
        EXPECT_EQ(decoded.value(), macro);
    }
    // An empty string says "every store" as well as an absent field.
    QJsonObject empty = macro.toJson();
    empty.insert(QStringLiteral("project_id"), QString());
    const auto shared = Macro::fromJson(empty);
    ASSERT_TRUE(shared.ok());
    EXPECT_TRUE(shared.value().projectId.isEmpty());
}

// An audit row goes through the wire unchanged (issue 18, item 5), with a ticket and without
// one, every action by its name; an action this build does not know is refused, not guessed.
TEST(ProtocolJson, AnAuditEntrySurvivesARoundTrip)
{
    AuditEntry entry;
    entry.id = QStringLiteral("12");
    entry.at = QDateTime(QDate(2026, 12, 7), QTime(10, 15, 2, 120), QTimeZone::utc());
    entry.actorId = QStringLiteral("4");
    entry.actorName = QStringLiteral("София Орлова");
    entry.actorRole = QStringLiteral("supervisor");
    entry.ticketId = QStringLiteral("42");
    entry.ticketNumber = 1042;
    entry.subjectId = QStringLiteral("2");
    entry.subjectName = QStringLiteral("Pavel");
    entry.details = QJsonObject{{QStringLiteral("reason"), QStringLiteral("He said \"no\", twice")},
                                {QStringLiteral("from_operator_id"), QStringLiteral("1")}};
    for (AuditAction action : allAuditActions()) {
        entry.action = action;
        const QByteArray wire = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
        const auto back = AuditEntry::fromJson(json::parseObject(wire).value());
        ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
        EXPECT_EQ(back.value(), entry) << wire.toStdString();
        EXPECT_EQ(auditActionFromString(toString(action)), action);
    }
    EXPECT_EQ(allAuditActions().size(), 15);
    EXPECT_EQ(toString(AuditAction::CourseAssigned), u"course_assigned");
    EXPECT_EQ(toString(AuditAction::HelpFlagLowered), u"help_flag_lowered");

    AuditEntry bare = entry;
    bare.ticketId.clear();
    bare.ticketNumber = 0;
    bare.subjectId.clear();
    bare.subjectName.clear();
    bare.details = {};
    const QJsonObject object = bare.toJson();
    EXPECT_TRUE(object.value(u"ticket_id").isNull());
    EXPECT_TRUE(object.value(u"subject_id").isNull());
    const auto back = AuditEntry::fromJson(object);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), bare);

    QJsonObject unknown = entry.toJson();
    unknown.insert(QStringLiteral("action"), QStringLiteral("delete_everything"));
    EXPECT_FALSE(AuditEntry::fromJson(unknown).ok());
}

// A scorecard and a score read back exactly as they were written (issue 18, item 6).
TEST(ProtocolJson, ScorecardAndScoreRoundTrip)
{
    Scorecard card;
    card.id = QStringLiteral("4");
    card.name = QStringLiteral("Качество чата");
    card.channel = QStringLiteral("chat");
    card.locale = QStringLiteral("ru");
    card.version = 3;
    card.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    card.sections = {
        ScorecardSection{
            QStringLiteral("Приветствие"),
            {ScorecardCriterion{QStringLiteral("greeting"), QStringLiteral("Поздоровался по имени"),
                                30, QaScale::YesNo, true, false}}},
        ScorecardSection{QStringLiteral("Решение"),
                         {ScorecardCriterion{QStringLiteral("policy"),
                                             QStringLiteral("Верная политика возврата"), 70,
                                             QaScale::OneToFive, false, true}}}};
    const auto decoded = Scorecard::fromJson(
        json::parseObject(QJsonDocument(card.toJson()).toJson(QJsonDocument::Compact)).value());
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded.value(), card);
    // A card for any channel carries channel null and reads back empty.
    card.channel.clear();
    EXPECT_TRUE(card.toJson().value(u"channel").isNull());
    EXPECT_EQ(Scorecard::fromJson(card.toJson()).value(), card);

    const auto score = scoreReview(card, {QaAnswer{QStringLiteral("greeting"), std::nullopt, {}},
                                          QaAnswer{QStringLiteral("policy"), 4, {}}});
    ASSERT_TRUE(score);
    EXPECT_EQ(QaScore::fromJson(score->toJson()), score.value());
    const QaAnswer answer{QStringLiteral("policy"), 2, QStringLiteral("Не та сумма")};
    EXPECT_EQ(QaAnswer::fromJson(answer.toJson()).value(), answer);
}

// A review reads back as written, detailed (answers, thread, scorecard) or as a list row.
TEST(ProtocolJson, QaReviewRoundTrip)
{
    Scorecard card;
    card.id = QStringLiteral("2");
    card.name = QStringLiteral("Email quality");
    card.locale = QStringLiteral("en");
    card.version = 2;
    card.sections = {
        ScorecardSection{QStringLiteral("Reply"),
                         {ScorecardCriterion{QStringLiteral("correct"), QStringLiteral("Correct"),
                                             100, QaScale::OneToThree, false, true}}}};
    QaReview review;
    review.id = QStringLiteral("17");
    review.ticketId = QStringLiteral("1042");
    review.ticketNumber = 1042;
    review.operatorId = QStringLiteral("3");
    review.operatorName = QStringLiteral("Olga Smirnova");
    review.reviewerId = QStringLiteral("6");
    review.reviewerName = QStringLiteral("Sofia Morozova");
    review.scorecardId = card.id;
    review.scorecardVersion = 2;
    review.answers = {QaAnswer{QStringLiteral("correct"), 2, QStringLiteral("Half right")}};
    review.score = scoreReview(card, review.answers).value();
    review.comment = QStringLiteral("Mind the delivery terms");
    review.status = QaReviewStatus::Answered;
    review.createdAt = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);
    review.updatedAt = QDateTime(QDate(2026, 12, 3), QTime(8, 15), Qt::UTC);
    review.detailed = true;
    review.comments = {
        QaReviewComment{QStringLiteral("1"), true, QStringLiteral("3"),
                        QStringLiteral("Olga Smirnova"), QStringLiteral("The terms changed"),
                        QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC)},
        QaReviewComment{QStringLiteral("2"), false, QStringLiteral("6"),
                        QStringLiteral("Sofia Morozova"), QStringLiteral("Not until Monday"),
                        QDateTime(QDate(2026, 12, 3), QTime(8, 15), Qt::UTC)}};
    review.scorecard = card;
    EXPECT_DOUBLE_EQ(review.score.percent, 50.0); // 2 of 1-3: 100 × 1/2
    const auto decoded = QaReview::fromJson(
        json::parseObject(QJsonDocument(review.toJson()).toJson(QJsonDocument::Compact)).value());
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    EXPECT_EQ(decoded.value(), review);

    QaReview row = review;
    row.detailed = false;
    row.answers.clear();
    row.comments.clear();
    row.scorecard.reset();
    EXPECT_FALSE(row.toJson().contains(u"answers"));
    EXPECT_EQ(QaReview::fromJson(row.toJson()).value(), row);
    QJsonObject unknown = row.toJson();
    unknown.insert(QStringLiteral("status"), QStringLiteral("closed"));
    EXPECT_EQ(QaReview::fromJson(unknown).error().field, QStringLiteral("status"));
}

// A reply names the canned response it was made from (issue 19: a scenario's macro_used branch);
// one written by hand says null.
TEST(ProtocolJson, AMessageCarriesTheCannedResponseItWasMadeFrom)
{
    Message message;
    message.id = QStringLiteral("311");
    message.ticketId = QStringLiteral("42");
    message.authorKind = AuthorKind::Operator;
    message.authorId = QStringLiteral("7");
    message.body = QStringLiteral("Done: your order will not ship.");
    message.macro = QStringLiteral("cancel-confirmed");
    message.createdAt = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    const QJsonObject json = message.toJson();
    EXPECT_EQ(json.value(u"macro").toString(), u"cancel-confirmed");
    auto back = Message::fromJson(json);
    ASSERT_TRUE(back) << back.error().message.toStdString();
    EXPECT_EQ(back.value(), message);

    message.macro.clear();
    EXPECT_TRUE(message.toJson().value(u"macro").isNull());
    auto byHand = Message::fromJson(message.toJson());
    ASSERT_TRUE(byHand);
    EXPECT_TRUE(byHand->macro.isEmpty());
}

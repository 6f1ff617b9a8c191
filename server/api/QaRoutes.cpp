#include "protocol/ApiPaths.h"
#include "protocol/CsvRow.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/identity/Caller.h"
#include "server/qa/QaConversation.h"
#include "server/qa/QaReviewService.h"
#include "server/qa/QaSampling.h"
#include "server/qa/ScorecardService.h"

#include <QHash>
#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse objectResponse(const Result<QJsonObject> &object, int status = 200)
{
    if (!object)
        return errorResponse(object.error());
    return HttpResponse::json(object.value(), status);
}

HttpResponse reviewResponse(const Result<protocol::QaReview> &review, int status = 200)
{
    if (!review)
        return errorResponse(review.error());
    return HttpResponse::json(review->toJson(), status);
}

HttpResponse cardResponse(const Result<protocol::Scorecard> &card, int status)
{
    if (!card)
        return errorResponse(card.error());
    return HttpResponse::json(card->toJson(), status);
}

// An RFC 3339 query time in epoch ms; 0 when absent.
Result<qint64> timeParam(const ApiRequest &request, const QString &name)
{
    const QString text = request.query(name);
    if (text.isEmpty())
        return qint64(0);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return protocol::json::invalidField(name, QStringLiteral("must be an RFC 3339 time"));
    return time.toMSecsSinceEpoch();
}

Result<QaReviewFilter> reviewFilter(const ApiRequest &request)
{
    QaReviewFilter filter;
    auto operatorId = request.position(QStringLiteral("operator_id"), QStringLiteral("not an id"));
    auto reviewerId = request.position(QStringLiteral("reviewer_id"), QStringLiteral("not an id"));
    auto from = timeParam(request, QStringLiteral("from"));
    auto to = timeParam(request, QStringLiteral("to"));
    auto limit = request.limit(100, 500);
    for (const Result<qint64> *each : {&operatorId, &reviewerId, &from, &to}) {
        if (!*each)
            return each->error();
    }
    if (!limit)
        return limit.error();
    filter.status = request.query(QStringLiteral("status"));
    static const QStringList statuses{QStringLiteral("new"), QStringLiteral("acknowledged"),
                                      QStringLiteral("disputed"), QStringLiteral("answered")};
    if (!filter.status.isEmpty() && !statuses.contains(filter.status))
        return protocol::json::invalidField(QStringLiteral("status"),
                                            u"must be one of " + statuses.join(u", "));
    filter.operatorId = operatorId.value();
    filter.reviewerId = reviewerId.value();
    filter.fromMs = from.value();
    filter.toMs = to.value();
    filter.limit = limit.value();
    // The cursor a page answered with ("<created_at in ms>.<id>" of its last review).
    const QString cursor = request.query(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        const QStringList parts = cursor.split(u'.');
        bool timeOk = false;
        bool idOk = false;
        filter.afterCreatedMs = parts.size() == 2 ? parts[0].toLongLong(&timeOk) : 0;
        filter.afterId = parts.size() == 2 ? parts[1].toLongLong(&idOk) : 0;
        if (!timeOk || !idOk || filter.afterCreatedMs <= 0 || filter.afterId <= 0)
            return protocol::json::invalidField(QStringLiteral("cursor"),
                                                QStringLiteral("not a cursor from this API"));
    }
    return filter;
}

// The cursor of the page after `reviews`; empty when it was not full (nothing older).
QString nextReviewsCursor(const QList<protocol::QaReview> &reviews, int limit)
{
    if (reviews.size() < limit || reviews.isEmpty())
        return {};
    const protocol::QaReview &last = reviews.last();
    return QString::number(last.createdAt.toMSecsSinceEpoch()) + u'.' + last.id;
}

Result<QaCandidateFilter> candidateFilter(const ApiRequest &request)
{
    QaCandidateFilter filter;
    auto csat = request.position(QStringLiteral("csat_below"),
                                 QStringLiteral("must be a score from 2 to 5"), 2);
    auto handle = request.position(QStringLiteral("handle_time_over"),
                                   QStringLiteral("must be a number of seconds"));
    auto operatorId = request.position(QStringLiteral("operator_id"), QStringLiteral("not an id"));
    auto from = timeParam(request, QStringLiteral("from"));
    auto to = timeParam(request, QStringLiteral("to"));
    auto limit = request.limit(100, 500);
    for (const Result<qint64> *each : {&csat, &handle, &operatorId, &from, &to}) {
        if (!*each)
            return each->error();
    }
    if (!limit)
        return limit.error();
    if (csat.value() > 5)
        return protocol::json::invalidField(QStringLiteral("csat_below"),
                                            QStringLiteral("must be a score from 2 to 5"));
    for (const auto &[name, flag] :
         {std::pair{QStringLiteral("escalated"), 0}, std::pair{QStringLiteral("returned"), 1}}) {
        const QString text = request.query(name);
        if (text.isEmpty())
            continue;
        if (text != u"true" && text != u"false")
            return protocol::json::invalidField(name, QStringLiteral("must be true or false"));
        if (flag == 0)
            filter.escalated = text == u"true";
        else
            filter.returned = text == u"true";
    }
    filter.csatBelow = int(csat.value());
    filter.handleTimeOverS = handle.value();
    filter.operatorId = operatorId.value();
    filter.queue = request.query(QStringLiteral("queue"));
    filter.fromMs = from.value();
    filter.toMs = to.value();
    filter.limit = limit.value();
    return filter;
}

// One row per review for a spreadsheet (issue 18, item 9), through the same CSV writer as every
// other export. Lists carry no scorecard names, so each card version is read once.
Result<QByteArray> reviewsCsv(Store &store, const QList<protocol::QaReview> &reviews)
{
    QByteArray csv =
        protocol::CsvRow({QStringLiteral("id"), QStringLiteral("reviewed_at"),
                          QStringLiteral("ticket_number"), QStringLiteral("operator"),
                          QStringLiteral("reviewer"), QStringLiteral("scorecard"),
                          QStringLiteral("scorecard_version"), QStringLiteral("score"),
                          QStringLiteral("critical_missed"), QStringLiteral("status"),
                          QStringLiteral("acknowledged_at"), QStringLiteral("comment")})
            .toCsv();
    QHash<QString, QString> cardNames;
    for (const protocol::QaReview &review : reviews) {
        const QString version =
            review.scorecardId + u'/' + QString::number(review.scorecardVersion);
        if (!cardNames.contains(version)) {
            auto card = ScorecardService::load(store, review.scorecardId, review.scorecardVersion);
            if (!card)
                return card.error();
            cardNames.insert(version, card->name);
        }
        protocol::CsvRow row;
        row.text(review.id).time(review.createdAt).count(review.ticketNumber);
        row.text(review.operatorName).text(review.reviewerName).text(cardNames.value(version));
        row.count(review.scorecardVersion).number(review.score.percent);
        row.text(review.score.criticalMissed ? QStringLiteral("true") : QStringLiteral("false"));
        row.text(protocol::toString(review.status)).time(review.acknowledgedAt);
        csv += row.text(review.comment).toCsv();
    }
    return csv;
}

// GET /qa/reviews as JSON or, with format=csv or Accept: text/csv, as CSV: the same filters and
// the same rows (an operator's own only).
HttpResponse readReviews(const ApiRequest &request, QaReviewService &reviews)
{
    auto filter = reviewFilter(request);
    if (!filter)
        return errorResponse(filter.error());
    auto csv = request.wantsCsv();
    if (!csv)
        return errorResponse(csv.error());
    auto list = reviews.list(request.caller, filter.value());
    if (!list)
        return errorResponse(list.error());
    const QString next = nextReviewsCursor(list.value(), filter->limit);
    if (csv.value()) {
        auto text = reviewsCsv(*request.caller.store, list.value());
        if (!text)
            return errorResponse(text.error());
        HttpResponse response = HttpResponse::text(text.value(), "text/csv; charset=utf-8");
        if (!next.isEmpty())
            response.withHeader("Next-Cursor", next.toLatin1());
        return response;
    }
    QJsonArray array;
    for (const protocol::QaReview &review : list.value())
        array.append(review.toJson());
    return HttpResponse::json(
        QJsonObject{{QLatin1StringView("reviews"), array},
                    {QLatin1StringView("next_cursor"), protocol::json::stringOrNull(next)}});
}

void registerScorecardRoutes(ApiRoutes &routes, ScorecardService &cards)
{
    const ApiRoutes::Roles reviewers{Role::Supervisor, Role::Trainer, Role::Admin};
    routes.add(QStringLiteral("GET"), protocol::paths::Scorecards.toString(), reviewers,
               [&cards](const ApiRequest &request) {
                   auto list = cards.list(request.caller);
                   if (!list)
                       return errorResponse(list.error());
                   QJsonArray array;
                   for (const protocol::Scorecard &card : list.value())
                       array.append(card.toJson());
                   return HttpResponse::json(QJsonObject{{QLatin1StringView("scorecards"), array}});
               });
    routes.add(QStringLiteral("GET"), protocol::paths::Scorecard.toString(), reviewers,
               [](const ApiRequest &request) {
                   auto version = request.position(QStringLiteral("version"),
                                                   QStringLiteral("must be a version from 1"));
                   if (!version)
                       return errorResponse(version.error());
                   return cardResponse(ScorecardService::load(*request.caller.store,
                                                              request.param(QStringLiteral("id")),
                                                              version.value()),
                                       200);
               });
    routes.add(QStringLiteral("POST"), protocol::paths::Scorecards.toString(), reviewers,
               [&cards](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return cardResponse(cards.create(request.caller, body.value()), 201);
               });
    routes.add(QStringLiteral("PUT"), protocol::paths::Scorecard.toString(), reviewers,
               [&cards](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return cardResponse(cards.replace(request.caller,
                                                     request.param(QStringLiteral("id")),
                                                     body.value()),
                                       200);
               });
}

void registerReviewAnswerRoutes(ApiRoutes &routes, QaReviewService &reviews)
{
    const ApiRoutes::Roles reviewed{Role::Operator};
    routes.add(QStringLiteral("POST"), protocol::paths::QaReviewAcknowledge.toString(), reviewed,
               [&reviews](const ApiRequest &request) {
                   return reviewResponse(
                       reviews.acknowledge(request.caller, request.param(QStringLiteral("id"))));
               });
    for (const auto &[path, dispute] : {std::pair{protocol::paths::QaReviewDispute, true},
                                        std::pair{protocol::paths::QaReviewReply, false}}) {
        routes.add(
            QStringLiteral("POST"), path.toString(),
            dispute ? reviewed : ApiRoutes::Roles{Role::Supervisor, Role::Trainer, Role::Admin},
            [&reviews, dispute](const ApiRequest &request) {
                auto body = request.jsonBody();
                if (!body)
                    return errorResponse(body.error());
                const QString id = request.param(QStringLiteral("id"));
                return reviewResponse(dispute ? reviews.dispute(request.caller, id, body.value())
                                              : reviews.reply(request.caller, id, body.value()));
            });
    }
}

} // namespace

void registerQaRoutes(ApiRoutes &routes, ScorecardService &cards, QaReviewService &reviews)
{
    registerScorecardRoutes(routes, cards);
    const ApiRoutes::Roles reviewers{Role::Supervisor, Role::Trainer, Role::Admin};
    const ApiRoutes::Roles readers{Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin};
    routes.add(QStringLiteral("POST"), protocol::paths::QaReviews.toString(), reviewers,
               [&reviews](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return reviewResponse(reviews.create(request.caller, body.value()), 201);
               });
    routes.add(QStringLiteral("GET"), protocol::paths::QaReviews.toString(), readers,
               [&reviews](const ApiRequest &request) { return readReviews(request, reviews); });
    routes.add(QStringLiteral("GET"), protocol::paths::QaReview.toString(), readers,
               [&reviews](const ApiRequest &request) {
                   return reviewResponse(
                       reviews.get(request.caller, request.param(QStringLiteral("id"))));
               });
    registerReviewAnswerRoutes(routes, reviews);
    routes.add(QStringLiteral("POST"), protocol::paths::QaSamples.toString(), reviewers,
               [](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return objectResponse(QaSampling::sample(request.caller, body.value()));
               });
    routes.add(QStringLiteral("GET"), protocol::paths::QaCandidates.toString(), reviewers,
               [](const ApiRequest &request) {
                   auto filter = candidateFilter(request);
                   if (!filter)
                       return errorResponse(filter.error());
                   auto list = QaSampling::candidates(request.caller, filter.value());
                   if (!list)
                       return errorResponse(list.error());
                   QJsonArray array;
                   for (const QJsonObject &ticket : list.value())
                       array.append(ticket);
                   return HttpResponse::json(QJsonObject{{QLatin1StringView("tickets"), array}});
               });
    // Reviewers read the conversation here, without the customer's contact data; an operator
    // reads her own through /tickets/{id}/messages as always.
    routes.add(QStringLiteral("GET"), protocol::paths::QaConversation.toString(), reviewers,
               [](const ApiRequest &request) {
                   return objectResponse(
                       QaConversation::read(request.caller, request.param(QStringLiteral("id"))));
               });
}

} // namespace frontline::server

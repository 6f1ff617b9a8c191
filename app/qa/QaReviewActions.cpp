#include "app/qa/QaReviewActions.h"

#include "app/net/BackOfficeClient.h"
#include "app/qa/QaReviewDraft.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace frontline::app {
namespace {

QString withId(QStringView path, const QString &id)
{
    return path.toString().replace(QLatin1StringView("{id}"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

ApiRequest getting(const QString &path)
{
    ApiRequest request;
    request.path = path;
    return request;
}

ApiRequest posting(const QString &path, const QJsonObject &body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = body;
    request.hasBody = true;
    return request;
}

QList<QJsonObject> tickets(const QJsonObject &answer)
{
    QList<QJsonObject> list;
    for (const QJsonValue &value : answer.value(u"tickets").toArray())
        list.append(value.toObject());
    return list;
}

} // namespace

QaConversation QaConversation::fromJson(const QJsonObject &object)
{
    QaConversation conversation;
    conversation.figures = object.value(u"ticket").toObject();
    conversation.truncated = object.value(u"truncated").toBool() || object.value(u"more").toBool();
    for (const QJsonValue &value : object.value(u"messages").toArray()) {
        const QJsonObject message = value.toObject();
        conversation.lines.append(
            {message.value(u"author_kind").toString(), message.value(u"author_name").toString(),
             message.value(u"body").toString(), message.value(u"internal").toBool(),
             message.value(u"whisper").toBool(),
             QDateTime::fromString(message.value(u"created_at").toString(), Qt::ISODateWithMs)});
    }
    return conversation;
}

QaReviewActions::QaReviewActions(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

Error QaReviewActions::errorOf(const ApiReply &reply)
{
    return reply.error.toError();
}

void QaReviewActions::scorecards(Done<QList<protocol::Scorecard>> done)
{
    m_client.send(getting(protocol::paths::Scorecards.toString()), this,
                  [done](const ApiReply &reply) {
                      if (!reply.ok())
                          return done(errorOf(reply));
                      QList<protocol::Scorecard> cards;
                      for (const QJsonValue &value : reply.json.value(u"scorecards").toArray()) {
                          auto card = protocol::Scorecard::fromJson(value.toObject());
                          if (card)
                              cards.append(card.value());
                      }
                      done(cards);
                  });
}

void QaReviewActions::review(const QString &id, Done<protocol::QaReview> done)
{
    m_client.send(getting(withId(protocol::paths::QaReview, id)), this,
                  [done](const ApiReply &reply) {
                      if (!reply.ok())
                          return done(errorOf(reply));
                      done(protocol::QaReview::fromJson(reply.json));
                  });
}

void QaReviewActions::conversation(const QString &ticketId, bool asReviewer,
                                   Done<QaConversation> done)
{
    const QString path = asReviewer
                             ? withId(protocol::paths::QaConversation, ticketId)
                             : withId(protocol::paths::TicketMessages, ticketId) + u"?limit=500";
    m_client.send(getting(path), this, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(errorOf(reply));
        done(QaConversation::fromJson(reply.json));
    });
}

void QaReviewActions::post(const QString &path, const QJsonObject &body,
                           Done<protocol::QaReview> done)
{
    m_client.send(posting(path, body), this, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(errorOf(reply));
        done(protocol::QaReview::fromJson(reply.json));
    });
}

void QaReviewActions::submit(const QaReviewDraft &draft, const QString &ticketId,
                             Done<protocol::QaReview> done)
{
    post(protocol::paths::QaReviews.toString(), draft.requestBody(ticketId), std::move(done));
}

void QaReviewActions::acknowledge(const QString &id, Done<protocol::QaReview> done)
{
    post(withId(protocol::paths::QaReviewAcknowledge, id), {}, std::move(done));
}

void QaReviewActions::dispute(const QString &id, const QString &comment,
                              Done<protocol::QaReview> done)
{
    post(withId(protocol::paths::QaReviewDispute, id),
         {{QLatin1StringView("comment"), comment.trimmed()}}, std::move(done));
}

void QaReviewActions::reply(const QString &id, const QString &comment,
                            Done<protocol::QaReview> done)
{
    post(withId(protocol::paths::QaReviewReply, id),
         {{QLatin1StringView("comment"), comment.trimmed()}}, std::move(done));
}

QString QaReviewActions::isoWeek(QDate date)
{
    int year = 0;
    const int week = date.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

void QaReviewActions::sample(const QString &week, double rate, qint64 seed,
                             Done<QList<QJsonObject>> done)
{
    const ApiRequest request =
        posting(protocol::paths::QaSamples.toString(), {{QLatin1StringView("week"), week},
                                                        {QLatin1StringView("rate"), rate},
                                                        {QLatin1StringView("seed"), seed}});
    m_client.send(request, this, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(errorOf(reply));
        done(tickets(reply.json));
    });
}

QString QaReviewActions::candidatesPath(const QaCandidateFilter &filter)
{
    QUrlQuery query;
    if (filter.csatBelow > 0)
        query.addQueryItem(QStringLiteral("csat_below"), QString::number(filter.csatBelow));
    if (filter.escalated)
        query.addQueryItem(QStringLiteral("escalated"),
                           *filter.escalated ? QStringLiteral("true") : QStringLiteral("false"));
    if (filter.returned)
        query.addQueryItem(QStringLiteral("returned"), QStringLiteral("true"));
    if (filter.handleTimeOverSeconds > 0)
        query.addQueryItem(QStringLiteral("handle_time_over"),
                           QString::number(filter.handleTimeOverSeconds));
    if (!filter.operatorId.isEmpty())
        query.addQueryItem(QStringLiteral("operator_id"), filter.operatorId);
    if (!filter.queue.isEmpty())
        query.addQueryItem(QStringLiteral("queue"), filter.queue);
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), protocol::json::formatTime(filter.from.toUTC()));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), protocol::json::formatTime(filter.to.toUTC()));
    query.addQueryItem(QStringLiteral("limit"), QString::number(filter.limit));
    return protocol::paths::QaCandidates.toString() + u'?' +
           query.toString(QUrl::FullyEncoded).replace(u'+', QLatin1StringView("%2B"));
}

void QaReviewActions::candidates(const QaCandidateFilter &filter, Done<QList<QJsonObject>> done)
{
    m_client.send(getting(candidatesPath(filter)), this, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(errorOf(reply));
        done(tickets(reply.json));
    });
}

} // namespace frontline::app

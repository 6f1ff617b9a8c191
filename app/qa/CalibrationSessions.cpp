#include "app/qa/CalibrationSessions.h"

#include "app/net/BackOfficeClient.h"
#include "app/store/LocalStore.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QUuid>

namespace frontline::app {
namespace {

using L = QLatin1StringView;

QString sessionPath(QStringView pattern, const QString &id)
{
    QString path = pattern.toString();
    return path.replace(QStringLiteral("{id}"), id);
}

ApiRequest request(const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    request.hasBody = method != "GET";
    return request;
}

template<typename Row>
QList<Row> rowsIn(const ApiReply &reply, L field)
{
    auto rows = protocol::json::rowsOf<Row>(reply.json, field);
    return rows ? rows.value() : QList<Row>();
}

} // namespace

CalibrationSessions::CalibrationSessions(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void CalibrationSessions::loadSessions()
{
    m_client.send(request("GET", protocol::paths::Calibrations.toString()), this,
                  [this](const ApiReply &reply) {
                      if (!reply.ok())
                          return Q_EMIT failed(reply.error.message);
                      Q_EMIT sessionsLoaded(
                          rowsIn<protocol::CalibrationSession>(reply, L("sessions")));
                  });
}

void CalibrationSessions::loadScorecards()
{
    m_client.send(request("GET", protocol::paths::Scorecards.toString()), this,
                  [this](const ApiReply &reply) {
                      if (!reply.ok())
                          return Q_EMIT failed(reply.error.message);
                      Q_EMIT scorecardsLoaded(rowsIn<protocol::Scorecard>(reply, L("scorecards")));
                  });
}

void CalibrationSessions::loadSession(const QString &id)
{
    m_client.send(request("GET", sessionPath(protocol::paths::Calibration, id)), this,
                  [this](const ApiReply &reply) {
                      auto session = protocol::CalibrationSession::fromJson(reply.json);
                      if (!reply.ok() || !session)
                          return Q_EMIT failed(reply.error.message);
                      Q_EMIT sessionLoaded(session.value());
                  });
}

void CalibrationSessions::create(const CalibrationDraft &draft)
{
    QJsonArray numbers;
    for (qint64 number : draft.ticketNumbers)
        numbers.append(number);
    const QJsonObject body{{L("name"), draft.name},
                           {L("scorecard_id"), draft.scorecardId},
                           {L("ticket_numbers"), numbers},
                           {L("reviewer_ids"), QJsonArray::fromStringList(draft.reviewerIds)}};
    ApiRequest post = request("POST", protocol::paths::Calibrations.toString(), body);
    // A retry after a lost answer must not start a second session.
    post.headers.append({"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    m_client.send(post, this, [this](const ApiReply &reply) {
        auto session = protocol::CalibrationSession::fromJson(reply.json);
        if (!reply.ok() || !session)
            return Q_EMIT failed(reply.error.message);
        Q_EMIT created(session.value());
    });
}

void CalibrationSessions::score(const QString &sessionId, const QString &ticketId,
                                const QList<protocol::QaAnswer> &answers)
{
    const QJsonObject body{{L("ticket_id"), ticketId},
                           {L("answers"), protocol::json::arrayOf(answers)}};
    m_client.send(request("PUT", sessionPath(protocol::paths::CalibrationScores, sessionId), body),
                  this, [this](const ApiReply &reply) {
                      auto score = protocol::CalibrationScore::fromJson(reply.json);
                      if (!reply.ok() || !score)
                          return Q_EMIT failed(reply.error.message);
                      Q_EMIT scored(score.value());
                  });
}

void CalibrationSessions::loadMyScores(const QString &sessionId)
{
    m_client.send(request("GET", sessionPath(protocol::paths::CalibrationScores, sessionId)), this,
                  [this](const ApiReply &reply) {
                      if (!reply.ok())
                          return Q_EMIT failed(reply.error.message);
                      Q_EMIT myScoresLoaded(rowsIn<protocol::CalibrationScore>(reply, L("scores")));
                  });
}

void CalibrationSessions::close(const QString &sessionId)
{
    m_client.send(request("POST", sessionPath(protocol::paths::CalibrationClose, sessionId)), this,
                  [this](const ApiReply &reply) {
                      auto session = protocol::CalibrationSession::fromJson(reply.json);
                      if (!reply.ok() || !session)
                          return Q_EMIT failed(reply.error.message);
                      Q_EMIT closed(session.value());
                  });
}

void CalibrationSessions::loadResults(const QString &sessionId)
{
    m_client.send(request("GET", sessionPath(protocol::paths::CalibrationResults, sessionId)), this,
                  [this](const ApiReply &reply) {
                      auto results = protocol::CalibrationResults::fromJson(reply.json);
                      if (!reply.ok() || !results)
                          return Q_EMIT failed(reply.error.message);
                      Q_EMIT resultsLoaded(results.value());
                  });
}

void CalibrationSessions::setAgreed(const QString &sessionId, const QString &ticketId,
                                    std::optional<double> score)
{
    const QJsonObject body{{L("ticket_id"), ticketId},
                           {L("score"), protocol::json::numberOrNull(score)}};
    m_client.send(request("PUT", sessionPath(protocol::paths::CalibrationAgreed, sessionId), body),
                  this, [this](const ApiReply &reply) {
                      auto results = protocol::CalibrationResults::fromJson(reply.json);
                      if (!reply.ok() || !results)
                          return Q_EMIT failed(reply.error.message);
                      Q_EMIT resultsLoaded(results.value());
                  });
}

void CalibrationSessions::loadHistory(const QString &reviewerId)
{
    QString path = protocol::paths::CalibrationHistory.toString();
    if (!reviewerId.isEmpty())
        path += u"?reviewer_id=" + reviewerId;
    m_client.send(request("GET", path), this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return Q_EMIT failed(reply.error.message);
        Q_EMIT historyLoaded(rowsIn<protocol::CalibrationHistoryEntry>(reply, L("entries")));
    });
}

QList<CalibrationColleague> CalibrationSessions::colleagues(const LocalStore &store,
                                                            const QString &me)
{
    QList<CalibrationColleague> list;
    auto query = store.read(
        QStringLiteral("SELECT id, json_extract(json, '$.display_name') FROM operators WHERE "
                       "json_extract(json, '$.role') IN ('supervisor', 'trainer', 'admin') AND "
                       "id <> ? ORDER BY 2"),
        {me});
    if (!query)
        return list;
    while (query.value().next())
        list.append({query->value(0).toString(), query->value(1).toString()});
    return list;
}

} // namespace frontline::app

#include "protocol/ApiPaths.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Idempotency.h"
#include "server/api/Routes.h"
#include "server/identity/Caller.h"
#include "server/qa/CalibrationService.h"
#include "server/storage/Store.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

template<typename Value>
HttpResponse valueResponse(const Result<Value> &value, int status = 200)
{
    if (!value)
        return errorResponse(value.error());
    return HttpResponse::json(value->toJson(), status);
}

template<typename Row>
HttpResponse listResponse(const Result<QList<Row>> &list, QLatin1StringView name)
{
    if (!list)
        return errorResponse(list.error());
    return HttpResponse::json(QJsonObject{{name, protocol::json::arrayOf(list.value())}});
}

// POST /qa/calibrations: with an Idempotency-Key a retry gets the first session again; without
// one it runs in its own transaction.
HttpResponse postCalibration(const ApiRequest &request)
{
    auto key = idempotency::requestKey(request, false);
    if (!key)
        return errorResponse(key.error());
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    if (key->isEmpty()) {
        Transaction transaction(*request.caller.store);
        if (!transaction.started())
            return errorResponse(transaction.started().error());
        auto session = CalibrationService::create(request.caller, body.value(), request.now());
        if (session) {
            if (auto committed = transaction.commit(); !committed)
                return errorResponse(committed.error());
        }
        return valueResponse(session, 201);
    }
    const idempotency::CreatedRow row{QLatin1StringView("calibration_sessions"),
                                      QLatin1StringView("lead_id"), [](Store &store, qint64 id) {
                                          return valueResponse(CalibrationService::load(store, id),
                                                               201);
                                      }};
    return idempotency::post(
        request, key.value(), idempotency::ReplayETag::None, row, [&](Store &) {
            return valueResponse(
                CalibrationService::create(request.caller, body.value(), request.now()), 201);
        });
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

HttpResponse getHistory(const ApiRequest &request)
{
    auto reviewer = request.position(QStringLiteral("reviewer_id"), QStringLiteral("not an id"));
    auto from = timeParam(request, QStringLiteral("from"));
    auto to = timeParam(request, QStringLiteral("to"));
    for (const Result<qint64> *each : {&reviewer, &from, &to}) {
        if (!*each)
            return errorResponse(each->error());
    }
    auto limit = request.limit(50, 200);
    if (!limit)
        return errorResponse(limit.error());
    return listResponse(CalibrationService::history(request.caller, {reviewer.value(), from.value(),
                                                                     to.value(), limit.value()}),
                        QLatin1StringView("entries"));
}

HttpResponse getSessions(const ApiRequest &request)
{
    const QString status = request.query(QStringLiteral("status"));
    if (!status.isEmpty() && !protocol::calibrationStatusFromString(status))
        return errorResponse(protocol::json::invalidField(
            QStringLiteral("status"), QStringLiteral("must be open or closed")));
    auto limit = request.limit(100, 500);
    if (!limit)
        return errorResponse(limit.error());
    return listResponse(CalibrationService::list(request.caller, status, limit.value()),
                        QLatin1StringView("sessions"));
}

// A route whose handler reads a JSON body and the session's id.
template<typename Handler>
auto withBody(Handler handler)
{
    return [handler](const ApiRequest &request) {
        auto body = request.jsonBody();
        if (!body)
            return errorResponse(body.error());
        return handler(request, request.param(QStringLiteral("id")), body.value());
    };
}

} // namespace

void registerCalibrationRoutes(ApiRoutes &routes)
{
    // Reviewers calibrate; who reads which session is the service's rule (participants, admins).
    const ApiRoutes::Roles reviewers{Role::Supervisor, Role::Trainer, Role::Admin};
    const auto id = [](const ApiRequest &request) { return request.param(QStringLiteral("id")); };
    routes.add(QStringLiteral("POST"), protocol::paths::Calibrations.toString(), reviewers,
               postCalibration);
    routes.add(QStringLiteral("GET"), protocol::paths::Calibrations.toString(), reviewers,
               getSessions);
    routes.add(QStringLiteral("GET"), protocol::paths::Calibration.toString(), reviewers,
               [id](const ApiRequest &request) {
                   return valueResponse(CalibrationService::get(request.caller, id(request)));
               });
    routes.add(
        QStringLiteral("PUT"), protocol::paths::CalibrationScores.toString(), reviewers,
        withBody([](const ApiRequest &request, const QString &session, const QJsonObject &body) {
            return valueResponse(
                CalibrationService::score(request.caller, session, body, request.now()));
        }));
    routes.add(QStringLiteral("GET"), protocol::paths::CalibrationScores.toString(), reviewers,
               [id](const ApiRequest &request) {
                   return listResponse(CalibrationService::scores(request.caller, id(request)),
                                       QLatin1StringView("scores"));
               });
    routes.add(QStringLiteral("POST"), protocol::paths::CalibrationClose.toString(), reviewers,
               [id](const ApiRequest &request) {
                   return valueResponse(
                       CalibrationService::close(request.caller, id(request), request.now()));
               });
    routes.add(
        QStringLiteral("PUT"), protocol::paths::CalibrationAgreed.toString(), reviewers,
        withBody([](const ApiRequest &request, const QString &session, const QJsonObject &body) {
            return valueResponse(
                CalibrationService::agree(request.caller, session, body, request.now()));
        }));
    routes.add(QStringLiteral("GET"), protocol::paths::CalibrationResults.toString(), reviewers,
               [id](const ApiRequest &request) {
                   return valueResponse(CalibrationService::results(request.caller, id(request)));
               });
    routes.add(QStringLiteral("GET"), protocol::paths::CalibrationHistory.toString(), reviewers,
               getHistory);
}

} // namespace frontline::server

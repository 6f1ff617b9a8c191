#include "protocol/ApiPaths.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Idempotency.h"
#include "server/api/Routes.h"
#include "server/domain/TicketService.h"
#include "server/identity/Caller.h"
#include "server/storage/Workspaces.h"
#include "server/training/ExamService.h"

#include <QHttpServerRequest>
#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;
using L = QLatin1StringView;

// Exams and practice of a sandbox's cohort (issue 19, items 7-10).
const QString Exams = protocol::paths::TrainingExams.toString();
const QString ExamsMine = protocol::paths::TrainingExamsMine.toString();
const QString Exam = protocol::paths::TrainingExam.toString();
const QString ExamStart = protocol::paths::TrainingExamStart.toString();
const QString ExamEnd = protocol::paths::TrainingExamEnd.toString();
const QString ExamEvents = protocol::paths::TrainingExamEvents.toString();
const QString ExamAnswers = protocol::paths::TrainingExamAnswers.toString();

HttpResponse examResponse(const Result<protocol::Exam> &exam, const Caller &caller)
{
    if (!exam)
        return errorResponse(exam.error());
    return HttpResponse::json(exam->toJson(examViewFor(caller))).withETag(exam->version);
}

HttpResponse examList(const Result<QList<protocol::Exam>> &exams, const Caller &caller,
                      int status = 200)
{
    if (!exams)
        return errorResponse(exams.error());
    QJsonArray array;
    for (const protocol::Exam &exam : exams.value())
        array.append(exam.toJson(examViewFor(caller)));
    return HttpResponse::json(QJsonObject{{L("exams"), array}}, status);
}

HttpResponse listExams(ExamService &exams, const ApiRequest &request)
{
    auto limit = request.limit(ExamService::MaxList, ExamService::MaxList);
    if (!limit)
        return errorResponse(limit.error());
    const ExamFilter filter{
        request.query(QStringLiteral("sandbox")), request.query(QStringLiteral("operator_id")),
        request.query(QStringLiteral("state")), request.query(QStringLiteral("mode"))};
    return examList(exams.list(request.caller, filter, limit.value()), request.caller);
}

// The trainee's POSTs come through her desktop's outbox with an Idempotency-Key: a retry gets the
// first answer again, in the transaction that made it.
HttpResponse traineePost(const ApiRequest &request,
                         const std::function<HttpResponse(const QJsonObject &)> &handle)
{
    auto key = idempotency::requestKey(request, false);
    if (!key)
        return errorResponse(key.error());
    QJsonObject body; // the start sends none
    if (!request.http.raw.body().isEmpty()) {
        auto parsed = request.jsonBody();
        if (!parsed)
            return errorResponse(parsed.error());
        body = parsed.value();
    }
    if (key->isEmpty())
        return handle(body);
    return idempotency::postOnce(request, key.value(), [&](Store &) { return handle(body); });
}

} // namespace

Result<void> examAdmitsTicket(const ApiRequest &request, const QString &ticketId)
{
    if (request.caller.workspace == Workspaces::Production)
        return {}; // exams live in sandboxes
    const qint64 id = TicketService::parseId(ticketId);
    if (id == 0)
        return {};
    return ExamService::admitTicket(*request.caller.store, id, request.now());
}

void registerTrainingExamRoutes(ApiRoutes &routes, ExamService &exams)
{
    // The trainer of the sandbox (or an admin) starts, lists, reads and ends exams from
    // production; the trainee takes hers with her sandbox token (docs/api/roles.md, "Exams").
    const ApiRoutes::Roles trainers{Role::Trainer, Role::Admin};
    routes.add(QStringLiteral("POST"), Exams, trainers, [&exams](const ApiRequest &request) {
        auto body = request.jsonBody();
        if (!body)
            return errorResponse(body.error());
        return examList(exams.start(request.caller, body.value()), request.caller, 201);
    });
    routes.add(QStringLiteral("GET"), Exams, trainers,
               [&exams](const ApiRequest &request) { return listExams(exams, request); });
    routes.add(QStringLiteral("GET"), ExamsMine, {Role::Operator},
               [&exams](const ApiRequest &request) {
                   return examList(exams.mine(request.caller), request.caller);
               });
    routes.add(QStringLiteral("GET"), Exam, {Role::Operator, Role::Trainer, Role::Admin},
               [&exams](const ApiRequest &request) {
                   return examResponse(
                       exams.get(request.caller, request.param(QStringLiteral("id"))),
                       request.caller);
               });
    routes.add(QStringLiteral("POST"), ExamStart, {Role::Operator},
               [&exams](const ApiRequest &request) {
                   return traineePost(request, [&](const QJsonObject &) {
                       return examResponse(
                           exams.begin(request.caller, request.param(QStringLiteral("id"))),
                           request.caller);
                   });
               });
    routes.add(QStringLiteral("POST"), ExamEnd, {Role::Operator, Role::Trainer, Role::Admin},
               [&exams](const ApiRequest &request) {
                   return examResponse(
                       exams.end(request.caller, request.param(QStringLiteral("id"))),
                       request.caller);
               });
    routes.add(QStringLiteral("POST"), ExamEvents, {Role::Operator},
               [&exams](const ApiRequest &request) {
                   return traineePost(request, [&](const QJsonObject &body) {
                       auto accepted =
                           exams.report(request.caller, request.param(QStringLiteral("id")), body);
                       if (!accepted)
                           return errorResponse(accepted.error());
                       return HttpResponse::json(QJsonObject{{L("accepted"), accepted.value()}});
                   });
               });
    routes.add(QStringLiteral("POST"), ExamAnswers, {Role::Operator},
               [&exams](const ApiRequest &request) {
                   return traineePost(request, [&](const QJsonObject &body) {
                       return examResponse(
                           exams.answer(request.caller, request.param(QStringLiteral("id")), body),
                           request.caller);
                   });
               });
}

} // namespace frontline::server

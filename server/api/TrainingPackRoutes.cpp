#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/FieldLimits.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/identity/Caller.h"
#include "server/training/ExamService.h"
#include "server/training/PackService.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

// 422 invalid_field naming the first problem, with every problem listed in `problems` (path and
// message) for the pack editor to show beside each field.
HttpResponse problemsResponse(const QList<protocol::PackProblem> &problems)
{
    QStringList lines;
    QJsonArray list;
    for (const protocol::PackProblem &problem : problems) {
        if (list.size() < 200)
            list.append(QJsonObject{{QLatin1StringView("path"), problem.path},
                                    {QLatin1StringView("message"), problem.message}});
        if (lines.size() < 50)
            lines.append(problem.toString());
    }
    QJsonObject error = protocol::errorToJson(Error{QString(protocol::errors::InvalidField),
                                                    lines.join(u'\n'), problems.first().path})
                            .value(u"error")
                            .toObject();
    error.insert(QLatin1StringView("problems"), list);
    return HttpResponse::json(QJsonObject{{QLatin1StringView("error"), error}}, 422);
}

HttpResponse importPack(const ApiRequest &request, PackService &packs)
{
    if (request.http.raw.body().size() > protocol::limits::PackBytes)
        return errorResponse(Error{QString(protocol::errors::PayloadTooLarge),
                                   QStringLiteral("A scenario pack is at most %1 bytes")
                                       .arg(protocol::limits::PackBytes)});
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    QList<protocol::PackProblem> problems;
    const protocol::ScenarioPack pack = protocol::ScenarioPack::readPack(body.value(), &problems);
    if (problems.isEmpty()) {
        auto missing = PackService::missingInWorkspace(*request.caller.store, pack);
        if (!missing)
            return errorResponse(missing.error());
        problems = missing.value();
    }
    if (!problems.isEmpty())
        return problemsResponse(problems);
    auto imported = packs.import(request.caller, pack);
    if (!imported)
        return errorResponse(imported.error());
    return HttpResponse::json(imported->toJson(), 201);
}

} // namespace

void registerTrainingPackRoutes(ApiRoutes &routes, PackService &packs, ExamService &exams)
{
    const ApiRoutes::Roles trainers{Role::Trainer, Role::Admin};
    routes.add(QStringLiteral("POST"), protocol::paths::TrainingPacks.toString(), trainers,
               [&packs](const ApiRequest &request) { return importPack(request, packs); });
    routes.add(QStringLiteral("GET"), protocol::paths::TrainingPacks.toString(), trainers,
               [](const ApiRequest &request) {
                   auto list = PackService::list(*request.caller.store);
                   if (!list)
                       return errorResponse(list.error());
                   QJsonArray array;
                   for (const PackSummary &pack : list.value())
                       array.append(pack.toJson());
                   return HttpResponse::json(QJsonObject{{QLatin1StringView("packs"), array}});
               });
    routes.add(QStringLiteral("GET"), protocol::paths::TrainingPack.toString(), trainers,
               [](const ApiRequest &request) {
                   auto version = request.position(QStringLiteral("version"),
                                                   QStringLiteral("must be a version from 1"));
                   if (!version)
                       return errorResponse(version.error());
                   auto pack = PackService::exportPack(
                       *request.caller.store, request.param(QStringLiteral("id")), version.value());
                   if (!pack)
                       return errorResponse(pack.error());
                   return HttpResponse::json(pack.value());
               });
    routes.add(QStringLiteral("DELETE"), protocol::paths::TrainingPack.toString(), trainers,
               [&exams](const ApiRequest &request) {
                   // An exam not closed yet still reads its pack (issue 19, decision 5b).
                   if (auto unused = exams.checkPackUnused(request.param(QStringLiteral("id")));
                       !unused)
                       return errorResponse(unused.error());
                   auto removed = PackService::remove(*request.caller.store,
                                                      request.param(QStringLiteral("id")));
                   if (!removed)
                       return errorResponse(removed.error());
                   return HttpResponse::text({}, "application/json", 204);
               });
}

} // namespace frontline::server

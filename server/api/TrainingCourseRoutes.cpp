#include "protocol/ApiPaths.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/training/CourseService.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse courseResponse(const Result<protocol::TrainingCourse> &course, int status)
{
    if (!course)
        return errorResponse(course.error());
    return HttpResponse::json(course->toJson(), status).withETag(course->version);
}

HttpResponse courseList(CourseService &courses, const ApiRequest &request)
{
    auto limit = request.limit(200, CourseService::MaxLimit);
    if (!limit)
        return errorResponse(limit.error());
    auto list = courses.list(request.caller, request.query(QStringLiteral("operator_id")),
                             request.query(QStringLiteral("status")), limit.value());
    if (!list)
        return errorResponse(list.error());
    QJsonArray array;
    for (const protocol::TrainingCourse &course : list.value())
        array.append(course.toJson());
    return HttpResponse::json(QJsonObject{{QLatin1StringView("courses"), array}});
}

HttpResponse patchCourse(CourseService &courses, const ApiRequest &request)
{
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    auto version = request.ifMatchVersion(false, QStringLiteral("course"));
    if (!version)
        return errorResponse(version.error());
    return courseResponse(courses.update(request.caller, request.param(QStringLiteral("id")),
                                         version.value(), body.value()),
                          200);
}

} // namespace

void registerTrainingCourseRoutes(ApiRoutes &routes, CourseService &courses)
{
    // Trainers and admins assign and cancel; supervisors read every course; an operator reads
    // and moves only her own (docs/api/roles.md, "Courses").
    routes.add(QStringLiteral("POST"), protocol::paths::TrainingCourses.toString(),
               {Role::Trainer, Role::Admin}, [&courses](const ApiRequest &request) {
                   auto body = request.jsonBody();
                   if (!body)
                       return errorResponse(body.error());
                   return courseResponse(courses.assign(request.caller, body.value()), 201);
               });
    routes.add(QStringLiteral("GET"), protocol::paths::TrainingCourses.toString(),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin},
               [&courses](const ApiRequest &request) { return courseList(courses, request); });
    routes.add(QStringLiteral("GET"), protocol::paths::TrainingCourse.toString(),
               {Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin},
               [&courses](const ApiRequest &request) {
                   return courseResponse(
                       courses.get(request.caller, request.param(QStringLiteral("id"))), 200);
               });
    routes.add(QStringLiteral("PATCH"), protocol::paths::TrainingCourse.toString(),
               {Role::Operator, Role::Trainer, Role::Admin},
               [&courses](const ApiRequest &request) { return patchCourse(courses, request); });
}

} // namespace frontline::server

#include "protocol/TrainingCourse.h"

#include "protocol/EnumNames.h"
#include "protocol/Json.h"

#include <QJsonArray>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

constexpr auto statusNames =
    enumNames<CourseStatus>(std::pair{CourseStatus::Assigned, L("assigned")},
                            std::pair{CourseStatus::Started, L("started")},
                            std::pair{CourseStatus::Completed, L("completed")},
                            std::pair{CourseStatus::Cancelled, L("cancelled")});

} // namespace

QString toString(CourseStatus status)
{
    return statusNames.name(status);
}

std::optional<CourseStatus> courseStatusFromString(QStringView text)
{
    return statusNames.value(text);
}

QJsonObject TrainingCourse::toJson() const
{
    return QJsonObject{
        {L("id"), id},
        {L("operator_id"), operatorId},
        {L("operator_name"), operatorName},
        {L("assigned_by"), assignedBy},
        {L("assigned_by_name"), assignedByName},
        {L("pack_id"), packId},
        {L("scenario_ids"), QJsonArray::fromStringList(scenarioIds)},
        {L("reason"), reason},
        {L("due_date"), dueDate.isValid() ? QJsonValue(dueDate.toString(Qt::ISODate))
                                          : QJsonValue(QJsonValue::Null)},
        {L("status"), toString(status)},
        {L("version"), version},
        {L("created_at"), json::timeOrNull(createdAt)},
        {L("updated_at"), json::timeOrNull(updatedAt)},
    };
}

Result<TrainingCourse> TrainingCourse::fromJson(const QJsonObject &object)
{
    TrainingCourse course;
    auto id = json::requireString(object, L("id"));
    if (!id)
        return id.error();
    course.id = id.value();
    auto operatorId = json::requireString(object, L("operator_id"));
    if (!operatorId)
        return operatorId.error();
    course.operatorId = operatorId.value();
    course.operatorName = json::optionalString(object, L("operator_name"));
    course.assignedBy = json::optionalString(object, L("assigned_by"));
    course.assignedByName = json::optionalString(object, L("assigned_by_name"));
    course.packId = json::optionalString(object, L("pack_id"));
    for (const QJsonValue &scenario : object.value(L("scenario_ids")).toArray())
        course.scenarioIds.append(scenario.toString());
    course.reason = json::optionalString(object, L("reason"));
    const QString due = json::optionalString(object, L("due_date"));
    if (!due.isEmpty()) {
        course.dueDate = QDate::fromString(due, Qt::ISODate);
        if (!course.dueDate.isValid())
            return json::invalidField(QStringLiteral("due_date"),
                                      QStringLiteral("must be a date such as 2026-12-24"));
    }
    const auto status = courseStatusFromString(json::optionalString(object, L("status")));
    if (!status)
        return json::invalidField(QStringLiteral("status"),
                                  QStringLiteral("must be assigned, started, completed or "
                                                 "cancelled"));
    course.status = *status;
    course.version = object.value(L("version")).toInteger(1);
    for (const auto &[field, member] : {std::pair{L("created_at"), &TrainingCourse::createdAt},
                                        std::pair{L("updated_at"), &TrainingCourse::updatedAt}}) {
        auto time = json::optionalTime(object, field);
        if (!time)
            return time.error();
        course.*member = time.value();
    }
    return course;
}

} // namespace frontline::protocol

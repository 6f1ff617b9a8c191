#pragma once

#include "protocol/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace frontline::protocol {

// Where an assigned course stands: the operator starts and completes it, a trainer cancels it.
enum class CourseStatus
{
    Assigned,
    Started,
    Completed,
    Cancelled,
};

QString toString(CourseStatus status);
std::optional<CourseStatus> courseStatusFromString(QStringView text);

// A course of scenarios a trainer assigns an operator from her production figures (issue 19,
// item 10: "recommend that the operator take an individual course"). The scenarios are named by
// their pack's ids, as given; the reason says what in her figures called for it.
struct TrainingCourse
{
    QString id;
    QString operatorId;
    QString operatorName;
    QString assignedBy;
    QString assignedByName;
    QString packId;
    QStringList scenarioIds;
    QString reason;
    QDate dueDate; // null: no due date
    CourseStatus status = CourseStatus::Assigned;
    qint64 version = 1;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<TrainingCourse> fromJson(const QJsonObject &object);
    friend bool operator==(const TrainingCourse &, const TrainingCourse &) = default;
};

} // namespace frontline::protocol

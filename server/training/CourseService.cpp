#include "server/training/CourseService.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/audit/AuditLog.h"
#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"
#include "server/storage/Store.h"
#include "server/training/PackService.h"
#include "server/training/ProductionOnly.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {
namespace {

using protocol::CourseStatus;
using protocol::TrainingCourse;
namespace limits = protocol::limits;

const QString CourseColumns = QStringLiteral(
    "SELECT c.id, c.operator_id, o.display_name, c.assigned_by, a.display_name, c.pack_id, "
    "c.scenario_ids, c.reason, c.due_date, c.status, c.version, c.created_at, c.updated_at FROM "
    "training_courses c JOIN operators o ON o.id = c.operator_id JOIN operators a ON a.id = "
    "c.assigned_by ");

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

TrainingCourse courseFromRow(const QSqlQuery &row)
{
    TrainingCourse course;
    course.id = QString::number(row.value(0).toLongLong());
    course.operatorId = QString::number(row.value(1).toLongLong());
    course.operatorName = row.value(2).toString();
    course.assignedBy = QString::number(row.value(3).toLongLong());
    course.assignedByName = row.value(4).toString();
    course.packId = row.value(5).toString();
    for (const QJsonValue &scenario :
         QJsonDocument::fromJson(row.value(6).toString().toUtf8()).array())
        course.scenarioIds.append(scenario.toString());
    course.reason = row.value(7).toString();
    if (!row.value(8).isNull())
        course.dueDate = QDate::fromString(row.value(8).toString(), Qt::ISODate);
    course.status =
        protocol::courseStatusFromString(row.value(9).toString()).value_or(CourseStatus::Assigned);
    course.version = row.value(10).toLongLong();
    course.createdAt = utc(row.value(11).toLongLong());
    course.updatedAt = utc(row.value(12).toLongLong());
    return course;
}

Error notFound(const QString &id)
{
    return Error{QString(protocol::errors::NotFound), QStringLiteral("No course %1").arg(id)};
}

qint64 idOf(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

// The pack's ids (a pack's and a scenario's), as the pack format writes them.
bool isPackId(const QString &text, qsizetype most)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    return !text.isEmpty() && text.size() <= most && pattern.match(text).hasMatch();
}

// The body of an assignment, every field checked; the operator is checked against the store.
Result<TrainingCourse> assignmentOf(const QJsonObject &body)
{
    using protocol::json::invalidField;
    TrainingCourse course;
    const QJsonValue operatorId = body.value(u"operator_id");
    course.operatorId =
        operatorId.isDouble() ? QString::number(operatorId.toInteger()) : operatorId.toString();
    if (idOf(course.operatorId) == 0)
        return invalidField(QStringLiteral("operator_id"),
                            QStringLiteral("must be an operator's id"));
    course.packId = body.value(u"pack_id").toString();
    if (!isPackId(course.packId, limits::CoursePackId))
        return invalidField(QStringLiteral("pack_id"),
                            QStringLiteral("must be a pack's id: lower-case letters, digits, - "
                                           "and _, at most %1")
                                .arg(limits::CoursePackId));
    const QJsonArray scenarios = body.value(u"scenario_ids").toArray();
    if (scenarios.isEmpty() || scenarios.size() > limits::CourseScenarios)
        return invalidField(
            QStringLiteral("scenario_ids"),
            QStringLiteral("must list 1 to %1 scenarios").arg(limits::CourseScenarios));
    for (const QJsonValue &scenario : scenarios) {
        const QString id = scenario.toString();
        if (!isPackId(id, limits::CourseScenarioId))
            return invalidField(QStringLiteral("scenario_ids"),
                                QStringLiteral("each must be a scenario's id of the pack"));
        if (course.scenarioIds.contains(id))
            return invalidField(QStringLiteral("scenario_ids"),
                                QStringLiteral("%1 is listed twice").arg(id));
        course.scenarioIds.append(id);
    }
    course.reason = body.value(u"reason").toString().trimmed();
    if (course.reason.isEmpty())
        return invalidField(QStringLiteral("reason"),
                            QStringLiteral("is required: say what in her figures calls for it"));
    const QJsonValue due = body.value(u"due_date");
    if (!due.isUndefined() && !due.isNull()) {
        course.dueDate = QDate::fromString(due.toString(), Qt::ISODate);
        if (!course.dueDate.isValid() || due.toString().size() != 10)
            return invalidField(QStringLiteral("due_date"),
                                QStringLiteral("must be a date such as 2026-12-24"));
    }
    return course;
}

// The pack and its scenarios as the workspace holds them now (its newest version): a course
// names what exists when it is assigned (issue 19, decision 5c).
Result<void> checkAgainstPack(Store &store, const TrainingCourse &course)
{
    using protocol::json::invalidField;
    auto stored = PackService::exportPack(store, course.packId, 0);
    if (!stored && stored.error().code == protocol::errors::NotFound)
        return invalidField(QStringLiteral("pack_id"), QStringLiteral("no such scenario pack"));
    if (!stored)
        return stored.error();
    const QJsonArray scenarios = stored->value(u"scenarios").toArray();
    for (const QString &id : course.scenarioIds) {
        const bool known =
            std::any_of(scenarios.begin(), scenarios.end(), [&](const QJsonValue &s) {
                return s.toObject().value(u"id").toString() == id;
            });
        if (!known)
            return invalidField(
                QStringLiteral("scenario_ids"),
                QStringLiteral("%1 is not a scenario of pack %2").arg(id, course.packId));
    }
    return {};
}

const QString CoursesFromProduction = QStringLiteral("Courses are assigned and read");

// Who may move a course where: its operator starts and completes it, trainers and admins cancel
// it.
Result<void> checkRight(const Caller &caller, const TrainingCourse &course, CourseStatus target)
{
    const bool own = course.operatorId == QString::number(caller.operatorId);
    const bool byOperator = target == CourseStatus::Started || target == CourseStatus::Completed;
    if (target == CourseStatus::Assigned || (byOperator && !own) ||
        (target == CourseStatus::Cancelled && caller.role() == protocol::Role::Operator)) {
        return Error{QString(protocol::errors::Forbidden),
                     byOperator
                         ? QStringLiteral("Only the course's operator starts or completes it")
                         : QStringLiteral("Only a trainer or an admin cancels a course")};
    }
    return {};
}

// A completed or cancelled course stays as it is, and a started one is not started again.
Result<void> checkMove(const TrainingCourse &course, CourseStatus target)
{
    const bool open =
        course.status == CourseStatus::Assigned || course.status == CourseStatus::Started;
    if (!open || (target == CourseStatus::Started && course.status != CourseStatus::Assigned)) {
        return Error{
            QString(protocol::errors::Conflict),
            QStringLiteral("Course %1 is %2 and cannot become %3")
                .arg(course.id, protocol::toString(course.status), protocol::toString(target))};
    }
    return {};
}

} // namespace

CourseService::CourseService(ChangeLog &changes, Clock clock)
    : m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<TrainingCourse> CourseService::load(Store &store, qint64 id)
{
    auto query = store.run(CourseColumns + u"WHERE c.id = ?", {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFound(QString::number(id));
    TrainingCourse course = courseFromRow(*query.value());
    query.value()->finish();
    return course;
}

// A course's change reaches the reviewers (supervisors, trainers, admins) and its operator.
Result<qint64> CourseService::announce(Store &store, const TrainingCourse &course,
                                       const QString &op, qint64 nowMs)
{
    const ChangeAudience audience = ChangeAudience::onlyOperator(course.operatorId.toLongLong());
    auto seq = m_changes.append(store, QStringLiteral("training_course"), course.id, op,
                                course.toJson(), audience, nowMs);
    if (!seq)
        return seq.error();
    store.afterCommit([this, workspace = store.workspace(), seq = seq.value(), audience] {
        m_changes.announce(workspace, seq, QStringLiteral("training_course"), audience);
    });
    return seq;
}

Result<TrainingCourse> CourseService::assign(const Caller &caller, const QJsonObject &body)
{
    if (auto production = productionOnly(caller, CoursesFromProduction); !production)
        return production.error();
    auto asked = assignmentOf(body);
    if (!asked)
        return asked.error();
    Store &store = *caller.store;
    if (auto known = checkAgainstPack(store, asked.value()); !known)
        return known.error();
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto known = store.scalar(QStringLiteral("SELECT 1 FROM operators WHERE id = ? AND role = "
                                             "'operator' AND active = 1"),
                              {idOf(asked->operatorId)});
    if (!known)
        return known.error();
    if (known->isNull())
        return protocol::json::invalidField(QStringLiteral("operator_id"),
                                            QStringLiteral("no such operator"));
    const qint64 now = m_clock();
    const QString scenarios =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(asked->scenarioIds))
                              .toJson(QJsonDocument::Compact));
    auto id = store.insert(
        QStringLiteral("INSERT INTO training_courses (operator_id, assigned_by, pack_id, "
                       "scenario_ids, reason, due_date, status, version, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'assigned', 1, ?, ?) RETURNING id"),
        {idOf(asked->operatorId), caller.operatorId, asked->packId, scenarios, asked->reason,
         asked->dueDate.isValid() ? QVariant(asked->dueDate.toString(Qt::ISODate)) : QVariant(),
         now, now});
    if (!id)
        return id.error();
    auto course = load(store, id.value());
    if (!course)
        return course.error();
    if (auto seq = announce(store, course.value(), QStringLiteral("create"), now); !seq)
        return seq.error();
    const AuditLog::Record row{protocol::AuditAction::CourseAssigned,
                               0,
                               idOf(course->operatorId),
                               {{QLatin1StringView("course_id"), course->id},
                                {QLatin1StringView("pack_id"), course->packId},
                                {QLatin1StringView("reason"), course->reason}}};
    if (auto audited = AuditLog::record(store, caller, row, now); !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return course;
}

Result<QList<TrainingCourse>> CourseService::list(const Caller &caller, const QString &operatorId,
                                                  const QString &status, int limit)
{
    if (auto production = productionOnly(caller, CoursesFromProduction); !production)
        return production.error();
    QString where = QStringLiteral("WHERE 1 = 1");
    QVariantList args;
    if (caller.role() == protocol::Role::Operator) {
        where += u" AND c.operator_id = ?";
        args.append(caller.operatorId);
    } else if (!operatorId.isEmpty()) {
        if (idOf(operatorId) == 0)
            return protocol::json::invalidField(QStringLiteral("operator_id"),
                                                QStringLiteral("must be an operator's id"));
        where += u" AND c.operator_id = ?";
        args.append(idOf(operatorId));
    }
    if (!status.isEmpty()) {
        if (!protocol::courseStatusFromString(status))
            return protocol::json::invalidField(
                QStringLiteral("status"),
                QStringLiteral("must be assigned, started, completed or cancelled"));
        where += u" AND c.status = ?";
        args.append(status);
    }
    args.append(limit);
    auto query = caller.store->run(CourseColumns + where + u" ORDER BY c.id DESC LIMIT ?", args);
    if (!query)
        return query.error();
    QList<TrainingCourse> courses;
    while (query.value()->next())
        courses.append(courseFromRow(*query.value()));
    query.value()->finish();
    return courses;
}

Result<TrainingCourse> CourseService::get(const Caller &caller, const QString &id)
{
    if (auto production = productionOnly(caller, CoursesFromProduction); !production)
        return production.error();
    if (idOf(id) == 0)
        return notFound(id);
    auto course = load(*caller.store, idOf(id));
    if (!course)
        return course.error();
    // Another operator's course is as if it did not exist.
    if (caller.role() == protocol::Role::Operator &&
        course->operatorId != QString::number(caller.operatorId))
        return notFound(id);
    return course;
}

Result<TrainingCourse> CourseService::update(const Caller &caller, const QString &id,
                                             qint64 expectedVersion, const QJsonObject &body)
{
    const auto target = protocol::courseStatusFromString(body.value(u"status").toString());
    if (!target)
        return protocol::json::invalidField(
            QStringLiteral("status"), QStringLiteral("must be started, completed or cancelled"));
    const QJsonValue version = body.value(u"version");
    if (expectedVersion == 0 && !version.isUndefined()) {
        if (!version.isDouble() || version.toInteger() <= 0)
            return protocol::json::invalidField(QStringLiteral("version"),
                                                QStringLiteral("must be the course's version"));
        expectedVersion = version.toInteger();
    }
    if (expectedVersion == 0)
        return Error{QString(protocol::errors::PreconditionRequired),
                     QStringLiteral("Send the course's version (or If-Match with its ETag)")};
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto current = get(caller, id);
    if (!current)
        return current.error();
    if (auto allowed = checkRight(caller, current.value(), *target); !allowed)
        return allowed.error();
    if (current->status == *target)
        return current;
    if (current->version != expectedVersion)
        return Error{QString(protocol::errors::VersionMismatch),
                     QStringLiteral("Course %1 is at version %2").arg(id).arg(current->version)};
    if (auto allowed = checkMove(current.value(), *target); !allowed)
        return allowed.error();
    const qint64 now = m_clock();
    auto updated = store.update(QStringLiteral("UPDATE training_courses SET status = ?, version = "
                                               "version + 1, updated_at = ? WHERE id = ? AND "
                                               "version = ?"),
                                {protocol::toString(*target), now, idOf(id), current->version});
    if (!updated)
        return updated.error();
    auto after = load(store, idOf(id));
    if (!after)
        return after.error();
    if (auto seq = announce(store, after.value(), QStringLiteral("update"), now); !seq)
        return seq.error();
    if (*target == CourseStatus::Cancelled) {
        const AuditLog::Record row{protocol::AuditAction::CourseCancelled,
                                   0,
                                   idOf(after->operatorId),
                                   {{QLatin1StringView("course_id"), after->id}}};
        if (auto audited = AuditLog::record(store, caller, row, now); !audited)
            return audited.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return after;
}

} // namespace frontline::server

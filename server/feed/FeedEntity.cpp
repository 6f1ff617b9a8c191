#include "server/feed/FeedEntity.h"

#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"

#include <QStringList>

namespace frontline::server {
namespace {

using Role = protocol::Role;

// The role half of the rule: which roles a reach admits at all.
bool reachesRole(FeedReach reach, Role role)
{
    switch (role) {
    case Role::Supervisor:
    case Role::Admin:
        return true;
    case Role::Operator:
        return reach != FeedReach::Staff;
    case Role::Trainer:
        // Trainers never get customers or conversations: only what is addressed to everyone, what
        // is about themselves, and QA reviews (which carry no customer data).
        return reach == FeedReach::Everyone || reach == FeedReach::Own ||
               reach == FeedReach::Reviews;
    case Role::Integration:
    case Role::Client:
        // A store's account reads its project's figures through the routes; the feed carries it
        // nothing (its live board is poked by the events socket).
        return false;
    }
    return false;
}

// The audience half: which of the admitted non-staff callers a change is addressed to.
bool audienceIncludes(const ChangeAudience &audience, const Caller &caller)
{
    switch (audience.scope) {
    case ChangeAudience::Scope::All:
        return true;
    case ChangeAudience::Scope::Staff:
        return false;
    case ChangeAudience::Scope::Operator:
        return audience.operatorId == caller.operatorId;
    case ChangeAudience::Scope::Ticket:
        if (caller.role() != Role::Operator)
            return false;
        return audience.assigneeId == caller.operatorId ||
               audience.previousAssigneeId == caller.operatorId ||
               (audience.escalationLine >= 2 && audience.escalationLine == caller.profile.line) ||
               (!audience.escalationTeam.isEmpty() &&
                audience.escalationTeam == caller.profile.team) ||
               caller.profile.queues.contains(audience.queueId) ||
               (!audience.previousQueueId.isEmpty() &&
                caller.profile.queues.contains(audience.previousQueueId));
    }
    return false;
}

QString sqlList(const QStringList &kinds)
{
    if (kinds.isEmpty())
        return QStringLiteral("NULL");
    return u'\'' + kinds.join(QStringLiteral("', '")) + u'\'';
}

} // namespace

const QList<FeedEntity> &feedEntities()
{
    static const QList<FeedEntity> all{
        {QLatin1StringView("ticket"), FeedReach::Ticket},
        {QLatin1StringView("message"), FeedReach::Ticket},
        {QLatin1StringView("escalation"), FeedReach::Ticket},
        {QLatin1StringView("customer"), FeedReach::Agents},
        {QLatin1StringView("kb_article"), FeedReach::Everyone},
        {QLatin1StringView("macro"), FeedReach::Everyone},
        // Colleagues' public profiles go to everyone; a capacity change only to its operator.
        {QLatin1StringView("operator"), FeedReach::Everyone},
        {QLatin1StringView("presence"), FeedReach::Own},
        // A customer's score is the operator's own figure, and a KPI for supervisors.
        {QLatin1StringView("csat"), FeedReach::Own},
        // Breaches are the supervisors' figures; operators see the ticket's due times instead.
        {QLatin1StringView("sla_breach"), FeedReach::Staff},
        // A help flag reaches the supervisors it calls, and the operator who raised it.
        {QLatin1StringView("help_flag"), FeedReach::Own},
        // The contract's targets are the supervisors' yardstick; their boards refetch on it.
        {QLatin1StringView("kpi_target"), FeedReach::Staff},
        // The stores the center serves and their queues: the back office's staff keep them;
        // operators and client desktops read GET /projects when they sign in.
        {QLatin1StringView("project"), FeedReach::Staff},
        // QA reviews: the reviewers' (supervisors and trainers) work, and the reviewed operator's
        // own; an operator never learns a colleague's score.
        {QLatin1StringView("qa_review"), FeedReach::Reviews},
        // Courses: the trainers' (and supervisors') work, and the one operator's own course.
        {QLatin1StringView("training_course"), FeedReach::Reviews},
        // Exams (in a sandbox): each change is written twice, the trainee's view to her and the
        // whole exam to the sandbox's trainer; admins and supervisors read both.
        {QLatin1StringView("exam"), FeedReach::Own},
    };
    return all;
}

std::optional<FeedReach> reachOf(QStringView kind)
{
    for (const FeedEntity &entity : feedEntities()) {
        if (entity.kind == kind)
            return entity.reach;
    }
    return std::nullopt;
}

bool feedVisibleTo(QStringView kind, const ChangeAudience &audience, const Caller &caller)
{
    const std::optional<FeedReach> reach = reachOf(kind);
    if (!reach || !reachesRole(*reach, caller.role()))
        return false;
    if (caller.isStaff())
        return true;
    if (*reach == FeedReach::Reviews && caller.role() == Role::Trainer)
        return true;
    if (*reach == FeedReach::Own || *reach == FeedReach::Reviews) {
        return audience.scope == ChangeAudience::Scope::Operator &&
               audience.operatorId == caller.operatorId;
    }
    return audienceIncludes(audience, caller);
}

QString feedKindsByAudience(protocol::Role role)
{
    const bool staff = role == Role::Supervisor || role == Role::Admin;
    QStringList kinds;
    for (const FeedEntity &entity : feedEntities()) {
        if (reachesRole(entity.reach, role) &&
            (staff || (entity.reach != FeedReach::Own && entity.reach != FeedReach::Reviews)))
            kinds << entity.kind;
    }
    return sqlList(kinds);
}

QString feedKindsOwn(protocol::Role role)
{
    const bool staff = role == Role::Supervisor || role == Role::Admin;
    QStringList kinds;
    for (const FeedEntity &entity : feedEntities()) {
        const bool own = entity.reach == FeedReach::Own ||
                         (entity.reach == FeedReach::Reviews && role == Role::Operator);
        if (!staff && own && reachesRole(entity.reach, role))
            kinds << entity.kind;
    }
    return sqlList(kinds);
}

QString feedKindsWhole(protocol::Role role)
{
    QStringList kinds;
    for (const FeedEntity &entity : feedEntities()) {
        if (role == Role::Trainer && entity.reach == FeedReach::Reviews)
            kinds << entity.kind;
    }
    return sqlList(kinds);
}

} // namespace frontline::server

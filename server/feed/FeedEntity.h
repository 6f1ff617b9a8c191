#pragma once

#include "protocol/Operator.h"

#include <QLatin1StringView>
#include <QList>

#include <optional>

namespace frontline::server {

struct Caller;
struct ChangeAudience;

// The most a kind of change may reach; its ChangeAudience (queue, assignee, operator) narrows it.
// docs/api/roles.md, "What the change feed carries to whom", is this table in words.
enum class FeedReach
{
    Everyone, // every role that reads the feed: what is addressed to all (KB, macros, colleagues)
    Agents,   // operators, supervisors and admins: those who may open a customer's card
    Ticket,   // supervisors, admins and the operators the ticket's audience names
    Own,      // supervisors, admins and the one operator the change is about
    Staff,    // supervisors and admins only
    Reviews,  // supervisors, admins and trainers, and the one operator the change is about
};

struct FeedEntity
{
    QLatin1StringView kind; // the `entity` of a change
    FeedReach reach;
};

// Every kind of change the feed carries. ChangeLog refuses to write a kind missing here, so a new
// kind cannot reach anyone until it has a rule (and a row in roles.md: the feed walk checks both).
const QList<FeedEntity> &feedEntities();
std::optional<FeedReach> reachOf(QStringView kind);

// Whether `caller` may see a change of `kind` addressed to `audience`: the rule /changes applies
// in SQL (ChangeLog::read) and the events socket applies to each poke.
bool feedVisibleTo(QStringView kind, const ChangeAudience &audience, const Caller &caller);

// The kinds a role gets through the change's audience, and those it gets only when the change is
// about itself, as SQL string literals ('a', 'b') for ChangeLog::read; "NULL" when none.
QString feedKindsByAudience(protocol::Role role);
QString feedKindsOwn(protocol::Role role);
// The kinds a role other than supervisor and admin gets whatever their audience (trainers:
// FeedReach::Reviews), as SQL string literals; "NULL" when none.
QString feedKindsWhole(protocol::Role role);

} // namespace frontline::server

#pragma once

#include "protocol/Operator.h"

namespace frontline::server {

class Store;

// Who is calling: resolved from the bearer token on every request. Below every capability that
// checks a caller's rights (the feed, the tickets, routing), so none of them needs the accounts.
struct Caller
{
    qint64 operatorId = 0;
    protocol::Operator profile;
    QString workspace;
    QString tokenHash;
    Store *store = nullptr; // the caller's workspace; every query of the request goes here

    protocol::Role role() const { return profile.role; }
    bool isStaff() const
    {
        return role() == protocol::Role::Supervisor || role() == protocol::Role::Admin;
    }
    // A store's account: sees its own project's figures only (docs/api/roles.md).
    bool isClient() const { return role() == protocol::Role::Client; }
    qint64 projectId() const { return profile.projectId.toLongLong(); } // 0: none
};

} // namespace frontline::server

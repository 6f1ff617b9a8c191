#pragma once

#include "protocol/Result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::server {

class Store;
struct Caller;

// What GET /qa/candidates filters on; empty or 0: no filter.
struct QaCandidateFilter
{
    int csatBelow = 0; // a CSAT score under this (1-5)
    std::optional<bool> escalated;
    bool returned = false;      // an escalation the 2nd line or team returned
    qint64 handleTimeOverS = 0; // handle time over this many seconds
    qint64 operatorId = 0;
    QString queue;
    qint64 fromMs = 0; // resolved in [from, to)
    qint64 toMs = 0;
    int limit = 100;
};

// Choosing conversations to review: a seeded random sample of each operator's resolved tickets
// of a week, and the resolved tickets that match filters. Each ticket comes with its figures and
// never with the customer's contact data; trainers do not get its subject either (roles.md).
class QaSampling
{
public:
    // POST /qa/samples {"week":"2026-W49","rate":0.05,"seed":42}: of each operator's tickets
    // resolved in the ISO week, ceil(rate × count) chosen by the seed alone, so the same week,
    // rate and seed always give the same tickets.
    static Result<QJsonObject> sample(const Caller &caller, const QJsonObject &body);
    static Result<QList<QJsonObject>> candidates(const Caller &caller,
                                                 const QaCandidateFilter &filter);

    // One ticket's figures as candidates carry them (any status, assigned or not); not_found
    // when there is no such ticket.
    static Result<QJsonObject> figures(const Caller &caller, qint64 ticketId);

    // The [start, end) of an ISO week "2026-W49" in epoch ms (UTC); invalid_field naming `week`.
    static Result<std::pair<qint64, qint64>> isoWeek(const QString &week);
    // The order the sample takes a ticket in: a hash of the seed and the ticket id alone, so one
    // operator's sample does not depend on anyone else's tickets.
    static quint64 drawKey(qint64 seed, qint64 ticketId);
};

} // namespace frontline::server

#pragma once

#include "protocol/Board.h"
#include "protocol/Result.h"
#include "server/metrics/KpiScope.h"

#include <QJsonObject>

#include <unordered_map>

namespace frontline::server {

class Store;

// What one operator did in a window, before any ratio is taken: the sums a figure is made of,
// so the totals row applies the same formulas to the sums over everyone.
struct OperatorSums
{
    qint64 handled = 0;
    qint64 chats = 0;        // handled tickets of the chat channel
    qint64 handleMs = 0;     // Σ handle time of the handled tickets
    qint64 firstContact = 0; // handled, neither escalated nor followed by a recontact
    qint64 votes = 0;        // CSAT answers
    qint64 satisfied = 0;    // of those, scores of 4 or 5
    qint64 onlineMs = 0;
    qint64 busyMs = 0; // online and holding at least one assignment
    qint64 escalations = 0;
    qint64 escalationsReturned = 0;
    qint64 reviews = 0;      // QA reviews written in the window of the operator's conversations
    double reviewScores = 0; // Σ of their scores (percent)

    OperatorSums &operator+=(const OperatorSums &other);
};

// The handled tickets of one operator in the window and their handle time (docs/kpis.md).
struct HandledSums
{
    qint64 handled = 0;
    qint64 chats = 0;
    qint64 handleMs = 0;
    qint64 firstContact = 0;
    qint64 reviews = 0; // and the QA reviews of the window, which need no handled ticket in it
    double reviewScores = 0;
};

// The supervisor's figures per operator over a window [from, to), as defined in docs/kpis.md,
// computed set-based: a fixed number of queries for every operator at once, whatever their
// number (a center runs 450 on one account). /metrics/operators and the live board both read
// these rows, so they agree by construction. Times are epoch ms; `now` closes open intervals.
// A project's report (docs/kpis.md, "A project's figures") keeps the operators who work its queues
// or had its tickets in the window, and counts every ticket-based figure over its tickets only.
class KpiReport
{
public:
    KpiReport(Store &store, qint64 from, qint64 to, qint64 now, KpiScope scope = {});

    struct Operators
    {
        QList<protocol::BoardOperatorRow> rows; // ordered by name
        protocol::BoardOperatorRow totals;
    };
    Result<Operators> operators();

    // Handled tickets and handle-time sums per operator id: the one place that says what
    // "handled" and "handle time" are, so the source of handle time can change alone.
    Result<std::unordered_map<qint64, HandledSums>> handledByOperator();
    // Escalations each operator made in the window and, of them, those the 2nd line (or the
    // team) returned: (made, returned) per operator id.
    Result<std::unordered_map<qint64, QPair<qint64, qint64>>> escalationsByOperator();

    // The row as GET /metrics/operators gives it.
    static QJsonObject operatorJson(const protocol::BoardOperatorRow &row);

    // FCR: a customer who writes again within this long of a resolution was not helped at once.
    static constexpr qint64 RecontactWindowMs = 24LL * 3600 * 1000;

private:
    struct Interval
    {
        qint64 start;
        qint64 end;
    };
    using Intervals = std::unordered_map<qint64, QList<Interval>>;

    Result<QList<protocol::BoardOperatorRow>> people();
    Result<void> readQueues(QList<protocol::BoardOperatorRow> *rows);
    // Per operator: (count, part) of a `SELECT id, COUNT(*), SUM(...) ... GROUP BY id`.
    Result<std::unordered_map<qint64, QPair<qint64, qint64>>>
    countsAndParts(const QString &sql, const QVariantList &args);
    // Per operator: the intervals of a `SELECT id, start, end` over the window.
    Result<Intervals> intervals(const QString &sql, const QVariantList &args);
    // Sum of the parts of `intervals` inside the window.
    qint64 clippedLength(const QList<Interval> &intervals) const;
    // Sum of the parts of `busy` (merged) that lie inside `online` and the window.
    qint64 busyWhileOnline(QList<Interval> busy, const QList<Interval> &online) const;

    Store &m_store;
    qint64 m_from;
    qint64 m_to; // already capped at `now`
    qint64 m_now;
    KpiScope m_scope;
};

// The figures of a row from its sums (docs/kpis.md), rounded as the API gives them.
void fillFigures(protocol::BoardOperatorRow *row, const OperatorSums &sums);

} // namespace frontline::server

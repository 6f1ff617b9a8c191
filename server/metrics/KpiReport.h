#pragma once

#include "protocol/Result.h"
#include "server/metrics/HandleTime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPair>

namespace frontline::server {

class Store;

// The supervisor's numbers over a time window [from, to), as defined in docs/kpis.md: per
// operator (handled, AHT, FCR, CSAT, utilization, online time, chats per hour, escalations) and
// per queue (waiting, oldest wait, SLA breaches and compliance). Times are epoch milliseconds;
// `now` closes intervals that are still open.
class KpiReport
{
public:
    KpiReport(Store &store, qint64 from, qint64 to, qint64 now);

    Result<QJsonArray> operators();
    Result<QJsonArray> queues();

    // FCR: a customer who writes again within this long of a resolution was not helped at once.
    static constexpr qint64 RecontactWindowMs = 24LL * 3600 * 1000;

private:
    struct Person
    {
        qint64 id;
        QString name;
        QString status;
        int activeChats;
    };
    struct Handled
    {
        qint64 count = 0;
        qint64 chats = 0;
        qint64 handleMs = 0;
        qint64 firstContact = 0; // neither escalated nor followed by a recontact
    };
    Result<QJsonObject> operatorRow(const Person &person);
    Result<Handled> handledBy(qint64 operatorId);
    Result<QPair<qint64, qint64>> countAndPart(const QString &sql, qint64 operatorId);

    struct Interval
    {
        qint64 start;
        qint64 end;
    };
    Result<QList<Interval>> intervals(const QString &sql, qint64 operatorId);
    // Sum of the parts of `intervals` inside the window.
    qint64 clippedLength(const QList<Interval> &intervals) const;
    // Sum of the parts of `busy` (merged) that lie inside `online` and the window.
    qint64 busyWhileOnline(QList<Interval> busy, const QList<Interval> &online) const;

    Store &m_store;
    QHash<qint64, handle_time::HandleSum> m_handleTimes; // by operator id
    qint64 m_from;
    qint64 m_to; // already capped at `now`
    qint64 m_now;
};

} // namespace frontline::server

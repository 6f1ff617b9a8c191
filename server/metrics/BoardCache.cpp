#include "server/metrics/BoardCache.h"

#include "protocol/Board.h"
#include "server/metrics/KpiReport.h"
#include "server/metrics/KpiTargets.h"
#include "server/metrics/QueueKpis.h"
#include "server/storage/Store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <limits>

namespace frontline::server {
namespace {

constexpr qint64 Absent = std::numeric_limits<qint64>::min();

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The change feed's head: every change up to it is in what is read afterwards.
Result<qint64> headSeq(Store &store)
{
    auto seq = store.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!seq)
        return seq.error();
    return seq->toLongLong();
}

} // namespace

BoardCache::BoardCache(qint64 maxAgeMs)
    : m_maxAgeMs(maxAgeMs)
{}

Result<BoardCache::Answer> BoardCache::board(Store &store, const KpiScope &scope,
                                             const Window &window, qint64 now,
                                             std::optional<quint64> waitedFrom)
{
    auto head = headSeq(store);
    if (!head)
        return head.error();
    const Key key{store.workspace(), scope.projectId, window.from.value_or(Absent),
                  window.to.value_or(Absent)};
    if (auto found = m_entries.find(key); found != m_entries.end()) {
        const Entry &entry = found->second;
        const qint64 age = now - entry.computedAt;
        const bool sinceAsked = waitedFrom && entry.computation > *waitedFrom;
        if (entry.asOf <= head.value() && (entry.asOf == head.value() || sinceAsked))
            return Answer{entry.json, true, 0, 0, 0};
        if (entry.asOf < head.value() && age < m_maxAgeMs && !waitedFrom)
            return Answer{{}, false, 0, m_maxAgeMs - std::max<qint64>(0, age), m_computations};
    }
    QElapsedTimer timer;
    timer.start();
    auto json = compute(store, scope, window, head.value(), now);
    if (!json)
        return json.error();
    const double computeMs = double(timer.nsecsElapsed()) / 1e6;
    keep(key, Entry{json.value(), head.value(), now, ++m_computations});
    return Answer{json.value(), false, computeMs, 0, 0};
}

Result<QByteArray> BoardCache::compute(Store &store, const KpiScope &scope, const Window &window,
                                       qint64 asOf, qint64 now)
{
    const qint64 end = window.to.value_or(now);
    const qint64 from = window.from.value_or(end - DefaultWindowMs);
    protocol::Board board;
    board.from = utc(from);
    if (window.to)
        board.to = utc(*window.to);
    board.asOf = asOf;
    board.computedAt = utc(now);
    board.projectId = scope.projectText();

    auto operators = KpiReport(store, from, end, now, scope).operators();
    if (!operators)
        return operators.error();
    board.operators = operators->rows;
    board.operatorTotals = operators->totals;
    auto queues = QueueKpis(store, from, end, now, scope).queues();
    if (!queues)
        return queues.error();
    board.queues = queues->rows;
    board.queueTotals = queues->totals;
    auto targets = kpi_targets::list(store);
    if (!targets)
        return targets.error();
    board.targets = kpi_targets::forWindow(targets.value(), end - from, scope.projectId);
    return QJsonDocument(board.toJson()).toJson(QJsonDocument::Compact);
}

void BoardCache::keep(const Key &key, Entry entry)
{
    if (m_entries.size() >= MaxWindows && !m_entries.contains(key)) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->second.computedAt < oldest->second.computedAt)
                oldest = it;
        }
        m_entries.erase(oldest);
    }
    m_entries[key] = std::move(entry);
}

void BoardCache::invalidate(const QString &workspace)
{
    std::erase_if(m_entries,
                  [&](const auto &entry) { return std::get<0>(entry.first) == workspace; });
}

} // namespace frontline::server

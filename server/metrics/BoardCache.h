#pragma once

#include "protocol/Result.h"
#include "server/metrics/KpiScope.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <map>
#include <optional>
#include <tuple>

namespace frontline::server {

class Store;

// The live board (GET /metrics/board) of a window, computed once for every supervisor watching
// it: their desktops fetch it on each poke of the change feed, so at one change ten supervisors
// ask at once. A board is served again while the change feed has not moved since it was computed.
// Once it has, a board younger than `maxAgeMs` is not computed again: the request waits for the
// rest of that age and then gets a board that includes the change, computed once for everyone
// who waited (a board beyond the feed's head, from a batch that rolled back, is never served).
// Each project's board is a board of its own. Lives on the request thread, like the stores.
class BoardCache
{
public:
    explicit BoardCache(qint64 maxAgeMs);

    // The window as the request gave it: `from` absent is 24 hours before the end, `to` absent is
    // open (now, the live board).
    struct Window
    {
        std::optional<qint64> from;
        std::optional<qint64> to;
    };
    struct Answer
    {
        QByteArray json; // protocol::Board
        bool cached = false;
        double computeMs = 0;   // what computing it took (0 when served again)
        qint64 waitMs = 0;      // > 0: nothing to serve yet; ask again this much later...
        quint64 waitedFrom = 0; // ...passing this as `waitedFrom`
    };
    // The board of `scope` (a project's, or the whole center's) over `window`. `waitedFrom`: the
    // request waited already (since the cache's computation of that number); any board computed
    // since includes what it asks for, else it is computed now.
    Result<Answer> board(Store &store, const KpiScope &scope, const Window &window, qint64 now,
                         std::optional<quint64> waitedFrom = std::nullopt);
    // Owns the timers of waiting requests: they end with the cache.
    QObject *timers() { return &m_timers; }

    // Targets changed: no board of `workspace` computed before is served again.
    void invalidate(const QString &workspace);

    // At most this many windows are kept; the oldest board goes first.
    static constexpr std::size_t MaxWindows = 64;
    static constexpr qint64 DefaultWindowMs = 24LL * 3600 * 1000;

private:
    struct Entry
    {
        QByteArray json;
        qint64 asOf = 0;
        qint64 computedAt = 0;
        quint64 computation = 0; // m_computations when it was made
    };
    // Workspace, project (0: the whole center), from, to (absent: INT64_MIN).
    using Key = std::tuple<QString, qint64, qint64, qint64>;

    static Result<QByteArray> compute(Store &store, const KpiScope &scope, const Window &window,
                                      qint64 asOf, qint64 now);
    void keep(const Key &key, Entry entry);

    qint64 m_maxAgeMs;
    std::map<Key, Entry> m_entries;
    quint64 m_computations = 0; // boards computed so far: orders them in time, whatever the clock
    QObject m_timers;
};

} // namespace frontline::server

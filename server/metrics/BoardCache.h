#pragma once

#include "protocol/Result.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <tuple>

namespace frontline::server {

class Store;

// The live board (GET /metrics/board) of a window, computed once for every supervisor watching
// it: their desktops fetch it on each poke of the change feed, so at one change ten supervisors
// ask at once. A board is served again while it is younger than `maxAgeMs` or the change feed
// has not moved since it was computed (and never when the feed is behind it: a batch that rolled
// back). Lives on the request thread, like the stores.
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
        double computeMs = 0; // what computing it took (0 when served again)
    };
    Result<Answer> board(Store &store, const Window &window, qint64 now);

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
    };
    using Key = std::tuple<QString, qint64, qint64>; // workspace, from, to (absent: INT64_MIN)

    static Result<QByteArray> compute(Store &store, const Window &window, qint64 asOf, qint64 now);
    void keep(const Key &key, Entry entry);

    qint64 m_maxAgeMs;
    std::map<Key, Entry> m_entries;
};

} // namespace frontline::server

#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <array>
#include <map>
#include <tuple>
#include <utility>

namespace frontline::server {

// Request counters and latency histograms of the HTTP front, kept in memory and written in the
// Prometheus text exposition format (0.0.4). Labels are the route's pattern, never the raw path,
// so the number of series stays bounded whatever clients send. Thread-safe: the HTTP thread
// records, the /metrics route on the request thread reads.
class HttpMetrics
{
public:
    // Upper bounds of the latency buckets, in seconds; +Inf is implied.
    static constexpr std::array<double, 12> BucketBounds{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                         0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

    // Upper bounds of the batch size buckets (requests handled under one commit); +Inf implied.
    static constexpr std::array<double, 7> BatchBounds{1, 2, 4, 8, 16, 32, 64};

    void record(const QString &route, const QString &method, int status, double seconds);
    // One batch of `requests` routed requests handled under one commit.
    void recordBatch(std::size_t requests);

    // `frontline_http_requests_total` and `frontline_http_request_duration_seconds`.
    QByteArray exposition() const;

    // A label value with `\`, `"` and newlines escaped, as the format requires.
    static QByteArray escapeLabel(const QString &value);

private:
    struct Histogram
    {
        std::array<quint64, BucketBounds.size()> buckets{}; // per bucket, not yet cumulative
        quint64 count = 0;
        double sum = 0;
    };

    mutable QMutex m_mutex;
    std::map<std::tuple<QString, QString, int>, quint64> m_requests; // route, method, status
    std::map<std::pair<QString, QString>, Histogram> m_durations;    // route, method
    std::array<quint64, BatchBounds.size()> m_batchBuckets{};
    quint64 m_batches = 0;
    quint64 m_batchedRequests = 0;
};

} // namespace frontline::server

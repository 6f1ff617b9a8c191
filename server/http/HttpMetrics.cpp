#include "server/http/HttpMetrics.h"

namespace frontline::server {
namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

QByteArray routeLabels(const QString &route, const QString &method)
{
    return "route=\"" + HttpMetrics::escapeLabel(route) + "\",method=\"" +
           HttpMetrics::escapeLabel(method) + '"';
}

} // namespace

QByteArray HttpMetrics::escapeLabel(const QString &value)
{
    QByteArray escaped = value.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return escaped;
}

void HttpMetrics::record(const QString &route, const QString &method, int status, double seconds)
{
    const QMutexLocker lock(&m_mutex);
    ++m_requests[{route, method, status}];
    Histogram &histogram = m_durations[{route, method}];
    for (std::size_t i = 0; i < BucketBounds.size(); ++i) {
        if (seconds <= BucketBounds[i]) {
            ++histogram.buckets[i];
            break;
        }
    }
    ++histogram.count;
    histogram.sum += seconds;
}

void HttpMetrics::recordBatch(std::size_t requests)
{
    const QMutexLocker lock(&m_mutex);
    for (std::size_t i = 0; i < BatchBounds.size(); ++i) {
        if (double(requests) <= BatchBounds[i]) {
            ++m_batchBuckets[i];
            break;
        }
    }
    ++m_batches;
    m_batchedRequests += requests;
}

QByteArray HttpMetrics::exposition() const
{
    const QMutexLocker lock(&m_mutex);
    QByteArray out;
    out += "# HELP frontline_http_requests_total HTTP requests answered.\n"
           "# TYPE frontline_http_requests_total counter\n";
    for (const auto &[key, count] : m_requests) {
        const auto &[route, method, status] = key;
        out += "frontline_http_requests_total{" + routeLabels(route, method) + ",status=\"" +
               QByteArray::number(status) + "\"} " + QByteArray::number(count) + '\n';
    }
    out += "# HELP frontline_http_request_duration_seconds Time to answer an HTTP request.\n"
           "# TYPE frontline_http_request_duration_seconds histogram\n";
    for (const auto &[key, histogram] : m_durations) {
        const QByteArray labels = routeLabels(key.first, key.second);
        quint64 cumulative = 0;
        for (std::size_t i = 0; i < BucketBounds.size(); ++i) {
            cumulative += histogram.buckets[i];
            out += "frontline_http_request_duration_seconds_bucket{" + labels + ",le=\"" +
                   number(BucketBounds[i]) + "\"} " + QByteArray::number(cumulative) + '\n';
        }
        out += "frontline_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} " +
               QByteArray::number(histogram.count) + '\n';
        out += "frontline_http_request_duration_seconds_sum{" + labels + "} " +
               number(histogram.sum) + '\n';
        out += "frontline_http_request_duration_seconds_count{" + labels + "} " +
               QByteArray::number(histogram.count) + '\n';
    }
    out += "# HELP frontline_http_batch_requests Requests handled together under one commit.\n"
           "# TYPE frontline_http_batch_requests histogram\n";
    quint64 cumulative = 0;
    for (std::size_t i = 0; i < BatchBounds.size(); ++i) {
        cumulative += m_batchBuckets[i];
        out += "frontline_http_batch_requests_bucket{le=\"" + number(BatchBounds[i]) + "\"} " +
               QByteArray::number(cumulative) + '\n';
    }
    out +=
        "frontline_http_batch_requests_bucket{le=\"+Inf\"} " + QByteArray::number(m_batches) + '\n';
    out += "frontline_http_batch_requests_sum " + QByteArray::number(m_batchedRequests) + '\n';
    out += "frontline_http_batch_requests_count " + QByteArray::number(m_batches) + '\n';
    return out;
}

} // namespace frontline::server

#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::protocol {

// One bucket of `GET /api/v1/metrics/series`: what happened in [start, start + bucket) (the last
// bucket ends at the window's end). docs/kpis.md defines each figure.
struct KpiSeriesPoint
{
    QDateTime start;
    qint64 arrived = 0;
    qint64 handled = 0;
    std::optional<double> ahtSeconds;
    std::optional<double> serviceLevel; // 0..1
    std::optional<double> csat;         // 0..100

    QJsonObject toJson() const;
    static Result<KpiSeriesPoint> fromJson(const QJsonObject &object);
    friend bool operator==(const KpiSeriesPoint &, const KpiSeriesPoint &) = default;
};

// The figures of a window bucket by bucket, for one queue (`queueId`) or all (empty).
struct KpiSeries
{
    QDateTime from;
    QDateTime to;
    QString bucket = QStringLiteral("hour"); // hour, day
    QString queueId;
    QList<KpiSeriesPoint> points;

    static constexpr int MaxBuckets = 1000;

    QJsonObject toJson() const;
    static Result<KpiSeries> fromJson(const QJsonObject &object);
    friend bool operator==(const KpiSeries &, const KpiSeries &) = default;
};

// A ticket resolved or closed in a window, with its figures (`GET /api/v1/metrics/tickets`).
struct TicketFigures
{
    QString id;
    qint64 number = 0;
    QString queueId;
    QString channel;
    QString status; // resolved, closed
    QString assigneeId;
    QString assigneeName;
    QDateTime createdAt;
    QDateTime resolvedAt;
    std::optional<double> firstResponseSeconds;
    std::optional<double> handleSeconds;
    double resolutionSeconds = 0;
    qint64 escalations = 0;
    QString escalationOutcome = QStringLiteral("none"); // none, open, accepted, returned, resolved
    std::optional<int> csat;                            // the customer's score, 1..5

    QJsonObject toJson() const;
    static Result<TicketFigures> fromJson(const QJsonObject &object);
    friend bool operator==(const TicketFigures &, const TicketFigures &) = default;
};

// One page of them, by ticket id; `next` (0: the last page) is the `after` of the next one.
struct TicketFiguresPage
{
    QList<TicketFigures> tickets;
    qint64 next = 0;

    static constexpr int MaxLimit = 1000;

    QJsonObject toJson() const;
    static Result<TicketFiguresPage> fromJson(const QJsonObject &object);
};

} // namespace frontline::protocol

#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::protocol {

// One bucket of an operator's production figures for the trainer (`GET
// /api/v1/training/operators/{id}/figures`): the board's figures of [start, end), never a
// customer's data nor a ticket's subject. docs/kpis.md defines each figure.
struct OperatorFiguresBucket
{
    QDateTime start;
    QDateTime end;
    qint64 handled = 0;
    std::optional<double> ahtSeconds;
    std::optional<double> fcr; // 0..1
    qint64 escalations = 0;
    qint64 escalationsReturned = 0;
    std::optional<double> returnedRate; // returned / made, 0..1
    qint64 qaReviews = 0;
    std::optional<double> qaScore; // 0..100: the mean score of the bucket's QA reviews

    QJsonObject toJson() const;
    static Result<OperatorFiguresBucket> fromJson(const QJsonObject &object);
    friend bool operator==(const OperatorFiguresBucket &, const OperatorFiguresBucket &) = default;
};

// An operator's figures over a window, bucket by bucket (`bucket`: day or week).
struct OperatorFigures
{
    QString operatorId;
    QString name;
    QDateTime from;
    QDateTime to;
    QString bucket = QStringLiteral("week");
    QList<OperatorFiguresBucket> buckets;

    // The longest windows a request may ask for, in days, per bucket.
    static constexpr int MaxWeekWindowDays = 366;
    static constexpr int MaxDayWindowDays = 31;

    QJsonObject toJson() const;
    static Result<OperatorFigures> fromJson(const QJsonObject &object);
    friend bool operator==(const OperatorFigures &, const OperatorFigures &) = default;
};

} // namespace frontline::protocol

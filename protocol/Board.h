#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace frontline::protocol {

// One operator's line on the supervisor's live board over a window (docs/kpis.md defines every
// figure; the back office computes them, the desktop only shows them). A ratio is 0..1; a figure
// whose denominator is zero is empty (JSON null).
struct BoardOperatorRow
{
    QString id;
    QString name;
    QString team;
    int line = 1;
    QStringList queues; // queue ids
    int maxChats = 0;
    QString status = QStringLiteral("offline"); // online, break, offline
    QDateTime statusSince;                      // null when the operator never set a status
    QDateTime idleSince; // online with no active chat since then; null otherwise
    int activeChats = 0;
    qint64 handled = 0;
    std::optional<double> ahtSeconds;
    std::optional<double> fcr;
    std::optional<double> csat; // 0..100
    std::optional<double> utilization;
    double onlineSeconds = 0;
    std::optional<double> chatsPerHour;
    qint64 escalations = 0;
    qint64 escalationsReturned = 0;
    std::optional<double> qaScore; // 0..100: the mean score of the window's QA reviews

    QJsonObject toJson() const;
    static Result<BoardOperatorRow> fromJson(const QJsonObject &object);
    friend bool operator==(const BoardOperatorRow &, const BoardOperatorRow &) = default;
};

// One queue's line: what waits now and how the window went.
struct BoardQueueRow
{
    QString id;
    QString name;
    qint64 waiting = 0;
    double oldestWaitSeconds = 0;               // backlog age
    std::optional<double> serviceLevel;         // share answered within the first-response target
    std::optional<double> firstResponseSeconds; // average first response in the window
    qint64 slaBreaches = 0;
    std::optional<double> slaCompliance;
    qint64 arrived = 0;
    qint64 handled = 0;

    QJsonObject toJson() const;
    static Result<BoardQueueRow> fromJson(const QJsonObject &object);
    friend bool operator==(const BoardQueueRow &, const BoardQueueRow &) = default;
};

// A contract's target for one figure, kept on the back office per project and period.
struct KpiTarget
{
    QString figure;                         // a board field name: "aht_seconds", "fcr", ...
    QString period = QStringLiteral("day"); // day, week, month, quarter
    double value = 0;
    bool atMost = false; // true: the figure meets the target at or below it (AHT, waiting)

    bool isMet(double figureValue) const
    {
        return atMost ? figureValue <= value : figureValue >= value;
    }
    QJsonObject toJson() const;
    static Result<KpiTarget> fromJson(const QJsonObject &object);
    friend bool operator==(const KpiTarget &, const KpiTarget &) = default;
};

// `GET /api/v1/metrics/board`: the whole live board for a window [from, to) in one answer, as of
// the change feed's `asOf` seq. The totals rows use the same formulas over everyone (operators)
// and every queue (queues); their ids and names are empty. A project's board (`projectId`) holds
// its queues and the operators who worked them, with its own targets.
struct Board
{
    QString projectId; // empty: the whole center
    QDateTime from;
    QDateTime to;
    qint64 asOf = 0;
    QDateTime computedAt;
    QList<BoardOperatorRow> operators;
    QList<BoardQueueRow> queues;
    BoardOperatorRow operatorTotals;
    BoardQueueRow queueTotals;
    QList<KpiTarget> targets; // those that apply to this window's period

    QJsonObject toJson() const;
    static Result<Board> fromJson(const QJsonObject &object);
    friend bool operator==(const Board &, const Board &) = default;
};

} // namespace frontline::protocol

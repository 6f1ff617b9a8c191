#include "protocol/Board.h"

#include "protocol/Json.h"

#include <QJsonArray>

namespace frontline::protocol {
namespace {

QJsonValue numberOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalNumber(const QJsonObject &object, QLatin1StringView field)
{
    const QJsonValue value = object.value(field);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

qint64 count(const QJsonObject &object, QLatin1StringView field)
{
    return qint64(object.value(field).toDouble());
}

QJsonArray stringArray(const QStringList &items)
{
    QJsonArray array;
    for (const QString &item : items)
        array.append(item);
    return array;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList items;
    for (const QJsonValue &item : value.toArray())
        items.append(item.toString());
    return items;
}

template<typename Row>
Result<QList<Row>> rows(const QJsonObject &object, QLatin1StringView field)
{
    QList<Row> list;
    for (const QJsonValue &item : object.value(field).toArray()) {
        auto row = Row::fromJson(item.toObject());
        if (!row)
            return row.error();
        list.append(row.value());
    }
    return list;
}

template<typename Row>
QJsonArray toArray(const QList<Row> &list)
{
    QJsonArray array;
    for (const Row &row : list)
        array.append(row.toJson());
    return array;
}

} // namespace

QJsonObject BoardOperatorRow::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("name"), name},
        {QLatin1StringView("team"), team},
        {QLatin1StringView("line"), line},
        {QLatin1StringView("queues"), stringArray(queues)},
        {QLatin1StringView("max_chats"), maxChats},
        {QLatin1StringView("status"), status},
        {QLatin1StringView("status_since"), json::timeOrNull(statusSince)},
        {QLatin1StringView("idle_since"), json::timeOrNull(idleSince)},
        {QLatin1StringView("active_chats"), activeChats},
        {QLatin1StringView("handled"), handled},
        {QLatin1StringView("aht_seconds"), numberOrNull(ahtSeconds)},
        {QLatin1StringView("fcr"), numberOrNull(fcr)},
        {QLatin1StringView("csat"), numberOrNull(csat)},
        {QLatin1StringView("utilization"), numberOrNull(utilization)},
        {QLatin1StringView("online_seconds"), onlineSeconds},
        {QLatin1StringView("chats_per_hour"), numberOrNull(chatsPerHour)},
        {QLatin1StringView("escalations"), escalations},
        {QLatin1StringView("escalations_returned"), escalationsReturned},
        {QLatin1StringView("qa_score"), numberOrNull(qaScore)},
    };
}

Result<BoardOperatorRow> BoardOperatorRow::fromJson(const QJsonObject &object)
{
    BoardOperatorRow row;
    row.id = json::optionalString(object, QLatin1StringView("id"));
    row.name = json::optionalString(object, QLatin1StringView("name"));
    row.team = json::optionalString(object, QLatin1StringView("team"));
    row.line = int(count(object, QLatin1StringView("line")));
    row.queues = stringList(object.value(QLatin1StringView("queues")));
    row.maxChats = int(count(object, QLatin1StringView("max_chats")));
    row.status = json::optionalString(object, QLatin1StringView("status"));
    auto since = json::optionalTime(object, QLatin1StringView("status_since"));
    if (!since)
        return since.error();
    row.statusSince = since.value();
    auto idle = json::optionalTime(object, QLatin1StringView("idle_since"));
    if (!idle)
        return idle.error();
    row.idleSince = idle.value();
    row.activeChats = int(count(object, QLatin1StringView("active_chats")));
    row.handled = count(object, QLatin1StringView("handled"));
    row.ahtSeconds = optionalNumber(object, QLatin1StringView("aht_seconds"));
    row.fcr = optionalNumber(object, QLatin1StringView("fcr"));
    row.csat = optionalNumber(object, QLatin1StringView("csat"));
    row.utilization = optionalNumber(object, QLatin1StringView("utilization"));
    row.onlineSeconds = object.value(QLatin1StringView("online_seconds")).toDouble();
    row.chatsPerHour = optionalNumber(object, QLatin1StringView("chats_per_hour"));
    row.escalations = count(object, QLatin1StringView("escalations"));
    row.escalationsReturned = count(object, QLatin1StringView("escalations_returned"));
    row.qaScore = optionalNumber(object, QLatin1StringView("qa_score"));
    return row;
}

QJsonObject BoardQueueRow::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("name"), name},
        {QLatin1StringView("waiting"), waiting},
        {QLatin1StringView("oldest_wait_seconds"), oldestWaitSeconds},
        {QLatin1StringView("service_level"), numberOrNull(serviceLevel)},
        {QLatin1StringView("first_response_seconds"), numberOrNull(firstResponseSeconds)},
        {QLatin1StringView("sla_breaches"), slaBreaches},
        {QLatin1StringView("sla_compliance"), numberOrNull(slaCompliance)},
        {QLatin1StringView("arrived"), arrived},
        {QLatin1StringView("handled"), handled},
    };
}

Result<BoardQueueRow> BoardQueueRow::fromJson(const QJsonObject &object)
{
    BoardQueueRow row;
    row.id = json::optionalString(object, QLatin1StringView("id"));
    row.name = json::optionalString(object, QLatin1StringView("name"));
    row.waiting = count(object, QLatin1StringView("waiting"));
    row.oldestWaitSeconds = object.value(QLatin1StringView("oldest_wait_seconds")).toDouble();
    row.serviceLevel = optionalNumber(object, QLatin1StringView("service_level"));
    row.firstResponseSeconds = optionalNumber(object, QLatin1StringView("first_response_seconds"));
    row.slaBreaches = count(object, QLatin1StringView("sla_breaches"));
    row.slaCompliance = optionalNumber(object, QLatin1StringView("sla_compliance"));
    row.arrived = count(object, QLatin1StringView("arrived"));
    row.handled = count(object, QLatin1StringView("handled"));
    return row;
}

QJsonObject KpiTarget::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("figure"), figure},
        {QLatin1StringView("period"), period},
        {QLatin1StringView("value"), value},
        {QLatin1StringView("at_most"), atMost},
    };
}

Result<KpiTarget> KpiTarget::fromJson(const QJsonObject &object)
{
    KpiTarget target;
    auto figure = json::requireString(object, QLatin1StringView("figure"));
    if (!figure)
        return figure.error();
    target.figure = figure.value();
    target.period = json::optionalString(object, QLatin1StringView("period"));
    if (target.period.isEmpty())
        target.period = QStringLiteral("day");
    const QJsonValue value = object.value(QLatin1StringView("value"));
    if (!value.isDouble())
        return json::invalidField(QStringLiteral("value"), QStringLiteral("must be a number"));
    target.value = value.toDouble();
    target.atMost = object.value(QLatin1StringView("at_most")).toBool();
    return target;
}

QJsonObject Board::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("from"), json::timeOrNull(from)},
        {QLatin1StringView("to"), json::timeOrNull(to)},
        {QLatin1StringView("as_of"), asOf},
        {QLatin1StringView("computed_at"), json::timeOrNull(computedAt)},
        {QLatin1StringView("operators"), toArray(operators)},
        {QLatin1StringView("queues"), toArray(queues)},
        {QLatin1StringView("totals"),
         QJsonObject{{QLatin1StringView("operators"), operatorTotals.toJson()},
                     {QLatin1StringView("queues"), queueTotals.toJson()}}},
        {QLatin1StringView("targets"), toArray(targets)},
    };
}

Result<Board> Board::fromJson(const QJsonObject &object)
{
    Board board;
    for (auto [field, time] : {std::pair{QLatin1StringView("from"), &board.from},
                               std::pair{QLatin1StringView("to"), &board.to},
                               std::pair{QLatin1StringView("computed_at"), &board.computedAt}}) {
        auto value = json::optionalTime(object, field);
        if (!value)
            return value.error();
        *time = value.value();
    }
    board.asOf = count(object, QLatin1StringView("as_of"));
    auto operators = rows<BoardOperatorRow>(object, QLatin1StringView("operators"));
    if (!operators)
        return operators.error();
    board.operators = operators.value();
    auto queues = rows<BoardQueueRow>(object, QLatin1StringView("queues"));
    if (!queues)
        return queues.error();
    board.queues = queues.value();
    const QJsonObject totals = object.value(QLatin1StringView("totals")).toObject();
    auto operatorTotals =
        BoardOperatorRow::fromJson(totals.value(QLatin1StringView("operators")).toObject());
    if (!operatorTotals)
        return operatorTotals.error();
    board.operatorTotals = operatorTotals.value();
    auto queueTotals =
        BoardQueueRow::fromJson(totals.value(QLatin1StringView("queues")).toObject());
    if (!queueTotals)
        return queueTotals.error();
    board.queueTotals = queueTotals.value();
    auto targets = rows<KpiTarget>(object, QLatin1StringView("targets"));
    if (!targets)
        return targets.error();
    board.targets = targets.value();
    return board;
}

} // namespace frontline::protocol

#include "protocol/Board.h"

#include "protocol/Json.h"

#include <QJsonArray>

namespace frontline::protocol {
namespace {

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
        {QLatin1StringView("aht_seconds"), json::numberOrNull(ahtSeconds)},
        {QLatin1StringView("fcr"), json::numberOrNull(fcr)},
        {QLatin1StringView("csat"), json::numberOrNull(csat)},
        {QLatin1StringView("utilization"), json::numberOrNull(utilization)},
        {QLatin1StringView("online_seconds"), onlineSeconds},
        {QLatin1StringView("chats_per_hour"), json::numberOrNull(chatsPerHour)},
        {QLatin1StringView("escalations"), escalations},
        {QLatin1StringView("escalations_returned"), escalationsReturned},
        {QLatin1StringView("qa_score"), json::numberOrNull(qaScore)},
    };
}

Result<BoardOperatorRow> BoardOperatorRow::fromJson(const QJsonObject &object)
{
    BoardOperatorRow row;
    row.id = json::optionalString(object, QLatin1StringView("id"));
    row.name = json::optionalString(object, QLatin1StringView("name"));
    row.team = json::optionalString(object, QLatin1StringView("team"));
    row.line = int(json::countOf(object, QLatin1StringView("line")));
    row.queues = stringList(object.value(QLatin1StringView("queues")));
    row.maxChats = int(json::countOf(object, QLatin1StringView("max_chats")));
    row.status = json::optionalString(object, QLatin1StringView("status"));
    auto since = json::optionalTime(object, QLatin1StringView("status_since"));
    if (!since)
        return since.error();
    row.statusSince = since.value();
    auto idle = json::optionalTime(object, QLatin1StringView("idle_since"));
    if (!idle)
        return idle.error();
    row.idleSince = idle.value();
    row.activeChats = int(json::countOf(object, QLatin1StringView("active_chats")));
    row.handled = json::countOf(object, QLatin1StringView("handled"));
    row.ahtSeconds = json::optionalNumber(object, QLatin1StringView("aht_seconds"));
    row.fcr = json::optionalNumber(object, QLatin1StringView("fcr"));
    row.csat = json::optionalNumber(object, QLatin1StringView("csat"));
    row.utilization = json::optionalNumber(object, QLatin1StringView("utilization"));
    row.onlineSeconds = object.value(QLatin1StringView("online_seconds")).toDouble();
    row.chatsPerHour = json::optionalNumber(object, QLatin1StringView("chats_per_hour"));
    row.escalations = json::countOf(object, QLatin1StringView("escalations"));
    row.escalationsReturned = json::countOf(object, QLatin1StringView("escalations_returned"));
    row.qaScore = json::optionalNumber(object, QLatin1StringView("qa_score"));
    return row;
}

QJsonObject BoardQueueRow::toJson() const
{
    return QJsonObject{
        {QLatin1StringView("id"), id},
        {QLatin1StringView("name"), name},
        {QLatin1StringView("waiting"), waiting},
        {QLatin1StringView("oldest_wait_seconds"), oldestWaitSeconds},
        {QLatin1StringView("service_level"), json::numberOrNull(serviceLevel)},
        {QLatin1StringView("first_response_seconds"), json::numberOrNull(firstResponseSeconds)},
        {QLatin1StringView("sla_breaches"), slaBreaches},
        {QLatin1StringView("sla_compliance"), json::numberOrNull(slaCompliance)},
        {QLatin1StringView("arrived"), arrived},
        {QLatin1StringView("handled"), handled},
    };
}

Result<BoardQueueRow> BoardQueueRow::fromJson(const QJsonObject &object)
{
    BoardQueueRow row;
    row.id = json::optionalString(object, QLatin1StringView("id"));
    row.name = json::optionalString(object, QLatin1StringView("name"));
    row.waiting = json::countOf(object, QLatin1StringView("waiting"));
    row.oldestWaitSeconds = object.value(QLatin1StringView("oldest_wait_seconds")).toDouble();
    row.serviceLevel = json::optionalNumber(object, QLatin1StringView("service_level"));
    row.firstResponseSeconds =
        json::optionalNumber(object, QLatin1StringView("first_response_seconds"));
    row.slaBreaches = json::countOf(object, QLatin1StringView("sla_breaches"));
    row.slaCompliance = json::optionalNumber(object, QLatin1StringView("sla_compliance"));
    row.arrived = json::countOf(object, QLatin1StringView("arrived"));
    row.handled = json::countOf(object, QLatin1StringView("handled"));
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
        {QLatin1StringView("project_id"), projectId},
        {QLatin1StringView("from"), json::timeOrNull(from)},
        {QLatin1StringView("to"), json::timeOrNull(to)},
        {QLatin1StringView("as_of"), asOf},
        {QLatin1StringView("computed_at"), json::timeOrNull(computedAt)},
        {QLatin1StringView("operators"), json::arrayOf(operators)},
        {QLatin1StringView("queues"), json::arrayOf(queues)},
        {QLatin1StringView("totals"),
         QJsonObject{{QLatin1StringView("operators"), operatorTotals.toJson()},
                     {QLatin1StringView("queues"), queueTotals.toJson()}}},
        {QLatin1StringView("targets"), json::arrayOf(targets)},
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
    board.projectId = json::optionalString(object, QLatin1StringView("project_id"));
    board.asOf = json::countOf(object, QLatin1StringView("as_of"));
    auto operators = json::rowsOf<BoardOperatorRow>(object, QLatin1StringView("operators"));
    if (!operators)
        return operators.error();
    board.operators = operators.value();
    auto queues = json::rowsOf<BoardQueueRow>(object, QLatin1StringView("queues"));
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
    auto targets = json::rowsOf<KpiTarget>(object, QLatin1StringView("targets"));
    if (!targets)
        return targets.error();
    board.targets = targets.value();
    return board;
}

} // namespace frontline::protocol

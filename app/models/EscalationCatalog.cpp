#include "app/models/EscalationCatalog.h"

#include "app/store/LocalStore.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace frontline::app {

QList<EscalationReasonInfo> EscalationCatalog::reasons()
{
    // lupdate files these `tr` calls under the class's full name, which is the context to ask.
    auto tr = [](const char *text) {
        return QCoreApplication::translate("frontline::app::EscalationCatalog", text);
    };
    return {
        {QStringLiteral("payment_dispute"), tr("Payment dispute"), true},
        {QStringLiteral("technical_issue"), tr("Technical issue"), true},
        {QStringLiteral("damaged_goods"), tr("Damaged goods over 50,000 RUB"), true},
        {QStringLiteral("refund_approval"), tr("Refund or compensation approval"), true},
        {QStringLiteral("courier_complaint"), tr("Courier complaint"), true},
        {QStringLiteral("vip_customer"), tr("VIP customer"), false},
        {QStringLiteral("legal_threat"), tr("Legal threat"), true},
        {QStringLiteral("lost_shipment"), tr("Lost or stuck shipment"), true},
    };
}

std::optional<EscalationReasonInfo> EscalationCatalog::reason(const QString &code)
{
    for (const EscalationReasonInfo &info : reasons()) {
        if (info.code == code)
            return info;
    }
    return std::nullopt;
}

namespace {

bool isStaff(const protocol::Operator &me)
{
    return me.role == protocol::Role::Supervisor || me.role == protocol::Role::Admin;
}

} // namespace

QList<int> EscalationCatalog::lines(const LocalStore &store, const protocol::Operator &me)
{
    QList<int> lines;
    auto query = store.read(
        QStringLiteral("SELECT DISTINCT json_extract(json, '$.line') FROM operators WHERE "
                       "json_extract(json, '$.role') = 'operator' AND json_extract(json, '$.line') "
                       "> ? ORDER BY 1"),
        {isStaff(me) ? 1 : me.line});
    while (query && query.value().next())
        lines.append(query->value(0).toInt());
    return lines;
}

QStringList EscalationCatalog::teams(const LocalStore &store, const protocol::Operator &me)
{
    QStringList teams;
    auto query = store.read(
        QStringLiteral("SELECT DISTINCT json_extract(json, '$.team') FROM operators WHERE "
                       "json_extract(json, '$.role') = 'operator' AND json_extract(json, '$.team') "
                       "<> '' AND json_extract(json, '$.team') <> COALESCE(?, '') ORDER BY 1"),
        {isStaff(me) ? QString() : me.team});
    while (query && query.value().next())
        teams.append(query->value(0).toString());
    return teams;
}

std::optional<protocol::Escalation> EscalationCatalog::latestFor(const LocalStore &store,
                                                                 const QString &ticketId)
{
    // A local echo has no created_at yet and is the newest.
    auto query = store.read(
        QStringLiteral("SELECT json, status FROM escalations WHERE ticket_id = ? ORDER BY "
                       "json_extract(json, '$.created_at') IS NULL DESC, "
                       "json_extract(json, '$.created_at') DESC, rowid DESC LIMIT 1"),
        {ticketId});
    if (!query || !query.value().next())
        return std::nullopt;
    return fromCache(QJsonDocument::fromJson(query->value(0).toByteArray()).object(),
                     query->value(1).toString());
}

protocol::Escalation EscalationCatalog::fromCache(const QJsonObject &json, const QString &status)
{
    // Read leniently: a local echo carries only what the operator asked for.
    protocol::Escalation e;
    e.id = json.value(u"id").toString();
    e.ticketId = json.value(u"ticket_id").toString();
    e.fromOperatorId = json.value(u"from_operator_id").toString();
    e.targetLine = json.value(u"target_line").toInt();
    e.targetTeam = json.value(u"target_team").toString();
    e.reasonCode = json.value(u"reason_code").toString();
    e.note = json.value(u"note").toString();
    e.priority = json.value(u"priority").toString(QStringLiteral("normal"));
    e.handledBy = json.value(u"handled_by").toString();
    e.returnReason = json.value(u"return_reason").toString();
    e.resolutionNote = json.value(u"resolution_note").toString();
    e.version = json.value(u"version").toInteger();
    e.createdAt = QDateTime::fromString(json.value(u"created_at").toString(), Qt::ISODateWithMs);
    // The status column carries a local change not yet delivered.
    e.status = protocol::escalationStatusFromString(status).value_or(
        protocol::escalationStatusFromString(json.value(u"status").toString())
            .value_or(protocol::EscalationStatus::Open));
    return e;
}

} // namespace frontline::app

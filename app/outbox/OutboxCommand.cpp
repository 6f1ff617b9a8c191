#include "app/outbox/OutboxCommand.h"

#include "protocol/ApiPaths.h"

#include <QUrl>

#include <QList>
#include <QMetaEnum>

namespace frontline::app::outbox {
namespace paths = protocol::paths;

namespace {

Declaration declare(Kind kind)
{
    switch (kind) {
    case Kind::SendMessage:
        return {kind,
                u"send_message",
                "POST",
                paths::TicketMessages,
                Body::Payload,
                Guard::IdempotencyKey,
                Delivery::Message,
                Refusal::MarkMessageFailed,
                Stale::NotVersioned,
                Overlay::ReplyOpensTicket,
                {}};
    case Kind::UpdateTicket:
        return {kind,
                u"update_ticket",
                "PATCH",
                paths::Ticket,
                Body::Changes,
                Guard::IfMatch,
                Delivery::Ticket,
                Refusal::ShowServerTicket,
                Stale::RefetchTicket,
                Overlay::Changes,
                u"ticket"};
    case Kind::Claim:
        return {kind,
                u"claim",
                "POST",
                paths::TicketClaim,
                Body::Empty,
                Guard::IdempotencyKey,
                Delivery::Ticket,
                Refusal::ShowServerTicket,
                Stale::NotVersioned,
                Overlay::Assignee,
                u"ticket"};
    case Kind::Escalate:
        return {kind,
                u"escalate",
                "POST",
                paths::TicketEscalations,
                Body::Payload,
                Guard::IdempotencyKey,
                Delivery::Escalation,
                Refusal::DropEscalation,
                Stale::NotVersioned,
                Overlay::None,
                u"escalation"};
    case Kind::UpdateEscalation:
        return {kind,
                u"update_escalation",
                "PATCH",
                paths::Escalation,
                Body::Changes,
                Guard::IfMatchWhenVersioned,
                Delivery::Escalation,
                Refusal::KeepEcho,
                Stale::KeepAsConflict,
                Overlay::None,
                u"escalation"};
    case Kind::SetPresence:
        return {kind,
                u"set_presence",
                "PUT",
                paths::Presence,
                Body::Payload,
                Guard::Repeatable,
                Delivery::Presence,
                Refusal::KeepEcho,
                Stale::NotVersioned,
                Overlay::None,
                {}};
    case Kind::KbUsage:
        return {kind,
                u"kb_usage",
                "POST",
                paths::TicketKbUsage,
                Body::Payload,
                Guard::Repeatable,
                Delivery::Nothing,
                Refusal::KeepEcho,
                Stale::NotVersioned,
                Overlay::None,
                {}};
    }
    Q_UNREACHABLE();
}

// Every Kind, in the enum's order (Q_ENUM_NS lists them), so no second list can fall behind.
const QList<Declaration> &declarations()
{
    static const QList<Declaration> all = [] {
        const QMetaEnum kinds = QMetaEnum::fromType<Kind>();
        QList<Declaration> table;
        for (int i = 0; i < kinds.keyCount(); ++i) {
            Q_ASSERT(kinds.value(i) == i);
            table.append(declare(Kind(kinds.value(i))));
        }
        return table;
    }();
    return all;
}

} // namespace

const Declaration &declaration(Kind kind)
{
    return declarations().at(qsizetype(kind));
}

std::optional<Kind> kindNamed(QStringView name)
{
    for (const Declaration &declared : declarations()) {
        if (declared.name == name)
            return declared.kind;
    }
    return std::nullopt;
}

QString nameOf(Kind kind)
{
    return declaration(kind).name.toString();
}

QStringList ticketOverlayNames()
{
    QStringList names;
    for (const Declaration &declared : declarations()) {
        if (declared.overlay != Overlay::None)
            names.append(declared.name.toString());
    }
    return names;
}

bool overlay(const Declaration &declaration, const QJsonObject &payload, QJsonObject &shown)
{
    switch (declaration.overlay) {
    case Overlay::None:
        return false;
    case Overlay::ReplyOpensTicket:
        // The back office opens a new ticket on its first public reply: show that now, so a
        // status change queued after the reply is based on what the server will have.
        if (!payload.value(u"internal").toBool() && shown.value(u"status").toString() == u"new")
            shown.insert(QStringLiteral("status"), QStringLiteral("open"));
        return false;
    case Overlay::Assignee:
        shown.insert(QStringLiteral("assignee_id"), payload.value(u"assignee_id"));
        return true;
    case Overlay::Changes: {
        const QJsonObject changes = payload.value(u"changes").toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            shown.insert(it.key(), it.value());
        return true;
    }
    }
    Q_UNREACHABLE();
}

QString pathFor(const Declaration &declaration, const QString &targetId)
{
    QString path = declaration.path.toString();
    return path.replace(QLatin1StringView("{id}"),
                        QString::fromLatin1(QUrl::toPercentEncoding(targetId)));
}

} // namespace frontline::app::outbox

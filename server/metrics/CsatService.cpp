#include "server/metrics/CsatService.h"

#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QSqlQuery>

namespace frontline::server {
namespace {

QJsonObject responseJson(qint64 ticketId, int score, const QString &comment, qint64 receivedAt)
{
    return {{QLatin1StringView("ticket_id"), QString::number(ticketId)},
            {QLatin1StringView("score"), score},
            {QLatin1StringView("comment"), comment},
            {QLatin1StringView("received_at"), protocol::json::timeOrNull(sql::time(receivedAt))}};
}

} // namespace

CsatService::CsatService(ChangeLog &changes, Clock clock)
    : m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<CsatResult> CsatService::record(Store &store, const QJsonObject &body)
{
    const QJsonValue ticketValue = body.value(QLatin1StringView("ticket_id"));
    const qint64 ticketId =
        ticketValue.isString() ? TicketService::parseId(ticketValue.toString()) : 0;
    if (ticketId == 0)
        return protocol::json::invalidField(QStringLiteral("ticket_id"),
                                            QStringLiteral("must be a ticket id"));
    const QJsonValue scoreValue = body.value(QLatin1StringView("score"));
    const double scoreNumber = scoreValue.toDouble(-1);
    if (!scoreValue.isDouble() || scoreNumber != double(int(scoreNumber)) || scoreNumber < 1 ||
        scoreNumber > 5)
        return protocol::json::invalidField(QStringLiteral("score"),
                                            QStringLiteral("must be a whole number 1-5"));
    const int score = int(scoreNumber);
    const QJsonValue commentValue = body.value(QLatin1StringView("comment"));
    if (!commentValue.isUndefined() && !commentValue.isNull() &&
        !commentValue.isString()) // its length: protocol/FieldLimits.h, before the route
        return protocol::json::invalidField(QStringLiteral("comment"),
                                            QStringLiteral("must be a string"));
    const QString comment = commentValue.toString();

    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto previous =
        store.run(QStringLiteral(
                      "SELECT score, comment, received_at FROM csat_responses WHERE ticket_id = ?"),
                  {ticketId});
    if (!previous)
        return previous.error();
    if (previous.value()->next()) {
        CsatResult replay{responseJson(ticketId, previous.value()->value(0).toInt(),
                                       previous.value()->value(1).toString(),
                                       previous.value()->value(2).toLongLong()),
                          true};
        previous.value()->finish();
        return replay;
    }
    auto ticket = store.run(QStringLiteral("SELECT status, assignee_id FROM tickets "
                                           "WHERE id = ?"),
                            {ticketId});
    if (!ticket)
        return ticket.error();
    if (!ticket.value()->next()) {
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No ticket %1").arg(ticketId)};
    }
    const QString status = ticket.value()->value(0).toString();
    const qint64 assignee = ticket.value()->value(1).toLongLong();
    ticket.value()->finish();
    if (status != u"resolved" && status != u"closed") {
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("Ticket %1 is %2: a score comes after resolution")
                         .arg(ticketId)
                         .arg(status)};
    }
    const qint64 now = m_clock();
    auto stored = store.run(
        QStringLiteral("INSERT INTO csat_responses (ticket_id, score, comment, operator_id, "
                       "received_at) VALUES (?, ?, ?, ?, ?)"),
        {ticketId, score, comment, sql::nullableId(assignee), now});
    if (!stored)
        return stored.error();
    const QJsonObject json = responseJson(ticketId, score, comment, now);
    // Supervisors see scores as they come; the operator's own client learns theirs, and no
    // colleague does (the feed's rule for csat, FeedEntity.cpp).
    const ChangeAudience audience = ChangeAudience::onlyOperator(assignee);
    auto seq = m_changes.append(store, QStringLiteral("csat"), QString::number(ticketId),
                                QStringLiteral("create"), json, audience, now);
    if (!seq)
        return seq.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_changes.announce(store.workspace(), seq.value(), QStringLiteral("csat"), audience);
    return CsatResult{json, false};
}

} // namespace frontline::server

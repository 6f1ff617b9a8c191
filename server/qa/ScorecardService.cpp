#include "server/qa/ScorecardService.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace frontline::server {
namespace {

const QString VersionColumns =
    QStringLiteral("SELECT v.scorecard_id, v.version, v.name, v.channel, v.locale, v.sections, "
                   "v.created_at FROM scorecard_versions v ");

protocol::Scorecard cardFromRow(const QSqlQuery &row)
{
    protocol::Scorecard card;
    card.id = QString::number(row.value(0).toLongLong());
    card.version = row.value(1).toLongLong();
    // The sections were checked when the version was written; read them back through the same
    // rules so the wire type never holds a card the API would refuse.
    QJsonObject body{{QLatin1StringView("name"), row.value(2).toString()},
                     {QLatin1StringView("locale"), row.value(4).toString()},
                     {QLatin1StringView("sections"),
                      QJsonDocument::fromJson(row.value(5).toByteArray()).array()}};
    if (!row.value(3).isNull())
        body.insert(QLatin1StringView("channel"), row.value(3).toString());
    if (auto parsed = protocol::scorecardFromRequest(body))
        card = parsed.value();
    card.id = QString::number(row.value(0).toLongLong());
    card.version = row.value(1).toLongLong();
    card.updatedAt = sql::time(row.value(6));
    return card;
}

Error notFound(const QString &id, qint64 version)
{
    return Error{QString(protocol::errors::NotFound),
                 version > 0 ? QStringLiteral("No version %2 of scorecard %1").arg(id).arg(version)
                             : QStringLiteral("No scorecard %1").arg(id)};
}

QByteArray sectionsText(const protocol::Scorecard &card)
{
    return QJsonDocument(card.toRequestJson().value(u"sections").toArray())
        .toJson(QJsonDocument::Compact);
}

} // namespace

ScorecardService::ScorecardService(Clock clock)
    : m_clock(std::move(clock))
{}

Result<QList<protocol::Scorecard>> ScorecardService::list(const Caller &caller)
{
    auto query = caller.store->run(VersionColumns + u"JOIN scorecards s ON s.id = v.scorecard_id "
                                                    u"AND s.version = v.version ORDER BY v.name, "
                                                    u"v.scorecard_id");
    if (!query)
        return query.error();
    QList<protocol::Scorecard> cards;
    while (query.value()->next())
        cards.append(cardFromRow(*query.value()));
    query.value()->finish();
    return cards;
}

Result<protocol::Scorecard> ScorecardService::load(Store &store, const QString &id, qint64 version)
{
    bool ok = false;
    const qint64 cardId = id.toLongLong(&ok);
    if (!ok || cardId <= 0)
        return notFound(id, version);
    auto query = version > 0
                     ? store.run(VersionColumns + u"WHERE v.scorecard_id = ? AND v.version = ?",
                                 {cardId, version})
                     : store.run(VersionColumns + u"JOIN scorecards s ON s.id = v.scorecard_id AND "
                                                  u"s.version = v.version WHERE v.scorecard_id = ?",
                                 {cardId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFound(id, version);
    protocol::Scorecard card = cardFromRow(*query.value());
    query.value()->finish();
    return card;
}

Result<void> ScorecardService::addVersion(Store &store, qint64 id, qint64 version, qint64 authorId,
                                          const protocol::Scorecard &card, qint64 nowMs)
{
    auto added = store.update(
        QStringLiteral("INSERT INTO scorecard_versions (scorecard_id, version, name, channel, "
                       "locale, sections, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, version, card.name, sql::nullableText(card.channel), card.locale,
         QString::fromUtf8(sectionsText(card)), sql::nullableId(authorId), nowMs});
    if (!added)
        return added.error();
    return {};
}

Result<protocol::Scorecard> ScorecardService::insert(Store &store, qint64 authorId,
                                                     const protocol::Scorecard &card, qint64 nowMs)
{
    auto id = store.insert(QStringLiteral("INSERT INTO scorecards (version, created_at, "
                                          "updated_at) VALUES (1, ?, ?) RETURNING id"),
                           {nowMs, nowMs});
    if (!id)
        return id.error();
    if (auto added = addVersion(store, id.value(), 1, authorId, card, nowMs); !added)
        return added.error();
    return load(store, QString::number(id.value()), 1);
}

Result<protocol::Scorecard> ScorecardService::create(const Caller &caller, const QJsonObject &body)
{
    auto card = protocol::scorecardFromRequest(body);
    if (!card)
        return card.error();
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto count = store.scalar(QStringLiteral("SELECT COUNT(*) FROM scorecards"));
    if (!count)
        return count.error();
    if (count.value().toLongLong() >= protocol::limits::ScorecardsEach) {
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("The workspace has %1 scorecards, the most it keeps")
                         .arg(protocol::limits::ScorecardsEach)};
    }
    auto created = insert(store, caller.operatorId, card.value(), m_clock());
    if (!created)
        return created.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

Result<protocol::Scorecard> ScorecardService::replace(const Caller &caller, const QString &id,
                                                      const QJsonObject &body)
{
    auto card = protocol::scorecardFromRequest(body);
    if (!card)
        return card.error();
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto current = load(store, id, 0);
    if (!current)
        return current.error();
    const qint64 next = current->version + 1;
    const qint64 now = m_clock();
    auto bumped = store.update(
        QStringLiteral("UPDATE scorecards SET version = ?, updated_at = ? WHERE id = ?"),
        {next, now, current->id.toLongLong()});
    if (!bumped)
        return bumped.error();
    if (auto added =
            addVersion(store, current->id.toLongLong(), next, caller.operatorId, card.value(), now);
        !added)
        return added.error();
    auto replaced = load(store, id, next);
    if (!replaced)
        return replaced.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return replaced;
}

} // namespace frontline::server

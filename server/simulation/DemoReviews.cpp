#include "server/simulation/DemoReviews.h"

#include "protocol/Scorecard.h"
#include "server/qa/QaReviewService.h"
#include "server/qa/ScorecardService.h"
#include "server/storage/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace frontline::server {
namespace {

constexpr int ReviewsPerOperator = 4;

struct Handled
{
    qint64 ticketId;
    QString channel;
    qint64 resolvedAt;
};

// The cards by "channel/locale" ("chat/ru").
Result<QHash<QString, protocol::Scorecard>> importScorecards(Store &store, qint64 now)
{
    QFile file(QStringLiteral(":/demo/scorecards.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("demo_data"), QStringLiteral("no demo scorecards")};
    QHash<QString, protocol::Scorecard> cards;
    for (const QJsonValue &item : QJsonDocument::fromJson(file.readAll()).array()) {
        auto card = protocol::scorecardFromRequest(item.toObject());
        if (!card)
            return card.error();
        auto inserted = ScorecardService::insert(store, 0, card.value(), now);
        if (!inserted)
            return inserted.error();
        cards.insert(inserted->channel + u'/' + inserted->locale, inserted.value());
    }
    return cards;
}

// Mostly good work, as in a center that passes its QA: now and then a point lost, rarely a
// critical miss, N/A where a criterion often does not apply.
QJsonArray answersFor(const protocol::Scorecard &card, demo::Random &random)
{
    QJsonArray answers;
    for (const protocol::ScorecardCriterion &criterion : card.criteria()) {
        QJsonValue value;
        const auto [least, most] = protocol::qaScaleRange(criterion.scale);
        if (criterion.naAllowed && random.chance(0.2))
            value = QJsonValue::Null;
        else if (criterion.critical)
            value = random.chance(0.03) ? least : most - (random.chance(0.3) ? 1 : 0);
        else
            value = random.chance(0.75) ? most : std::max(least, most - 1 - random.below(2));
        answers.append(QJsonObject{{QLatin1StringView("criterion_id"), criterion.id},
                                   {QLatin1StringView("value"), value}});
    }
    return answers;
}

Result<QHash<qint64, QList<Handled>>> handledByOperator(Store &store,
                                                        QHash<qint64, QString> &locale)
{
    auto query = store.run(QStringLiteral(
        "SELECT t.assignee_id, o.locale, t.id, t.channel, t.resolved_at FROM tickets t JOIN "
        "operators o ON o.id = t.assignee_id WHERE t.status IN ('resolved', 'closed') AND "
        "o.role = 'operator' AND t.resolved_at IS NOT NULL ORDER BY t.assignee_id, t.id"));
    if (!query)
        return query.error();
    QHash<qint64, QList<Handled>> handled;
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        locale.insert(row.value(0).toLongLong(), row.value(1).toString());
        handled[row.value(0).toLongLong()].append(
            {row.value(2).toLongLong(), row.value(3).toString(), row.value(4).toLongLong()});
    }
    query.value()->finish();
    return handled;
}

Result<qint64> idOf(Store &store, const QString &username)
{
    auto id =
        store.scalar(QStringLiteral("SELECT id FROM operators WHERE username = ?"), {username});
    if (!id)
        return id.error();
    return id.value().toLongLong();
}

} // namespace

Result<int> seedDemoReviews(Store &store, ChangeLog &changes, demo::Random &random, qint64 now)
{
    auto cards = importScorecards(store, now - 30 * demo::Day);
    if (!cards)
        return cards.error();
    auto supervisor = idOf(store, QStringLiteral("sofia"));
    auto trainer = idOf(store, QStringLiteral("tanya"));
    if (!supervisor || !trainer)
        return !supervisor ? supervisor.error() : trainer.error();
    QHash<qint64, QString> locales;
    auto handled = handledByOperator(store, locales);
    if (!handled)
        return handled.error();
    QaReviewService reviews(changes, [now] { return now; });
    int written = 0;
    for (auto it = handled->begin(); it != handled->end(); ++it) {
        QList<Handled> tickets = it.value();
        for (int n = 0; n < ReviewsPerOperator && !tickets.isEmpty(); ++n) {
            const Handled ticket = tickets.takeAt(random.below(int(tickets.size())));
            const QString channel =
                ticket.channel == u"email" ? QStringLiteral("email") : QStringLiteral("chat");
            const QString locale =
                locales.value(it.key()) == u"ru" ? QStringLiteral("ru") : QStringLiteral("en");
            const protocol::Scorecard card = cards->value(channel + u'/' + locale);
            const QJsonObject body{
                {QLatin1StringView("ticket_id"), QString::number(ticket.ticketId)},
                {QLatin1StringView("scorecard_id"), card.id},
                {QLatin1StringView("answers"), answersFor(card, random)}};
            // Reviewed a day after the conversation, never in the future.
            const qint64 at = std::min(now, ticket.resolvedAt + demo::Day);
            auto review =
                reviews.insert(store, n % 2 == 0 ? supervisor.value() : trainer.value(), body, at);
            if (!review)
                return review.error();
            ++written;
        }
    }
    return written;
}

} // namespace frontline::server

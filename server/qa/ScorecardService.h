#pragma once

#include "protocol/Scorecard.h"
#include "server/clock/Clock.h"

#include <QJsonObject>
#include <QList>

namespace frontline::server {

class Store;
struct Caller;

// QA scorecards in versions. A PUT adds a version and never changes one, so a review keeps
// exactly the card it was scored with and an old version stays readable.
class ScorecardService
{
public:
    explicit ScorecardService(Clock clock);

    // Every card in its current version, by name.
    Result<QList<protocol::Scorecard>> list(const Caller &caller);
    // `version` 0: the current one. A card or version that does not exist is not_found.
    static Result<protocol::Scorecard> load(Store &store, const QString &id, qint64 version);
    // invalid_field (422) from protocol::scorecardFromRequest; conflict (409) past
    // limits::ScorecardsEach cards.
    Result<protocol::Scorecard> create(const Caller &caller, const QJsonObject &body);
    Result<protocol::Scorecard> replace(const Caller &caller, const QString &id,
                                        const QJsonObject &body);

    // For the demo seeder: a card without a request, authored by `authorId` (0: nobody).
    static Result<protocol::Scorecard> insert(Store &store, qint64 authorId,
                                              const protocol::Scorecard &card, qint64 nowMs);

private:
    static Result<void> addVersion(Store &store, qint64 id, qint64 version, qint64 authorId,
                                   const protocol::Scorecard &card, qint64 nowMs);

    Clock m_clock;
};

} // namespace frontline::server

#pragma once

#include "protocol/ScenarioPack.h"
#include "server/clock/Clock.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace frontline::server {

class Store;
struct Caller;

// A pack as the list shows it: its newest version, and how many it has.
struct PackSummary
{
    QString id;
    qint64 version = 0;
    QString title;
    QString language;
    int scenarios = 0;
    int versions = 0;
    QDateTime importedAt;

    QJsonObject toJson() const;
};

// Scenario packs in versions (issue 19, item 4): an import adds a version and keeps the older
// ones, so an exam keeps the pack it was taken on; export gives back what was imported.
class PackService
{
public:
    explicit PackService(Clock clock);

    // What `pack` names that the workspace must hold when the pack brings none of its own: the
    // production knowledge base's articles in the pack's language, and macros that are neither
    // the pack's nor the workspace's. Each is a problem with its path.
    static Result<QList<protocol::PackProblem>>
    missingInWorkspace(Store &store, const protocol::ScenarioPack &pack);
    // A new version of `pack.id` (or its first): conflict (409) unless it is above the newest,
    // or past limits::PacksEach packs or limits::PackVersionsEach versions.
    Result<PackSummary> import(const Caller &caller, const protocol::ScenarioPack &pack);
    // The newest version of each pack, by id.
    static Result<QList<PackSummary>> list(Store &store);
    // The pack as imported; `version` 0: the newest. not_found (404) when there is none.
    static Result<QJsonObject> exportPack(Store &store, const QString &id, qint64 version);
    // Every version of the pack; not_found when it has none.
    static Result<void> remove(Store &store, const QString &id);

    // For the demo seeder: `pack` as imported by nobody, unless its version is already there.
    static Result<void> insert(Store &store, const protocol::ScenarioPack &pack, qint64 authorId,
                               qint64 nowMs);

private:
    Clock m_clock;
};

} // namespace frontline::server

#include "server/training/PackService.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/identity/Caller.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace frontline::server {
namespace {

using L = QLatin1StringView;

Error notFound(const QString &id, qint64 version)
{
    return Error{QString(protocol::errors::NotFound),
                 version > 0
                     ? QStringLiteral("No version %2 of scenario pack %1").arg(id).arg(version)
                     : QStringLiteral("No scenario pack %1").arg(id)};
}

Error conflict(const QString &message)
{
    return Error{QString(protocol::errors::Conflict), message};
}

// Every slug `pack` names, with the path that names it: KB articles and macros apart.
void namedSlugs(const protocol::ScenarioPack &pack, QList<std::pair<QString, QString>> *articles,
                QList<std::pair<QString, QString>> *macros)
{
    for (qsizetype s = 0; s < pack.scenarios.size(); ++s) {
        const protocol::PackScenario &scenario = pack.scenarios.at(s);
        const QString path = QStringLiteral("scenarios[%1]").arg(s);
        for (qsizetype a = 0; a < scenario.expectedArticles.size(); ++a)
            articles->append({scenario.expectedArticles.at(a),
                              QStringLiteral("%1.expected.articles[%2]").arg(path).arg(a)});
        for (qsizetype t = 0; t < scenario.turns.size(); ++t) {
            const auto &branches = scenario.turns.at(t).branches;
            for (qsizetype b = 0; b < branches.size(); ++b) {
                const protocol::ScriptTrigger &when = branches.at(b).when;
                const QString at =
                    QStringLiteral("%1.turns[%2].branches[%3].when.slug").arg(path).arg(t).arg(b);
                if (when.kind == protocol::ScriptTrigger::Kind::MacroUsed)
                    macros->append({when.slug, at});
                else if (when.kind == protocol::ScriptTrigger::Kind::ArticleOpened ||
                         when.kind == protocol::ScriptTrigger::Kind::ArticleInserted)
                    articles->append({when.slug, at});
            }
        }
    }
    for (qsizetype q = 0; q < pack.exam.questions.size(); ++q) {
        const QStringList &slugs = pack.exam.questions.at(q).articles;
        for (qsizetype a = 0; a < slugs.size(); ++a)
            articles->append(
                {slugs.at(a), QStringLiteral("exam.questions[%1].articles[%2]").arg(q).arg(a)});
    }
}

Result<QSet<QString>> slugsOf(Store &store, const QString &sql, const QVariantList &args)
{
    auto query = store.run(sql, args);
    if (!query)
        return query.error();
    QSet<QString> slugs;
    while (query.value()->next())
        slugs.insert(query.value()->value(0).toString());
    query.value()->finish();
    return slugs;
}

PackSummary summaryFromRow(const QSqlQuery &row)
{
    return PackSummary{row.value(0).toString(), row.value(1).toLongLong(), row.value(2).toString(),
                       row.value(3).toString(), row.value(4).toInt(),      row.value(5).toInt(),
                       sql::time(row.value(6))};
}

const QString SummaryColumns =
    QStringLiteral("SELECT p.pack_id, p.version, p.title, p.language, p.scenarios, "
                   "(SELECT COUNT(*) FROM scenario_packs c WHERE c.pack_id = p.pack_id), "
                   "p.imported_at FROM scenario_packs p WHERE p.version = (SELECT MAX(n.version) "
                   "FROM scenario_packs n WHERE n.pack_id = p.pack_id) ");

Result<PackSummary> summaryOf(Store &store, const QString &id)
{
    auto query = store.run(SummaryColumns + u"AND p.pack_id = ?", {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFound(id, 0);
    PackSummary summary = summaryFromRow(*query.value());
    query.value()->finish();
    return summary;
}

} // namespace

QJsonObject PackSummary::toJson() const
{
    return QJsonObject{{L("id"), id},
                       {L("version"), version},
                       {L("title"), title},
                       {L("language"), language},
                       {L("scenarios"), scenarios},
                       {L("versions"), versions},
                       {L("imported_at"), protocol::json::timeOrNull(importedAt)}};
}

PackService::PackService(Clock clock)
    : m_clock(std::move(clock))
{}

Result<QList<protocol::PackProblem>>
PackService::missingInWorkspace(Store &store, const protocol::ScenarioPack &pack)
{
    QList<std::pair<QString, QString>> articles, macros;
    namedSlugs(pack, &articles, &macros);
    QList<protocol::PackProblem> problems;
    if (!pack.ownKnowledgeBase && !articles.isEmpty()) {
        auto known = slugsOf(store, QStringLiteral("SELECT slug FROM kb_articles WHERE locale = ?"),
                             {pack.language});
        if (!known)
            return known.error();
        for (const auto &[slug, path] : articles) {
            if (!known->contains(slug))
                problems.append({path, QStringLiteral("no article '%1' in the %2 knowledge base")
                                           .arg(slug, pack.language)});
        }
    }
    QSet<QString> ownMacros;
    for (const protocol::PackMacro &macro : pack.macros)
        ownMacros.insert(macro.slug);
    auto known = slugsOf(store, QStringLiteral("SELECT slug FROM macros"), {});
    if (!known)
        return known.error();
    for (const auto &[slug, path] : macros) {
        if (!ownMacros.contains(slug) && !known->contains(slug))
            problems.append(
                {path, QStringLiteral("no macro '%1' in the pack or the workspace").arg(slug)});
    }
    return problems;
}

Result<void> PackService::insert(Store &store, const protocol::ScenarioPack &pack, qint64 authorId,
                                 qint64 nowMs)
{
    auto added = store.update(
        QStringLiteral("INSERT INTO scenario_packs (pack_id, version, title, language, scenarios, "
                       "body, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (pack_id, version) DO NOTHING"),
        {pack.id, pack.version, pack.title, pack.language, int(pack.scenarios.size()),
         QString::fromUtf8(QJsonDocument(pack.toJson()).toJson(QJsonDocument::Compact)),
         sql::nullableId(authorId), nowMs});
    if (!added)
        return added.error();
    return {};
}

Result<PackSummary> PackService::import(const Caller &caller, const protocol::ScenarioPack &pack)
{
    Store &store = *caller.store;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto newest = store.scalar(
        QStringLiteral("SELECT MAX(version) FROM scenario_packs WHERE pack_id = ?"), {pack.id});
    if (!newest)
        return newest.error();
    if (newest.value().isNull()) {
        auto packs = store.scalar(QStringLiteral("SELECT COUNT(DISTINCT pack_id) FROM "
                                                 "scenario_packs"));
        if (!packs)
            return packs.error();
        if (packs.value().toLongLong() >= protocol::limits::PacksEach)
            return conflict(
                QStringLiteral("The workspace keeps %1 scenario packs, the most it may; "
                               "delete one first")
                    .arg(protocol::limits::PacksEach));
    } else if (newest.value().toLongLong() >= pack.version) {
        return conflict(QStringLiteral("Scenario pack %1 is at version %2: import version %3 or "
                                       "higher")
                            .arg(pack.id)
                            .arg(newest.value().toLongLong())
                            .arg(newest.value().toLongLong() + 1));
    } else {
        auto versions = store.scalar(
            QStringLiteral("SELECT COUNT(*) FROM scenario_packs WHERE pack_id = ?"), {pack.id});
        if (!versions)
            return versions.error();
        if (versions.value().toLongLong() >= protocol::limits::PackVersionsEach)
            return conflict(QStringLiteral("Scenario pack %1 has %2 versions, the most it may keep")
                                .arg(pack.id)
                                .arg(protocol::limits::PackVersionsEach));
    }
    if (auto added = insert(store, pack, caller.operatorId, m_clock()); !added)
        return added.error();
    auto summary = summaryOf(store, pack.id);
    if (!summary)
        return summary.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

Result<QList<PackSummary>> PackService::list(Store &store)
{
    auto query = store.run(SummaryColumns + u"ORDER BY p.pack_id");
    if (!query)
        return query.error();
    QList<PackSummary> packs;
    while (query.value()->next())
        packs.append(summaryFromRow(*query.value()));
    query.value()->finish();
    return packs;
}

Result<QJsonObject> PackService::exportPack(Store &store, const QString &id, qint64 version)
{
    auto query =
        version > 0
            ? store.run(QStringLiteral("SELECT body FROM scenario_packs WHERE pack_id = ? AND "
                                       "version = ?"),
                        {id, version})
            : store.run(QStringLiteral("SELECT body FROM scenario_packs WHERE pack_id = ? ORDER "
                                       "BY version DESC LIMIT 1"),
                        {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return notFound(id, version);
    const QByteArray body = query.value()->value(0).toString().toUtf8();
    query.value()->finish();
    return QJsonDocument::fromJson(body).object();
}

Result<void> PackService::remove(Store &store, const QString &id)
{
    auto removed =
        store.update(QStringLiteral("DELETE FROM scenario_packs WHERE pack_id = ?"), {id});
    if (!removed)
        return removed.error();
    if (removed.value() == 0)
        return notFound(id, 0);
    return {};
}

} // namespace frontline::server

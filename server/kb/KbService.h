#pragma once

#include "protocol/KbArticle.h"
#include "protocol/Macro.h"
#include "server/clock/Clock.h"

#include <optional>

namespace frontline::server {

class ChangeLog;
class Store;

struct KbQuery
{
    QString text;         // words matched in title, body and tags; empty: the most recently updated
    QString locale;       // empty: every locale
    qint64 projectId = 0; // a store's articles and the shared ones; 0: every article
    int limit = 20;
};

// An article's content as its writer (a trainer, or the importer) gives it. Locale and slug are
// read on create only; an edit keeps them.
struct KbArticleDraft
{
    QString locale;
    QString slug; // empty: made from the title
    QString title;
    QString body; // plain text
    QStringList tags;
    QString source; // where an imported article came from (its relative path); empty otherwise
    // The store the article is for (0: every store). An edit without one keeps the article's.
    std::optional<qint64> projectId;
};

// A write made inside the caller's transaction: the stored article and its change-feed entry,
// to announce once the transaction commits.
struct KbWrite
{
    protocol::KbArticle article;
    qint64 seq = 0;
};

// The knowledge base and canned responses of one workspace: search, reading, versioned writes
// and usage on tickets. Every article or macro write goes to the change feed, for everyone, in
// the same transaction.
class KbService
{
public:
    KbService(ChangeLog &changes, Clock clock);

    Result<QList<protocol::KbArticleSummary>> search(Store &store, const KbQuery &query);
    Result<protocol::KbArticle> get(Store &store, const QString &id);
    // The article with this slug in this locale, if any.
    Result<std::optional<protocol::KbArticle>> findBySlug(Store &store, const QString &locale,
                                                          const QString &slug);
    // Version 1 of a new article; conflict (409) when its slug is taken in its locale.
    Result<protocol::KbArticle> create(Store &store, const KbArticleDraft &draft, qint64 authorId);
    // A new version when the stored one is `expectedVersion`; version_mismatch (412) otherwise.
    Result<protocol::KbArticle> update(Store &store, const QString &id, qint64 expectedVersion,
                                       const KbArticleDraft &draft, qint64 authorId);
    // The current version first, then the older ones.
    Result<QList<protocol::KbArticleVersion>> versions(Store &store, const QString &id);
    // Notes that an article helped on a ticket; recording it again changes nothing.
    Result<void> recordUsage(Store &store, qint64 ticketId, const QString &articleId,
                             qint64 operatorId);
    // Canned responses in `locale` (empty: all); with `projectId`, that store's and those for
    // every store, as the KB search keeps to a store (0: every response).
    Result<QList<protocol::Macro>> macros(Store &store, const QString &locale,
                                          qint64 projectId = 0);

    // The same writes for callers that hold their own transaction (the importer, the demo
    // seeder); they announce `KbWrite::seq` after committing.
    Result<KbWrite> createInTransaction(Store &store, const KbArticleDraft &draft, qint64 authorId);
    Result<KbWrite> updateInTransaction(Store &store, const protocol::KbArticle &current,
                                        const KbArticleDraft &draft, qint64 authorId);
    // Inserts or replaces the macro with `macro.slug` (with its store, `macro.projectId`: empty
    // for every store); returns the change's seq, or 0 when the stored macro already had this
    // content.
    Result<qint64> upsertMacroInTransaction(Store &store, const protocol::Macro &macro);

    // invalid_field (project_id) unless `projectId` is 0 (every store) or a project of the store.
    static Result<void> checkProject(Store &store, qint64 projectId);
    // Tags as stored: trimmed, lowercase, without duplicates or empty ones.
    static QStringList normalizedTags(const QStringList &tags);
    // Whether `draft` would leave `article`'s title, body, tags and project as they are.
    static bool sameContent(const protocol::KbArticle &article, const KbArticleDraft &draft);

private:
    Result<qint64> recordChange(Store &store, const protocol::KbArticle &article,
                                const QString &op);

    ChangeLog &m_changes;
    Clock m_clock;
};

} // namespace frontline::server

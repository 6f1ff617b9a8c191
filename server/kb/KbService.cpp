#include "server/kb/KbService.h"
#include "protocol/Json.h"

#include "protocol/ApiError.h"
#include "protocol/FieldLimits.h"
#include "protocol/KbArticle.h"
#include "server/feed/ChangeLog.h"
#include "server/kb/KbText.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace frontline::server {
namespace {

const QString ArticleColumns =
    QStringLiteral("SELECT id, slug, locale, title, body, tags, version, created_at, updated_at, "
                   "updated_by, project_id FROM kb_articles ");

// The same maxima the HTTP routes check, for articles that come another way (kb import).
constexpr qsizetype MaxTitleLength = protocol::limits::KbArticleTitle;
constexpr qsizetype MaxBodyLength = protocol::limits::KbArticleBody;
constexpr qsizetype MaxTags = protocol::limits::KbTags;
constexpr qsizetype MaxTagLength = protocol::limits::KbTag;
constexpr qsizetype MaxSlugLength = protocol::limits::KbSlug;

protocol::KbArticle articleFromRow(const QSqlQuery &row)
{
    protocol::KbArticle article;
    article.id = QString::number(row.value(0).toLongLong());
    article.slug = row.value(1).toString();
    article.locale = row.value(2).toString();
    article.title = row.value(3).toString();
    article.body = row.value(4).toString();
    article.tags = row.value(5).toString().split(u',', Qt::SkipEmptyParts);
    article.version = row.value(6).toLongLong();
    article.createdAt = sql::time(row.value(7));
    article.updatedAt = sql::time(row.value(8));
    article.updatedBy = sql::idText(row.value(9));
    article.projectId = sql::idText(row.value(10));
    return article;
}

qint64 parseId(const QString &id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

Error notFound(const QString &id)
{
    return Error{QString(protocol::errors::NotFound), QStringLiteral("No KB article %1").arg(id)};
}

// LIKE pattern for "contains `term`", with the term's own wildcards taken literally.
QString containsPattern(QString term)
{
    term.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + term + u'%';
}

// Folded once on write, so a search is a LIKE over prepared text on both SQLite and PostgreSQL.
QString searchTitle(const QString &title)
{
    return kb::searchForm(title);
}

QString searchText(const QString &title, const QStringList &tags, const QString &body)
{
    return kb::searchForm(title + u'\n' + tags.join(u' ') + u'\n' + body);
}

Result<void> checkLocale(const QString &locale)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    if (locale.isEmpty())
        return protocol::json::invalidField(QStringLiteral("locale"),
                                            QStringLiteral("is required"));
    if (!pattern.match(locale).hasMatch())
        return protocol::json::invalidField(QStringLiteral("locale"),
                                            QStringLiteral("must be a language code such as "
                                                           "en or ru"));
    return {};
}

Result<void> checkSlug(const QString &slug)
{
    if (slug.size() > MaxSlugLength || !protocol::isSlugShaped(slug)) {
        return protocol::json::invalidField(
            QStringLiteral("slug"),
            QStringLiteral("must be at most %1 lowercase letters, digits and dashes")
                .arg(MaxSlugLength));
    }
    return {};
}

Result<void> checkContent(const KbArticleDraft &draft)
{
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        return protocol::json::invalidField(QStringLiteral("title"),
                                            QStringLiteral("must not be empty"));
    if (title.size() > MaxTitleLength)
        return protocol::json::invalidField(
            QStringLiteral("title"), QStringLiteral("at most %1 characters").arg(MaxTitleLength));
    if (draft.body.size() > MaxBodyLength)
        return protocol::json::invalidField(
            QStringLiteral("body"), QStringLiteral("at most %1 characters").arg(MaxBodyLength));
    if (draft.tags.size() > MaxTags)
        return protocol::limits::tooLong(QStringLiteral("tags"), MaxTags, true);
    for (const QString &tag : draft.tags) {
        // Tags are stored comma-separated.
        if (tag.contains(u',') || tag.trimmed().size() > MaxTagLength)
            return protocol::json::invalidField(
                QStringLiteral("tags"),
                QStringLiteral("each at most %1 characters, without commas").arg(MaxTagLength));
    }
    return {};
}

} // namespace

KbService::KbService(ChangeLog &changes, Clock clock)
    : m_changes(changes)
    , m_clock(std::move(clock))
{}

QStringList KbService::normalizedTags(const QStringList &tags)
{
    // A set beside the list: the first spelling of each tag keeps its place, in one pass.
    QStringList normalized;
    QSet<QString> seen;
    seen.reserve(tags.size());
    for (const QString &tag : tags) {
        QString clean = tag.trimmed().toLower();
        if (clean.isEmpty() || seen.contains(clean))
            continue;
        seen.insert(clean);
        normalized.append(std::move(clean));
    }
    return normalized;
}

bool KbService::sameContent(const protocol::KbArticle &article, const KbArticleDraft &draft)
{
    const bool sameProject =
        !draft.projectId ||
        article.projectId == (*draft.projectId > 0 ? QString::number(*draft.projectId) : QString());
    return article.title == draft.title.trimmed() && article.body == draft.body &&
           article.tags == normalizedTags(draft.tags) && sameProject;
}

Result<QList<protocol::KbArticleSummary>> KbService::search(Store &store, const KbQuery &query)
{
    if (query.limit < 1 || query.limit > 100)
        return protocol::json::invalidField(QStringLiteral("limit"),
                                            QStringLiteral("must be 1-100"));
    const QStringList terms = kb::searchTerms(query.text);

    QVariantList args;
    // Articles with every word in the title come first; the rest by how fresh they are.
    QString rank = QStringLiteral("0");
    if (!terms.isEmpty()) {
        QStringList inTitle;
        for (const QString &term : terms) {
            inTitle << QStringLiteral("search_title LIKE ? ESCAPE '\\'");
            args << containsPattern(term);
        }
        rank = u"CASE WHEN " + inTitle.join(u" AND ") + u" THEN 0 ELSE 1 END";
    }
    QStringList where;
    if (!query.locale.isEmpty()) {
        where << QStringLiteral("locale = ?");
        args << query.locale;
    }
    if (query.projectId > 0) {
        where << QStringLiteral("(project_id IS NULL OR project_id = ?)");
        args << query.projectId;
    }
    for (const QString &term : terms) {
        where << QStringLiteral("search_text LIKE ? ESCAPE '\\'");
        args << containsPattern(term);
    }
    args << query.limit;
    const QString sql = u"SELECT id, slug, locale, title, body, tags, version, updated_at, "
                        u"project_id, " +
                        rank + u" AS title_rank FROM kb_articles " +
                        (where.isEmpty() ? QString() : u"WHERE " + where.join(u" AND ")) +
                        u" ORDER BY title_rank, updated_at DESC, id DESC LIMIT ?";
    auto rows = store.run(sql, args);
    if (!rows)
        return rows.error();
    QList<protocol::KbArticleSummary> found;
    while (rows.value()->next()) {
        const QSqlQuery &row = *rows.value();
        protocol::KbArticleSummary summary;
        summary.id = QString::number(row.value(0).toLongLong());
        summary.slug = row.value(1).toString();
        summary.locale = row.value(2).toString();
        summary.title = row.value(3).toString();
        summary.snippet = kb::snippet(row.value(4).toString(), terms);
        summary.tags = row.value(5).toString().split(u',', Qt::SkipEmptyParts);
        summary.version = row.value(6).toLongLong();
        summary.updatedAt = sql::time(row.value(7));
        summary.projectId = sql::idText(row.value(8));
        found.append(summary);
    }
    rows.value()->finish();
    return found;
}

Result<protocol::KbArticle> KbService::get(Store &store, const QString &id)
{
    const qint64 articleId = parseId(id);
    if (articleId == 0)
        return notFound(id);
    auto row = store.run(ArticleColumns + u"WHERE id = ?", {articleId});
    if (!row)
        return row.error();
    if (!row.value()->next())
        return notFound(id);
    protocol::KbArticle article = articleFromRow(*row.value());
    row.value()->finish();
    return article;
}

Result<std::optional<protocol::KbArticle>>
KbService::findBySlug(Store &store, const QString &locale, const QString &slug)
{
    auto row = store.run(ArticleColumns + u"WHERE locale = ? AND slug = ?", {locale, slug});
    if (!row)
        return row.error();
    std::optional<protocol::KbArticle> found;
    if (row.value()->next())
        found = articleFromRow(*row.value());
    row.value()->finish();
    return found;
}

Result<qint64> KbService::recordChange(Store &store, const protocol::KbArticle &article,
                                       const QString &op)
{
    return m_changes.append(store, QStringLiteral("kb_article"), article.id, op, article.toJson(),
                            ChangeAudience::everyone(), m_clock());
}

// An article is for a store of this workspace, or for every store (0).
Result<void> KbService::checkProject(Store &store, qint64 projectId)
{
    if (projectId == 0)
        return {};
    auto known = store.scalar(QStringLiteral("SELECT id FROM projects WHERE id = ?"), {projectId});
    if (!known)
        return known.error();
    if (known.value().isNull())
        return protocol::json::invalidField(QStringLiteral("project_id"),
                                            QStringLiteral("no such project"));
    return {};
}

Result<KbWrite> KbService::createInTransaction(Store &store, const KbArticleDraft &draft,
                                               qint64 authorId)
{
    if (auto valid = checkLocale(draft.locale); !valid)
        return valid.error();
    if (auto valid = checkContent(draft); !valid)
        return valid.error();
    const QString title = draft.title.trimmed();
    const QString slug = draft.slug.isEmpty() ? kb::slugify(title) : draft.slug;
    if (slug.isEmpty())
        return protocol::json::invalidField(
            QStringLiteral("slug"), QStringLiteral("cannot be made from this title; send one"));
    if (auto valid = checkSlug(slug); !valid)
        return valid.error();
    auto taken = store.scalar(QStringLiteral("SELECT id FROM kb_articles WHERE locale = ? AND "
                                             "slug = ?"),
                              {draft.locale, slug});
    if (!taken)
        return taken.error();
    if (!taken.value().isNull()) {
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("The slug \"%1\" is taken in locale %2 by article %3")
                         .arg(slug, draft.locale, taken.value().toString()),
                     QStringLiteral("slug")};
    }
    const qint64 projectId = draft.projectId.value_or(0);
    if (auto known = checkProject(store, projectId); !known)
        return known.error();
    const QStringList tags = normalizedTags(draft.tags);
    const qint64 now = m_clock();
    auto id = store.insert(
        QStringLiteral("INSERT INTO kb_articles (slug, locale, title, body, tags, source, "
                       "version, updated_by, created_at, updated_at, search_title, search_text, "
                       "project_id) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {slug, draft.locale, title, draft.body, tags.join(u','), draft.source,
         sql::nullableId(authorId), now, now, searchTitle(title),
         searchText(title, tags, draft.body), sql::nullableId(projectId)});
    if (!id)
        return id.error();
    auto article = get(store, QString::number(id.value()));
    if (!article)
        return article.error();
    auto seq = recordChange(store, article.value(), QStringLiteral("create"));
    if (!seq)
        return seq.error();
    return KbWrite{article.value(), seq.value()};
}

Result<KbWrite> KbService::updateInTransaction(Store &store, const protocol::KbArticle &current,
                                               const KbArticleDraft &draft, qint64 authorId)
{
    if (auto valid = checkContent(draft); !valid)
        return valid.error();
    const qint64 id = parseId(current.id);
    const auto stale = [&current] {
        return Error{
            QString(protocol::errors::VersionMismatch),
            QStringLiteral("KB article %1 changed meanwhile; fetch it and retry").arg(current.id)};
    };
    // The history keeps the stored row as it is, whatever `current` says about it.
    auto kept = store.update(
        QStringLiteral("INSERT INTO kb_article_versions (article_id, version, title, body, tags, "
                       "updated_by, updated_at) SELECT id, version, title, body, tags, "
                       "updated_by, updated_at FROM kb_articles WHERE id = ? AND version = ?"),
        {id, current.version});
    if (!kept)
        return kept.error();
    if (kept.value() != 1)
        return stale();

    const QString title = draft.title.trimmed();
    const QStringList tags = normalizedTags(draft.tags);
    QVariantList args{title,
                      draft.body,
                      tags.join(u','),
                      searchTitle(title),
                      searchText(title, tags, draft.body),
                      sql::nullableId(authorId),
                      m_clock()};
    QString extraColumns;
    if (!draft.source.isEmpty()) {
        extraColumns = QStringLiteral(", source = ?");
        args << draft.source;
    }
    if (draft.projectId) {
        if (auto known = checkProject(store, *draft.projectId); !known)
            return known.error();
        extraColumns += QStringLiteral(", project_id = ?");
        args << sql::nullableId(*draft.projectId);
    }
    args << id << current.version;
    auto updated =
        store.update(u"UPDATE kb_articles SET title = ?, body = ?, tags = ?, search_title = ?, "
                     u"search_text = ?, updated_by = ?, updated_at = ?, version = version + 1" +
                         extraColumns + u" WHERE id = ? AND version = ?",
                     args);
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return stale();
    auto article = get(store, current.id);
    if (!article)
        return article.error();
    auto seq = recordChange(store, article.value(), QStringLiteral("update"));
    if (!seq)
        return seq.error();
    return KbWrite{article.value(), seq.value()};
}

Result<protocol::KbArticle> KbService::create(Store &store, const KbArticleDraft &draft,
                                              qint64 authorId)
{
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto written = createInTransaction(store, draft, authorId);
    if (!written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_changes.announce(store.workspace(), written->seq, QStringLiteral("kb_article"),
                       ChangeAudience::everyone());
    return written->article;
}

Result<protocol::KbArticle> KbService::update(Store &store, const QString &id,
                                              qint64 expectedVersion, const KbArticleDraft &draft,
                                              qint64 authorId)
{
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto current = get(store, id);
    if (!current)
        return current.error();
    if (current->version != expectedVersion) {
        return Error{QString(protocol::errors::VersionMismatch),
                     QStringLiteral("KB article %1 is at version %2, not %3; fetch it and retry")
                         .arg(id)
                         .arg(current->version)
                         .arg(expectedVersion)};
    }
    auto written = updateInTransaction(store, current.value(), draft, authorId);
    if (!written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_changes.announce(store.workspace(), written->seq, QStringLiteral("kb_article"),
                       ChangeAudience::everyone());
    return written->article;
}

Result<QList<protocol::KbArticleVersion>> KbService::versions(Store &store, const QString &id)
{
    auto current = get(store, id);
    if (!current)
        return current.error();
    QList<protocol::KbArticleVersion> history{protocol::KbArticleVersion{
        current->version, current->title, current->updatedAt, current->updatedBy}};
    auto rows = store.run(QStringLiteral("SELECT version, title, updated_at, updated_by FROM "
                                         "kb_article_versions WHERE article_id = ? ORDER BY "
                                         "version DESC"),
                          {parseId(current->id)});
    if (!rows)
        return rows.error();
    while (rows.value()->next()) {
        const QSqlQuery &row = *rows.value();
        history.append(protocol::KbArticleVersion{row.value(0).toLongLong(),
                                                  row.value(1).toString(), sql::time(row.value(2)),
                                                  sql::idText(row.value(3))});
    }
    rows.value()->finish();
    return history;
}

Result<void> KbService::recordUsage(Store &store, qint64 ticketId, const QString &articleId,
                                    qint64 operatorId)
{
    const qint64 article = parseId(articleId);
    if (article == 0)
        return notFound(articleId);
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto exists =
        store.scalar(QStringLiteral("SELECT id FROM kb_articles WHERE id = ?"), {article});
    if (!exists)
        return exists.error();
    if (exists.value().isNull())
        return notFound(articleId);
    auto recorded = store.run(
        QStringLiteral("INSERT INTO ticket_kb_usage (ticket_id, article_id, operator_id, used_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (ticket_id, article_id) DO NOTHING"),
        {ticketId, article, sql::nullableId(operatorId), m_clock()});
    if (!recorded)
        return recorded.error();
    return transaction.commit();
}

Result<QList<protocol::Macro>> KbService::macros(Store &store, const QString &locale,
                                                 qint64 projectId)
{
    QStringList where;
    QVariantList args;
    if (!locale.isEmpty()) {
        where << QStringLiteral("locale = ?");
        args << locale;
    }
    if (projectId > 0) { // the same scope as an article search's
        where << QStringLiteral("(project_id IS NULL OR project_id = ?)");
        args << projectId;
    }
    auto rows = store.run(
        u"SELECT id, slug, locale, title, shortcut, body, project_id FROM macros " +
            (where.isEmpty() ? QString() : u"WHERE " + where.join(u" AND ")) + u" ORDER BY id",
        args);
    if (!rows)
        return rows.error();
    QList<protocol::Macro> list;
    while (rows.value()->next()) {
        const QSqlQuery &row = *rows.value();
        list.append(protocol::Macro{QString::number(row.value(0).toLongLong()),
                                    row.value(1).toString(), row.value(2).toString(),
                                    row.value(3).toString(), row.value(4).toString(),
                                    row.value(5).toString(), sql::idText(row.value(6))});
    }
    rows.value()->finish();
    return list;
}

Result<qint64> KbService::upsertMacroInTransaction(Store &store, const protocol::Macro &macro)
{
    if (auto valid = checkSlug(macro.slug); !valid)
        return valid.error();
    if (auto valid = checkLocale(macro.locale); !valid)
        return valid.error();
    if (macro.title.trimmed().isEmpty())
        return protocol::json::invalidField(QStringLiteral("title"),
                                            QStringLiteral("must not be empty"));
    if (macro.body.trimmed().isEmpty())
        return protocol::json::invalidField(QStringLiteral("body"),
                                            QStringLiteral("must not be empty"));
    const qint64 projectId = macro.projectId.isEmpty() ? 0 : parseId(macro.projectId);
    if (auto known = checkProject(store, projectId); !known)
        return known.error();

    auto row = store.run(QStringLiteral("SELECT id, locale, title, shortcut, body, project_id FROM "
                                        "macros WHERE slug = ?"),
                         {macro.slug});
    if (!row)
        return row.error();
    protocol::Macro stored = macro;
    stored.projectId = projectId > 0 ? QString::number(projectId) : QString();
    QString op = QStringLiteral("create");
    if (row.value()->next()) {
        stored.id = QString::number(row.value()->value(0).toLongLong());
        const bool same = row.value()->value(1).toString() == macro.locale &&
                          row.value()->value(2).toString() == macro.title &&
                          row.value()->value(3).toString() == macro.shortcut &&
                          row.value()->value(4).toString() == macro.body &&
                          sql::idText(row.value()->value(5)) == stored.projectId;
        row.value()->finish();
        if (same)
            return qint64(0);
        op = QStringLiteral("update");
        auto updated = store.update(
            QStringLiteral("UPDATE macros SET locale = ?, title = ?, shortcut = ?, body = ?, "
                           "project_id = ?, version = version + 1, updated_at = ? WHERE id = ?"),
            {macro.locale, macro.title, macro.shortcut, macro.body, sql::nullableId(projectId),
             m_clock(), parseId(stored.id)});
        if (!updated)
            return updated.error();
    } else {
        auto id = store.insert(
            QStringLiteral("INSERT INTO macros (slug, locale, title, shortcut, body, project_id, "
                           "version, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?) RETURNING id"),
            {macro.slug, macro.locale, macro.title, macro.shortcut, macro.body,
             sql::nullableId(projectId), m_clock()});
        if (!id)
            return id.error();
        stored.id = QString::number(id.value());
    }
    return m_changes.append(store, QStringLiteral("macro"), stored.id, op, stored.toJson(),
                            ChangeAudience::everyone(), m_clock());
}

} // namespace frontline::server

#include "app/models/KbArticleListModel.h"
#include "app/store/CacheSearch.h"
#include "app/store/CachedQueues.h"

#include "app/store/LocalStore.h"

namespace frontline::app {

KbArticleListModel::KbArticleListModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, &KbArticleListModel::onStoreChanged);
}

Result<void> KbArticleListModel::setQuery(const QString &query)
{
    m_query = query;
    return reload();
}

Result<void> KbArticleListModel::setLocale(const QString &locale)
{
    m_locale = locale;
    return reload();
}

Result<void> KbArticleListModel::setTicket(const QString &ticketId)
{
    if (ticketId == m_ticketId)
        return {};
    m_ticketId = ticketId;
    return reload();
}

QString KbArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

Result<void> KbArticleListModel::reload()
{
    // Bound as '' rather than NULL, which would compare as unknown.
    const QString locale = m_locale.isEmpty() ? QStringLiteral("") : m_locale;
    if (!showsRecent() && CacheSearch::matchExpression(m_query).isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return {};
    }
    // Read at every search: the queues' stores may arrive after the ticket was opened.
    auto store = CachedQueues(m_store).projectOfTicket(m_ticketId);
    if (!store)
        return store.error();
    const QString project = store->isEmpty() ? QStringLiteral("") : store.value();
    QList<Row> rows;
    if (!showsRecent()) {
        auto hits = CacheSearch(m_store).searchKb(m_query, m_limit, locale, project);
        if (!hits)
            return hits.error();
        for (const KbSearchHit &hit : hits.value())
            rows.append(Row{hit.id, hit.slug, hit.locale, hit.title, hit.snippet});
    } else {
        // kb_usage has no time: its rowid grows with each first use, which is recent enough.
        auto query = m_store.read(
            QStringLiteral("SELECT a.id, a.slug, a.locale, a.title FROM kb_articles a JOIN "
                           "(SELECT article_id, MAX(rowid) AS used FROM kb_usage GROUP BY "
                           "article_id) u ON u.article_id = a.id WHERE (? = '' OR a.locale = ?) "
                           "AND (? = '' OR a.project_id IS NULL OR a.project_id = ?) "
                           "ORDER BY u.used DESC LIMIT ?"),
            {locale, locale, project, project, m_limit});
        if (!query)
            return query.error();
        while (query.value().next()) {
            rows.append(Row{query->value(0).toString(), query->value(1).toString(),
                            query->value(2).toString(), query->value(3).toString(), QString()});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

void KbArticleListModel::onStoreChanged(const StoreChangeSet &changes)
{
    // New usage (a KB-usage command is an outbox change) or edited articles.
    if (!changes.kbArticles.isEmpty() || (changes.outbox && showsRecent()))
        (void)reload();
}

Result<std::optional<KbArticleText>> KbArticleListModel::article(const LocalStore &store,
                                                                 const QString &articleId)
{
    auto query = store.read(
        QStringLiteral("SELECT id, slug, locale, title, body FROM kb_articles WHERE id = ?"),
        {articleId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<KbArticleText>();
    return std::optional<KbArticleText>(KbArticleText{
        query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
        query->value(3).toString(), query->value(4).toString()});
}

int KbArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KbArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return QString(row.snippet).remove(u'[').remove(u']');
    case ArticleIdRole:
        return row.id;
    case SnippetRole:
        return row.snippet;
    case LocaleRole:
        return row.locale;
    case SlugRole:
        return row.slug;
    }
    return {};
}

QHash<int, QByteArray> KbArticleListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(TitleRole, "title");
    names.insert(SnippetRole, "snippet");
    names.insert(LocaleRole, "locale");
    names.insert(SlugRole, "slug");
    return names;
}

} // namespace frontline::app

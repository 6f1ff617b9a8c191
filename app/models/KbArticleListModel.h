#pragma once

#include "protocol/Result.h"

#include <QAbstractListModel>
#include <QStringList>

#include <optional>

namespace frontline::app {

class LocalStore;
struct StoreChangeSet;

// An article as the viewer shows it. `body` is plain text (the back office converts imported
// HTML and Markdown), yet still untrusted: views must not render it as rich text.
struct KbArticleText
{
    QString id;
    QString slug;
    QString locale;
    QString title;
    QString body;
};

// The KB panel's list: ranked full-text hits for a query (snippets with `[` `]` around the hits,
// at most `limit`), or, with an empty query, the articles most recently used on tickets. An
// optional locale ("en", "ru"; empty for all) filters both; with a ticket open, only the articles
// of its store (its queue's project) and those for every store are offered. Runs on the caller's
// thread: the FTS query is LIMITed and takes milliseconds.
class KbArticleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ArticleIdRole = Qt::UserRole + 1,
        TitleRole,
        SnippetRole, // raw snippet text with [hit] marks; escape before showing as rich text
        LocaleRole,
        SlugRole,
    };

    explicit KbArticleListModel(LocalStore &store, QObject *parent = nullptr);

    Result<void> setQuery(const QString &query);
    Result<void> setLocale(const QString &locale);
    // The ticket open beside the search (empty: none, every article).
    Result<void> setTicket(const QString &ticketId);
    QString query() const { return m_query; }
    QString locale() const { return m_locale; }
    bool showsRecent() const { return m_query.trimmed().isEmpty(); }
    void setLimit(int limit) { m_limit = limit; }
    QString articleId(int row) const;

    static Result<std::optional<KbArticleText>> article(const LocalStore &store,
                                                        const QString &articleId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString id;
        QString slug;
        QString locale;
        QString title;
        QString snippet;
    };

    Result<void> reload();
    void onStoreChanged(const StoreChangeSet &changes);

    LocalStore &m_store;
    QString m_query;
    QString m_locale;
    QString m_ticketId;
    int m_limit = 30;
    QList<Row> m_rows;
};

} // namespace frontline::app

#pragma once

#include "protocol/Result.h"

#include <QString>
#include <QStringList>

namespace frontline::app {

class LocalStore;

struct KbSearchHit
{
    QString id;
    QString slug;
    QString locale;
    QString title;
    QString snippet;
    QStringList tags;
};

// Full-text search in the local cache: the knowledge base and the messages, both FTS5 indexes
// the store keeps as it writes (instant, offline, no round trip).
class CacheSearch
{
public:
    explicit CacheSearch(LocalStore &store)
        : m_store(store)
    {}

    // Local full-text search; each word is a prefix ("заказ" finds "заказа"), every word must
    // match. Articles with all the words in their title or tags come first, then the others;
    // each group ranked by bm25 (title > tags > body) among its newest KbRankWindow matches,
    // so a query made of words most articles contain costs the same as a rare one. `locale`
    // ("ru", "en") filters; empty for all. `projectId` (a store) keeps that store's articles and
    // those for every store; empty for all. Snippets mark the words that matched with `[` `]`.
    Result<QList<KbSearchHit>> searchKb(const QString &query, int limit = 20,
                                        const QString &locale = {},
                                        const QString &projectId = {}) const;
    static constexpr int KbRankWindow = 500;
    // The ranking statement of searchKb's title-and-tags tier (`titles`) or of its second tier;
    // binds: match expression, locale ('' for all) twice, project ('' for all) twice, window.
    // For the benchmark's floor.
    static QString kbRankSql(bool titles);
    // Newest first; indexes the message index's backlog first (see MessageIndex).
    Result<QStringList> searchMessages(const QString &query, int limit = 50);
    // An FTS5 MATCH expression for user input: every word quoted, as a prefix, all required.
    static QString matchExpression(const QString &query);
    // Text as the full-text indexes hold it: ё as е, as SQLite 3.40's unicode61 keeps them apart
    // (one UTF-16 unit each, so snippet offsets still line up with the original text).
    static QString foldForSearch(const QString &text);

private:
    LocalStore &m_store;
};

} // namespace frontline::app

#include "app/store/CacheSearch.h"

#include "app/store/LocalStore.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace frontline::app {

QString CacheSearch::foldForSearch(const QString &text)
{
    // Built anew: replace() on literal data asserts in 6.4.
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (const QChar c : text)
        *out++ = c == u'ё' ? QChar(u'е') : c == u'Ё' ? QChar(u'Е') : c;
    return folded;
}

QString CacheSearch::matchExpression(const QString &query)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList terms;
    for (const QString &word : foldForSearch(query).split(separators, Qt::SkipEmptyParts))
        terms.append(u'"' + word + u"\"*");
    return terms.join(u' ');
}

QString CacheSearch::kbRankSql(bool titles)
{
    // Newest matches first (FTS5 reads the doclists in rowid order and stops at the window);
    // the caller sorts the window by rank.
    return titles ? QStringLiteral(
                        "SELECT f.rowid, bm25(kb_title_fts, 10.0, 5.0) FROM kb_title_fts f JOIN "
                        "kb_articles a ON a.seq = f.rowid WHERE kb_title_fts MATCH ? AND (? = '' "
                        "OR a.locale = ?) AND (? = '' OR a.project_id IS NULL OR a.project_id = "
                        "?) ORDER BY f.rowid DESC LIMIT ?")
                  : QStringLiteral(
                        "SELECT f.rowid, bm25(kb_fts, 10.0, 1.0, 5.0) FROM kb_fts f JOIN "
                        "kb_articles a ON a.seq = f.rowid WHERE kb_fts MATCH ? AND (? = '' OR "
                        "a.locale = ?) AND (? = '' OR a.project_id IS NULL OR a.project_id = ?) "
                        "ORDER BY f.rowid DESC LIMIT ?");
}

namespace {

// About twelve words of `body` around the first one that starts with one of `terms` (folded),
// hits in `[` `]`, "…" where text was left out: what FTS5's snippet() gives, without a second
// full-text query per hit (which would expand every prefix again).
QString kbSnippet(const QString &body, const QStringList &terms)
{
    constexpr int Words = 12;
    struct Span
    {
        qsizetype start;
        qsizetype end;
        bool hit;
    };
    QList<Span> words;
    qsizetype firstHit = -1;
    bool complete = true;
    for (qsizetype i = 0; i < body.size();) {
        if (!body.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < body.size() && body.at(end).isLetterOrNumber())
            ++end;
        const QString word = CacheSearch::foldForSearch(body.mid(i, end - i)).toCaseFolded();
        const bool hit = std::any_of(terms.cbegin(), terms.cend(),
                                     [&](const QString &term) { return word.startsWith(term); });
        if (hit && firstHit < 0)
            firstHit = words.size();
        words.append({i, end, hit});
        i = end;
        // Enough read: the window around the first hit is known.
        if ((firstHit >= 0 && words.size() > firstHit + Words) ||
            (firstHit < 0 && words.size() > 2000)) {
            complete = false;
            break;
        }
    }
    if (words.isEmpty())
        return {};
    qsizetype from = std::max<qsizetype>(0, firstHit - 3);
    qsizetype to = std::min<qsizetype>(words.size(), from + Words);
    from = std::max<qsizetype>(0, to - Words);
    QString text;
    if (from > 0)
        text += u'…';
    else
        text += QStringView(body).left(words.at(0).start).trimmed(); // an opening quote, say
    for (qsizetype w = from; w < to; ++w) {
        const Span &span = words.at(w);
        if (w > from)
            text += QStringView(body).mid(words.at(w - 1).end, span.start - words.at(w - 1).end);
        if (span.hit)
            text += u'[' + QStringView(body).mid(span.start, span.end - span.start) + u']';
        else
            text += QStringView(body).mid(span.start, span.end - span.start);
    }
    if (to < words.size() || !complete)
        text += u'…';
    else
        text += QStringView(body).mid(words.constLast().end).trimmed(); // the final full stop
    return text;
}

} // namespace

Result<QList<KbSearchHit>> CacheSearch::searchKb(const QString &text, int limit,
                                                 const QString &locale,
                                                 const QString &projectId) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return QList<KbSearchHit>();
    // Ranked rowids: the title-and-tags tier, then everything else.
    QList<qint64> ranked;
    QSet<qint64> seen;
    for (const bool titles : {true, false}) {
        if (ranked.size() >= limit)
            break;
        const QString only = locale.isNull() ? QStringLiteral("") : locale;
        const QString store = projectId.isNull() ? QStringLiteral("") : projectId;
        auto query =
            m_store.read(kbRankSql(titles), {match, only, only, store, store, KbRankWindow});
        if (!query)
            return query.error();
        QList<QPair<double, qint64>> window;
        while (query.value().next())
            window.append({query->value(1).toDouble(), query->value(0).toLongLong()});
        // bm25 is lower for better matches; ties keep the newer article first.
        std::stable_sort(window.begin(), window.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &[rank, seq] : std::as_const(window)) {
            if (ranked.size() >= limit)
                break;
            if (!seen.contains(seq)) {
                seen.insert(seq);
                ranked.append(seq);
            }
        }
    }
    if (ranked.isEmpty())
        return QList<KbSearchHit>();
    QStringList list;
    for (const qint64 seq : std::as_const(ranked))
        list.append(QString::number(seq));
    auto rows =
        m_store.read(u"SELECT seq, id, slug, locale, title, body, tags FROM kb_articles WHERE seq "
                     u"IN (" +
                     list.join(u',') + u')');
    if (!rows)
        return rows.error();
    QStringList terms;
    for (const QString &word : matchExpression(text).split(u' ', Qt::SkipEmptyParts))
        terms.append(word.mid(1, word.size() - 3).toCaseFolded()); // "word"* -> word
    QHash<qint64, KbSearchHit> bySeq;
    while (rows.value().next()) {
        bySeq.insert(rows->value(0).toLongLong(),
                     KbSearchHit{rows->value(1).toString(), rows->value(2).toString(),
                                 rows->value(3).toString(), rows->value(4).toString(),
                                 kbSnippet(rows->value(5).toString(), terms),
                                 rows->value(6).toString().split(u' ', Qt::SkipEmptyParts)});
    }
    QList<KbSearchHit> hits;
    for (const qint64 seq : std::as_const(ranked)) {
        if (bySeq.contains(seq))
            hits.append(bySeq.take(seq));
    }
    return hits;
}

Result<QStringList> CacheSearch::searchMessages(const QString &text, int limit)
{
    const QString match = matchExpression(text);
    if (match.isEmpty())
        return QStringList();
    // Messages the housekeeping thread has not indexed yet are indexed now: a search never
    // misses one.
    for (bool caughtUp = false; !caughtUp;) {
        auto step = m_store.indexMessageBacklog(20000);
        if (!step)
            return step.error();
        caughtUp = step.value();
    }
    auto query =
        m_store.read(QStringLiteral("SELECT m.id FROM message_fts JOIN messages m ON m.seq = "
                                    "message_fts.rowid WHERE message_fts MATCH ? ORDER BY "
                                    "m.seq DESC LIMIT ?"),
                     {match, limit});
    if (!query)
        return query.error();
    QStringList ids;
    while (query.value().next())
        ids.append(query->value(0).toString());
    return ids;
}

} // namespace frontline::app

// The client cache's figures for docs/performance.md: feed pages applied per second (the local
// half of a first sync), local echo of a send, and KB search over many articles next to the plain
// FTS5 query on the same file as the floor.
// client_cache_bench [--tickets N] [--messages N] [--articles N] [--page N] [--dir DIR]
//                    [--kb-source DIR]
//
// The KB articles are made of the demo knowledge base's own sentences (resources/demo/kb, 60
// articles in Russian and English), shuffled within a locale, with the demo's product names as
// tags and in titles. So the common words of a contact center's KB (заказ, доставка, order,
// refund...) are in most of the 50,000 articles: the hard case for ranking. The queries are what
// an operator types: title words, two words of a title, a word of a body, a prefix.
#include "app/commands/OperatorCommands.h"
#include "app/session/SignedInUser.h"
#include "app/store/CacheSearch.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"
#include "app/store/MessageIndex.h"
#include "protocol/Message.h"
#include "protocol/Ticket.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace frontline;
using namespace frontline::app;

namespace {

QJsonObject change(qint64 seq, const QString &entity, const QString &id, const QJsonObject &data)
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("op"), QStringLiteral("create")},
            {QStringLiteral("data"), data}};
}

// Sentences, titles and tags of the demo knowledge base, per locale.
struct KbCorpus
{
    QHash<QString, QStringList> sentences, titles, tags;
};

KbCorpus loadKb(const QString &root)
{
    KbCorpus corpus;
    static const QRegularExpression markup(QStringLiteral("[*#_>`]|^\\s*([-+]|\\d+\\.)\\s+"));
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
    for (const QString &locale : {QStringLiteral("ru"), QStringLiteral("en")}) {
        QDirIterator files(root + u'/' + locale, {QStringLiteral("*.md")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            corpus.tags[locale].append(QFileInfo(path).dir().dirName());
            for (QString line : QString::fromUtf8(file.readAll()).split(u'\n')) {
                if (line.startsWith(u'#')) {
                    corpus.titles[locale].append(line.remove(markup).trimmed());
                    continue;
                }
                line.remove(markup);
                for (const QString &sentence : line.split(sentenceEnd, Qt::SkipEmptyParts)) {
                    if (sentence.count(u' ') >= 3)
                        corpus.sentences[locale].append(sentence.trimmed());
                }
            }
        }
        if (corpus.sentences[locale].isEmpty())
            qFatal("no demo KB articles under %s", qPrintable(root));
    }
    return corpus;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty()
               ? 0
               : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

struct Options
{
    int tickets = 100000, messages = 500000, articles = 50000, pageSize = 5000;
    QString dir, kbSource;
};

Options parseOptions(const QCoreApplication &app, const QString &temporaryDir)
{
    QCommandLineParser parser;
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"), QStringLiteral("Tickets."),
                                           QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages."),
                                            QStringLiteral("N"), QStringLiteral("500000"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"),
                                            QStringLiteral("KB articles."), QStringLiteral("N"),
                                            QStringLiteral("50000"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Work folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption kbOption(
        QStringLiteral("kb-source"), QStringLiteral("The demo KB (resources/demo/kb)."),
        QStringLiteral("DIR"), QString::fromUtf8(FRONTLINE_SOURCE_DIR "/resources/demo/kb"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QStringLiteral("Changes per feed page."),
                                        QStringLiteral("N"), QStringLiteral("5000"));
    parser.addOptions(
        {ticketsOption, messagesOption, articlesOption, dirOption, pageOption, kbOption});
    parser.addHelpOption();
    parser.process(app);
    return Options{parser.value(ticketsOption).toInt(),
                   parser.value(messagesOption).toInt(),
                   parser.value(articlesOption).toInt(),
                   parser.value(pageOption).toInt(),
                   parser.isSet(dirOption) ? parser.value(dirOption) : temporaryDir,
                   parser.value(kbOption)};
}

// Feed pages as the back office sends them: JSON text, `pageSize` changes each.
class FeedPages
{
public:
    explicit FeedPages(int pageSize)
        : m_pageSize(pageSize)
    {}

    void add(const QString &entity, const QString &id, const QJsonObject &data)
    {
        m_page.append(change(++m_seq, entity, id, data));
        if (m_page.size() == m_pageSize)
            flush(true);
    }
    void flush(bool more)
    {
        if (m_page.isEmpty())
            return;
        pages.append(QJsonDocument(QJsonObject{{QStringLiteral("changes"), m_page},
                                               {QStringLiteral("next"), m_seq},
                                               {QStringLiteral("more"), more}})
                         .toJson(QJsonDocument::Compact));
        m_page = {};
    }
    qint64 seq() const { return m_seq; }

    QList<QByteArray> pages;

private:
    int m_pageSize;
    qint64 m_seq = 0;
    QJsonArray m_page;
};

QJsonObject scenarios(const Options &options)
{
    QFile file(options.kbSource + u"/../scenarios.json");
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The demo's phrases (openings, follow-ups, replies) and subjects, in both languages.
void loadPhrases(const QJsonObject &scenarios, QStringList &phrases, QStringList &subjects)
{
    for (const QJsonValue &topic : scenarios.value(u"topics").toArray()) {
        for (const char *locale : {"ru", "en"}) {
            for (const char *kind : {"openings", "follow_ups", "operator_replies"}) {
                for (const QJsonValue &text :
                     topic[QLatin1StringView(kind)][QLatin1StringView(locale)].toArray())
                    phrases.append(text.toString());
            }
            for (const QJsonValue &text :
                 topic[u"subjects"_qs][QLatin1StringView(locale)].toArray())
                subjects.append(text.toString());
        }
    }
}

protocol::Ticket closedTicket(int t, const QString &subject, const QDateTime &created, int count)
{
    protocol::Ticket ticket;
    ticket.id = QString::number(t);
    ticket.number = 1000 + t;
    ticket.channel = protocol::Channel::Chat;
    ticket.status = protocol::TicketStatus::Closed;
    ticket.queue = QStringLiteral("orders");
    ticket.subject = subject;
    ticket.assigneeId = QStringLiteral("1");
    ticket.firstResponseDue = created.addSecs(600);
    ticket.resolutionDue = created.addDays(1);
    ticket.firstResponseAt = created.addSecs(60);
    ticket.lastCustomerMessageAt = created;
    ticket.resolutionCode = QStringLiteral("answered");
    ticket.version = 1;
    ticket.createdAt = created;
    ticket.updatedAt = created.addSecs(count * 180);
    return ticket;
}

// Like backoffice_seed: each ticket's messages (the demo's phrases), then the ticket.
void addTickets(FeedPages &feed, QRandomGenerator &random, const Options &options)
{
    QStringList phrases, subjects;
    loadPhrases(scenarios(options), phrases, subjects);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int tickets = std::max(1, options.tickets);
    qint64 messageId = 0;
    for (int t = 1; t <= options.tickets; ++t) {
        const int count = options.messages / tickets + (t <= options.messages % tickets);
        const QDateTime created = now.addSecs(-qint64(random.bounded(30 * 24 * 3600)));
        for (int m = 0; m < count; ++m) {
            protocol::Message message;
            message.id = QString::number(++messageId);
            message.ticketId = QString::number(t);
            message.authorKind =
                m % 2 ? protocol::AuthorKind::Operator : protocol::AuthorKind::Customer;
            message.authorId = m % 2 ? QStringLiteral("1") : QString();
            message.authorName = m % 2 ? QStringLiteral("bench") : QString();
            message.body = phrases.at(random.bounded(phrases.size()));
            message.createdAt = created.addSecs(m * 180);
            feed.add(QStringLiteral("message"), message.id, message.toJson());
        }
        const protocol::Ticket ticket =
            closedTicket(t, subjects.at(random.bounded(subjects.size())), created, count);
        feed.add(QStringLiteral("ticket"), ticket.id, ticket.toJson());
    }
    feed.flush(false);
}

// Parsing each page and ChangeFeedApplier::applyPage, as SyncEngine does.
void applyPages(LocalStore &store, QList<QByteArray> &pages)
{
    for (const QByteArray &body : std::as_const(pages)) {
        const QJsonObject parsed = QJsonDocument::fromJson(body).object();
        if (auto applied = ChangeFeedApplier(store).applyPage(parsed, body); !applied)
            qFatal("%s", qPrintable(applied.error().message));
    }
    pages.clear();
}

// 1. Feed pages built first, then timed; the message index's backlog after them.
qint64 measureFeed(LocalStore &store, FeedPages &feed, QRandomGenerator &random,
                   const Options &options)
{
    addTickets(feed, random, options);
    const qint64 feedRows = feed.seq();
    const qint64 pages = feed.pages.size();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    applyPages(store, feed.pages);
    const double feedSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double feedCpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    std::printf("RESULT feed_apply rows=%lld pages=%lld seconds=%.2f cpu_s=%.2f rows_per_s=%.0f\n",
                static_cast<long long>(feedRows), static_cast<long long>(pages), feedSeconds,
                feedCpu, double(feedRows) / feedSeconds);
    std::fflush(stdout);
    // The message index's backlog (MessageIndex): the housekeeping thread indexes it after the
    // pages; the later figures are taken once it is done.
    timer.restart();
    while (!store.stateValue(QString::fromLatin1(MessageIndex::BacklogKey)).value().isEmpty())
        QThread::msleep(20);
    std::printf("RESULT message_index_after_feed seconds=%.2f\n",
                double(timer.nsecsElapsed()) / 1e9);
    std::fflush(stdout);
    return feedRows;
}

QString pick(QRandomGenerator &random, const QStringList &list)
{
    return list.isEmpty() ? QString() : list.at(random.bounded(list.size()));
}

QJsonObject article(int a, QRandomGenerator &random, const KbCorpus &kb,
                    const QHash<QString, QStringList> &products)
{
    const QString locale = a % 2 ? QStringLiteral("ru") : QStringLiteral("en");
    const QString product = pick(random, products.value(locale));
    QString title = pick(random, kb.titles.value(locale));
    if (random.bounded(3) == 0)
        title += u": " + product;
    QStringList body;
    for (qsizetype words = 0; words < 120;) {
        body.append(pick(random, kb.sentences.value(locale)));
        words += body.constLast().count(u' ') + 1;
    }
    if (random.bounded(2) == 0)
        body.insert(random.bounded(body.size()), product + u'.');
    return {{QStringLiteral("id"), QString::number(a)},
            {QStringLiteral("slug"), QString(u"article-" + QString::number(a))},
            {QStringLiteral("locale"), locale},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body.join(u' ')},
            {QStringLiteral("tags"), QJsonArray{pick(random, kb.tags.value(locale)),
                                                product.section(u' ', 0, 0).toLower()}},
            {QStringLiteral("version"), 1}};
}

// The KB articles, made of the demo KB's sentences, applied as feed pages.
void measureKbApply(LocalStore &store, FeedPages &feed, QRandomGenerator &random,
                    const KbCorpus &kb, const Options &options)
{
    QHash<QString, QStringList> products;
    for (const QJsonValue &product : scenarios(options).value(u"products").toArray()) {
        for (const QString &locale : {QStringLiteral("ru"), QStringLiteral("en")})
            products[locale].append(product[u"name"_qs][locale].toString());
    }
    for (int a = 1; a <= options.articles; ++a)
        feed.add(QStringLiteral("kb_article"), QString::number(a),
                 article(a, random, kb, products));
    feed.flush(false);
    QElapsedTimer timer;
    timer.start();
    applyPages(store, feed.pages);
    std::printf("RESULT kb_apply articles=%d seconds=%.2f\n", options.articles,
                double(timer.nsecsElapsed()) / 1e9);
    std::fflush(stdout);
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// 2. Local echo of a send on this cache: an operator's sends, 10 ms apart so the cache's
// maintenance thread runs between them as it would.
bool measureEcho(LocalStore &store, const Options &options, qint64 feedRows)
{
    SignedInUser me;
    me.id = QStringLiteral("1");
    OperatorCommands commands(store, me);
    QList<double> echo, echoCpu;
    QElapsedTimer timer;
    for (int i = 0; i < 500; ++i) {
        QThread::msleep(10);
        const double cpu = threadCpuMs();
        timer.restart();
        if (!commands.sendMessage(QString::number(1 + i % std::max(1, options.tickets)),
                                  QStringLiteral("reply %1").arg(i)))
            return false;
        echo.append(double(timer.nsecsElapsed()) / 1e6);
        echoCpu.append(threadCpuMs() - cpu);
    }
    std::printf("RESULT local_echo_isolated sends=%lld cache_rows=%lld p50_ms=%.3f p99_ms=%.3f "
                "max_ms=%.3f cpu_p50_ms=%.3f cpu_p99_ms=%.3f\n",
                static_cast<long long>(echo.size()), static_cast<long long>(feedRows),
                percentile(echo, 0.5), percentile(echo, 0.99), percentile(echo, 1.0),
                percentile(echoCpu, 0.5), percentile(echoCpu, 0.99));
    std::fflush(stdout);
    return true;
}

// What an operator types: a title word, two words of a title, a word of a body, a prefix.
QList<QString> searchQueries(QRandomGenerator &random, const KbCorpus &kb)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const auto wordsOf = [](const QString &text) {
        QStringList list;
        for (const QString &word : text.toLower().split(nonWord, Qt::SkipEmptyParts)) {
            if (word.size() >= 3)
                list.append(word);
        }
        return list;
    };
    QList<QString> queries;
    for (int i = 0; i < 1000; ++i) {
        const QString locale = i % 2 ? QStringLiteral("ru") : QStringLiteral("en");
        const QStringList title = wordsOf(pick(random, kb.titles.value(locale)));
        const QStringList sentence = wordsOf(pick(random, kb.sentences.value(locale)));
        switch (i % 4) {
        case 0:
            queries.append(pick(random, title));
            break;
        case 1:
            queries.append(pick(random, title) + u' ' + pick(random, title));
            break;
        case 2:
            queries.append(pick(random, sentence));
            break;
        default:
            queries.append(pick(random, sentence).left(3 + random.bounded(3)));
        }
        if (queries.constLast().isEmpty())
            queries.last() = QStringLiteral("заказ");
    }
    return queries;
}

// Wall time is what the operator waits; CPU time of this thread says what the search costs
// when the machine is shared (a loaded machine stretches the wall time, not the CPU time).
struct Times
{
    QList<double> wall, cpu;
};

Times timeQueries(const QList<QString> &queries, const std::function<bool(const QString &)> &search)
{
    Times times;
    QElapsedTimer timer;
    for (const QString &query : queries) {
        const double cpu = threadCpuMs();
        timer.restart();
        if (!search(query))
            qFatal("search failed: %s", qPrintable(query));
        times.wall.append(double(timer.nsecsElapsed()) / 1e6);
        times.cpu.append(threadCpuMs() - cpu);
    }
    return times;
}

void report(const char *what, int articles, const Times &times)
{
    std::printf("RESULT %s articles=%d queries=%lld p50_ms=%.3f p99_ms=%.3f max_ms=%.3f "
                "cpu_p50_ms=%.3f cpu_p99_ms=%.3f\n",
                what, articles, static_cast<long long>(times.wall.size()),
                percentile(times.wall, 0.5), percentile(times.wall, 0.99),
                percentile(times.wall, 1.0), percentile(times.cpu, 0.5),
                percentile(times.cpu, 0.99));
    std::fflush(stdout);
}

// The floor: searchKb's statements, prepared once on a bare connection, without building hits
// or snippets.
bool floorSearch(QSqlQuery &titles, QSqlQuery &everything, QSqlQuery &rows, const QString &text)
{
    const QString match = CacheSearch::matchExpression(text);
    QStringList seqs;
    for (QSqlQuery *rank : {&titles, &everything}) {
        if (seqs.size() >= 20)
            break;
        for (const QVariant &value :
             {QVariant(match), QVariant(QStringLiteral("")), QVariant(QStringLiteral("")),
              QVariant(QStringLiteral("")), QVariant(QStringLiteral("")),
              QVariant(CacheSearch::KbRankWindow)})
            rank->addBindValue(value);
        if (!rank->exec())
            return false;
        while (rank->next()) {
            if (seqs.size() < 20)
                seqs.append(rank->value(0).toString());
        }
    }
    if (!seqs.isEmpty() && !rows.exec(u"SELECT seq, id, slug, locale, title, body, tags FROM "
                                      u"kb_articles WHERE seq IN (" +
                                      seqs.join(u',') + u')'))
        return false;
    while (rows.next()) {
    }
    return true;
}

// The floor and the textbook FTS5 search (one statement, bm25 over every match, snippet() per
// row) on a plain connection to the same file.
void measurePlainSearches(const QString &path, const QList<QString> &queries, int articles)
{
    QSqlDatabase plain =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
    plain.setDatabaseName(path);
    plain.open();
    QSqlQuery(plain).exec(QStringLiteral("PRAGMA cache_size=-32768")); // as LocalStore's
    QSqlQuery titles(plain), everything(plain), rows(plain), textbook(plain);
    titles.prepare(CacheSearch::kbRankSql(true));
    everything.prepare(CacheSearch::kbRankSql(false));
    report("kb_search_floor", articles, timeQueries(queries, [&](const QString &text) {
               return floorSearch(titles, everything, rows, text);
           }));
    textbook.prepare(QStringLiteral(
        "SELECT a.id, a.title, snippet(kb_fts, 1, '[', ']', '…', 12) FROM kb_fts JOIN "
        "kb_articles a ON a.seq = kb_fts.rowid WHERE kb_fts MATCH ? ORDER BY "
        "bm25(kb_fts, 10.0, 1.0, 5.0) LIMIT 20"));
    report("kb_search_textbook", articles, timeQueries(queries, [&](const QString &text) {
               textbook.addBindValue(CacheSearch::matchExpression(text));
               if (!textbook.exec())
                   return false;
               while (textbook.next()) {
               }
               return true;
           }));
}

// 3. KB search through the cache, and the same SQL prepared once on a plain connection.
void measureSearch(LocalStore &store, const QString &path, const QList<QString> &queries,
                   int articles)
{
    qint64 found = 0;
    report("kb_search", articles, timeQueries(queries, [&](const QString &query) {
               auto hits = CacheSearch(store).searchKb(query);
               found += hits ? hits->size() : 0;
               return hits.ok();
           }));
    measurePlainSearches(path, queries, articles);
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    std::printf("RESULT kb_search_hits hits=%lld queries=%lld\n", static_cast<long long>(found),
                static_cast<long long>(queries.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const Options options = parseOptions(app, temporary.path());
    const QString path = options.dir + u"/bench-cache.sqlite";
    QFile::remove(path);
    LocalStore store;
    if (auto opened = store.open(path); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    QRandomGenerator random(42);
    FeedPages feed(options.pageSize);
    const qint64 feedRows = measureFeed(store, feed, random, options);
    const KbCorpus kb = loadKb(options.kbSource);
    measureKbApply(store, feed, random, kb, options);
    if (!measureEcho(store, options, feedRows))
        return 1;
    measureSearch(store, path, searchQueries(random, kb), options.articles);
    return 0;
}

#include "app/store/LocalStore.h"
#include "app/commands/OperatorCommands.h"
#include "app/session/SignedInUser.h"
#include "app/store/CacheSearch.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/Outbox.h"
#include "app/store/SqlTransaction.h"
#include "app/store/StoreSchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <memory>

using namespace frontline::app;

namespace {

QJsonObject ticketJson(const QString &id, qint64 version, const QString &status = u"new"_qs)
{
    return QJsonObject{{u"id"_qs, id},
                       {u"number"_qs, id.toLongLong()},
                       {u"channel"_qs, u"chat"_qs},
                       {u"status"_qs, status},
                       {u"priority"_qs, u"normal"_qs},
                       {u"queue"_qs, u"orders"_qs},
                       {u"subject"_qs, u"Where is my order?"_qs},
                       {u"customer_id"_qs, QJsonValue::Null},
                       {u"assignee_id"_qs, QJsonValue::Null},
                       {u"version"_qs, version},
                       {u"created_at"_qs, u"2026-11-23T10:00:00.000Z"_qs},
                       {u"updated_at"_qs, u"2026-11-23T10:00:00.000Z"_qs}};
}

QJsonObject change(qint64 seq, const QString &entity, const QString &id, const QJsonObject &data)
{
    return QJsonObject{{u"seq"_qs, seq},
                       {u"entity"_qs, entity},
                       {u"id"_qs, id},
                       {u"op"_qs, u"create"_qs},
                       {u"data"_qs, data}};
}

QJsonObject messageJson(const QString &id, const QString &ticketId, const QString &body)
{
    return QJsonObject{{u"id"_qs, id},
                       {u"ticket_id"_qs, ticketId},
                       {u"author_kind"_qs, u"customer"_qs},
                       {u"author_name"_qs, u"Anna"_qs},
                       {u"internal"_qs, false},
                       {u"body"_qs, body},
                       {u"created_at"_qs, u"2026-11-23T10:01:00.000Z"_qs}};
}

QJsonObject articleJson(const QString &id, const QString &locale, const QString &title,
                        const QString &body, const QStringList &tags)
{
    return QJsonObject{{u"id"_qs, id},         {u"slug"_qs, QString(u"a-"_qs + id)},
                       {u"locale"_qs, locale}, {u"title"_qs, title},
                       {u"body"_qs, body},     {u"tags"_qs, QJsonArray::fromStringList(tags)},
                       {u"version"_qs, 1},     {u"updated_at"_qs, u"2026-11-23T10:00:00.000Z"_qs}};
}

QJsonObject samplePage()
{
    return QJsonObject{
        {u"changes"_qs,
         QJsonArray{change(1, u"ticket"_qs, u"1"_qs, ticketJson(u"1"_qs, 1)),
                    change(2, u"message"_qs, u"10"_qs,
                           messageJson(u"10"_qs, u"1"_qs, u"Где мой заказ?"_qs)),
                    change(3, u"kb_article"_qs, u"5"_qs,
                           articleJson(u"5"_qs, u"ru"_qs, u"Статус заказа"_qs,
                                       u"Статус заказа можно узнать в личном кабинете. Ёлка."_qs,
                                       {u"доставка"_qs})),
                    change(4, u"kb_article"_qs, u"6"_qs,
                           articleJson(u"6"_qs, u"en"_qs, u"Refunds for damaged items"_qs,
                                       u"Refunds are issued within five days."_qs,
                                       {u"returns"_qs, u"payment"_qs}))}},
        {u"next"_qs, 4},
        {u"more"_qs, false}};
}

class LocalStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(u"cache.sqlite"_qs);
        auto opened = store.open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    }

    int outboxRows()
    {
        auto query = store.read(u"SELECT COUNT(*) FROM outbox"_qs);
        query.value().next();
        return query.value().value(0).toInt();
    }

    QTemporaryDir dir;
    QString path;
    LocalStore store;
};

} // namespace

TEST_F(LocalStoreTest, OpensInWalModeAtTheCurrentSchema)
{
    EXPECT_EQ(store.schemaVersion(), int(storeMigrations().size()));
    auto mode = store.read(u"PRAGMA journal_mode"_qs);
    ASSERT_TRUE(mode.ok());
    mode.value().next();
    EXPECT_EQ(mode.value().value(0).toString(), u"wal");
    EXPECT_EQ(store.cursor(), 0);
    // Reopening an up-to-date file migrates nothing and keeps the data.
    ASSERT_TRUE(store.setStateValue(u"cursor"_qs, u"7"_qs).ok());
    store.close();
    ASSERT_TRUE(store.open(path).ok());
    EXPECT_EQ(store.cursor(), 7);
}

TEST_F(LocalStoreTest, RefusesACacheWrittenByANewerVersion)
{
    ASSERT_TRUE(store.write(u"PRAGMA user_version = 999"_qs).ok());
    store.close();
    LocalStore other;
    auto opened = other.open(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, u"cache_too_new");
    EXPECT_TRUE(opened.error().message.contains(u"newer")) << opened.error().message.toStdString();
    EXPECT_FALSE(other.isOpen());
}

TEST_F(LocalStoreTest, AppliesAPageWithItsCursorAndNamesWhatChanged)
{
    QSignalSpy spy(&store, &LocalStore::changed);
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    EXPECT_EQ(store.cursor(), 4);
    EXPECT_EQ(store.count(u"tickets"_qs).value(), 1);
    EXPECT_EQ(store.count(u"messages"_qs).value(), 1);
    EXPECT_EQ(store.count(u"kb_articles"_qs).value(), 2);
    ASSERT_EQ(spy.count(), 1);
    const auto changes = spy.at(0).at(0).value<StoreChangeSet>();
    EXPECT_TRUE(changes.tickets.contains(u"1"_qs));
    EXPECT_EQ(changes.messagesAdded.value(u"1"_qs), QStringList{u"10"_qs});
    EXPECT_EQ(changes.kbArticles.size(), 2);
    EXPECT_TRUE(changes.cursor);
    // The same page again changes nothing but is harmless.
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    EXPECT_EQ(store.count(u"messages"_qs).value(), 1);
}

// A colleague's profile (everyone gets it) and, later, the operator's own capacity change (only
// they get it) merge: the name stays.
TEST_F(LocalStoreTest, OperatorChangesMergeSoTheNameStays)
{
    const QJsonObject profile{{u"id"_qs, u"7"_qs},
                              {u"display_name"_qs, u"Pavel Sokolov"_qs},
                              {u"role"_qs, u"operator"_qs},
                              {u"line"_qs, 2},
                              {u"team"_qs, u"second-line"_qs}};
    const QJsonObject capacity{{u"id"_qs, u"7"_qs}, {u"max_chats"_qs, 5}, {u"active_chats"_qs, 1}};
    QSignalSpy spy(&store, &LocalStore::changed);
    ASSERT_TRUE(
        ChangeFeedApplier(store)
            .applyPage({{u"changes"_qs, QJsonArray{change(1, u"operator"_qs, u"7"_qs, profile),
                                                   change(2, u"operator"_qs, u"7"_qs, capacity)}},
                        {u"next"_qs, 2}})
            .ok());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_TRUE(spy.at(0).at(0).value<StoreChangeSet>().operators.contains(u"7"_qs));
    auto row =
        store.read(u"SELECT json_extract(json, '$.display_name'), json_extract(json, "
                   "'$.line'), json_extract(json, '$.max_chats') FROM operators WHERE id = '7'"_qs);
    ASSERT_TRUE(row && row.value().next());
    EXPECT_EQ(row->value(0).toString(), u"Pavel Sokolov");
    EXPECT_EQ(row->value(1).toInt(), 2);
    EXPECT_EQ(row->value(2).toInt(), 5);
}

TEST_F(LocalStoreTest, AFaultOnAnyWriteOfAPageLeavesNothingHalfApplied)
{
    const int before = store.writeCount();
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    const int writes = store.writeCount() - before;
    ASSERT_GT(writes, 4);
    for (int i = 1; i <= writes; ++i) {
        SCOPED_TRACE(i);
        LocalStore fresh;
        ASSERT_TRUE(fresh.open(dir.filePath(QStringLiteral("fault-%1.sqlite").arg(i))).ok());
        fresh.failWriteAt(i);
        EXPECT_FALSE(ChangeFeedApplier(fresh).applyPage(samplePage()).ok());
        EXPECT_EQ(fresh.cursor(), 0);
        EXPECT_EQ(fresh.count(u"tickets"_qs).value(), 0);
        EXPECT_EQ(fresh.count(u"messages"_qs).value(), 0);
        EXPECT_EQ(fresh.count(u"kb_articles"_qs).value(), 0);
        EXPECT_TRUE(CacheSearch(fresh).searchKb(u"заказ"_qs).value().isEmpty());
        // Once the fault is gone the same page applies in full.
        ASSERT_TRUE(ChangeFeedApplier(fresh).applyPage(samplePage()).ok());
        EXPECT_EQ(fresh.cursor(), 4);
        EXPECT_EQ(CacheSearch(fresh).searchKb(u"заказ"_qs).value().size(), 1);
    }
}

TEST_F(LocalStoreTest, SearchesTheKnowledgeBaseInRussianAndEnglish)
{
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    auto ids = [&](const QString &query) {
        QStringList found;
        const auto hits = CacheSearch(store).searchKb(query);
        for (const KbSearchHit &hit : hits.value())
            found.append(hit.id);
        return found;
    };
    EXPECT_EQ(ids(u"заказ"_qs), QStringList{u"5"_qs});   // prefix: заказ finds заказа
    EXPECT_EQ(ids(u"ЗАКАЗА"_qs), QStringList{u"5"_qs});  // case folds
    EXPECT_EQ(ids(u"елка"_qs), QStringList{u"5"_qs});    // ё folds to е
    EXPECT_EQ(ids(u"доставк"_qs), QStringList{u"5"_qs}); // tags are searched
    EXPECT_EQ(ids(u"refund"_qs), QStringList{u"6"_qs});
    EXPECT_EQ(ids(u"Refunds damaged"_qs), QStringList{u"6"_qs}); // every word must match
    EXPECT_TRUE(ids(u"refund заказ"_qs).isEmpty());
    EXPECT_TRUE(ids(u"\"*()"_qs).isEmpty()); // FTS syntax in the query is not interpreted
    const auto hits = CacheSearch(store).searchKb(u"личн"_qs).value();
    ASSERT_EQ(hits.size(), 1);
    EXPECT_TRUE(hits[0].snippet.contains(u"[личном]")) << hits[0].snippet.toStdString();
    EXPECT_EQ(CacheSearch(store).searchMessages(u"заказ"_qs).value(), QStringList{u"10"_qs});
}

TEST_F(LocalStoreTest, TicketsKeepTheBackOfficesOwnJsonText)
{
    // As the back office sends a page: the ticket's data is stored byte for byte (not written
    // out again), and reads back as the same ticket.
    QJsonObject ticket = ticketJson(u"1"_qs, 3, u"open"_qs);
    ticket.insert(u"subject"_qs, u"Заказ \"HP-1\" не пришёл\n"_qs);
    const QByteArray data = QJsonDocument(ticket).toJson(QJsonDocument::Compact);
    const QByteArray body = "{ \"changes\" : [ {\"seq\":1,\"entity\":\"ticket\",\"id\":\"1\","
                            "\"op\":\"create\",\"data\": " +
                            data + " } ], \"next\": 1, \"more\": false }";
    const QJsonObject page = QJsonDocument::fromJson(body).object();
    ASSERT_FALSE(page.isEmpty());
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(page, body).ok());
    { // closed before the next page: an open read keeps the cache's snapshot
        auto stored = store.read(u"SELECT server_json FROM tickets WHERE id = '1'"_qs);
        ASSERT_TRUE(stored.ok() && stored.value().next());
        EXPECT_EQ(stored.value().value(0).toString().toUtf8(), data);
    }
    EXPECT_EQ(store.serverTicket(u"1"_qs).value(), ticket);
    EXPECT_EQ(store.ticket(u"1"_qs).value()->ticket.subject, u"Заказ \"HP-1\" не пришёл\n");
    // A body that does not match the parsed page is not used: the ticket is written out anew.
    ticket.insert(u"version"_qs, 4);
    const QJsonObject second{{u"changes"_qs, QJsonArray{change(2, u"ticket"_qs, u"1"_qs, ticket)}},
                             {u"next"_qs, 2},
                             {u"more"_qs, false}};
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(second, "{\"changes\": []}").ok());
    EXPECT_EQ(store.serverTicket(u"1"_qs).value(), ticket);
}

TEST_F(LocalStoreTest, KbSearchPutsTitleAndTagHitsFirstAndFollowsEdits)
{
    QJsonArray changes;
    // Article 1 says "возврат" five times in its body; article 2 has it in its title only.
    changes.append(change(1, u"kb_article"_qs, u"1"_qs,
                          articleJson(u"1"_qs, u"ru"_qs, u"Доставка курьером"_qs,
                                      u"Возврат, возврат, возврат, возврат и ещё возврат."_qs,
                                      {u"доставка"_qs})));
    changes.append(change(2, u"kb_article"_qs, u"2"_qs,
                          articleJson(u"2"_qs, u"ru"_qs, u"Возврат денег"_qs,
                                      u"Деньги приходят за три дня."_qs, {u"оплата"_qs})));
    changes.append(
        change(3, u"kb_article"_qs, u"3"_qs,
               articleJson(u"3"_qs, u"en"_qs, u"Refunds"_qs,
                           u"A refund (возврат) takes three days."_qs, {u"payment"_qs})));
    ASSERT_TRUE(ChangeFeedApplier(store)
                    .applyPage({{u"changes"_qs, changes}, {u"next"_qs, 3}, {u"more"_qs, false}})
                    .ok());
    auto ids = [&](const QString &query, const QString &locale = {}) {
        QStringList found;
        const auto hits = CacheSearch(store).searchKb(query, 20, locale);
        for (const KbSearchHit &hit : hits.value())
            found.append(hit.id);
        return found;
    };
    EXPECT_EQ(ids(u"возврат"_qs), (QStringList{u"2"_qs, u"1"_qs, u"3"_qs}));
    EXPECT_EQ(ids(u"возврат"_qs, u"en"_qs), QStringList{u"3"_qs});
    EXPECT_EQ(ids(u"оплат"_qs), QStringList{u"2"_qs}); // tags are the first tier too
    EXPECT_EQ(ids(u"возврат"_qs, u"ru"_qs).size(), 2);
    EXPECT_EQ(CacheSearch(store).searchKb(u"возврат"_qs, 1).value().size(), 1);
    const auto hits = CacheSearch(store).searchKb(u"деньг"_qs).value();
    ASSERT_EQ(hits.size(), 1);
    EXPECT_EQ(hits[0].snippet, u"[Деньги] приходят за три дня."_qs);
    // A hit in the title only: the snippet is the start of the body.
    EXPECT_EQ(CacheSearch(store).searchKb(u"курьер"_qs).value().value(0).snippet,
              u"Возврат, возврат, возврат, возврат и ещё возврат."_qs);

    // An edit replaces the indexed text; a deletion removes it from both indexes.
    const QJsonArray edits{
        change(4, u"kb_article"_qs, u"2"_qs,
               articleJson(u"2"_qs, u"ru"_qs, u"Компенсация"_qs, u"Выплата за пять дней."_qs, {})),
        QJsonObject{{u"seq"_qs, 5},
                    {u"entity"_qs, u"kb_article"_qs},
                    {u"id"_qs, u"3"_qs},
                    {u"op"_qs, u"delete"_qs},
                    {u"data"_qs, QJsonObject{}}}};
    ASSERT_TRUE(ChangeFeedApplier(store)
                    .applyPage({{u"changes"_qs, edits}, {u"next"_qs, 5}, {u"more"_qs, false}})
                    .ok());
    EXPECT_EQ(ids(u"возврат"_qs), QStringList{u"1"_qs});
    EXPECT_EQ(ids(u"компенсац"_qs), QStringList{u"2"_qs});
    EXPECT_EQ(ids(u"выплат"_qs), QStringList{u"2"_qs});
    EXPECT_TRUE(ids(u"деньги"_qs).isEmpty());
    EXPECT_TRUE(ids(u"refund"_qs).isEmpty());
    auto check = store.write(u"INSERT INTO kb_fts (kb_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();
    check = store.write(u"INSERT INTO kb_title_fts (kb_title_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();
}

TEST_F(LocalStoreTest, TheMessageIndexFollowsEchoesAndDeletions)
{
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    SignedInUser me;
    me.id = u"3"_qs;
    OperatorCommands commands(store, me);
    QStringList echoes;
    for (int i = 0; i < 40; ++i) {
        auto sent = commands.sendMessage(u"1"_qs, QStringLiteral("Посылка %1 уже в пути").arg(i));
        ASSERT_TRUE(sent.ok());
        echoes.append(sent.value());
    }
    EXPECT_EQ(CacheSearch(store).searchMessages(u"посылк"_qs, 100).value().size(), 40);
    EXPECT_EQ(CacheSearch(store).searchMessages(u"заказ"_qs).value(), QStringList{u"10"_qs});
    // The feed deletes the server's message; the echoes' rows go as their commands are dropped.
    const QJsonObject page{{u"changes"_qs, QJsonArray{QJsonObject{{u"seq"_qs, 5},
                                                                  {u"entity"_qs, u"message"_qs},
                                                                  {u"id"_qs, u"10"_qs},
                                                                  {u"op"_qs, u"delete"_qs},
                                                                  {u"data"_qs, QJsonObject{}}}}},
                           {u"next"_qs, 5},
                           {u"more"_qs, false}};
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(page).ok());
    ASSERT_TRUE(store.write(u"DELETE FROM messages WHERE id = ?"_qs, {echoes.first()}).ok());
    EXPECT_TRUE(CacheSearch(store).searchMessages(u"заказ"_qs).value().isEmpty());
    EXPECT_EQ(CacheSearch(store).searchMessages(u"посылк"_qs, 100).value().size(), 39);
    auto check =
        store.write(u"INSERT INTO message_fts (message_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();
}

TEST_F(LocalStoreTest, CommandsEchoLocallyAndQueueInOneTransaction)
{
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    SignedInUser me;
    me.id = u"3"_qs;
    OperatorCommands commands(store, me);
    QSignalSpy queued(&commands, &OperatorCommands::queued);
    auto sent = commands.sendMessage(u"1"_qs, u"Уже в пути"_qs);
    ASSERT_TRUE(sent.ok());
    EXPECT_TRUE(sent.value().startsWith(u"local:"));
    const auto messages = store.messages(u"1"_qs).value();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages[1].state, u"pending");
    EXPECT_EQ(messages[1].body, u"Уже в пути");

    ASSERT_TRUE(commands.changeStatus(u"1"_qs, u"pending"_qs).ok());
    auto shown = store.ticket(u"1"_qs).value();
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(shown->ticket.status, frontline::protocol::TicketStatus::Pending);
    EXPECT_TRUE(shown->localChangesPending);
    EXPECT_EQ(store.serverTicket(u"1"_qs).value().value(u"status").toString(), u"new");
    // A newer server version from the feed keeps the queued change laid over it.
    ASSERT_TRUE(ChangeFeedApplier(store)
                    .applyPage({{u"changes"_qs, QJsonArray{change(5, u"ticket"_qs, u"1"_qs,
                                                                  ticketJson(u"1"_qs, 2))}},
                                {u"next"_qs, 5}})
                    .ok());
    EXPECT_EQ(store.ticket(u"1"_qs).value()->ticket.status,
              frontline::protocol::TicketStatus::Pending);
    EXPECT_EQ(store.ticket(u"1"_qs).value()->ticket.version, 2);
    EXPECT_EQ(Outbox(store).pendingCount().value(), 2);
    EXPECT_EQ(queued.count(), 2);
    EXPECT_FALSE(commands.sendMessage(u"1"_qs, u"   "_qs).ok());
}

TEST_F(LocalStoreTest, AFaultOnAnyWriteOfACommandLeavesNeitherEchoNorOutboxEntry)
{
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    SignedInUser me;
    me.id = u"3"_qs;
    OperatorCommands commands(store, me);
    const int before = store.writeCount();
    ASSERT_TRUE(commands.sendMessage(u"1"_qs, u"probe"_qs).ok());
    const int writes = store.writeCount() - before;
    ASSERT_TRUE(store.write(u"DELETE FROM outbox"_qs).ok());
    ASSERT_TRUE(store.write(u"DELETE FROM messages WHERE state = 'pending'"_qs).ok());
    for (int i = 1; i <= writes; ++i) {
        SCOPED_TRACE(i);
        store.failWriteAt(i);
        EXPECT_FALSE(commands.sendMessage(u"1"_qs, u"hello"_qs).ok());
        EXPECT_EQ(outboxRows(), 0);
        EXPECT_EQ(store.messages(u"1"_qs).value().size(), 1);
    }
    store.failWriteAt(0);
    EXPECT_TRUE(commands.sendMessage(u"1"_qs, u"hello"_qs).ok());
    EXPECT_EQ(outboxRows(), 1);
}

TEST_F(LocalStoreTest, MatchExpressionQuotesEveryWordAsAPrefix)
{
    EXPECT_EQ(CacheSearch::matchExpression(u"заказ  Refund"_qs), u"\"заказ\"* \"Refund\"*");
    EXPECT_EQ(CacheSearch::matchExpression(u"a\"b OR c*"_qs), u"\"a\"* \"b\"* \"OR\"* \"c\"*");
    EXPECT_TRUE(CacheSearch::matchExpression(u" -*- "_qs).isEmpty());
}

namespace {

// The write-ahead log's header counts how often the log was started over (bytes 12-15, its
// checkpoint sequence number).
quint32 walRestarts(const QString &databaseFile)
{
    QFile wal(databaseFile + u"-wal"_qs);
    if (!wal.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = wal.read(32);
    return header.size() < 32 ? 0 : qFromBigEndian<quint32>(header.constData() + 12);
}

bool waitFor(const std::function<bool()> &condition, int ms = 10000)
{
    for (int waited = 0; waited < ms; waited += 10) {
        if (condition())
            return true;
        QThread::msleep(10);
    }
    return condition();
}

} // namespace

// CacheMaintenance: checkpoints, the log's restart and the message index's merges happen on its
// thread in the writer's pauses, not in the writer's commits; nothing is lost on the way.
TEST_F(LocalStoreTest, HousekeepingRunsOnItsOwnThreadInTheWritersPauses)
{
    // SQLite's own automatic checkpoint is off on the writing connection (the WAL hook replaces
    // it): a commit never copies the log.
    auto autocheckpoint = store.read(u"PRAGMA wal_autocheckpoint"_qs);
    ASSERT_TRUE(autocheckpoint.ok());
    ASSERT_TRUE(autocheckpoint.value().next());
    EXPECT_EQ(autocheckpoint.value().value(0).toInt(), 0);

    // Messages each in a commit of its own, as a feed of live traffic brings them.
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    qint64 seq = 4;
    const auto commitMessages = [&](int count) {
        for (int i = 0; i < count; ++i) {
            ++seq;
            const QString id = u"m"_qs + QString::number(seq);
            auto applied = ChangeFeedApplier(store).applyPage(
                {{u"changes"_qs,
                  QJsonArray{change(seq, u"message"_qs, id,
                                    messageJson(id, u"1"_qs,
                                                QStringLiteral("Посылка %1 уже в пути, курьер "
                                                               "позвонит заранее")
                                                    .arg(seq)))}},
                 {u"next"_qs, seq}});
            ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
        }
    };
    const quint32 restartsAtStart = walRestarts(path);
    // Past the 4,000-page mark, in bursts with pauses as a busy desk writes.
    while (QFile(path + u"-wal"_qs).size() < 4200 * 4096) {
        commitMessages(100);
        QThread::msleep(5);
    }
    const int written = int(seq - 4);

    // In the pause that follows the log is started over by the maintenance thread (the row it
    // writes to do so is its mark); the message index, merged there meanwhile, stays whole.
    EXPECT_TRUE(waitFor([&] {
        auto mark = store.stateValue(u"log_restarted_at"_qs);
        return mark.ok() && !mark.value().isEmpty();
    }));
    EXPECT_TRUE(waitFor([&] { return walRestarts(path) > restartsAtStart; }));

    // Everything is there and findable, and the index is sound.
    EXPECT_EQ(store.count(u"messages"_qs).value(), written + 1);
    EXPECT_EQ(CacheSearch(store).searchMessages(u"курьер"_qs, 100000).value().size(), written);
    auto check =
        store.write(u"INSERT INTO message_fts (message_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();
    store.close();
    ASSERT_TRUE(store.open(path).ok());
    EXPECT_EQ(store.count(u"messages"_qs).value(), written + 1);
}

// A write of the UI thread that finds the cache locked by another connection (the housekeeping
// thread's step) waits for the lock and goes through; it does not fail as busy.
TEST_F(LocalStoreTest, AWriteWaitsForAnotherConnectionsTransactionInsteadOfFailing)
{
    std::atomic<bool> locked{false};
    std::unique_ptr<QThread> holder(QThread::create([&] {
        const QString name = u"lock-holder"_qs;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                locked = query.exec(u"BEGIN IMMEDIATE"_qs);
                QThread::msleep(300);
                query.exec(u"INSERT INTO sync_state (key, value) VALUES ('held', '1')"_qs);
                query.exec(u"COMMIT"_qs);
            }
            locked = true; // also when the lock could not be taken: the test then fails below
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }));
    holder->start();
    while (!locked)
        QThread::msleep(1);

    auto applied = ChangeFeedApplier(store).applyPage(samplePage());
    holder->wait();
    ASSERT_TRUE(applied.ok()) << applied.error().message.toStdString();
    EXPECT_EQ(store.stateValue(u"held"_qs).value(), u"1"_qs);
    EXPECT_EQ(store.count(u"messages"_qs).value(), 1);
}

namespace {

// A feed page of `count` messages on ticket 1, each with "курьер" and its own number.
QJsonObject messagePage(qint64 firstSeq, int count)
{
    QJsonArray changes;
    for (int i = 0; i < count; ++i) {
        const qint64 seq = firstSeq + i;
        const QString id = u"b"_qs + QString::number(seq);
        changes.append(change(
            seq, u"message"_qs, id,
            messageJson(id, u"1"_qs, QStringLiteral("Курьер привезёт посылку %1").arg(seq))));
    }
    return {{u"changes"_qs, changes}, {u"next"_qs, firstSeq + count - 1}, {u"more"_qs, false}};
}

} // namespace

// A page of many messages (a first sync) leaves their indexing to the housekeeping thread: they
// are stored at once, out of the index, behind the backlog's mark; a small page is indexed in
// its own transaction as before.
TEST_F(LocalStoreTest, APageOfManyMessagesLeavesTheirIndexingToHousekeeping)
{
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    const auto indexed = [&](const QString &word) {
        auto query =
            store.read(u"SELECT COUNT(*) FROM message_fts WHERE message_fts MATCH ?"_qs, {word});
        EXPECT_TRUE(query.ok());
        query.value().next();
        return query.value().value(0).toInt();
    };
    const int many = ChangeFeedApplier::DeferIndexAtMessages;
    {
        // The outer transaction holds the write lock: the housekeeping thread cannot index
        // anything before the checks below.
        SqlTransaction hold(store);
        ASSERT_TRUE(hold.begun().ok());
        ASSERT_TRUE(ChangeFeedApplier(store).applyPage(messagePage(5, 10)).ok());
        EXPECT_EQ(indexed(u"курьер"_qs), 10);
        EXPECT_TRUE(store.stateValue(u"message_index_upto"_qs).value().isEmpty());

        ASSERT_TRUE(ChangeFeedApplier(store).applyPage(messagePage(15, many)).ok());
        EXPECT_EQ(indexed(u"курьер"_qs), 10);
        EXPECT_FALSE(store.stateValue(u"message_index_upto"_qs).value().isEmpty());
        // While the backlog lasts, even a single message waits behind the mark.
        ASSERT_TRUE(ChangeFeedApplier(store).applyPage(messagePage(15 + many, 1)).ok());
        EXPECT_EQ(indexed(u"курьер"_qs), 10);
        ASSERT_TRUE(hold.commit().ok());
    }
    EXPECT_EQ(store.count(u"messages"_qs).value(), 1 + 10 + many + 1);

    // The housekeeping thread catches up by itself and removes the mark.
    EXPECT_TRUE(waitFor([&] {
        auto mark = store.stateValue(u"message_index_upto"_qs);
        return mark.ok() && mark.value().isEmpty();
    }));
    EXPECT_EQ(indexed(u"курьер"_qs), 10 + many + 1);
    auto check =
        store.write(u"INSERT INTO message_fts (message_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();
}

// A search never misses a message of the backlog, and deleting or editing one of them leaves the
// index sound.
TEST_F(LocalStoreTest, TheBacklogIsSearchableAndSurvivesDeletesAndEdits)
{
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(samplePage()).ok());
    const int many = ChangeFeedApplier::DeferIndexAtMessages + 50;
    {
        SqlTransaction hold(store);
        ASSERT_TRUE(hold.begun().ok());
        ASSERT_TRUE(ChangeFeedApplier(store).applyPage(messagePage(5, many)).ok());
        ASSERT_FALSE(store.stateValue(u"message_index_upto"_qs).value().isEmpty());
        // One message of the backlog deleted, another edited, before anything is indexed.
        ASSERT_TRUE(store.write(u"DELETE FROM messages WHERE id = 'b5'"_qs).ok());
        ASSERT_TRUE(
            store.write(u"UPDATE messages SET body = 'Заказ отменён' WHERE id = 'b6'"_qs).ok());
        ASSERT_TRUE(hold.commit().ok());
    }
    // searchMessages indexes what is left first, whatever the housekeeping thread did so far.
    EXPECT_EQ(CacheSearch(store).searchMessages(u"курьер"_qs, 100000).value().size(), many - 2);
    EXPECT_EQ(CacheSearch(store).searchMessages(u"отменен"_qs).value(), QStringList{u"b6"_qs});
    EXPECT_TRUE(store.stateValue(u"message_index_upto"_qs).value().isEmpty());
    auto check =
        store.write(u"INSERT INTO message_fts (message_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();

    // After the catch-up, deletes and edits reach the index again.
    ASSERT_TRUE(store.write(u"DELETE FROM messages WHERE id = 'b7'"_qs).ok());
    EXPECT_EQ(CacheSearch(store).searchMessages(u"курьер"_qs, 100000).value().size(), many - 3);
    check = store.write(u"INSERT INTO message_fts (message_fts) VALUES ('integrity-check')"_qs);
    EXPECT_TRUE(check.ok()) << check.error().message.toStdString();
}

#include "tests/unit/LocalStoreFixture.h"

#include "app/commands/OperatorCommands.h"
#include "app/session/SignedInUser.h"
#include "app/store/CacheSearch.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/Outbox.h"
#include "app/store/SqlTransaction.h"
#include "app/store/StoreSchema.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace frontline::app;
using namespace frontline::test;

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

// New contract targets reach supervisors as a `kpi_target` change: the cache keeps nothing of
// them (the board brings them) but moves its cursor past them, as past a kind it does not know.
TEST_F(LocalStoreTest, TargetChangesAndUnknownKindsOnlyMoveTheCursor)
{
    const QJsonObject targets{{u"targets"_qs, QJsonArray{QJsonObject{{u"figure"_qs, u"fcr"_qs},
                                                                     {u"period"_qs, u"day"_qs},
                                                                     {u"value"_qs, 0.85}}}}};
    ASSERT_TRUE(ChangeFeedApplier(store)
                    .applyPage({{u"changes"_qs,
                                 QJsonArray{change(1, u"kpi_target"_qs, u"all"_qs, targets),
                                            change(2, u"no_such_kind"_qs, u"1"_qs, targets)}},
                                {u"next"_qs, 2}})
                    .ok());
    EXPECT_EQ(store.cursor(), 2);
    EXPECT_EQ(store.count(u"tickets"_qs).value(), 0);
    EXPECT_EQ(store.count(u"operators"_qs).value(), 0);
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

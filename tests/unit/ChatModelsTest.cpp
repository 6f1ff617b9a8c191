// The chat pane's item models over a real LocalStore (no widgets): paging, live updates from the
// store's change signals, unread counts, macro search, the escalation inbox, reply drafts.
#include "app/models/ConversationModel.h"
#include "app/models/EscalationCatalog.h"
#include "app/models/EscalationInboxModel.h"
#include "app/models/MacroModel.h"
#include "app/models/OpenConversationsModel.h"
#include "app/session/SignedInUser.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"
#include "app/store/ReplyDrafts.h"
#include "app/store/SqlTransaction.h"
#include "app/store/StoreSchema.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::app;

namespace {

class ChatModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok());
        addTicket(QStringLiteral("1"), 101, QStringLiteral("Where is my order"));
        addTicket(QStringLiteral("2"), 102, QStringLiteral("Refund"));
    }

    void addTicket(const QString &id, int number, const QString &subject)
    {
        const QJsonObject json{{QStringLiteral("id"), id},
                               {QStringLiteral("number"), number},
                               {QStringLiteral("subject"), subject},
                               {QStringLiteral("status"), QStringLiteral("open")},
                               {QStringLiteral("last_customer_message_at"),
                                QStringLiteral("2026-11-23T10:00:00.000Z")}};
        ASSERT_TRUE(
            store
                .write(QStringLiteral("INSERT INTO tickets (id, number, status, subject, "
                                      "version, server_json) VALUES (?, ?, 'open', ?, 1, "
                                      "?)"),
                       {id, number, subject, QString::fromUtf8(QJsonDocument(json).toJson())})
                .ok());
    }

    // Adds messages the way the feed applier does: in a transaction that names them.
    void addMessages(const QString &ticketId, const QString &author, int count,
                     const QString &prefix = QStringLiteral("m"))
    {
        SqlTransaction transaction(store);
        ASSERT_TRUE(transaction.begun().ok());
        for (int i = 0; i < count; ++i) {
            const QString id = QStringLiteral("%1-%2-%3").arg(ticketId, prefix).arg(++serial);
            ASSERT_TRUE(
                store
                    .write(QStringLiteral("INSERT INTO messages (id, ticket_id, "
                                          "author_kind, author_name, body, created_at) "
                                          "VALUES (?, ?, ?, 'X', ?, "
                                          "'2026-11-23T10:00:00.000Z')"),
                           {id, ticketId, author, QStringLiteral("%1 %2").arg(prefix).arg(i)})
                    .ok());
            store.pendingChanges().messagesAdded[ticketId].append(id);
        }
        ASSERT_TRUE(transaction.commit().ok());
    }

    QTemporaryDir dir;
    LocalStore store;
    int serial = 0;
};

} // namespace

TEST_F(ChatModelsTest, TheCacheHasTheDraftsTable)
{
    EXPECT_EQ(store.schemaVersion(), int(storeMigrations().size()));
    auto tables = store.read(QStringLiteral(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'reply_drafts'"));
    ASSERT_TRUE(tables.ok());
    ASSERT_TRUE(tables.value().next());
    EXPECT_EQ(tables.value().value(0).toInt(), 1);
}

TEST_F(ChatModelsTest, ConversationPagesOlderMessagesAndFollowsNewOnes)
{
    addMessages(QStringLiteral("1"), QStringLiteral("customer"), 25);
    ConversationModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(10);
    model.setTicket(QStringLiteral("1"));
    ASSERT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.index(9).data().toString(), u"m 24"); // newest last
    EXPECT_TRUE(model.hasOlder());
    EXPECT_EQ(model.loadOlder(), 10);
    EXPECT_EQ(model.index(0).data().toString(), u"m 5");
    EXPECT_EQ(model.loadOlder(), 5);
    EXPECT_FALSE(model.hasOlder());
    EXPECT_EQ(model.rowCount(), 25);
    EXPECT_EQ(model.index(0).data().toString(), u"m 0");

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    addMessages(QStringLiteral("1"), QStringLiteral("operator"), 2, QStringLiteral("reply"));
    addMessages(QStringLiteral("2"), QStringLiteral("customer"), 3); // another ticket
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_EQ(model.rowCount(), 27);
    EXPECT_EQ(model.index(26).data(ConversationModel::StyleRole).toString(), u"operator");
}

// Issue 18, item 2: a supervisor's whisper from the feed stays marked in the cache (migration 12)
// and in the conversation, where a note is only a note.
TEST_F(ChatModelsTest, AWhisperFromTheFeedIsMarkedAsTheSupervisorsToTheOperatorOnly)
{
    ConversationModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTicket(QStringLiteral("1"));
    const auto message = [](const QString &id, const QString &body, bool whisper) {
        return QJsonObject{{QStringLiteral("seq"), id.toLongLong()},
                           {QStringLiteral("entity"), QStringLiteral("message")},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("op"), QStringLiteral("create")},
                           {QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("ticket_id"), QStringLiteral("1")},
                                        {QStringLiteral("author_kind"), QStringLiteral("operator")},
                                        {QStringLiteral("author_name"), QStringLiteral("Sofia")},
                                        {QStringLiteral("internal"), true},
                                        {QStringLiteral("whisper"), whisper},
                                        {QStringLiteral("body"), body},
                                        {QStringLiteral("created_at"),
                                         QStringLiteral("2026-12-07T10:01:00.000Z")}}}};
    };
    const QJsonObject page{
        {QStringLiteral("changes"),
         QJsonArray{message(QStringLiteral("31"),
                            QStringLiteral("Offer the "
                                           "refund"),
                            true),
                    message(QStringLiteral("32"), QStringLiteral("A note"), false)}},
        {QStringLiteral("next"), 32},
        {QStringLiteral("more"), false}};
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(page).ok());
    ASSERT_EQ(model.rowCount(), 2);
    const QModelIndex whisper = model.index(0);
    EXPECT_TRUE(whisper.data(ConversationModel::WhisperRole).toBool());
    EXPECT_TRUE(whisper.data(ConversationModel::InternalRole).toBool());
    EXPECT_EQ(whisper.data(ConversationModel::StyleRole).toString(), u"whisper");
    EXPECT_EQ(whisper.data(Qt::AccessibleTextRole).toString(),
              u"Whisper from Sofia, the customer does not see this: Offer the refund");
    EXPECT_FALSE(model.index(1).data(ConversationModel::WhisperRole).toBool());
    EXPECT_EQ(model.index(1).data(ConversationModel::StyleRole).toString(), u"note");
    // A feed page repeated (a retry) changes nothing.
    ASSERT_TRUE(ChangeFeedApplier(store).applyPage(page).ok());
    EXPECT_EQ(model.rowCount(), 2);
}

TEST_F(ChatModelsTest, ConversationShowsALocalEchoPendingThenDelivered)
{
    ConversationModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTicket(QStringLiteral("1"));
    {
        SqlTransaction transaction(store);
        ASSERT_TRUE(store
                        .write(QStringLiteral("INSERT INTO messages (id, ticket_id, author_kind, "
                                              "internal, body, state) VALUES ('local:a', '1', "
                                              "'operator', 1, 'a note', 'pending')"))
                        .ok());
        store.pendingChanges().messagesAdded[QStringLiteral("1")].append(QStringLiteral("local:a"));
        ASSERT_TRUE(transaction.commit().ok());
    }
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(ConversationModel::StateRole).toString(), u"pending");
    EXPECT_EQ(model.index(0).data(ConversationModel::StyleRole).toString(), u"note");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    {
        SqlTransaction transaction(store);
        ASSERT_TRUE(store
                        .write(QStringLiteral("UPDATE messages SET id = '900', state = 'synced' "
                                              "WHERE id = 'local:a'"))
                        .ok());
        store.pendingChanges().messageIdsReplaced.append(
            {QStringLiteral("local:a"), QStringLiteral("900")});
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(ConversationModel::StateRole).toString(), u"synced");
    EXPECT_EQ(model.index(0).data(ConversationModel::MessageIdRole).toString(), u"900");
}

TEST_F(ChatModelsTest, OpenConversationsCountUnreadCustomerMessages)
{
    OpenConversationsModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy unread(&model, &OpenConversationsModel::unreadCountChanged);
    EXPECT_EQ(model.open(QStringLiteral("1")), 0);
    EXPECT_EQ(model.open(QStringLiteral("2")), 1);
    EXPECT_EQ(model.open(QStringLiteral("1")), 0);
    model.setCurrent(QStringLiteral("1"));
    addMessages(QStringLiteral("1"), QStringLiteral("customer"), 2);
    addMessages(QStringLiteral("2"), QStringLiteral("customer"), 3);
    addMessages(QStringLiteral("2"), QStringLiteral("operator"), 1);
    EXPECT_EQ(model.index(0).data(OpenConversationsModel::UnreadRole).toInt(), 0);
    EXPECT_EQ(model.index(1).data(OpenConversationsModel::UnreadRole).toInt(), 3);
    EXPECT_EQ(model.totalUnread(), 3);
    ASSERT_FALSE(unread.isEmpty());
    EXPECT_EQ(unread.last().at(0).toInt(), 3);
    EXPECT_TRUE(model.index(1).data().toString().contains(u"#102"));
    // An operator's reply answers the customer: no longer waiting.
    EXPECT_FALSE(model.index(1).data(OpenConversationsModel::WaitingSinceRole).isValid());
    model.setCurrent(QStringLiteral("2"));
    EXPECT_EQ(model.totalUnread(), 0);
    EXPECT_EQ(unread.last().at(0).toInt(), 0);
    model.close(QStringLiteral("1"));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.ticketAt(0), u"2");
}

TEST_F(ChatModelsTest, MacrosAreSearchedInSql)
{
    ASSERT_TRUE(store
                    .write(QStringLiteral("INSERT INTO macros (id, title, shortcut, body) VALUES "
                                          "('1', 'Greeting', '/hi', 'Hello, {customer_name}!'), "
                                          "('2', 'Refund timing', '/refund', 'Refunds take 5 "
                                          "days.'), ('3', '100% sure', '', 'Yes.')"))
                    .ok());
    MacroModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 3);
    model.setFilter(QStringLiteral("refund"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(MacroModel::BodyRole).toString(), u"Refunds take 5 days.");
    model.setFilter(QStringLiteral("%"));
    ASSERT_EQ(model.rowCount(), 1); // LIKE wildcards in the search are literal
    EXPECT_EQ(model.index(0).data(MacroModel::TitleRole).toString(), u"100% sure");
}

TEST_F(ChatModelsTest, AnExactShortcutComesFirstAndEachResponseSaysItsLanguage)
{
    // Titles sort before "Refund timing": only the ranking can put /refund first.
    ASSERT_TRUE(
        store
            .write(QStringLiteral(
                "INSERT INTO macros (id, locale, title, shortcut, body) VALUES "
                "('1', 'en', 'A refund was issued', '/issued', 'Your refund is on its way.'), "
                "('2', 'en', 'Apology', '/sorry', 'Sorry, the refund is late.'), "
                "('3', 'ru', 'Refund timing', '/refund', 'Деньги вернутся за 5 дней.'), "
                "('4', 'en', 'Refunds for returns', '/refunds', 'Returns are refunded.')"))
            .ok());
    MacroModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto ids = [&] {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list.append(model.index(row).data(MacroModel::MacroIdRole).toString());
        return list;
    };
    for (const QString &typed :
         {QStringLiteral("refund"), QStringLiteral("/refund"), QStringLiteral("REFUND")}) {
        model.setFilter(typed);
        // exact shortcut, shortcut prefix, title, body
        EXPECT_EQ(ids(), (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("1"),
                                      QStringLiteral("2")}))
            << typed.toStdString();
    }
    // The customer's language first among equals, never above a better match.
    ASSERT_TRUE(store
                    .write(QStringLiteral("INSERT INTO macros (id, locale, title, shortcut, body) "
                                          "VALUES ('5', 'en', 'Refund timing', '/refund', "
                                          "'Refunds take 5 days.')"))
                    .ok());
    model.setPreferredLocale(QStringLiteral("en"));
    model.setFilter(QStringLiteral("refund"));
    EXPECT_EQ(ids().mid(0, 3),
              (QStringList{QStringLiteral("5"), QStringLiteral("3"), QStringLiteral("4")}));
    model.setPreferredLocale(QStringLiteral("ru"));
    EXPECT_EQ(ids().mid(0, 3),
              (QStringList{QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("4")}));
    EXPECT_EQ(model.index(0).data(MacroModel::LocaleRole).toString(), u"ru");
    EXPECT_EQ(model.index(0).data(Qt::DisplayRole).toString(), u"RU · /refund  Refund timing");
    EXPECT_EQ(model.index(3).data(Qt::DisplayRole).toString(),
              u"EN · /issued  A refund was issued");
}

// Canned responses belong to a store as articles do (issue 17, item 11): beside a ticket, its
// store's and the shared ones, never another store's; the store's own /greet comes before a shared
// one; a ticket of no known store, or none, is offered every response.
TEST_F(ChatModelsTest, ATicketIsOfferedItsStoresCannedResponsesAndTheSharedOnes)
{
    ASSERT_TRUE(store
                    .write(QStringLiteral(
                        "INSERT INTO macros (id, locale, title, shortcut, body, project_id) VALUES "
                        "('1', 'en', 'Greeting', '/greet', 'Hello from the center.', NULL), "
                        "('2', 'en', 'Greeting', '/greet', 'Hello from Lavka.', '2'), "
                        "('3', 'en', 'Greeting', '/greet', 'Hello from Hopper.', '1'), "
                        "('4', 'en', 'Anything else?', '/bye', 'Anything else?', NULL)"))
                    .ok());
    ASSERT_TRUE(store
                    .write(QStringLiteral("INSERT INTO queues (id, title, project_id) VALUES "
                                          "('orders', 'Orders', '1'), ('lavka-orders', 'Lavka', "
                                          "'2'), ('general', 'General', NULL)"))
                    .ok());
    addTicket(QStringLiteral("3"), 103, QStringLiteral("Greetings"));
    for (const auto &[ticket, queue] :
         {std::pair{QStringLiteral("1"), QStringLiteral("orders")},
          std::pair{QStringLiteral("2"), QStringLiteral("lavka-orders")},
          std::pair{QStringLiteral("3"), QStringLiteral("general")}}) {
        ASSERT_TRUE(
            store
                .write(QStringLiteral("UPDATE tickets SET queue = ? WHERE id = ?"), {queue, ticket})
                .ok());
    }
    MacroModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto offered = [&](const QString &ticket, const QString &typed) {
        model.setTicket(ticket);
        model.setFilter(typed);
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row).data(MacroModel::MacroIdRole).toString());
        return ids;
    };
    EXPECT_EQ(offered(QStringLiteral("2"), QStringLiteral("/greet")),
              (QStringList{QStringLiteral("2"), QStringLiteral("1")}));
    EXPECT_EQ(offered(QStringLiteral("1"), QStringLiteral("/greet")),
              (QStringList{QStringLiteral("3"), QStringLiteral("1")}));
    for (const QString &ticket : {QStringLiteral("1"), QStringLiteral("2")})
        EXPECT_EQ(offered(ticket, QStringLiteral("/bye")), QStringList{QStringLiteral("4")});
    // The center's own queue, and no ticket: every response, the stores' first among equals.
    for (const QString &ticket : {QStringLiteral("3"), QString()})
        EXPECT_EQ(offered(ticket, QStringLiteral("/greet")).size(), 3);
    EXPECT_EQ(offered(QString(), QStringLiteral("/greet")).last(), u"1");
}

TEST_F(ChatModelsTest, InboxListsEscalationsFromOthersStillToHandle)
{
    auto addEscalation = [&](const QString &id, const QString &from, const QString &status) {
        const QJsonObject json{
            {QStringLiteral("id"), id},
            {QStringLiteral("ticket_id"), QStringLiteral("1")},
            {QStringLiteral("from_operator_id"), from},
            {QStringLiteral("target_line"), 2},
            {QStringLiteral("reason_code"), QStringLiteral("payment_dispute")},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), QString(u"2026-11-23T10:00:0" + id + u".000Z")}};
        SqlTransaction transaction(store);
        ASSERT_TRUE(store
                        .write(QStringLiteral("INSERT INTO escalations (id, ticket_id, status, "
                                              "version, json) VALUES (?, '1', ?, 1, ?)"),
                               {id, status, QString::fromUtf8(QJsonDocument(json).toJson())})
                        .ok());
        store.pendingChanges().escalations.insert(id);
        ASSERT_TRUE(transaction.commit().ok());
    };
    SignedInUser me;
    me.id = QStringLiteral("7");
    me.line = 2;
    EscalationInboxModel model(store, me);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    addEscalation(QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("open"));
    addEscalation(QStringLiteral("2"), QStringLiteral("7"), QStringLiteral("open")); // mine
    addEscalation(QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("resolved"));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0).data(EscalationInboxModel::EscalationIdRole).toString(), u"1");
    EXPECT_TRUE(model.index(0).data().toString().contains(u"#101"));
    EXPECT_TRUE(model.index(0).data().toString().contains(u"Payment dispute"));

    const auto latest = EscalationCatalog::latestFor(store, QStringLiteral("1"));
    ASSERT_TRUE(latest.has_value());
    EXPECT_EQ(latest->id, u"3");
    EXPECT_EQ(latest->targetLine, 2);
}

// The dialog offers what the back office accepts (issue 16, item 2): lines above mine and teams
// other than mine, of operators in the cache; supervisors every line above the 1st and every team.
TEST_F(ChatModelsTest, EscalationTargetsAreTheLinesAboveMineAndTheOtherTeams)
{
    const struct
    {
        const char *id;
        const char *role;
        int line;
        const char *team;
    } people[] = {{"1", "operator", 1, "billing"},
                  {"2", "operator", 1, "legal"},
                  {"3", "operator", 2, "second-line"},
                  {"4", "supervisor", 3, "bosses"},
                  {"5", "operator", 3, ""}};
    for (const auto &person : people) {
        const QJsonObject json{{QStringLiteral("id"), QString::fromLatin1(person.id)},
                               {QStringLiteral("role"), QString::fromLatin1(person.role)},
                               {QStringLiteral("line"), person.line},
                               {QStringLiteral("team"), QString::fromLatin1(person.team)}};
        ASSERT_TRUE(store
                        .write(QStringLiteral("INSERT INTO operators (id, json) VALUES (?, ?)"),
                               {json.value(u"id").toString(),
                                QString::fromUtf8(QJsonDocument(json).toJson())})
                        .ok());
    }
    protocol::Operator me;
    me.line = 1;
    me.team = QStringLiteral("billing");
    EXPECT_EQ(EscalationCatalog::lines(store, me), (QList<int>{2, 3}));
    EXPECT_EQ(EscalationCatalog::teams(store, me),
              (QStringList{QStringLiteral("legal"), QStringLiteral("second-line")}));
    me.line = 2;
    me.team = QStringLiteral("second-line");
    EXPECT_EQ(EscalationCatalog::lines(store, me), QList<int>{3});
    EXPECT_EQ(EscalationCatalog::teams(store, me),
              (QStringList{QStringLiteral("billing"), QStringLiteral("legal")}));
    me.role = protocol::Role::Supervisor;
    me.team = QString();
    EXPECT_EQ(EscalationCatalog::lines(store, me), (QList<int>{2, 3}));
    EXPECT_EQ(EscalationCatalog::teams(store, me).size(), 3);
}

TEST_F(ChatModelsTest, DraftsAreKeptPerTicketAcrossReopening)
{
    {
        ReplyDrafts drafts(store);
        ASSERT_TRUE(drafts
                        .save(QStringLiteral("1"),
                              {QStringLiteral("half a reply"), false, QStringLiteral("closing-en")})
                        .ok());
        ASSERT_TRUE(drafts.save(QStringLiteral("2"), {QStringLiteral("a note"), true, {}}).ok());
    }
    const QString path = store.path();
    store.close();
    LocalStore reopened;
    ASSERT_TRUE(reopened.open(path).ok());
    ReplyDrafts drafts(reopened);
    EXPECT_EQ(drafts.draft(QStringLiteral("1")).value().body, u"half a reply");
    EXPECT_EQ(drafts.draft(QStringLiteral("1")).value().macro, u"closing-en");
    EXPECT_TRUE(drafts.draft(QStringLiteral("2")).value().internal);
    EXPECT_TRUE(drafts.draft(QStringLiteral("2")).value().macro.isEmpty());
    ASSERT_TRUE(drafts.save(QStringLiteral("1"), {}).ok());
    EXPECT_TRUE(drafts.draft(QStringLiteral("1")).value().body.isEmpty());
    EXPECT_TRUE(drafts.draft(QStringLiteral("3")).value().body.isEmpty());
}

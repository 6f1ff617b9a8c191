// The help flags in the cache (issue 17, item 4): the feed fills them, the model lists the raised
// ones newest first, and the operator's strip reads a ticket's newest.
#include "app/models/HelpFlagModel.h"
#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::app;

namespace {

QJsonObject flagJson(const QString &id, const QString &ticket, const QString &raisedAt,
                     const QString &note, const QString &loweredAt = {})
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("ticket_id"), ticket},
        {QStringLiteral("ticket_number"), 1000 + ticket.toInt()},
        {QStringLiteral("raised_by"), QStringLiteral("1")},
        {QStringLiteral("raised_by_name"), QStringLiteral("Olga Smirnova")},
        {QStringLiteral("note"), note},
        {QStringLiteral("raised_at"), raisedAt},
        {QStringLiteral("status"),
         loweredAt.isEmpty() ? QStringLiteral("raised") : QStringLiteral("lowered")},
        {QStringLiteral("lowered_by"),
         loweredAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("6"))},
        {QStringLiteral("lowered_by_name"),
         loweredAt.isEmpty() ? QString() : QStringLiteral("Sofia Morozova")},
        {QStringLiteral("lowered_at"),
         loweredAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(loweredAt)},
    };
}

class HelpFlagModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok());
    }

    void apply(const QList<QJsonObject> &flags)
    {
        QJsonArray changes;
        for (const QJsonObject &flag : flags) {
            changes.append(QJsonObject{{QStringLiteral("seq"), ++seq},
                                       {QStringLiteral("entity"), QStringLiteral("help_flag")},
                                       {QStringLiteral("id"), flag.value(u"id")},
                                       {QStringLiteral("op"), QStringLiteral("update")},
                                       {QStringLiteral("data"), flag}});
        }
        ASSERT_TRUE(ChangeFeedApplier(store)
                        .applyPage({{QStringLiteral("changes"), changes},
                                    {QStringLiteral("next"), seq},
                                    {QStringLiteral("more"), false}})
                        .ok());
    }

    QTemporaryDir dir;
    LocalStore store;
    qint64 seq = 0;
};

} // namespace

TEST_F(HelpFlagModelTest, ListsTheRaisedFlagsNewestFirstAndFollowsTheFeed)
{
    HelpFlagModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    apply({flagJson(QStringLiteral("1"), QStringLiteral("42"),
                    QStringLiteral("2026-12-06T14:00:00.000Z"), QStringLiteral("refund")),
           flagJson(QStringLiteral("2"), QStringLiteral("43"),
                    QStringLiteral("2026-12-06T14:05:00.000Z"), QStringLiteral("<b>angry</b>"))});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.columnCount(), int(HelpFlagModel::ColumnCount));
    EXPECT_EQ(model.data(model.index(0, HelpFlagModel::TicketColumn)).toString(), u"#1043");
    EXPECT_EQ(model.data(model.index(0, HelpFlagModel::OperatorColumn)).toString(),
              u"Olga Smirnova");
    EXPECT_EQ(model.data(model.index(0, HelpFlagModel::NoteColumn)).toString(), u"<b>angry</b>");
    EXPECT_EQ(model.data(model.index(1, 0), HelpFlagModel::TicketIdRole).toString(), u"42");
    EXPECT_EQ(model.data(model.index(1, 0), HelpFlagModel::RaisedAtRole).toDateTime(),
              QDateTime::fromString(QStringLiteral("2026-12-06T14:00:00.000Z"), Qt::ISODateWithMs));
    EXPECT_FALSE(model.data(model.index(1, HelpFlagModel::RaisedAtColumn)).toString().isEmpty());

    // Lowered by the supervisor: it leaves the list; the ticket's newest says who and when.
    apply({flagJson(QStringLiteral("2"), QStringLiteral("43"),
                    QStringLiteral("2026-12-06T14:05:00.000Z"), QStringLiteral("<b>angry</b>"),
                    QStringLiteral("2026-12-06T14:07:00.000Z"))});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.flagAt(0).id, u"1");
    const auto latest = HelpFlagModel::latestFor(store, QStringLiteral("43"));
    ASSERT_TRUE(latest);
    EXPECT_FALSE(latest->isRaised());
    EXPECT_EQ(latest->loweredByName, u"Sofia Morozova");
    EXPECT_FALSE(HelpFlagModel::latestFor(store, QStringLiteral("44")));
    EXPECT_EQ(HelpFlagModel::raised(store).size(), 1);
}

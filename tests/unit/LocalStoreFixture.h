#pragma once

// The LocalStore tests' fixture and the feed pages they apply.
#include "app/store/LocalStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

namespace frontline::test {

inline QJsonObject ticketJson(const QString &id, qint64 version, const QString &status = u"new"_qs)
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

inline QJsonObject change(qint64 seq, const QString &entity, const QString &id,
                          const QJsonObject &data)
{
    return QJsonObject{{u"seq"_qs, seq},
                       {u"entity"_qs, entity},
                       {u"id"_qs, id},
                       {u"op"_qs, u"create"_qs},
                       {u"data"_qs, data}};
}

inline QJsonObject messageJson(const QString &id, const QString &ticketId, const QString &body)
{
    return QJsonObject{{u"id"_qs, id},
                       {u"ticket_id"_qs, ticketId},
                       {u"author_kind"_qs, u"customer"_qs},
                       {u"author_name"_qs, u"Anna"_qs},
                       {u"internal"_qs, false},
                       {u"body"_qs, body},
                       {u"created_at"_qs, u"2026-11-23T10:01:00.000Z"_qs}};
}

inline QJsonObject articleJson(const QString &id, const QString &locale, const QString &title,
                               const QString &body, const QStringList &tags)
{
    return QJsonObject{{u"id"_qs, id},         {u"slug"_qs, QString(u"a-"_qs + id)},
                       {u"locale"_qs, locale}, {u"title"_qs, title},
                       {u"body"_qs, body},     {u"tags"_qs, QJsonArray::fromStringList(tags)},
                       {u"version"_qs, 1},     {u"updated_at"_qs, u"2026-11-23T10:00:00.000Z"_qs}};
}

inline QJsonObject samplePage()
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

// A fresh cache in a temporary folder. Its housekeeping thread runs a round only when the test
// asks (housekeepingRound), on the test's clock: nothing happens behind the test's back.
class LocalStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(u"cache.sqlite"_qs);
        app::CacheMaintenance::Options housekeeping;
        housekeeping.intervalMs = 0;
        housekeeping.clock = [this] { return clockMs.load(); };
        store.setHousekeeping(housekeeping);
        auto opened = store.open(path);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    }

    // Lets `pauseMs` pass since the last commit, then runs one housekeeping round.
    app::CacheMaintenance::Round housekeepingRound(qint64 pauseMs)
    {
        clockMs += pauseMs;
        return store.housekeeping()->step();
    }

    int outboxRows()
    {
        auto query = store.read(u"SELECT COUNT(*) FROM outbox"_qs);
        query.value().next();
        return query.value().value(0).toInt();
    }

    QTemporaryDir dir;
    QString path;
    std::atomic<qint64> clockMs{1000000};
    app::LocalStore store;
};

} // namespace frontline::test

#include "tests/support/SideCacheData.h"

#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace frontline::test {

namespace {

QJsonObject change(const QString &entity, const QString &id, const QJsonObject &data)
{
    return {{QStringLiteral("entity"), entity},
            {QStringLiteral("id"), id},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("data"), data}};
}

QJsonObject ticket(const QString &id, int number, const QString &customer, const QString &subject,
                   const QString &status, const QString &created)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("channel"), QStringLiteral("chat")},
            {QStringLiteral("status"), status},
            {QStringLiteral("priority"), QStringLiteral("normal")},
            {QStringLiteral("queue"), QStringLiteral("orders")},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("customer_id"), customer},
            {QStringLiteral("version"), 1},
            {QStringLiteral("created_at"), created},
            {QStringLiteral("updated_at"), created}};
}

QJsonObject order(const QString &id, const QString &number, const QStringList &steps,
                  const QString &created)
{
    QJsonArray history;
    for (int i = 0; i < steps.size(); ++i) {
        history.append(QJsonObject{
            {QStringLiteral("status"), steps[i]},
            {QStringLiteral("note"), i == 0 ? QStringLiteral("<i>web</i>") : QString()},
            {QStringLiteral("at"), QStringLiteral("2026-11-%1T10:00:00.000Z").arg(10 + i)}});
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("status"), steps.last()},
            {QStringLiteral("total_cents"), 129900},
            {QStringLiteral("currency"), QStringLiteral("RUB")},
            {QStringLiteral("items"), QJsonArray()},
            {QStringLiteral("delivery_method"), QStringLiteral("courier")},
            {QStringLiteral("created_at"), created},
            {QStringLiteral("updated_at"), created},
            {QStringLiteral("history"), history}};
}

QJsonObject customer(const QString &id, const QString &name, const QJsonArray &orders)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("email"), QStringLiteral("anna@example.org")},
            {QStringLiteral("phone"), QStringLiteral("+7 900 000-00-00")},
            {QStringLiteral("city"), QStringLiteral("Москва")},
            {QStringLiteral("locale"), QStringLiteral("ru")},
            {QStringLiteral("orders"), orders}};
}

QJsonObject article(const QString &id, const QString &locale, const QString &title,
                    const QString &body)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("slug"), QString(id + QStringLiteral("-slug"))},
            {QStringLiteral("locale"), locale},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("version"), 1},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T00:00:00.000Z")}};
}

bool apply(app::LocalStore &store, const QJsonArray &changes, qint64 next)
{
    auto applied = app::ChangeFeedApplier(store).applyPage(
        {{QStringLiteral("changes"), changes}, {QStringLiteral("next"), next}});
    if (!applied)
        std::fprintf(stderr, "feed page refused: %s\n", qPrintable(applied.error().message));
    return applied.ok();
}

} // namespace

bool fillSideCache(app::LocalStore &store)
{
    const QJsonArray orders{order(QStringLiteral("o1"), QStringLiteral("H-1001"),
                                  {QStringLiteral("created"), QStringLiteral("paid"),
                                   QStringLiteral("shipped"), QStringLiteral("delivered")},
                                  QStringLiteral("2026-11-10T10:00:00.000Z")),
                            order(QStringLiteral("o2"), QStringLiteral("H-1002"),
                                  {QStringLiteral("created"), QStringLiteral("paid")},
                                  QStringLiteral("2026-11-12T10:00:00.000Z"))};
    const QJsonArray changes{
        change(QStringLiteral("customer"), QStringLiteral("c1"),
               customer(QStringLiteral("c1"), side::HtmlName, orders)),
        change(QStringLiteral("customer"), QStringLiteral("c2"),
               customer(QStringLiteral("c2"), QStringLiteral("Ivan"), {})),
        change(QStringLiteral("ticket"), QStringLiteral("t1"),
               ticket(QStringLiteral("t1"), 101, QStringLiteral("c1"),
                      QStringLiteral("Где мой заказ?"), QStringLiteral("open"),
                      QStringLiteral("2026-11-20T09:00:00.000Z"))),
        change(QStringLiteral("ticket"), QStringLiteral("t2"),
               ticket(QStringLiteral("t2"), 90, QStringLiteral("c1"),
                      QStringLiteral("<b>Возврат</b>"), QStringLiteral("closed"),
                      QStringLiteral("2026-10-01T09:00:00.000Z"))),
        change(QStringLiteral("ticket"), QStringLiteral("t3"),
               ticket(QStringLiteral("t3"), 80, QStringLiteral("c1"), QStringLiteral("Доставка"),
                      QStringLiteral("resolved"), QStringLiteral("2026-09-01T09:00:00.000Z"))),
        change(QStringLiteral("ticket"), QStringLiteral("t4"),
               ticket(QStringLiteral("t4"), 70, QStringLiteral("c2"), QStringLiteral("Other"),
                      QStringLiteral("open"), QStringLiteral("2026-11-21T09:00:00.000Z"))),
        change(QStringLiteral("kb_article"), QStringLiteral("a1"),
               article(QStringLiteral("a1"), QStringLiteral("ru"), QStringLiteral("Статус заказа"),
                       QStringLiteral("Статус заказа\n\nПроверьте статус заказа в личном "
                                      "кабинете.\n\nЕсли заказа нет в списке, спросите номер."))),
        change(QStringLiteral("kb_article"), QStringLiteral("a2"),
               article(QStringLiteral("a2"), QStringLiteral("en"), QStringLiteral("Order status"),
                       QStringLiteral("Check the order status in the account."))),
        change(QStringLiteral("kb_article"), QStringLiteral("a3"),
               article(QStringLiteral("a3"), QStringLiteral("en"),
                       QStringLiteral("Unsafe <b>title</b>"), side::UnsafeBody)),
        change(QStringLiteral("kb_article"), QStringLiteral("a4"),
               article(QStringLiteral("a4"), QStringLiteral("ru"), QStringLiteral("Доставка"),
                       QStringLiteral("Курьер привезёт посылку."))),
    };
    return apply(store, changes, 1000000);
}

bool addSideTicketAndRename(app::LocalStore &store, const QString &newName)
{
    const QJsonArray orders{order(QStringLiteral("o1"), QStringLiteral("H-1001"),
                                  {QStringLiteral("created"), QStringLiteral("paid"),
                                   QStringLiteral("shipped"), QStringLiteral("delivered")},
                                  QStringLiteral("2026-11-10T10:00:00.000Z"))};
    const QJsonArray changes{
        change(QStringLiteral("ticket"), QStringLiteral("t5"),
               ticket(QStringLiteral("t5"), 120, QStringLiteral("c1"), QStringLiteral("Ещё вопрос"),
                      QStringLiteral("new"), QStringLiteral("2026-11-22T09:00:00.000Z"))),
        change(QStringLiteral("customer"), QStringLiteral("c1"),
               customer(QStringLiteral("c1"), newName, orders)),
    };
    return apply(store, changes, 1000001);
}

bool setSideTicketStatus(app::LocalStore &store, const QString &ticketId, const QString &status,
                         int version)
{
    // The ticket as the cache holds it (fillSideCache()), with another status.
    auto stored = store.serverTicket(ticketId);
    if (!stored || stored.value().isEmpty())
        return false;
    QJsonObject data = stored.value();
    data.insert(QStringLiteral("status"), status);
    data.insert(QStringLiteral("version"), version);
    data.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-23T10:00:00.000Z"));
    return apply(store, {change(QStringLiteral("ticket"), ticketId, data)}, 1000000 + version);
}

} // namespace frontline::test

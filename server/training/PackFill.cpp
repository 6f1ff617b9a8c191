#include "server/training/PackFill.h"

#include "protocol/Customer.h"
#include "server/feed/ChangeLog.h"
#include "server/kb/KbService.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QHash>
#include <QJsonDocument>

namespace frontline::server {
namespace {

constexpr qint64 Hour = 60 * 60 * 1000;

// The last change of each kind written, to poke desktops with once the fill commits.
using LastChanges = QHash<QString, qint64>;

Result<QJsonObject> writeOrder(Store &store, qint64 customerId, const protocol::PackOrder &order,
                               qint64 now)
{
    QJsonArray items;
    for (const protocol::PackOrderItem &item : order.items)
        items.append(QJsonObject{{QLatin1StringView("name"), item.name},
                                 {QLatin1StringView("quantity"), item.quantity},
                                 {QLatin1StringView("price_cents"), item.priceCents}});
    const qint64 placed = now - order.history.first().hoursAgo * Hour;
    const qint64 updated = now - order.history.last().hoursAgo * Hour;
    auto orderId = store.insert(
        QStringLiteral("INSERT INTO orders (customer_id, number, status, total_cents, currency, "
                       "items, delivery_method, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?) RETURNING id"),
        {customerId, order.number, order.status, order.totalCents(), order.currency,
         QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)),
         order.deliveryMethod, placed, updated});
    if (!orderId)
        return orderId.error();
    protocol::Order wire;
    wire.id = QString::number(orderId.value());
    wire.number = order.number;
    wire.status = order.status;
    wire.totalCents = order.totalCents();
    wire.currency = order.currency;
    wire.items = items;
    wire.deliveryMethod = order.deliveryMethod;
    wire.createdAt = sql::time(placed);
    wire.updatedAt = sql::time(updated);
    for (const protocol::PackOrderEvent &event : order.history) {
        const qint64 at = now - event.hoursAgo * Hour;
        auto step = store.run(QStringLiteral("INSERT INTO order_status_history (order_id, status, "
                                             "note, at) VALUES (?, ?, ?, ?)"),
                              {orderId.value(), event.status, event.note, at});
        if (!step)
            return step.error();
        wire.history.append(protocol::OrderEvent{event.status, event.note, sql::time(at)});
    }
    return wire.toJson();
}

Result<void> fillCustomers(Store &store, const protocol::ScenarioPack &pack, ChangeLog &changes,
                           qint64 now, LastChanges &last)
{
    for (const protocol::PackCustomer &customer : pack.customers) {
        const QString externalId = u"pack:" + customer.ref;
        auto id = store.insert(
            QStringLiteral("INSERT INTO customers (external_id, name, email, phone, city, locale, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {externalId, customer.name, customer.email, customer.phone, customer.city,
             pack.language, now, now});
        if (!id)
            return id.error();
        protocol::Customer profile;
        profile.id = QString::number(id.value());
        profile.externalId = externalId;
        profile.name = customer.name;
        profile.email = customer.email;
        profile.phone = customer.phone;
        profile.city = customer.city;
        profile.locale = pack.language;
        profile.createdAt = sql::time(now);
        QJsonArray orders;
        for (const protocol::PackOrder &order : pack.orders) {
            if (order.customer != customer.ref)
                continue;
            auto written = writeOrder(store, id.value(), order, now);
            if (!written)
                return written.error();
            orders.append(written.value());
        }
        QJsonObject card = profile.toJson();
        card.insert(QLatin1StringView("orders"), orders);
        auto seq = changes.append(store, QStringLiteral("customer"), profile.id,
                                  QStringLiteral("create"), card, ChangeAudience::everyone(), now);
        if (!seq)
            return seq.error();
        last.insert(QStringLiteral("customer"), seq.value());
    }
    return {};
}

Result<void> fillKnowledge(Store &store, const protocol::ScenarioPack &pack, KbService &kb,
                           LastChanges &last)
{
    for (const protocol::PackArticle &article : pack.articles) {
        KbArticleDraft draft;
        draft.locale = pack.language;
        draft.slug = article.slug;
        draft.title = article.title;
        draft.body = article.body;
        draft.tags = article.tags;
        draft.source = u"pack:" + pack.id;
        auto existing = kb.findBySlug(store, pack.language, article.slug);
        if (!existing)
            return existing.error();
        auto written = existing.value() ? kb.updateInTransaction(store, *existing.value(), draft, 0)
                                        : kb.createInTransaction(store, draft, 0);
        if (!written)
            return written.error();
        last.insert(QStringLiteral("kb_article"), written->seq);
    }
    for (const protocol::PackMacro &each : pack.macros) {
        protocol::Macro macro;
        macro.slug = each.slug;
        macro.locale = pack.language;
        macro.title = each.title;
        macro.shortcut = each.shortcut;
        macro.body = each.body;
        auto seq = kb.upsertMacroInTransaction(store, macro);
        if (!seq)
            return seq.error();
        if (seq.value() > 0)
            last.insert(QStringLiteral("macro"), seq.value());
    }
    return {};
}

Result<LastChanges> fill(Store &sandbox, const protocol::ScenarioPack &pack, ChangeLog &changes,
                         const Clock &clock)
{
    KbService kb(changes, clock);
    const qint64 now = clock();
    LastChanges last;
    Transaction transaction(sandbox);
    if (!transaction.started())
        return transaction.started().error();
    if (auto filled = fillCustomers(sandbox, pack, changes, now, last); !filled)
        return filled.error();
    if (auto filled = fillKnowledge(sandbox, pack, kb, last); !filled)
        return filled.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return last;
}

} // namespace

Result<void> fillSandboxFromPack(Store &sandbox, const protocol::ScenarioPack &pack, Clock clock)
{
    // Nobody listens yet to a sandbox being filled: its feed is written, and no one is poked.
    ChangeLog changes;
    auto filled = fill(sandbox, pack, changes, clock);
    if (!filled)
        return filled.error();
    return {};
}

Result<void> fillSandboxFromPack(Store &sandbox, const protocol::ScenarioPack &pack,
                                 ChangeLog &changes, Clock clock)
{
    auto filled = fill(sandbox, pack, changes, clock);
    if (!filled)
        return filled.error();
    for (auto it = filled->begin(); it != filled->end(); ++it)
        changes.announce(sandbox.workspace(), it.value(), it.key(), ChangeAudience::everyone());
    return {};
}

} // namespace frontline::server

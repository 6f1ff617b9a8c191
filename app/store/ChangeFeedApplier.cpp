#include "app/store/ChangeFeedApplier.h"

#include "app/store/LocalStore.h"
#include "app/store/SqlTransaction.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFeed, "frontline.store.feed")

namespace frontline::app {
namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<void> done(const Result<SqlWrite> &query)
{
    if (!query)
        return query.error();
    return {};
}

} // namespace

Result<void> ChangeFeedApplier::applyPage(const QJsonObject &page)
{
    if (!page.value(u"changes").isArray() || !page.value(u"next").isDouble()) {
        return Error{QStringLiteral("malformed_json"),
                     QStringLiteral("a change page needs changes and next")};
    }
    SqlTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    auto withCommands = m_store.ticketsWithPendingCommands();
    if (!withCommands)
        return withCommands.error();
    m_ticketsWithCommands = withCommands.value();
    const QJsonArray changes = page.value(u"changes").toArray();
    for (const QJsonValue &change : changes) {
        if (auto applied = applyChange(change.toObject()); !applied)
            return applied.error();
    }
    const qint64 next = page.value(u"next").toInteger();
    if (next != m_store.cursor()) {
        if (auto saved = m_store.setStateValue(QStringLiteral("cursor"), QString::number(next));
            !saved)
            return saved.error();
        m_store.pendingChanges().cursor = true;
    }
    return transaction.commit();
}

Result<void> ChangeFeedApplier::applyChange(const QJsonObject &change)
{
    const QString entity = change.value(u"entity").toString();
    const QString id = change.value(u"id").toString();
    const QJsonObject data = change.value(u"data").toObject();
    if (change.value(u"op").toString() == u"delete")
        return remove(entity, id);
    auto &changed = m_store.pendingChanges();
    if (entity == u"ticket") {
        return m_store.storeServerTicket(data, !m_ticketsWithCommands ||
                                                   m_ticketsWithCommands->contains(id));
    }
    if (entity == u"message")
        return storeMessage(data);
    if (entity == u"escalation")
        return storeEscalation(data);
    if (entity == u"customer")
        return storeCustomer(data);
    if (entity == u"order") {
        changed.customers.insert(data.value(u"customer_id").toString());
        return done(m_store.write(
            QStringLiteral("INSERT OR REPLACE INTO orders (id, customer_id, number, status, json) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {id, data.value(u"customer_id").toString(), data.value(u"number").toString(),
             data.value(u"status").toString(), compact(data)}));
    }
    if (entity == u"kb_article")
        return storeKbArticle(data);
    if (entity == u"macro") {
        changed.macros.insert(id);
        return done(m_store.write(
            QStringLiteral("INSERT OR REPLACE INTO macros (id, slug, locale, title, shortcut, "
                           "body) VALUES (?, ?, ?, ?, ?, ?)"),
            {id, data.value(u"slug").toString(), data.value(u"locale").toString(),
             data.value(u"title").toString(), data.value(u"shortcut").toString(),
             data.value(u"body").toString()}));
    }
    if (entity == u"presence") {
        changed.presence.insert(id);
        return done(m_store.write(
            QStringLiteral("INSERT OR REPLACE INTO presence (operator_id, name, status, reason, "
                           "since) VALUES (?, ?, ?, ?, ?)"),
            {id, data.value(u"name").toString(), data.value(u"status").toString(),
             data.value(u"reason").toString(), data.value(u"since").toString()}));
    }
    if (entity == u"operator") {
        // Merged, not replaced: everyone gets a colleague's profile (name, role, line, team),
        // while an operator's own capacity changes carry only those fields.
        changed.operators.insert(id);
        return done(m_store.write(
            QStringLiteral("INSERT INTO operators (id, json) VALUES (?, ?) ON CONFLICT (id) DO "
                           "UPDATE SET json = json_patch(operators.json, excluded.json)"),
            {id, compact(data)}));
    }
    // A newer back office may send entities this client does not know yet: skip, don't stop.
    qCDebug(lcFeed) << "skipping a change of unknown entity" << entity;
    return {};
}

Result<void> ChangeFeedApplier::storeMessage(const QJsonObject &message, const QString &localId)
{
    const QString id = message.value(u"id").toString();
    const QString ticketId = message.value(u"ticket_id").toString();
    auto &changed = m_store.pendingChanges();
    if (!localId.isEmpty()) {
        auto exists = m_store.read(QStringLiteral("SELECT 1 FROM messages WHERE id = ?"), {id});
        if (!exists)
            return exists.error();
        if (exists.value().next()) {
            // The feed brought the message before the push learned its id: drop the echo.
            if (auto removed =
                    m_store.write(QStringLiteral("DELETE FROM messages WHERE id = ?"), {localId});
                !removed)
                return removed.error();
        } else {
            auto renamed = m_store.write(
                QStringLiteral("UPDATE messages SET id = ?, created_at = ?, state = 'synced' "
                               "WHERE id = ?"),
                {id, message.value(u"created_at").toString(), localId});
            if (!renamed)
                return renamed.error();
        }
        changed.messageIdsReplaced.append({localId, id});
        changed.tickets.insert(ticketId);
        return {};
    }
    auto inserted = m_store.write(
        QStringLiteral("INSERT INTO messages (id, ticket_id, author_kind, author_id, author_name, "
                       "internal, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                       "(id) DO NOTHING"),
        {id, ticketId, message.value(u"author_kind").toString(),
         message.value(u"author_id").toString(), message.value(u"author_name").toString(),
         message.value(u"internal").toBool() ? 1 : 0, message.value(u"body").toString(),
         message.value(u"created_at").toString()});
    if (!inserted)
        return inserted.error();
    if (inserted->numRowsAffected() > 0)
        changed.messagesAdded[ticketId].append(id);
    return {};
}

Result<void> ChangeFeedApplier::storeEscalation(const QJsonObject &escalation,
                                                const QString &localId)
{
    const QString id = escalation.value(u"id").toString();
    if (!localId.isEmpty()) {
        if (auto removed =
                m_store.write(QStringLiteral("DELETE FROM escalations WHERE id = ?"), {localId});
            !removed)
            return removed.error();
        m_store.pendingChanges().escalations.insert(localId);
    }
    m_store.pendingChanges().escalations.insert(id);
    return done(m_store.write(
        QStringLiteral("INSERT OR REPLACE INTO escalations (id, ticket_id, status, version, json, "
                       "local_pending) VALUES (?, ?, ?, ?, ?, 0)"),
        {id, escalation.value(u"ticket_id").toString(), escalation.value(u"status").toString(),
         escalation.value(u"version").toInteger(), compact(escalation)}));
}

Result<void> ChangeFeedApplier::storeCustomer(const QJsonObject &customer)
{
    const QString id = customer.value(u"id").toString();
    m_store.pendingChanges().customers.insert(id);
    auto stored = m_store.write(
        QStringLiteral("INSERT OR REPLACE INTO customers (id, name, json) VALUES (?, ?, ?)"),
        {id, customer.value(u"name").toString(), compact(customer)});
    if (!stored)
        return stored.error();
    // The customer's card carries their orders.
    const QJsonArray orders = customer.value(u"orders").toArray();
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        auto written = m_store.write(
            QStringLiteral("INSERT OR REPLACE INTO orders (id, customer_id, number, status, json) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {order.value(u"id").toString(), id, order.value(u"number").toString(),
             order.value(u"status").toString(), compact(order)});
        if (!written)
            return written.error();
    }
    return {};
}

Result<void> ChangeFeedApplier::storeKbArticle(const QJsonObject &article)
{
    const QString id = article.value(u"id").toString();
    m_store.pendingChanges().kbArticles.insert(id);
    QStringList tags;
    for (const QJsonValue &tag : article.value(u"tags").toArray())
        tags.append(tag.toString());
    // tags is NOT NULL, and joining no tags gives a null string (bound as NULL).
    const QString tagText = tags.isEmpty() ? QStringLiteral("") : tags.join(u' ');
    // An upsert (not REPLACE) keeps the row's seq, so the FTS update trigger sees the old text.
    return done(m_store.write(
        QStringLiteral("INSERT INTO kb_articles (id, slug, locale, title, body, tags, version, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                       "slug = excluded.slug, locale = excluded.locale, title = excluded.title, "
                       "body = excluded.body, tags = excluded.tags, version = excluded.version, "
                       "updated_at = excluded.updated_at"),
        {id, article.value(u"slug").toString(), article.value(u"locale").toString(),
         article.value(u"title").toString(), article.value(u"body").toString(), tagText,
         article.value(u"version").toInteger(), article.value(u"updated_at").toString()}));
}

Result<void> ChangeFeedApplier::remove(const QString &entity, const QString &id)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("ticket"), QStringLiteral("DELETE FROM tickets WHERE id = ?")},
        {QStringLiteral("message"), QStringLiteral("DELETE FROM messages WHERE id = ?")},
        {QStringLiteral("escalation"), QStringLiteral("DELETE FROM escalations WHERE id = ?")},
        {QStringLiteral("customer"), QStringLiteral("DELETE FROM customers WHERE id = ?")},
        {QStringLiteral("order"), QStringLiteral("DELETE FROM orders WHERE id = ?")},
        {QStringLiteral("kb_article"), QStringLiteral("DELETE FROM kb_articles WHERE id = ?")},
        {QStringLiteral("macro"), QStringLiteral("DELETE FROM macros WHERE id = ?")},
        {QStringLiteral("presence"), QStringLiteral("DELETE FROM presence WHERE operator_id = ?")},
        {QStringLiteral("operator"), QStringLiteral("DELETE FROM operators WHERE id = ?")},
    };
    const auto sql = tables.constFind(entity);
    if (sql == tables.cend())
        return {};
    auto &changed = m_store.pendingChanges();
    if (entity == u"ticket")
        changed.tickets.insert(id);
    else if (entity == u"kb_article")
        changed.kbArticles.insert(id);
    else if (entity == u"escalation")
        changed.escalations.insert(id);
    return done(m_store.write(*sql, {id}));
}

} // namespace frontline::app

#include "app/store/ChangeFeedApplier.h"
#include "app/store/CacheSearch.h"

#include "app/store/ExamCache.h"
#include "app/store/LocalStore.h"
#include "app/store/Outbox.h"
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

// A minimal JSON scanner: enough to find where values start and end, not to read them (the page
// is parsed by QJsonDocument already). Each function moves `p` past what it skipped and returns
// false on anything that is not JSON.
struct Scanner
{
    const char *p;
    const char *end;

    void space()
    {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }
    bool string()
    {
        if (p == end || *p != '"')
            return false;
        for (++p; p < end; ++p) {
            if (*p == '\\')
                ++p;
            else if (*p == '"')
                return ++p, true;
        }
        return false;
    }
    bool value()
    {
        space();
        if (p == end)
            return false;
        if (*p == '"')
            return string();
        if (*p == '{' || *p == '[') {
            const char close = *p == '{' ? '}' : ']';
            ++p;
            space();
            if (p < end && *p == close)
                return ++p, true;
            while (true) {
                if (close == '}') {
                    space();
                    if (!string())
                        return false;
                    space();
                    if (p == end || *p++ != ':')
                        return false;
                }
                if (!value())
                    return false;
                space();
                if (p == end)
                    return false;
                if (*p == close)
                    return ++p, true;
                if (*p++ != ',')
                    return false;
            }
        }
        const char *start = p;
        while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' &&
               *p != '\r' && *p != '\t')
            ++p;
        return p > start;
    }
    // Calls `member(key, valueStart)` at each member of the object at `p`; `member` skips the
    // value (or reads it) and returns false to stop.
    template<typename Member>
    bool object(Member member)
    {
        space();
        if (p == end || *p++ != '{')
            return false;
        space();
        if (p < end && *p == '}')
            return ++p, true;
        while (true) {
            space();
            const char *key = p;
            if (!string())
                return false;
            const QByteArrayView name(key + 1, p - key - 2);
            space();
            if (p == end || *p++ != ':')
                return false;
            space();
            if (!member(name))
                return false;
            space();
            if (p == end)
                return false;
            if (*p == '}')
                return ++p, true;
            if (*p++ != ',')
                return false;
        }
    }
};

// Where each change's `data` is in a raw `GET /changes` body, in the order of `changes`; empty
// when the body is not shaped as expected.
QList<QByteArrayView> dataSpans(QByteArrayView body)
{
    QList<QByteArrayView> spans;
    Scanner scan{body.data(), body.data() + body.size()};
    const bool ok = scan.object([&](QByteArrayView key) {
        if (key != "changes")
            return scan.value();
        scan.space();
        if (scan.p == scan.end || *scan.p++ != '[')
            return false;
        scan.space();
        if (scan.p < scan.end && *scan.p == ']')
            return ++scan.p, true;
        while (true) {
            QByteArrayView data;
            const bool change = scan.object([&](QByteArrayView member) {
                const char *start = scan.p;
                if (!scan.value())
                    return false;
                if (member == "data")
                    data = QByteArrayView(start, scan.p - start);
                return true;
            });
            if (!change)
                return false;
            spans.append(data);
            scan.space();
            if (scan.p == scan.end)
                return false;
            if (*scan.p == ']')
                return ++scan.p, true;
            if (*scan.p++ != ',')
                return false;
        }
    });
    return ok ? spans : QList<QByteArrayView>();
}

} // namespace

Result<void> ChangeFeedApplier::applyPage(const QJsonObject &page, QByteArrayView raw)
{
    if (!page.value(u"changes").isArray() || !page.value(u"next").isDouble()) {
        return Error{QStringLiteral("malformed_json"),
                     QStringLiteral("a change page needs changes and next")};
    }
    SqlTransaction transaction(m_store);
    if (!transaction.begun())
        return transaction.begun().error();
    auto withCommands = Outbox(m_store).ticketsWithPendingCommands();
    if (!withCommands)
        return withCommands.error();
    m_ticketsWithCommands = withCommands.value();
    const QJsonArray changes = page.value(u"changes").toArray();
    // A page of many messages (a first sync, a return after long offline) leaves their
    // full-text indexing to the housekeeping thread: see MessageIndex.
    qsizetype messages = 0;
    for (const QJsonValue &change : changes)
        messages += change[u"entity"].toString() == u"message";
    if (messages >= DeferIndexAtMessages) {
        if (auto deferred = m_store.deferMessageIndex(); !deferred)
            return deferred.error();
    }
    QList<QByteArrayView> rawData = raw.isEmpty() ? QList<QByteArrayView>() : dataSpans(raw);
    if (rawData.size() != changes.size())
        rawData.clear();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (auto applied = applyChange(changes.at(i).toObject(),
                                       rawData.isEmpty() ? QByteArrayView() : rawData.at(i));
            !applied)
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

Result<void> ChangeFeedApplier::applyChange(const QJsonObject &change, QByteArrayView rawData)
{
    const QString entity = change.value(u"entity").toString();
    const QString id = change.value(u"id").toString();
    const QJsonObject data = change.value(u"data").toObject();
    if (change.value(u"op").toString() == u"delete")
        return remove(entity, id);
    auto &changed = m_store.pendingChanges();
    if (entity == u"ticket") {
        return m_store.storeServerTicket(
            data, !m_ticketsWithCommands || m_ticketsWithCommands->contains(id), rawData);
    }
    if (entity == u"message") {
        if (auto stored = storeMessage(data); !stored)
            return stored;
        return applyTicketFields(data.value(u"ticket").toObject());
    }
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
    if (entity == u"macro")
        return storeMacro(id, data);
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
    if (entity == u"help_flag")
        return storeHelpFlag(data);
    // A supervisor's alerts watch breaches as they happen (app/board/AlertEvaluator).
    if (entity == u"sla_breach") {
        changed.slaBreaches.insert(id);
        return done(m_store.write(
            QStringLiteral("INSERT OR REPLACE INTO sla_breaches (id, ticket_id, queue, kind, "
                           "breached_at) VALUES (?, ?, ?, ?, ?)"),
            {id, data.value(u"ticket_id").toString(), data.value(u"queue").toString(),
             data.value(u"kind").toString(), data.value(u"breached_at").toString()}));
    }
    // A CSAT score reaches supervisors and the operator concerned; the desktop shows it from
    // /metrics. New contract targets: the poke that brought this change refetches the board,
    // which carries them. The cache keeps nothing of either.
    if (entity == u"csat" || entity == u"kpi_target")
        return {};
    // A QA review: read online where it is shown; the change only announces it (MainWindow).
    if (entity == u"qa_review") {
        changed.qaReviews.append(data);
        return {};
    }
    if (entity == u"training_course")
        return storeCourse(data);
    if (entity == u"exam")
        return ExamCache(m_store).store(data);
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
    auto inserted = m_store.insertMessage(CachedMessage{
        id, ticketId, message.value(u"author_kind").toString(),
        message.value(u"author_id").toString(), message.value(u"author_name").toString(),
        message.value(u"internal").toBool(), message.value(u"body").toString(),
        message.value(u"created_at").toString(), QStringLiteral("synced")});
    if (!inserted)
        return inserted.error();
    // A supervisor's whisper (issue 18): marked in its own column, in this same transaction.
    if (inserted.value() && message.value(u"whisper").toBool()) {
        if (auto marked =
                m_store.write(QStringLiteral("UPDATE messages SET whisper = 1 WHERE id = ?"), {id});
            !marked)
            return marked.error();
    }
    if (inserted.value())
        changed.messagesAdded[ticketId].append(id);
    return {};
}

Result<void> ChangeFeedApplier::applyTicketFields(const QJsonObject &fields)
{
    const QString id = fields.value(u"id").toString();
    if (id.isEmpty())
        return {}; // an older back office sent the whole ticket as a change of its own
    auto cached =
        m_store.read(QStringLiteral("SELECT server_json FROM tickets WHERE id = ?"), {id});
    if (!cached)
        return cached.error();
    if (!cached.value().next())
        return {}; // not in the cache: its own change brings it whole
    QJsonObject ticket = QJsonDocument::fromJson(cached.value().value(0).toByteArray()).object();
    if (ticket.value(u"id").toString() != id ||
        ticket.value(u"version").toInteger() > fields.value(u"version").toInteger())
        return {};
    for (auto field = fields.begin(); field != fields.end(); ++field)
        ticket.insert(field.key(), field.value());
    return m_store.storeServerTicket(ticket,
                                     !m_ticketsWithCommands || m_ticketsWithCommands->contains(id));
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

Result<void> ChangeFeedApplier::storeMacro(const QString &id, const QJsonObject &macro)
{
    m_store.pendingChanges().macros.insert(id);
    // The store it is for; NULL (every store) when the back office names none.
    const QString projectId = macro.value(u"project_id").toString();
    return done(m_store.write(
        QStringLiteral("INSERT OR REPLACE INTO macros (id, slug, locale, title, shortcut, body, "
                       "project_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {id, macro.value(u"slug").toString(), macro.value(u"locale").toString(),
         macro.value(u"title").toString(), macro.value(u"shortcut").toString(),
         macro.value(u"body").toString(), projectId.isEmpty() ? QVariant() : QVariant(projectId)}));
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
    const QString title = article.value(u"title").toString();
    const QString body = article.value(u"body").toString();
    // The store the article is for; NULL (every store) when the back office names none.
    const QString projectId = article.value(u"project_id").toString();
    const QVariant project = projectId.isEmpty() ? QVariant() : QVariant(projectId);
    // The index is written here, not by triggers (see migration 5): an update takes the old
    // text out of it first, with the row's seq kept.
    auto existing = m_store.read(
        QStringLiteral("SELECT seq, title, body, tags FROM kb_articles WHERE id = ?"), {id});
    if (!existing)
        return existing.error();
    QVariant seq;
    QVariantList old;
    if (existing.value().next()) {
        seq = existing->value(0);
        old = {seq, CacheSearch::foldForSearch(existing->value(1).toString()),
               CacheSearch::foldForSearch(existing->value(2).toString()),
               CacheSearch::foldForSearch(existing->value(3).toString())};
    }
    existing.value().finish();
    if (!old.isEmpty()) {
        if (auto removed = m_store.write(
                QStringLiteral("INSERT INTO kb_fts (kb_fts, rowid, title, body, tags) VALUES "
                               "('delete', ?, ?, ?, ?)"),
                old);
            !removed)
            return removed.error();
        if (auto removed = m_store.write(
                QStringLiteral("INSERT INTO kb_title_fts (kb_title_fts, rowid, title, tags) "
                               "VALUES ('delete', ?, ?, ?)"),
                {old.at(0), old.at(1), old.at(3)});
            !removed)
            return removed.error();
        if (auto updated = m_store.write(
                QStringLiteral("UPDATE kb_articles SET slug = ?, locale = ?, title = ?, body = ?, "
                               "tags = ?, version = ?, updated_at = ?, project_id = ? WHERE seq = "
                               "?"),
                {article.value(u"slug").toString(), article.value(u"locale").toString(), title,
                 body, tagText, article.value(u"version").toInteger(),
                 article.value(u"updated_at").toString(), project, seq});
            !updated)
            return updated.error();
    } else {
        auto inserted = m_store.write(
            QStringLiteral("INSERT INTO kb_articles (id, slug, locale, title, body, tags, version, "
                           "updated_at, project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, article.value(u"slug").toString(), article.value(u"locale").toString(), title,
             body, tagText, article.value(u"version").toInteger(),
             article.value(u"updated_at").toString(), project});
        if (!inserted)
            return inserted.error();
        seq = inserted->lastInsertId();
    }
    const QString foldedTitle = CacheSearch::foldForSearch(title);
    const QString foldedTags = CacheSearch::foldForSearch(tagText);
    if (auto indexed = m_store.write(
            QStringLiteral("INSERT INTO kb_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)"),
            {seq, foldedTitle, CacheSearch::foldForSearch(body), foldedTags});
        !indexed)
        return indexed.error();
    return done(m_store.write(
        QStringLiteral("INSERT INTO kb_title_fts (rowid, title, tags) VALUES (?, ?, ?)"),
        {seq, foldedTitle, foldedTags}));
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

Result<void> ChangeFeedApplier::storeHelpFlag(const QJsonObject &flag, const QString &localId)
{
    const QString id = flag.value(u"id").toString();
    auto &changed = m_store.pendingChanges();
    QVariant loweredHere; // the operator withdrew it before the raise was delivered
    if (!localId.isEmpty()) {
        auto echo = m_store.read(
            QStringLiteral("SELECT lowered_at FROM help_flags WHERE id = ? AND lowered_at IS NOT "
                           "NULL"),
            {localId});
        if (!echo)
            return echo.error();
        if (echo.value().next())
            loweredHere = echo.value().value(0);
        if (auto removed =
                m_store.write(QStringLiteral("DELETE FROM help_flags WHERE id = ?"), {localId});
            !removed)
            return removed.error();
        // A lowering queued before the raise was delivered now targets the flag's real id.
        if (auto retargeted =
                m_store.write(QStringLiteral("UPDATE outbox SET target_id = ? WHERE target_id = ?"),
                              {id, localId});
            !retargeted)
            return retargeted.error();
        changed.helpFlags.insert(localId);
    }
    // A lowering still waiting in the outbox keeps showing as lowered.
    auto written = m_store.write(
        QStringLiteral(
            "INSERT INTO help_flags (id, ticket_id, raised_at, lowered_at, json) VALUES "
            "(?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET ticket_id = "
            "excluded.ticket_id, raised_at = excluded.raised_at, json = excluded.json, "
            "lowered_at = CASE WHEN help_flags.local_pending = 1 AND excluded.lowered_at "
            "IS NULL THEN help_flags.lowered_at ELSE excluded.lowered_at END, "
            "local_pending = CASE WHEN excluded.lowered_at IS NULL THEN "
            "help_flags.local_pending ELSE 0 END"),
        {id, flag.value(u"ticket_id").toString(), flag.value(u"raised_at").toString(),
         flag.value(u"lowered_at").isString() ? QVariant(flag.value(u"lowered_at").toString())
                                              : QVariant(),
         compact(flag)});
    if (!written)
        return written.error();
    if (!loweredHere.isNull()) {
        if (auto kept = m_store.write(QStringLiteral("UPDATE help_flags SET lowered_at = ?, "
                                                     "local_pending = 1 WHERE id = ?"),
                                      {loweredHere, id});
            !kept)
            return kept.error();
    }
    changed.helpFlags.insert(id);
    return {};
}

// A course as the feed brought it. An older version than the cache's (a move she queued, echoed
// ahead of the back office) leaves the cache as it is; a course seen the first time is announced.
Result<void> ChangeFeedApplier::storeCourse(const QJsonObject &course)
{
    const QString id = course.value(u"id").toString();
    auto known = m_store.read(QStringLiteral("SELECT 1 FROM training_courses WHERE id = ?"), {id});
    if (!known)
        return known.error();
    const bool seen = known.value().next();
    auto stored = m_store.write(
        QStringLiteral("INSERT INTO training_courses (id, status, version, created_at, json) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET status = "
                       "excluded.status, version = excluded.version, json = excluded.json WHERE "
                       "excluded.version >= training_courses.version"),
        {id, course.value(u"status").toString(), course.value(u"version").toInteger(),
         course.value(u"created_at").toString(), compact(course)});
    if (!stored)
        return stored.error();
    auto &changed = m_store.pendingChanges();
    changed.trainingCourses.insert(id);
    if (!seen && course.value(u"status").toString() == u"assigned")
        changed.coursesAssigned.append(course);
    return {};
}

} // namespace frontline::app

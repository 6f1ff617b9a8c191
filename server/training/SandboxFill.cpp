#include "server/training/SandboxFill.h"

#include "server/feed/ChangeLog.h"
#include "server/kb/KbService.h"
#include "server/storage/Store.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace frontline::server {
namespace {

// Copies `columns` of every row of `table`, ids included: queues and articles name projects by
// id, and those ids must mean the same stores in the sandbox.
Result<void> copyRows(Store &production, Store &sandbox, const QString &table,
                      const QStringList &columns)
{
    auto rows = production.run(u"SELECT " + columns.join(u", ") + u" FROM " + table);
    if (!rows)
        return rows.error();
    QList<QVariantList> copied;
    while (rows.value()->next()) {
        QVariantList values;
        for (int i = 0; i < columns.size(); ++i)
            values.append(rows.value()->value(i));
        copied.append(values);
    }
    rows.value()->finish();
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString insert = u"INSERT INTO " + table + u" (" + columns.join(u", ") + u") VALUES (" +
                           marks.join(u", ") + u')';
    for (const QVariantList &values : std::as_const(copied)) {
        if (auto done = sandbox.run(insert, values); !done)
            return done.error();
    }
    return {};
}

// PostgreSQL's sequence does not see ids inserted by hand: the next project made in the sandbox
// must not take a copied one's id.
Result<void> advanceSequence(Store &sandbox, const QString &table)
{
    if (!sandbox.isPostgresql())
        return {};
    auto moved =
        sandbox.scalar(u"SELECT setval(pg_get_serial_sequence('" + table +
                       u"', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM " + table + u"), false)");
    if (!moved)
        return moved.error();
    return {};
}

Result<qint64> copyArticles(Store &production, Store &sandbox, KbService &kb)
{
    auto ids = production.run(QStringLiteral("SELECT id FROM kb_articles ORDER BY id"));
    if (!ids)
        return ids.error();
    QStringList list;
    while (ids.value()->next())
        list.append(ids.value()->value(0).toString());
    ids.value()->finish();
    qint64 last = 0;
    for (const QString &id : std::as_const(list)) {
        auto article = kb.get(production, id);
        if (!article)
            return article.error();
        KbArticleDraft draft;
        draft.locale = article->locale;
        draft.slug = article->slug;
        draft.title = article->title;
        draft.body = article->body;
        draft.tags = article->tags;
        draft.projectId = article->projectId.toLongLong();
        auto written = kb.createInTransaction(sandbox, draft, 0);
        if (!written)
            return written.error();
        last = written->seq;
    }
    return last;
}

} // namespace

Result<void> copyProductionSetup(Store &production, Store &sandbox, KbService &kb,
                                 ChangeLog &changes)
{
    Transaction transaction(sandbox);
    if (!transaction.started())
        return transaction.started().error();
    if (auto done = copyRows(production, sandbox, QStringLiteral("projects"),
                             {QStringLiteral("id"), QStringLiteral("slug"), QStringLiteral("name"),
                              QStringLiteral("show_conversations"), QStringLiteral("version"),
                              QStringLiteral("created_at"), QStringLiteral("updated_at")});
        !done)
        return done;
    if (auto done = advanceSequence(sandbox, QStringLiteral("projects")); !done)
        return done;
    if (auto done = copyRows(production, sandbox, QStringLiteral("queues"),
                             {QStringLiteral("id"), QStringLiteral("title"),
                              QStringLiteral("created_at"), QStringLiteral("project_id")});
        !done)
        return done;
    auto lastArticle = copyArticles(production, sandbox, kb);
    if (!lastArticle)
        return lastArticle.error();
    auto macros = kb.macros(production, QString());
    if (!macros)
        return macros.error();
    qint64 lastMacro = 0;
    for (const protocol::Macro &macro : std::as_const(macros.value())) {
        auto seq = kb.upsertMacroInTransaction(sandbox, macro);
        if (!seq)
            return seq.error();
        lastMacro = std::max(lastMacro, seq.value());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (lastArticle.value() > 0)
        changes.announce(sandbox.workspace(), lastArticle.value(), QStringLiteral("kb_article"),
                         ChangeAudience::everyone());
    if (lastMacro > 0)
        changes.announce(sandbox.workspace(), lastMacro, QStringLiteral("macro"),
                         ChangeAudience::everyone());
    return {};
}

} // namespace frontline::server

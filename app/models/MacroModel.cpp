#include "app/models/MacroModel.h"

#include "app/store/CachedQueues.h"
#include "app/store/LocalStore.h"

namespace frontline::app {

MacroModel::MacroModel(LocalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, [this](const StoreChangeSet &changes) {
        if (!changes.macros.isEmpty())
            reload();
    });
    reload();
}

void MacroModel::setFilter(const QString &text)
{
    m_filter = text.trimmed();
    reload();
}

void MacroModel::setPreferredLocale(const QString &locale)
{
    if (locale == m_preferredLocale)
        return;
    m_preferredLocale = locale;
    reload();
}

void MacroModel::setTicket(const QString &ticketId)
{
    if (ticketId == m_ticketId)
        return;
    m_ticketId = ticketId;
    reload();
}

void MacroModel::reload()
{
    const auto literal = [](QString text) { // LIKE wildcards typed in the search are literal
        return text.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
    };
    // "/refund" and "refund" search alike: the slash only marks a shortcut.
    const QString words = m_filter.startsWith(u'/') ? m_filter.mid(1) : m_filter;
    const QString pattern = u'%' + literal(words) + u'%';
    const QString shortcut = u'/' + words;
    // Read at every search, as the KB list does: the queues' stores may arrive after the ticket
    // was opened. A ticket of no known store is offered every response.
    auto ticketStore = CachedQueues(m_store).projectOfTicket(m_ticketId);
    const QString store =
        ticketStore && !ticketStore->isEmpty() ? ticketStore.value() : QStringLiteral("");
    // Rank in SQL: exact shortcut, shortcut prefix, title, body; then the customer's language;
    // then the ticket's store's own before a shared one (its /greet wins over the center's).
    auto query = m_store.read(
        QStringLiteral("SELECT id, title, shortcut, body, locale, COALESCE(slug, '') FROM macros "
                       "WHERE (title LIKE ? ESCAPE '\\' OR shortcut LIKE ? ESCAPE '\\' OR body "
                       "LIKE ? ESCAPE '\\') "
                       "AND (? = '' OR project_id IS NULL OR project_id = ?) "
                       "ORDER BY CASE WHEN lower(shortcut) = lower(?) THEN 0 "
                       "WHEN shortcut LIKE ? ESCAPE '\\' THEN 1 "
                       "WHEN title LIKE ? ESCAPE '\\' THEN 2 ELSE 3 END, locale IS NOT ?, "
                       "project_id IS NULL, title, locale LIMIT 200"),
        {pattern, pattern, pattern, store, store, shortcut, QString(literal(shortcut) + u'%'),
         pattern, m_preferredLocale});
    beginResetModel();
    m_rows.clear();
    while (ticketStore && query && query.value().next()) {
        m_rows.append(Row{query->value(0).toString(), query->value(1).toString(),
                          query->value(2).toString(), query->value(3).toString(),
                          query->value(4).toString(), query->value(5).toString()});
    }
    endResetModel();
}

QString MacroModel::languageTag(const QString &locale)
{
    return locale.isEmpty() ? QStringLiteral("··") : locale.left(2).toUpper();
}

int MacroModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MacroModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The language first: it must survive eliding of a long title.
        return row.shortcut.isEmpty()
                   ? QStringLiteral("%1 · %2").arg(languageTag(row.locale), row.title)
                   : QStringLiteral("%1 · %2  %3")
                         .arg(languageTag(row.locale), row.shortcut, row.title);
    case Qt::ToolTipRole:
    case BodyRole:
        return row.body;
    case MacroIdRole:
        return row.id;
    case TitleRole:
        return row.title;
    case ShortcutRole:
        return row.shortcut;
    case LocaleRole:
        return row.locale;
    case SlugRole:
        return row.slug;
    default:
        return {};
    }
}

QHash<int, QByteArray> MacroModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{MacroIdRole, "macroId"},
                  {TitleRole, "title"},
                  {ShortcutRole, "shortcut"},
                  {BodyRole, "body"},
                  {LocaleRole, "locale"}});
    return names;
}

} // namespace frontline::app

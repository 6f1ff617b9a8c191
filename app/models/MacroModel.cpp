#include "app/models/MacroModel.h"

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

void MacroModel::reload()
{
    QString pattern = m_filter;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    pattern = u'%' + pattern + u'%';
    auto query = m_store.read(
        QStringLiteral("SELECT id, title, shortcut, body FROM macros WHERE title LIKE ? ESCAPE "
                       "'\\' OR shortcut LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\' "
                       "ORDER BY title LIMIT 200"),
        {pattern, pattern, pattern});
    beginResetModel();
    m_rows.clear();
    while (query && query.value().next()) {
        m_rows.append(Row{query->value(0).toString(), query->value(1).toString(),
                          query->value(2).toString(), query->value(3).toString()});
    }
    endResetModel();
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
        return row.shortcut.isEmpty() ? row.title
                                      : QStringLiteral("%1  %2").arg(row.shortcut, row.title);
    case Qt::ToolTipRole:
    case BodyRole:
        return row.body;
    case MacroIdRole:
        return row.id;
    case TitleRole:
        return row.title;
    case ShortcutRole:
        return row.shortcut;
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
                  {BodyRole, "body"}});
    return names;
}

} // namespace frontline::app

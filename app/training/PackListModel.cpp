#include "app/training/PackListModel.h"

#include <algorithm>

namespace frontline::app {

PackListModel::PackListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PackListModel::setPacks(QList<PackListing> packs)
{
    if (packs == m_packs)
        return;
    beginResetModel();
    m_packs = std::move(packs);
    endResetModel();
}

int PackListModel::rowOf(const QString &id) const
{
    const auto found = std::find_if(m_packs.cbegin(), m_packs.cend(),
                                    [&id](const PackListing &each) { return each.id == id; });
    return found == m_packs.cend() ? -1 : int(found - m_packs.cbegin());
}

const PackListing *PackListModel::pack(int row) const
{
    if (row < 0 || row >= m_packs.size())
        return nullptr;
    return &m_packs[row];
}

int PackListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_packs.size());
}

int PackListModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return ColumnCount;
}

QVariant PackListModel::display(const PackListing &pack, int column) const
{
    switch (column) {
    case TitleColumn:
        return pack.title;
    case IdColumn:
        return pack.id;
    case VersionsColumn:
        // "3 (newest 5)": versions are kept, numbered by the trainer, not always 1..n.
        return tr("%1 (newest %2)").arg(pack.versions).arg(pack.version);
    case LanguageColumn:
        return pack.language;
    case ScenariosColumn:
        return pack.scenarios;
    }
    return {};
}

QVariant PackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackListing &pack = m_packs[index.row()];
    switch (role) {
    case IdRole:
        return pack.id;
    case NewestVersionRole:
        return pack.version;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(pack, index.column());
    default:
        return {};
    }
}

QVariant PackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *const names[ColumnCount] = {QT_TR_NOOP("Title"), QT_TR_NOOP("Id"),
                                                   QT_TR_NOOP("Versions"), QT_TR_NOOP("Language"),
                                                   QT_TR_NOOP("Scenarios")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace frontline::app

#include "app/training/SandboxListModel.h"

#include <QLocale>

#include <algorithm>

namespace frontline::app {
namespace {

bool byTitle(const protocol::Sandbox &a, const protocol::Sandbox &b)
{
    const int order = QString::localeAwareCompare(a.title, b.title);
    return order != 0 ? order < 0 : a.name < b.name;
}

} // namespace

SandboxListModel::SandboxListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SandboxListModel::setSandboxes(QList<protocol::Sandbox> sandboxes)
{
    std::sort(sandboxes.begin(), sandboxes.end(), byTitle);
    if (sandboxes == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(sandboxes);
    endResetModel();
}

void SandboxListModel::put(const protocol::Sandbox &sandbox)
{
    const int row = rowOf(sandbox.name);
    if (row >= 0) {
        m_rows[row] = sandbox;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto at = std::upper_bound(m_rows.cbegin(), m_rows.cend(), sandbox, byTitle);
    const int position = int(at - m_rows.cbegin());
    beginInsertRows({}, position, position);
    m_rows.insert(position, sandbox);
    endInsertRows();
}

void SandboxListModel::remove(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int SandboxListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].name == name)
            return row;
    }
    return -1;
}

const protocol::Sandbox *SandboxListModel::sandbox(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int SandboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SandboxListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SandboxListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Sandbox &sandbox = m_rows[index.row()];
    if (role == NameRole)
        return sandbox.name;
    if (role == Qt::TextAlignmentRole && index.column() == TraineesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return sandbox.title;
    case NameColumn:
        return sandbox.name;
    case PackColumn:
        return sandbox.packId.isEmpty() ? tr("none") : sandbox.packId;
    case TraineesColumn:
        return int(sandbox.trainees.size());
    case CreatedColumn:
        return QLocale().toString(sandbox.createdAt.toLocalTime(), QLocale::ShortFormat);
    }
    return {};
}

QVariant SandboxListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case NameColumn:
        return tr("Name");
    case PackColumn:
        return tr("Pack");
    case TraineesColumn:
        return tr("Trainees");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

} // namespace frontline::app

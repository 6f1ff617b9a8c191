#include "app/qa/CalibrationHistoryModel.h"

#include <QLocale>

namespace frontline::app {

CalibrationHistoryModel::CalibrationHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CalibrationHistoryModel::setEntries(const QList<protocol::CalibrationHistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int CalibrationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CalibrationHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalibrationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const protocol::CalibrationHistoryEntry &entry = m_entries.at(index.row());
    if (role == ValueRole) {
        return index.column() == DeviationColumn && entry.meanAbsoluteDeviation
                   ? QVariant(*entry.meanAbsoluteDeviation)
                   : QVariant();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case SessionColumn:
        return entry.sessionName;
    case ClosedColumn:
        return QLocale().toString(entry.closedAt.toLocalTime(), QLocale::ShortFormat);
    case ReviewerColumn:
        return entry.reviewerName;
    case ScoredColumn:
        return entry.scored;
    case DeviationColumn:
        return entry.meanAbsoluteDeviation
                   ? QLocale().toString(*entry.meanAbsoluteDeviation, 'f', 2)
                   : QStringLiteral("—");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CalibrationHistoryModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SessionColumn:
        return tr("Session");
    case ClosedColumn:
        return tr("Closed");
    case ReviewerColumn:
        return tr("Reviewer");
    case ScoredColumn:
        return tr("Conversations scored");
    case DeviationColumn:
        return tr("Mean absolute deviation");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace frontline::app

#include "app/board/AlertListModel.h"

#include "app/board/AlertEvaluator.h"

#include <QLocale>

namespace frontline::app {

AlertListModel::AlertListModel(AlertEvaluator &evaluator, QObject *parent)
    : QAbstractTableModel(parent)
{
    const QList<Alert> firing = evaluator.firing();
    for (auto it = firing.rbegin(); it != firing.rend(); ++it)
        m_rows.append(Row{*it, false});
    connect(&evaluator, &AlertEvaluator::fired, this, &AlertListModel::add);
    connect(&evaluator, &AlertEvaluator::updated, this, &AlertListModel::update);
    connect(&evaluator, &AlertEvaluator::cleared, this, &AlertListModel::remove);
}

Alert AlertListModel::alertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).alert : Alert{};
}

int AlertListModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).alert.key == key)
            return row;
    }
    return -1;
}

bool AlertListModel::isAcknowledged(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).acknowledged;
}

int AlertListModel::unacknowledgedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &row) { return !row.acknowledged; }));
}

void AlertListModel::add(const Alert &alert)
{
    if (rowOf(alert.key) >= 0)
        return update(alert);
    beginInsertRows({}, 0, 0);
    m_rows.prepend(Row{alert, false});
    endInsertRows();
    Q_EMIT unacknowledgedCountChanged(unacknowledgedCount());
}

void AlertListModel::update(const Alert &alert)
{
    const int row = rowOf(alert.key);
    if (row < 0)
        return add(alert);
    m_rows[row].alert = alert;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AlertListModel::remove(const Alert &alert)
{
    const int row = rowOf(alert.key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    const bool wasNew = !m_rows.takeAt(row).acknowledged;
    endRemoveRows();
    if (wasNew)
        Q_EMIT unacknowledgedCountChanged(unacknowledgedCount());
}

void AlertListModel::acknowledge(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).acknowledged)
        return;
    m_rows[row].acknowledged = true;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT unacknowledgedCountChanged(unacknowledgedCount());
}

void AlertListModel::acknowledgeAll()
{
    for (int row = 0; row < m_rows.size(); ++row)
        acknowledge(row);
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case AlertKeyRole:
        return row.alert.key;
    case SubjectRole:
        return int(row.alert.subject);
    case SubjectIdRole:
        return row.alert.subjectId;
    case KindRole:
        return protocol::toString(row.alert.kind);
    case AcknowledgedRole:
        return row.acknowledged;
    case FiredAtRole:
        return row.alert.firedAt;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(row.alert.firedAt.toLocalTime().time(), QLocale::ShortFormat);
        case WhatColumn:
            return alertText(row.alert);
        case AcknowledgedColumn:
            return row.acknowledged ? tr("Acknowledged") : tr("New");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhatColumn:
        return tr("Alert");
    case AcknowledgedColumn:
        return tr("Acknowledged");
    default:
        return {};
    }
}

} // namespace frontline::app

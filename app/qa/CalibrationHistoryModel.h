#pragma once

#include "protocol/Calibration.h"

#include <QAbstractTableModel>

namespace frontline::app {

// Each reviewer's mean absolute deviation per closed calibration session, newest session first
// (GET /qa/calibration-history): how a reviewer's scoring converges on the team's over time.
class CalibrationHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SessionColumn,
        ClosedColumn,
        ReviewerColumn,
        ScoredColumn,
        DeviationColumn,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole + 1, // the deviation as a number, or null
    };

    explicit CalibrationHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<protocol::CalibrationHistoryEntry> &entries);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<protocol::CalibrationHistoryEntry> m_entries;
};

} // namespace frontline::app

#pragma once

#include "protocol/Calibration.h"

#include <QAbstractTableModel>

namespace frontline::app {

// One conversation of a closed calibration session side by side (issue 18, item 8): a row per
// criterion with the points each reviewer gave, its spread and standard deviation (the widest
// spread marked), then each reviewer's total, her deviation from the reference score (agreed, or
// the median) and her mean absolute deviation over the session. A column per reviewer.
class CalibrationResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        WidestRole = Qt::UserRole + 1, // bool: the conversation's widest spread (the view marks it)
        ValueRole,                     // the number shown, or null
    };

    explicit CalibrationResultsModel(QObject *parent = nullptr);

    void setResults(const protocol::CalibrationResults &results);
    const protocol::CalibrationResults &results() const { return m_results; }
    // The conversation shown, by its position in the results (clamped).
    void setConversation(int index);
    int conversation() const { return m_conversation; }
    const protocol::CalibrationConversationResult *currentConversation() const;

    // The rows after the criteria.
    int totalRow() const;
    int deviationRow() const { return totalRow() + 1; }
    int meanDeviationRow() const { return totalRow() + 2; }
    // The columns after the reviewers'.
    int spreadColumn() const;
    int standardDeviationColumn() const { return spreadColumn() + 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant criterionValue(const protocol::CalibrationCriterionSpread &line, int column) const;
    QVariant reviewerValue(int row, int reviewer) const;
    const protocol::CalibrationReviewerScore *scoreOf(int reviewer) const;

    protocol::CalibrationResults m_results;
    int m_conversation = 0;
};

} // namespace frontline::app

#include "app/qa/CalibrationResultsModel.h"

#include <QLocale>

#include <algorithm>

namespace frontline::app {
namespace {

QString number(const QVariant &value)
{
    if (!value.isValid())
        return QStringLiteral("—");
    return QLocale().toString(value.toDouble(), 'f', 2);
}

} // namespace

CalibrationResultsModel::CalibrationResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CalibrationResultsModel::setResults(const protocol::CalibrationResults &results)
{
    beginResetModel();
    m_results = results;
    m_conversation =
        std::clamp(m_conversation, 0, std::max(0, int(results.conversations.size()) - 1));
    endResetModel();
}

void CalibrationResultsModel::setConversation(int index)
{
    beginResetModel();
    m_conversation = std::clamp(index, 0, std::max(0, int(m_results.conversations.size()) - 1));
    endResetModel();
}

const protocol::CalibrationConversationResult *CalibrationResultsModel::currentConversation() const
{
    if (m_conversation < 0 || m_conversation >= m_results.conversations.size())
        return nullptr;
    return &m_results.conversations.at(m_conversation);
}

int CalibrationResultsModel::totalRow() const
{
    const protocol::CalibrationConversationResult *current = currentConversation();
    return current ? int(current->criteria.size()) : 0;
}

int CalibrationResultsModel::spreadColumn() const
{
    return 1 + int(m_results.reviewers.size());
}

int CalibrationResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !currentConversation() ? 0 : totalRow() + 3;
}

int CalibrationResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : spreadColumn() + 2;
}

const protocol::CalibrationReviewerScore *CalibrationResultsModel::scoreOf(int reviewer) const
{
    const protocol::CalibrationConversationResult *current = currentConversation();
    if (!current || reviewer < 0 || reviewer >= m_results.reviewers.size())
        return nullptr;
    for (const protocol::CalibrationReviewerScore &score : current->scores) {
        if (score.reviewerId == m_results.reviewers.at(reviewer).reviewerId)
            return &score;
    }
    return nullptr;
}

QVariant CalibrationResultsModel::criterionValue(const protocol::CalibrationCriterionSpread &line,
                                                 int column) const
{
    if (column == spreadColumn())
        return line.spread;
    if (column == standardDeviationColumn())
        return line.standardDeviation;
    // The points are in the order of the conversation's scores; find this reviewer's.
    const protocol::CalibrationConversationResult *current = currentConversation();
    const protocol::CalibrationReviewerScore *score = scoreOf(column - 1);
    if (!current || !score)
        return {};
    const qsizetype position = score - current->scores.constData();
    if (position >= line.points.size() || !line.points.at(position))
        return {};
    return *line.points.at(position);
}

QVariant CalibrationResultsModel::reviewerValue(int row, int reviewer) const
{
    if (row == meanDeviationRow()) {
        const auto &mean = m_results.reviewers.at(reviewer).meanAbsoluteDeviation;
        return mean ? QVariant(*mean) : QVariant();
    }
    const protocol::CalibrationReviewerScore *score = scoreOf(reviewer);
    if (!score)
        return {};
    return row == totalRow() ? score->score : score->deviation;
}

QVariant CalibrationResultsModel::data(const QModelIndex &index, int role) const
{
    const protocol::CalibrationConversationResult *current = currentConversation();
    if (!index.isValid() || !current || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool criterion = row < totalRow();
    const bool widest = criterion && current->criteria.at(row).widest;
    if (role == WidestRole)
        return widest;
    if (role != Qt::DisplayRole && role != ValueRole && role != Qt::AccessibleTextRole)
        return {};
    if (column == 0) {
        if (role == ValueRole)
            return {};
        if (criterion)
            return current->criteria.at(row).title;
        if (row == totalRow())
            return tr("Total score");
        return row == deviationRow() ? tr("Deviation from the reference")
                                     : tr("Mean absolute deviation (session)");
    }
    QVariant value;
    if (criterion)
        value = criterionValue(current->criteria.at(row), column);
    else if (column < spreadColumn())
        value = reviewerValue(row, column - 1);
    if (role == ValueRole)
        return value;
    if (criterion && column < spreadColumn() && !value.isValid() && scoreOf(column - 1))
        return tr("N/A");
    if (!criterion && column >= spreadColumn())
        return QString();
    return number(value);
}

QVariant CalibrationResultsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Criterion");
    if (section == spreadColumn())
        return tr("Spread");
    if (section == standardDeviationColumn())
        return tr("Std. deviation");
    if (section > 0 && section < spreadColumn())
        return m_results.reviewers.at(section - 1).reviewerName;
    return {};
}

} // namespace frontline::app

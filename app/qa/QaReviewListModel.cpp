#include "app/qa/QaReviewListModel.h"

#include "protocol/ApiPaths.h"

#include <QLocale>

namespace frontline::app {

namespace {

const PagedListModel::Route ReviewsRoute{protocol::paths::QaReviews, u"reviews", u"cursor",
                                         u"next_cursor", "Next-Cursor"};

} // namespace

QaReviewListModel::QaReviewListModel(BackOfficeClient &client, QObject *parent)
    : PagedRowsModel(client, ReviewsRoute, &QaReviewListModel::requestFor, ColumnCount, parent)
{}

ApiRequest QaReviewListModel::requestFor(const QaReviewListFilter &filter, const QString &cursor,
                                         int limit, bool csv)
{
    QUrlQuery query;
    if (!filter.operatorId.isEmpty())
        query.addQueryItem(QStringLiteral("operator_id"), filter.operatorId);
    if (!filter.reviewerId.isEmpty())
        query.addQueryItem(QStringLiteral("reviewer_id"), filter.reviewerId);
    if (filter.status)
        query.addQueryItem(QStringLiteral("status"), protocol::toString(*filter.status));
    return pageRequest(ReviewsRoute, query, filter.from, filter.to, cursor, limit, csv);
}

int QaReviewListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows()[row].id == id)
            return row;
    }
    return -1;
}

QString QaReviewListModel::statusText(protocol::QaReviewStatus status)
{
    using S = protocol::QaReviewStatus;
    switch (status) {
    case S::New:
        return tr("New");
    case S::Acknowledged:
        return tr("Acknowledged");
    case S::Disputed:
        return tr("Disputed");
    case S::Answered:
        break;
    }
    return tr("Answered");
}

QVariant QaReviewListModel::data(const QModelIndex &index, int role) const
{
    const protocol::QaReview *review = reviewAt(index.row());
    if (!index.isValid() || !review)
        return {};
    switch (role) {
    case ReviewIdRole:
        return review->id;
    case TicketIdRole:
        return review->ticketId;
    case StatusRole:
        return protocol::toString(review->status);
    case PercentRole:
        return review->score.percent;
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case CreatedColumn:
        return QLocale().toString(review->createdAt.toLocalTime(), QLocale::ShortFormat);
    case TicketColumn:
        return QStringLiteral("#%1").arg(review->ticketNumber);
    case OperatorColumn:
        return review->operatorName;
    case ReviewerColumn:
        return review->reviewerName;
    case ScoreColumn:
        return review->score.criticalMissed ? tr("0 (critical)")
                                            : QLocale().toString(review->score.percent, 'f', 1);
    case StatusColumn:
        return statusText(review->status);
    default:
        return {};
    }
}

QString QaReviewListModel::columnTitle(int column) const
{
    switch (column) {
    case CreatedColumn:
        return tr("Reviewed");
    case TicketColumn:
        return tr("Ticket");
    case OperatorColumn:
        return tr("Operator");
    case ReviewerColumn:
        return tr("Reviewer");
    case ScoreColumn:
        return tr("Score, %");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace frontline::app

#pragma once

#include "app/net/PagedListModel.h"
#include "protocol/QaReview.h"

#include <QDateTime>

#include <optional>

namespace frontline::app {

// What the review list is narrowed to: the back office filters (GET /qa/reviews), never this
// model. An operator's list needs none: the back office answers her own reviews only.
struct QaReviewListFilter
{
    QString operatorId; // the reviewed operator; empty: anyone
    QString reviewerId; // empty: anyone
    std::optional<protocol::QaReviewStatus> status;
    QDateTime from; // created at or after; invalid: no bound
    QDateTime to;   // created before; invalid: no bound
    friend bool operator==(const QaReviewListFilter &, const QaReviewListFilter &) = default;
};

// QA reviews as the Quality workspace and the operator's "My reviews" list them (issue 18, item
// 7): newest first, a page at a time from GET /qa/reviews, each page naming the next one's cursor.
class QaReviewListModel : public PagedRowsModel<protocol::QaReview, QaReviewListFilter>
{
    Q_OBJECT
public:
    enum Column
    {
        CreatedColumn,
        TicketColumn,
        OperatorColumn,
        ReviewerColumn,
        ScoreColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        ReviewIdRole = Qt::UserRole + 1,
        TicketIdRole,
        StatusRole,  // the status's wire name
        PercentRole, // the score as a number, for sorting and tests
    };

    explicit QaReviewListModel(BackOfficeClient &client, QObject *parent = nullptr);

    const protocol::QaReview *reviewAt(int row) const { return rowAt(row); }
    // The row of review `id`; -1 when it is not listed.
    int rowOf(const QString &id) const;

    static ApiRequest requestFor(const QaReviewListFilter &filter, const QString &cursor, int limit,
                                 bool csv = false);
    // The status as the operator and the reviewer read it ("Disputed").
    static QString statusText(protocol::QaReviewStatus status);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;
};

} // namespace frontline::app

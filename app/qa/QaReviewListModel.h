#pragma once

#include "app/net/ApiReply.h"
#include "protocol/QaReview.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace frontline::app {

class BackOfficeClient;

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
class QaReviewListModel : public QAbstractTableModel
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
    static constexpr int PageSize = 100;
    static constexpr int CsvPageSize = 500; // the route's most

    explicit QaReviewListModel(BackOfficeClient &client, QObject *parent = nullptr);

    void setFilter(const QaReviewListFilter &filter);
    QaReviewListFilter filter() const { return m_filter; }
    void reload();
    void setPageSize(int rows) { m_pageSize = std::clamp(rows, 1, 500); }
    void loadOlder();
    bool canLoadOlder() const { return !m_nextCursor.isEmpty() && !m_loading; }
    // Every review the filter matches, as the back office writes them in CSV, a page at a time:
    // exported() with the whole file, or exportFailed().
    void exportCsv();
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }
    const protocol::QaReview *reviewAt(int row) const;
    // The row of review `id`; -1 when it is not listed.
    int rowOf(const QString &id) const;

    static ApiRequest requestFor(const QaReviewListFilter &filter, const QString &cursor, int limit,
                                 bool csv = false);
    // The status as the operator and the reviewer read it ("Disputed").
    static QString statusText(protocol::QaReviewStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void exported(const QByteArray &csv);
    void exportFailed(const QString &message);

private:
    void fetch(bool replace);

    BackOfficeClient &m_client;
    QaReviewListFilter m_filter;
    QList<protocol::QaReview> m_rows;
    QString m_error;
    bool m_loading = false;
    QString m_nextCursor; // empty: nothing older
    int m_generation = 0;
    int m_exportGeneration = 0;
    int m_pageSize = PageSize;
};

} // namespace frontline::app

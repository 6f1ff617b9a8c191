#include "app/qa/QaReviewListModel.h"

#include "app/net/BackOfficeClient.h"
#include "app/net/CsvPages.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace frontline::app {

QaReviewListModel::QaReviewListModel(BackOfficeClient &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
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
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), protocol::json::formatTime(filter.from.toUTC()));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), protocol::json::formatTime(filter.to.toUTC()));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (csv)
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    ApiRequest request;
    request.path = protocol::paths::QaReviews.toString() + u'?' +
                   query.toString(QUrl::FullyEncoded).replace(u'+', QLatin1StringView("%2B"));
    return request;
}

void QaReviewListModel::setFilter(const QaReviewListFilter &filter)
{
    m_filter = filter;
    reload();
}

void QaReviewListModel::reload()
{
    fetch(true);
}

void QaReviewListModel::loadOlder()
{
    if (canLoadOlder())
        fetch(false);
}

void QaReviewListModel::fetch(bool replace)
{
    const int generation = ++m_generation;
    m_loading = true;
    const QString cursor = replace ? QString() : m_nextCursor;
    m_client.send(requestFor(m_filter, cursor, m_pageSize), this,
                  [this, generation, replace](const ApiReply &reply) {
                      if (generation != m_generation)
                          return; // a newer filter asked for other rows
                      m_loading = false;
                      m_error = reply.ok() ? QString() : reply.error.message;
                      if (!reply.ok()) {
                          Q_EMIT loadFailed(m_error);
                          return;
                      }
                      m_nextCursor = reply.json.value(u"next_cursor").toString();
                      QList<protocol::QaReview> page;
                      for (const QJsonValue &value : reply.json.value(u"reviews").toArray()) {
                          if (auto review = protocol::QaReview::fromJson(value.toObject()))
                              page.append(review.value());
                      }
                      if (replace) {
                          beginResetModel();
                          m_rows = page;
                          endResetModel();
                      } else if (!page.isEmpty()) {
                          beginInsertRows({}, int(m_rows.size()),
                                          int(m_rows.size() + page.size() - 1));
                          m_rows.append(page);
                          endInsertRows();
                      }
                      Q_EMIT loaded();
                  });
}

void QaReviewListModel::exportCsv()
{
    exportCsvPages(
        *this, m_client, m_exportGeneration,
        [filter = m_filter](const QString &next) {
            return requestFor(filter, next, CsvPageSize, true);
        },
        "Next-Cursor");
}

const protocol::QaReview *QaReviewListModel::reviewAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int QaReviewListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return row;
    }
    return -1;
}

int QaReviewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QaReviewListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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

QVariant QaReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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

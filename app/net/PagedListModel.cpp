#include "app/net/PagedListModel.h"

#include "app/net/BackOfficeClient.h"
#include "app/net/CsvPages.h"
#include "protocol/Json.h"

#include <QUrl>

namespace frontline::app {

PagedListModel::PagedListModel(BackOfficeClient &client, const Route &route, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_route(route)
{}

ApiRequest PagedListModel::pageRequest(const Route &route, QUrlQuery query, const QDateTime &from,
                                       const QDateTime &to, const QString &cursor, int limit,
                                       bool csv)
{
    if (from.isValid())
        query.addQueryItem(QStringLiteral("from"), protocol::json::formatTime(from.toUTC()));
    if (to.isValid())
        query.addQueryItem(QStringLiteral("to"), protocol::json::formatTime(to.toUTC()));
    if (!cursor.isEmpty())
        query.addQueryItem(route.cursorItem.toString(), cursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (csv)
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    ApiRequest request;
    // A time's "+" would read as a space in a query: encode it.
    request.path = route.path.toString() + u'?' +
                   query.toString(QUrl::FullyEncoded).replace(u'+', QLatin1StringView("%2B"));
    return request;
}

void PagedListModel::reload()
{
    fetch(true);
}

void PagedListModel::loadOlder()
{
    if (canLoadOlder())
        fetch(false);
}

void PagedListModel::fetch(bool replace)
{
    const int generation = ++m_generation;
    m_loading = true;
    const QString cursor = replace ? QString() : m_nextCursor;
    m_client.send(requestsUnderFilter()(cursor, m_pageSize, false), this,
                  [this, generation, replace](const ApiReply &reply) {
                      if (generation != m_generation)
                          return; // a newer filter asked for other rows
                      m_loading = false;
                      m_error = reply.ok() ? QString() : reply.error.message;
                      if (!reply.ok()) {
                          Q_EMIT loadFailed(m_error);
                          return;
                      }
                      m_nextCursor = reply.json.value(m_route.nextField).toString();
                      takePage(reply.json, replace);
                      Q_EMIT loaded();
                  });
}

void PagedListModel::exportCsv()
{
    exportCsvPages(
        *this, m_client, m_exportGeneration,
        [request = requestsUnderFilter()](const QString &next) {
            return request(next, CsvPageSize, true);
        },
        m_route.nextHeader);
}

} // namespace frontline::app

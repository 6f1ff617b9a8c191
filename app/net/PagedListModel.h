#pragma once

#include "app/net/ApiReply.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

#include <algorithm>
#include <functional>

namespace frontline::app {

class BackOfficeClient;

// A back-office list read newest first, a page at a time (the audit log, the QA reviews): each
// page names the cursor of the one before it, "load older" asks for that one, and the CSV export
// walks every page under the filter set when it started. PagedRowsModel keeps the rows and the
// filter; this keeps the paging and the signals (a template cannot declare them).
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 100;
    static constexpr int CsvPageSize = 500; // the routes' most

    // How a list route pages: the reply's array of rows ("entries"), the query item that names the
    // page's cursor ("before"), and the reply's field ("next_before") and CSV header
    // ("Next-Before") that name the next one's.
    struct Route
    {
        QStringView path;
        QStringView rowsField;
        QStringView cursorItem;
        QStringView nextField;
        const char *nextHeader;
    };

    // Replaces the rows with the newest page under the filter.
    void reload();
    // Rows per page (1-500, PageSize by default); tests page through a short list with it.
    void setPageSize(int rows) { m_pageSize = std::clamp(rows, 1, CsvPageSize); }
    // Appends the page before the oldest row shown; nothing when there is none or one is coming.
    void loadOlder();
    bool canLoadOlder() const { return !m_nextCursor.isEmpty() && !m_loading; }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }
    // Every row under the filter as CSV, page after page (the back office's columns and quoting);
    // ends in exported() or exportFailed().
    void exportCsv();

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void exported(const QByteArray &csv);
    void exportFailed(const QString &message);

protected:
    PagedListModel(BackOfficeClient &client, const Route &route, QObject *parent);

    // GET `route` with the filter's items in `query`, then the window, the page after `cursor`
    // (empty: the newest), `limit` rows, and the CSV format when asked.
    static ApiRequest pageRequest(const Route &route, QUrlQuery query, const QDateTime &from,
                                  const QDateTime &to, const QString &cursor, int limit, bool csv);

    using PageRequest = std::function<ApiRequest(const QString &cursor, int limit, bool csv)>;
    // The requests for pages under the filter set now; they keep it when it changes (an export
    // runs on under the filter it started with).
    virtual PageRequest requestsUnderFilter() const = 0;
    // Takes the rows of a page's reply, in place of the rows shown or after them.
    virtual void takePage(const QJsonObject &reply, bool replace) = 0;

    const Route &route() const { return m_route; }

private:
    void fetch(bool replace);

    BackOfficeClient &m_client;
    Route m_route;
    QString m_nextCursor; // empty: nothing older
    QString m_error;
    bool m_loading = false;
    int m_generation = 0;
    int m_exportGeneration = 0;
    int m_pageSize = PageSize;
};

// A PagedListModel of `Row`s (read by Row::fromJson) in `columns` columns under a `Filter`, asked
// for with `request` (the subclass's requestFor): what every such list keeps alike.
template<typename Row, typename Filter>
class PagedRowsModel : public PagedListModel
{
public:
    using Request = ApiRequest (*)(const Filter &filter, const QString &cursor, int limit,
                                   bool csv);

    // Replaces the rows with the newest page under `filter`.
    void setFilter(const Filter &filter)
    {
        m_filter = filter;
        reload();
    }
    Filter filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        if (section < 0 || section >= m_columns)
            return {};
        return columnTitle(section);
    }

protected:
    PagedRowsModel(BackOfficeClient &client, const Route &route, Request request, int columns,
                   QObject *parent)
        : PagedListModel(client, route, parent)
        , m_request(request)
        , m_columns(columns)
    {}

    // The column's title in the UI language.
    virtual QString columnTitle(int column) const = 0;
    // Row `row`; null when there is none.
    const Row *rowAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }
    const QList<Row> &rows() const { return m_rows; }

    PageRequest requestsUnderFilter() const override
    {
        return
            [filter = m_filter, request = m_request](const QString &cursor, int limit, bool csv) {
                return request(filter, cursor, limit, csv);
            };
    }
    // A row that does not read is left out.
    void takePage(const QJsonObject &reply, bool replace) override
    {
        QList<Row> page;
        for (const QJsonValue &value : reply.value(route().rowsField).toArray()) {
            if (auto row = Row::fromJson(value.toObject()))
                page.append(row.value());
        }
        if (replace) {
            beginResetModel();
            m_rows = page;
            endResetModel();
        } else if (!page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
            m_rows.append(page);
            endInsertRows();
        }
    }

private:
    Request m_request;
    int m_columns;
    Filter m_filter;
    QList<Row> m_rows;
};

} // namespace frontline::app

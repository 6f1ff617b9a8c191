#pragma once

#include "app/net/ApiReply.h"
#include "protocol/Audit.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <algorithm>
#include <optional>

namespace frontline::app {

class BackOfficeClient;

// What the audit log is narrowed to: the back office filters (GET /audit), never this model.
struct AuditFilter
{
    std::optional<protocol::AuditAction> action;
    QString subjectId; // the operator the action concerns; empty: anyone
    QString ticketId;  // empty: any ticket
    QDateTime from;    // invalid: no bound
    QDateTime to;      // invalid: no bound
    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};

// The audit log as the supervisor reads it (issue 18, item 5): newest first, a page at a time
// from `GET /audit` ("load older" asks for the page before the oldest row shown), and its CSV
// export through the same route with the same filters. Read only, as the log is.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        TicketColumn,
        SubjectColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        TicketIdRole,
        ActionRole, // the action's wire name
    };
    static constexpr int PageSize = 100;
    static constexpr int CsvPageSize = 500;

    explicit AuditLogModel(BackOfficeClient &client, QObject *parent = nullptr);

    // Replaces the rows with the newest page under `filter`.
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    void reload();
    // Rows per page (1-500, PageSize by default); tests page through a short log with it.
    void setPageSize(int rows) { m_pageSize = std::clamp(rows, 1, CsvPageSize); }
    // Appends the page before the oldest row shown; nothing when there is none or one is coming.
    void loadOlder();
    bool canLoadOlder() const { return !m_nextBefore.isEmpty() && !m_loading; }
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }
    const protocol::AuditEntry *entryAt(int row) const;

    // Every row under the filter as CSV, page after page (the back office's columns and quoting);
    // ends in exported() or exportFailed().
    void exportCsv();

    // GET /audit with `filter`, before the row `before` (empty: the newest), `limit` rows.
    static ApiRequest requestFor(const AuditFilter &filter, const QString &before, int limit,
                                 bool csv);
    // The action as the supervisor reads it ("Reassigned").
    static QString actionText(protocol::AuditAction action);

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
    void fetch(const QString &before, bool replace);
    static QString detailsText(const protocol::AuditEntry &entry);

    BackOfficeClient &m_client;
    AuditFilter m_filter;
    QList<protocol::AuditEntry> m_rows;
    QString m_nextBefore;
    QString m_error;
    bool m_loading = false;
    int m_generation = 0;
    int m_exportGeneration = 0;
    int m_pageSize = PageSize;
};

} // namespace frontline::app

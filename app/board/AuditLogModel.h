#pragma once

#include "app/net/PagedListModel.h"
#include "protocol/Audit.h"

#include <QDateTime>

#include <optional>

namespace frontline::app {

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
class AuditLogModel : public PagedRowsModel<protocol::AuditEntry, AuditFilter>
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

    explicit AuditLogModel(BackOfficeClient &client, QObject *parent = nullptr);

    const protocol::AuditEntry *entryAt(int row) const { return rowAt(row); }

    // GET /audit with `filter`, before the row `before` (empty: the newest), `limit` rows.
    static ApiRequest requestFor(const AuditFilter &filter, const QString &before, int limit,
                                 bool csv);
    // The action as the supervisor reads it ("Reassigned").
    static QString actionText(protocol::AuditAction action);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;

private:
    static QString detailsText(const protocol::AuditEntry &entry);
};

} // namespace frontline::app

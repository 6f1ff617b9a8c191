#include "app/models/HelpFlagModel.h"

#include "app/store/LocalStore.h"

#include <QJsonDocument>
#include <QLocale>

namespace frontline::app {
namespace {

const QString FlagColumns = QStringLiteral(
    "SELECT f.json, f.lowered_at, COALESCE(t.number, 0) FROM help_flags f LEFT JOIN tickets t ON "
    "t.id = f.ticket_id ");

// Read leniently: a local echo carries only what the operator asked for. The lowered_at column
// is the cache's word (an echoed lowering shows before the back office confirms it).
protocol::HelpFlag fromRow(const QSqlQuery &row)
{
    const QJsonObject json = QJsonDocument::fromJson(row.value(0).toByteArray()).object();
    protocol::HelpFlag flag;
    flag.id = json.value(u"id").toString();
    flag.ticketId = json.value(u"ticket_id").toString();
    flag.ticketNumber = json.value(u"ticket_number").toInteger();
    if (flag.ticketNumber == 0)
        flag.ticketNumber = row.value(2).toLongLong();
    flag.raisedBy = json.value(u"raised_by").toString();
    flag.raisedByName = json.value(u"raised_by_name").toString();
    flag.note = json.value(u"note").toString();
    flag.raisedAt = QDateTime::fromString(json.value(u"raised_at").toString(), Qt::ISODateWithMs);
    flag.loweredBy = json.value(u"lowered_by").toString();
    flag.loweredByName = json.value(u"lowered_by_name").toString();
    if (!row.value(1).isNull())
        flag.loweredAt = QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs);
    return flag;
}

} // namespace

HelpFlagModel::HelpFlagModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, [this](const StoreChangeSet &changes) {
        if (!changes.helpFlags.isEmpty() || !changes.tickets.isEmpty())
            reload();
    });
    reload();
}

QList<protocol::HelpFlag> HelpFlagModel::raised(const LocalStore &store)
{
    QList<protocol::HelpFlag> flags;
    auto query = store.read(FlagColumns +
                            u"WHERE f.lowered_at IS NULL ORDER BY f.raised_at DESC, f.rowid DESC");
    while (query && query.value().next())
        flags.append(fromRow(query.value()));
    return flags;
}

std::optional<protocol::HelpFlag> HelpFlagModel::latestFor(const LocalStore &store,
                                                           const QString &ticketId)
{
    auto query = store.read(
        FlagColumns + u"WHERE f.ticket_id = ? ORDER BY f.raised_at DESC, f.rowid DESC LIMIT 1",
        {ticketId});
    if (!query || !query.value().next())
        return std::nullopt;
    return fromRow(query.value());
}

void HelpFlagModel::reload()
{
    QList<protocol::HelpFlag> rows = raised(m_store);
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

protocol::HelpFlag HelpFlagModel::flagAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : protocol::HelpFlag{};
}

int HelpFlagModel::rowOf(const QString &flagId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == flagId)
            return row;
    }
    return -1;
}

int HelpFlagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HelpFlagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HelpFlagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::HelpFlag &flag = m_rows.at(index.row());
    switch (role) {
    case FlagIdRole:
        return flag.id;
    case TicketIdRole:
        return flag.ticketId;
    case OperatorIdRole:
        return flag.raisedBy;
    case RaisedAtRole:
        return flag.raisedAt;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TicketColumn:
            return flag.ticketNumber > 0 ? tr("#%1").arg(flag.ticketNumber) : tr("new ticket");
        case OperatorColumn:
            return flag.raisedByName;
        case NoteColumn:
            return flag.note;
        case RaisedAtColumn:
            return QLocale().toString(flag.raisedAt.toLocalTime().time(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant HelpFlagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TicketColumn:
        return tr("Ticket");
    case OperatorColumn:
        return tr("Operator");
    case NoteColumn:
        return tr("Note");
    case RaisedAtColumn:
        return tr("Raised at");
    default:
        return {};
    }
}

} // namespace frontline::app

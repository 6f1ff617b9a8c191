#include "app/board/AuditLogModel.h"

#include "app/net/BackOfficeClient.h"
#include "app/net/CsvPages.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace frontline::app {

AuditLogModel::AuditLogModel(BackOfficeClient &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

ApiRequest AuditLogModel::requestFor(const AuditFilter &filter, const QString &before, int limit,
                                     bool csv)
{
    QUrlQuery query;
    if (filter.action)
        query.addQueryItem(QStringLiteral("action"), protocol::toString(*filter.action));
    if (!filter.subjectId.isEmpty())
        query.addQueryItem(QStringLiteral("subject_id"), filter.subjectId);
    if (!filter.ticketId.isEmpty())
        query.addQueryItem(QStringLiteral("ticket_id"), filter.ticketId);
    if (filter.from.isValid())
        query.addQueryItem(QStringLiteral("from"), protocol::json::formatTime(filter.from.toUTC()));
    if (filter.to.isValid())
        query.addQueryItem(QStringLiteral("to"), protocol::json::formatTime(filter.to.toUTC()));
    if (!before.isEmpty())
        query.addQueryItem(QStringLiteral("before"), before);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (csv)
        query.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    ApiRequest request;
    // A time's "+" would read as a space in a query: encode it.
    request.path = protocol::paths::Audit.toString() + u'?' +
                   query.toString(QUrl::FullyEncoded).replace(u'+', QLatin1StringView("%2B"));
    return request;
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    fetch({}, true);
}

void AuditLogModel::loadOlder()
{
    if (canLoadOlder())
        fetch(m_nextBefore, false);
}

void AuditLogModel::fetch(const QString &before, bool replace)
{
    const int generation = ++m_generation;
    m_loading = true;
    m_client.send(requestFor(m_filter, before, m_pageSize, false), this,
                  [this, generation, replace](const ApiReply &reply) {
                      if (generation != m_generation)
                          return; // a newer filter asked for other rows
                      m_loading = false;
                      QList<protocol::AuditEntry> page;
                      m_error = reply.ok() ? QString() : reply.error.message;
                      for (const QJsonValue &value : reply.json.value(u"entries").toArray()) {
                          auto entry = protocol::AuditEntry::fromJson(value.toObject());
                          if (entry)
                              page.append(entry.value());
                      }
                      if (!reply.ok()) {
                          Q_EMIT loadFailed(m_error);
                          return;
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
                      m_nextBefore = reply.json.value(u"next_before").toString();
                      Q_EMIT loaded();
                  });
}

void AuditLogModel::exportCsv()
{
    exportCsvPages(
        *this, m_client, m_exportGeneration,
        [filter = m_filter](const QString &next) {
            return requestFor(filter, next, CsvPageSize, true);
        },
        "Next-Before");
}

const protocol::AuditEntry *AuditLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionText(protocol::AuditAction action)
{
    using A = protocol::AuditAction;
    switch (action) {
    case A::MonitorStart:
        return tr("Started monitoring");
    case A::MonitorStop:
        return tr("Stopped monitoring");
    case A::Whisper:
        return tr("Whispered");
    case A::Barge:
        return tr("Barged in");
    case A::TakeOver:
        return tr("Took over");
    case A::HandBack:
        return tr("Handed back");
    case A::Reassign:
        return tr("Reassigned");
    case A::SandboxCreate:
        return tr("Created a sandbox");
    case A::SandboxReset:
        return tr("Reset a sandbox");
    case A::SandboxDelete:
        return tr("Deleted a sandbox");
    case A::TraineeAdd:
        return tr("Added a trainee");
    case A::TraineeRemove:
        return tr("Removed a trainee");
    case A::CourseAssigned:
        return tr("Assigned a course");
    case A::CourseCancelled:
        return tr("Cancelled a course");
    case A::HelpFlagLowered:
        break;
    }
    return tr("Lowered a help flag");
}

// What the action said, in the supervisor's words: a reassignment's reason, a flag's number.
QString AuditLogModel::detailsText(const protocol::AuditEntry &entry)
{
    const QString reason = entry.details.value(u"reason").toString();
    if (!reason.isEmpty())
        return reason;
    const QString flag = entry.details.value(u"help_flag_id").toString();
    if (!flag.isEmpty())
        return tr("Help flag %1").arg(flag);
    const QString message = entry.details.value(u"message_id").toString();
    if (!message.isEmpty())
        return tr("Message %1").arg(message);
    const QString sandbox = entry.details.value(u"sandbox").toString();
    if (!sandbox.isEmpty())
        return tr("Sandbox %1").arg(sandbox);
    return {};
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const protocol::AuditEntry *entry = entryAt(index.row());
    if (!index.isValid() || !entry)
        return {};
    switch (role) {
    case EntryIdRole:
        return entry->id;
    case TicketIdRole:
        return entry->ticketId;
    case ActionRole:
        return protocol::toString(entry->action);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry->at.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return entry->actorName;
    case ActionColumn:
        return actionText(entry->action);
    case TicketColumn:
        return entry->ticketNumber > 0 ? QStringLiteral("#%1").arg(entry->ticketNumber) : QString();
    case SubjectColumn:
        return entry->subjectName;
    case DetailsColumn:
        return detailsText(*entry);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TicketColumn:
        return tr("Ticket");
    case SubjectColumn:
        return tr("Operator");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace frontline::app

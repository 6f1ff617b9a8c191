#include "app/board/AuditLogModel.h"

#include "protocol/ApiPaths.h"

#include <QLocale>

namespace frontline::app {

namespace {

const PagedListModel::Route AuditRoute{protocol::paths::Audit, u"entries", u"before",
                                       u"next_before", "Next-Before"};

} // namespace

AuditLogModel::AuditLogModel(BackOfficeClient &client, QObject *parent)
    : PagedRowsModel(client, AuditRoute, &AuditLogModel::requestFor, ColumnCount, parent)
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
    return pageRequest(AuditRoute, query, filter.from, filter.to, before, limit, csv);
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

QString AuditLogModel::columnTitle(int column) const
{
    switch (column) {
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

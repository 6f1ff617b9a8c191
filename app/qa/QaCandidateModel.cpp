#include "app/qa/QaCandidateModel.h"

#include <QDateTime>
#include <QLocale>

namespace frontline::app {

QaCandidateModel::QaCandidateModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void QaCandidateModel::setTickets(const QList<QJsonObject> &tickets)
{
    beginResetModel();
    m_rows = tickets;
    endResetModel();
}

const QJsonObject *QaCandidateModel::ticketAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int QaCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QaCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QaCandidateModel::data(const QModelIndex &index, int role) const
{
    const QJsonObject *ticket = ticketAt(index.row());
    if (!index.isValid() || !ticket)
        return {};
    if (role == TicketIdRole)
        return ticket->value(u"ticket_id").toString();
    if (role == OperatorIdRole)
        return ticket->value(u"operator_id").toString();
    if (role == Qt::ToolTipRole && ticket->contains(u"subject"))
        return ticket->value(u"subject").toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TicketColumn:
        return QStringLiteral("#%1").arg(ticket->value(u"ticket_number").toInteger());
    case ResolvedColumn:
        return QLocale().toString(
            QDateTime::fromString(ticket->value(u"resolved_at").toString(), Qt::ISODateWithMs)
                .toLocalTime(),
            QLocale::ShortFormat);
    case OperatorColumn:
        return ticket->value(u"operator_name").toString();
    case QueueColumn:
        return ticket->value(u"queue").toString();
    case ChannelColumn:
        return ticket->value(u"channel").toString();
    case CsatColumn:
        return ticket->value(u"csat").isNull() ? QString()
                                               : QString::number(ticket->value(u"csat").toInt());
    case EscalatedColumn:
        if (ticket->value(u"returned").toBool())
            return tr("Returned");
        return ticket->value(u"escalated").toBool() ? tr("Yes") : QString();
    case HandleTimeColumn: {
        const qint64 seconds = ticket->value(u"handle_time_seconds").toInteger();
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    default:
        return {};
    }
}

QVariant QaCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TicketColumn:
        return tr("Ticket");
    case ResolvedColumn:
        return tr("Resolved");
    case OperatorColumn:
        return tr("Operator");
    case QueueColumn:
        return tr("Queue");
    case ChannelColumn:
        return tr("Channel");
    case CsatColumn:
        return tr("CSAT");
    case EscalatedColumn:
        return tr("Escalated");
    case HandleTimeColumn:
        return tr("Handle time");
    default:
        return {};
    }
}

} // namespace frontline::app

#include "app/models/EscalationInboxModel.h"

#include "app/models/EscalationCatalog.h"
#include "app/models/TicketQueueModel.h"
#include "app/session/SignedInUser.h"
#include "app/store/LocalStore.h"

#include <QJsonDocument>

namespace frontline::app {

EscalationInboxModel::EscalationInboxModel(LocalStore &store, const SignedInUser &me,
                                           QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_me(me)
{
    connect(&m_store, &LocalStore::changed, this, [this](const StoreChangeSet &changes) {
        if (!changes.escalations.isEmpty() || !changes.operators.isEmpty())
            reload();
    });
    reload();
}

void EscalationInboxModel::reload()
{
    // Addressed to me as the back office decides it (EscalationService): my line from the 2nd
    // up, or my team; never one I raised myself.
    const QString where = QStringLiteral(
        "COALESCE(json_extract(e.json, '$.from_operator_id'), '') <> ? AND "
        "((json_extract(e.json, '$.target_line') >= 2 AND json_extract(e.json, '$.target_line') = "
        "?) OR (COALESCE(json_extract(e.json, '$.target_team'), '') <> '' AND "
        "json_extract(e.json, '$.target_team') = ?))");
    const QVariantList args{m_me.id, m_me.line, m_me.team};
    auto query = m_store.read(
        QStringLiteral("SELECT e.json, e.status, t.number, COALESCE(json_extract(o.json, "
                       "'$.display_name'), '') FROM escalations e LEFT JOIN tickets t ON t.id = "
                       "e.ticket_id LEFT JOIN operators o ON o.id = json_extract(e.json, "
                       "'$.from_operator_id') WHERE e.status IN ('open', 'accepted') AND ") +
            where + QStringLiteral(" ORDER BY json_extract(e.json, '$.created_at') DESC"),
        args);
    QHash<QString, qint64> before; // escalation id -> ticket number
    for (const protocol::Escalation &row : std::as_const(m_rows))
        before.insert(row.id, m_ticketNumbers.value(row.ticketId));
    beginResetModel();
    m_rows.clear();
    m_ticketNumbers.clear();
    m_senders.clear();
    while (query && query.value().next()) {
        const auto escalation = EscalationCatalog::fromCache(
            QJsonDocument::fromJson(query->value(0).toByteArray()).object(),
            query->value(1).toString());
        m_ticketNumbers.insert(escalation.ticketId, query->value(2).toLongLong());
        if (const QString from = query->value(3).toString(); !from.isEmpty())
            m_senders.insert(escalation.fromOperatorId, from);
        m_rows.append(escalation);
    }
    endResetModel();
    reportLeft(before);
}

void EscalationInboxModel::reportLeft(const QHash<QString, qint64> &before)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (rowOf(it.key()) >= 0)
            continue;
        auto status =
            m_store.read(QStringLiteral("SELECT status FROM escalations WHERE id = ?"), {it.key()});
        const QString now =
            status && status.value().next() ? status->value(0).toString() : QString();
        Q_EMIT escalationLeft(it.key(), it.value(), now);
    }
}

protocol::Escalation EscalationInboxModel::escalationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : protocol::Escalation{};
}

int EscalationInboxModel::rowOf(const QString &escalationId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == escalationId)
            return i;
    }
    return -1;
}

int EscalationInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EscalationInboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Escalation &e = m_rows.at(index.row());
    const auto reason = EscalationCatalog::reason(e.reasonCode);
    const QString reasonTitle = reason ? reason->title : e.reasonCode;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString from = m_senders.value(e.fromOperatorId);
        const QString status =
            e.status == protocol::EscalationStatus::Accepted ? tr("accepted") : tr("open");
        // Short: one line per escalation in a narrow pane; the priority only when unusual.
        QString text =
            tr("#%1 %2 · %3").arg(m_ticketNumbers.value(e.ticketId)).arg(reasonTitle, status);
        if (!e.priority.isEmpty() && e.priority != u"normal")
            text += QStringLiteral(" · ") + TicketQueueModel::priorityName(e.priority);
        return from.isEmpty() ? text : tr("%1 · from %2").arg(text, from);
    }
    case Qt::ToolTipRole:
    case NoteRole:
        return e.note;
    case EscalationIdRole:
        return e.id;
    case TicketIdRole:
        return e.ticketId;
    case StatusRole:
        return protocol::toString(e.status);
    case ReasonRole:
        return e.reasonCode;
    case PriorityRole:
        return e.priority;
    case TicketNumberRole:
        return m_ticketNumbers.value(e.ticketId);
    default:
        return {};
    }
}

QHash<int, QByteArray> EscalationInboxModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{EscalationIdRole, "escalationId"},
                  {TicketIdRole, "ticketId"},
                  {StatusRole, "status"},
                  {ReasonRole, "reason"},
                  {NoteRole, "note"},
                  {PriorityRole, "priority"},
                  {TicketNumberRole, "ticketNumber"}});
    return names;
}

} // namespace frontline::app

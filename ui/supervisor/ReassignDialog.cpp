#include "ui/supervisor/ReassignDialog.h"

#include "app/board/OperatorRosterModel.h"
#include "app/commands/OperatorCommands.h"
#include "app/models/OperatorDirectory.h"
#include "app/store/LocalStore.h"
#include "protocol/FieldLimits.h"
#include "ui/supervisor/CommandOutcome.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

ReassignDialog::ReassignDialog(app::LocalStore &store, app::OperatorCommands &commands,
                               app::SyncEngine &engine, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_commands(commands)
    , m_roster(new app::OperatorRosterModel(store, this))
    , m_outcome(new CommandOutcome(engine, this))
    , m_ticket(new QLabel)
    , m_operators(new QTableView)
    , m_reason(new QPlainTextEdit)
    , m_counter(new QLabel)
    , m_status(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Reassign the ticket"));
    m_ticket->setTextFormat(Qt::PlainText);
    m_ticket->setWordWrap(true);
    m_operators->setObjectName(QStringLiteral("reassignOperators"));
    m_operators->setAccessibleName(tr("Operators to give the ticket to"));
    m_operators->setModel(m_roster);
    m_operators->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_operators->setSelectionMode(QAbstractItemView::SingleSelection);
    m_operators->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_operators->verticalHeader()->hide();
    m_operators->horizontalHeader()->setStretchLastSection(true);
    m_reason->setObjectName(QStringLiteral("reassignReason"));
    m_reason->setAccessibleName(tr("Why the ticket moves"));
    m_reason->setPlaceholderText(tr("Why the ticket moves to her (the operators will see it)"));
    m_reason->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("reassignCounter"));
    m_status->setObjectName(QStringLiteral("reassignStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reassign"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Reassign the ticket"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *reasonLabel = new QLabel(tr("&Reason:"));
    reasonLabel->setBuddy(m_reason);
    auto *listLabel = new QLabel(tr("&Give it to:"));
    listLabel->setBuddy(m_operators);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ticket);
    layout->addWidget(listLabel);
    layout->addWidget(m_operators, 1);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_counter, 0, Qt::AlignRight);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReassignDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReassignDialog::updateCounter);
    connect(m_outcome, &CommandOutcome::delivered, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        Q_EMIT reassigned(m_ticketId, m_target);
        accept();
    });
    connect(m_outcome, &CommandOutcome::refused, this, [this](const QString &why) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        showStatus(tr("Not reassigned: %1").arg(why), true);
    });
    updateCounter();
    resize(520, 480);
}

void ReassignDialog::setTicket(const QString &ticketId)
{
    m_ticketId = ticketId;
    m_outcome->stop();
    m_status->hide();
    m_reason->clear();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    QString assignee;
    auto cached = m_store.ticket(ticketId);
    if (cached && cached.value()) {
        const protocol::Ticket &ticket = (*cached)->ticket;
        assignee = ticket.assigneeId;
        const QString name = app::OperatorDirectory::displayName(m_store, assignee);
        m_ticket->setText(
            name.isEmpty()
                ? tr("Ticket #%1: %2 (unassigned)").arg(ticket.number).arg(ticket.subject)
                : tr("Ticket #%1: %2 (now with %3)").arg(ticket.number).arg(ticket.subject, name));
    } else {
        m_ticket->setText(tr("Ticket %1").arg(ticketId));
    }
    m_roster->setExcluded(assignee);
    m_operators->resizeColumnsToContents();
    if (m_roster->rowCount() > 0)
        m_operators->selectRow(0);
    m_operators->setFocus();
}

bool ReassignDialog::selectOperator(const QString &operatorId)
{
    const int row = m_roster->rowOf(operatorId);
    if (row < 0)
        return false;
    m_operators->selectRow(row);
    return true;
}

QString ReassignDialog::selectedOperator() const
{
    const QModelIndexList rows = m_operators->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_roster->operatorIdAt(rows.constFirst().row());
}

void ReassignDialog::updateCounter()
{
    const qsizetype used = m_reason->toPlainText().trimmed().size();
    m_counter->setText(tr("%1 of %2").arg(used).arg(protocol::limits::AssignmentReason));
}

void ReassignDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #a61b29;") : QString());
    m_status->show();
}

void ReassignDialog::submit()
{
    m_target = selectedOperator();
    auto queued = m_commands.reassign(m_ticketId, m_target, m_reason->toPlainText());
    if (!queued) {
        showStatus(queued.error().message, true);
        if (queued.error().field == u"assignment_reason")
            m_reason->setFocus();
        return;
    }
    m_outcome->watch(app::outbox::Kind::Reassign, m_ticketId);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    showStatus(tr("Sending… (offline, it waits and is sent once the back office answers)"), false);
}

} // namespace frontline::ui

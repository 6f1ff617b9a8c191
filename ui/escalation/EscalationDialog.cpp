#include "ui/escalation/EscalationDialog.h"

#include "app/commands/OperatorCommands.h"
#include "app/models/ConversationQuery.h"
#include "app/models/EscalationCatalog.h"
#include "app/store/LocalStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontline::ui {

namespace {
constexpr int ContextMessages = 20;
}

EscalationDialog::EscalationDialog(app::LocalStore &store, app::OperatorCommands &commands,
                                   const protocol::Operator &me, const QString &ticketId,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_commands(commands)
    , m_ticketId(ticketId)
    , m_target(new QComboBox)
    , m_reason(new QComboBox)
    , m_note(new QPlainTextEdit)
    , m_noteHint(new QLabel)
    , m_priority(new QComboBox)
    , m_context(new QPlainTextEdit)
    , m_errors(new QLabel)
{
    setObjectName(QStringLiteral("escalationDialog"));
    const app::ConversationQuery query(store);
    const auto ticket = query.ticket(ticketId);
    const qint64 number = ticket && ticket.value() ? ticket.value()->ticket.number : 0;
    setWindowTitle(tr("Escalate ticket #%1").arg(number));
    setAccessibleName(windowTitle());
    buildFields(me);
    const int attached = showContext(query);
    layOut(attached);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &EscalationDialog::updateNoteHint);
    updateNoteHint();
    resize(520, 520);
}

void EscalationDialog::buildFields(const protocol::Operator &me)
{
    m_target->setObjectName(QStringLiteral("escalationTarget"));
    m_target->setAccessibleName(tr("Escalate to"));
    for (int line : app::EscalationCatalog::lines(m_store, me))
        m_target->addItem(tr("Support line %1").arg(line), QStringList{QString::number(line), {}});
    for (const QString &team : app::EscalationCatalog::teams(m_store, me))
        m_target->addItem(tr("Team: %1").arg(team), QStringList{{}, team});

    m_reason->setObjectName(QStringLiteral("escalationReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->addItem(tr("Choose a reason…"), QString());
    for (const auto &reason : app::EscalationCatalog::reasons())
        m_reason->addItem(reason.title, reason.code);

    m_note->setObjectName(QStringLiteral("escalationNote"));
    m_note->setAccessibleName(tr("Note for the 2nd line"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What has been tried, what the customer needs"));
    m_noteHint->setTextFormat(Qt::PlainText);

    m_priority->setObjectName(QStringLiteral("escalationPriority"));
    m_priority->setAccessibleName(tr("Priority"));
    m_priority->addItem(tr("Low"), QStringLiteral("low"));
    m_priority->addItem(tr("Normal"), QStringLiteral("normal"));
    m_priority->addItem(tr("High"), QStringLiteral("high"));
    m_priority->addItem(tr("Urgent"), QStringLiteral("urgent"));
    m_priority->setCurrentIndex(1);

    m_errors->setObjectName(QStringLiteral("escalationErrors"));
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setWordWrap(true);
    m_errors->setStyleSheet(QStringLiteral("color: #c03030;"));
    m_errors->setAccessibleName(tr("Problems with the escalation"));
    m_errors->hide();
}

int EscalationDialog::showContext(const app::ConversationQuery &query)
{
    // The context is the ticket's own conversation; shown as plain text, never as markup.
    m_context->setObjectName(QStringLiteral("escalationContext"));
    m_context->setAccessibleName(tr("Conversation attached as context"));
    m_context->setReadOnly(true);
    m_context->setMaximumHeight(140);
    QStringList lines;
    if (const auto messages = query.latestMessages(m_ticketId, ContextMessages)) {
        for (const app::CachedMessage &m : messages.value()) {
            lines.append(QStringLiteral("%1%2: %3")
                             .arg(m.internal ? tr("[note] ") : QString(),
                                  m.authorName.isEmpty() ? m.authorKind : m.authorName, m.body));
        }
    }
    m_context->setPlainText(lines.join(u'\n'));
    return int(lines.size());
}

void EscalationDialog::layOut(int contextMessages)
{
    auto *form = new QFormLayout;
    form->addRow(tr("&Escalate to:"), m_target);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(QString(), m_noteHint);
    form->addRow(tr("&Priority:"), m_priority);
    auto *contextLabel = new QLabel(
        tr("Conversation (%n message(s), linked to the ticket):", nullptr, contextMessages));
    contextLabel->setTextFormat(Qt::PlainText);
    form->addRow(contextLabel);
    form->addRow(m_context);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Escalate"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Escalate"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EscalationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addWidget(buttons);
}

void EscalationDialog::updateNoteHint()
{
    const auto reason = app::EscalationCatalog::reason(m_reason->currentData().toString());
    m_noteHint->setText(reason && !reason->noteRequired
                            ? tr("A note is optional for this reason.")
                            : tr("A note is required for this reason."));
}

app::EscalationRequest EscalationDialog::request() const
{
    app::EscalationRequest request;
    const QStringList target = m_target->currentData().toStringList();
    if (target.size() == 2) {
        request.targetLine = target.at(0).toInt();
        request.targetTeam = target.at(1);
    }
    request.reasonCode = m_reason->currentData().toString();
    request.note = m_note->toPlainText().trimmed();
    request.priority = m_priority->currentData().toString();
    return request;
}

QStringList EscalationDialog::validationErrors() const
{
    QStringList errors;
    const app::EscalationRequest r = request();
    if (r.targetLine == 0 && r.targetTeam.isEmpty())
        errors.append(tr("Choose a support line or a team to escalate to."));
    const auto reason = app::EscalationCatalog::reason(r.reasonCode);
    if (!reason)
        errors.append(tr("Choose the reason for the escalation."));
    else if (reason->noteRequired && r.note.isEmpty())
        errors.append(tr("Write a note: \"%1\" needs one, so the 2nd line knows what was tried.")
                          .arg(reason->title));
    if (r.note.size() > 4000)
        errors.append(tr("The note is too long (at most 4,000 characters)."));
    return errors;
}

void EscalationDialog::accept()
{
    QStringList errors = validationErrors();
    if (errors.isEmpty()) {
        auto queued = m_commands.escalate(m_ticketId, request());
        if (queued) {
            m_escalationId = queued.value();
            QDialog::accept();
            return;
        }
        errors.append(queued.error().message);
    }
    m_errors->setText(errors.join(u'\n'));
    m_errors->show();
    if (m_reason->currentData().toString().isEmpty())
        m_reason->setFocus();
    else
        m_note->setFocus();
}

} // namespace frontline::ui

#include "ui/supervisor/MonitorView.h"

#include "app/commands/OperatorCommands.h"
#include "app/models/ConversationModel.h"
#include "app/models/OperatorDirectory.h"
#include "app/models/TicketQueueModel.h"
#include "app/session/SignedInUser.h"
#include "app/store/LocalStore.h"
#include "app/sync/RealtimeChannel.h"
#include "ui/chat/LinkGuard.h"
#include "ui/chat/MessageDelegate.h"
#include "ui/chat/TypingIndicator.h"
#include "ui/common/ShortcutTable.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontline::ui {

using Action = app::LiveMonitor::Action;

MonitorView::MonitorView(const ClientParts &parts, QWidget *parent)
    : QDialog(parent)
    , m_store(parts.store)
    , m_commands(parts.commands)
    , m_me(parts.user.id)
    , m_monitor(new app::LiveMonitor(parts.client, this))
    , m_model(new app::ConversationModel(parts.store, this))
    , m_header(new QLabel)
    , m_status(new QLabel)
    , m_messages(new QListView)
    , m_customerTyping(new TypingIndicator)
    , m_operatorTyping(new TypingIndicator)
    , m_text(new QPlainTextEdit)
    , m_whisper(new QPushButton)
    , m_barge(new QPushButton)
    , m_takeOver(new QPushButton)
    , m_handBack(new QPushButton)
    , m_reply(new QPushButton)
    , m_close(new QPushButton)
    , m_links(new LinkGuard(this))
{
    buildView();
    installShortcuts();
    retranslateUi();
    connect(m_whisper, &QPushButton::clicked, this, &MonitorView::whisper);
    connect(m_barge, &QPushButton::clicked, this, &MonitorView::barge);
    connect(m_takeOver, &QPushButton::clicked, this, &MonitorView::takeOver);
    connect(m_handBack, &QPushButton::clicked, this, &MonitorView::handBack);
    connect(m_reply, &QPushButton::clicked, this, &MonitorView::reply);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_monitor, &app::LiveMonitor::done, this, &MonitorView::onDone);
    connect(m_monitor, &app::LiveMonitor::refused, this, &MonitorView::onRefused);
    connect(m_monitor, &app::LiveMonitor::busyChanged, this, &MonitorView::updateControls);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onMessagesAdded(first, last); });
    connect(&m_store, &app::LocalStore::changed, this, [this](const app::StoreChangeSet &changes) {
        if (changes.tickets.contains(m_ticketId))
            refreshHeader();
    });
    if (parts.realtime)
        connect(parts.realtime, &app::RealtimeChannel::typing, this, &MonitorView::onTyping);
}

void MonitorView::buildView()
{
    setObjectName(QStringLiteral("monitorView"));
    m_header->setObjectName(QStringLiteral("monitorHeader"));
    m_header->setTextFormat(Qt::PlainText); // the subject is the customer's words
    m_header->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("monitorStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_messages->setObjectName(QStringLiteral("monitorMessages"));
    m_messages->setModel(m_model);
    auto *delegate = new MessageDelegate(m_messages);
    m_messages->setItemDelegate(delegate);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setResizeMode(QListView::Adjust);
    m_messages->setWordWrap(true);
    connect(delegate, &MessageDelegate::linkActivated, m_links, &LinkGuard::open);
    m_customerTyping->setObjectName(QStringLiteral("monitorCustomerTyping"));
    m_operatorTyping->setObjectName(QStringLiteral("monitorOperatorTyping"));
    m_text->setObjectName(QStringLiteral("monitorText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    m_whisper->setObjectName(QStringLiteral("monitorWhisper"));
    m_barge->setObjectName(QStringLiteral("monitorBarge"));
    m_takeOver->setObjectName(QStringLiteral("monitorTakeOver"));
    m_handBack->setObjectName(QStringLiteral("monitorHandBack"));
    m_reply->setObjectName(QStringLiteral("monitorReply"));
    m_close->setObjectName(QStringLiteral("monitorClose"));
    for (QPushButton *button : {m_whisper, m_barge, m_takeOver, m_handBack, m_reply, m_close})
        button->setAutoDefault(false); // Enter in the text box never sends by surprise

    auto *typing = new QHBoxLayout;
    typing->addWidget(m_customerTyping);
    typing->addWidget(m_operatorTyping);
    typing->addStretch();
    auto *controls = new QHBoxLayout;
    for (QPushButton *button : {m_whisper, m_barge, m_reply})
        controls->addWidget(button);
    controls->addStretch();
    for (QPushButton *button : {m_takeOver, m_handBack, m_close})
        controls->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_messages, 1);
    layout->addLayout(typing);
    layout->addWidget(m_status);
    layout->addWidget(m_text);
    layout->addLayout(controls);
    resize(680, 640);
}

void MonitorView::installShortcuts()
{
    const auto here = Qt::WindowShortcut;
    ShortcutTable::install(Shortcut::MonitorWhisper, this, here, [this] { whisper(); });
    ShortcutTable::install(Shortcut::MonitorBarge, this, here, [this] { barge(); });
    ShortcutTable::install(Shortcut::MonitorTakeOver, this, here, [this] { takeOver(); });
}

void MonitorView::retranslateUi()
{
    m_messages->setAccessibleName(tr("The conversation, live"));
    m_customerTyping->retranslateUi();
    m_customerTyping->setAccessibleName(tr("Whether the customer is typing"));
    m_operatorTyping->retranslateUi();
    m_operatorTyping->setAccessibleName(tr("Whether the operator is typing"));
    m_status->setAccessibleName(tr("What happened last"));
    m_text->setAccessibleName(tr("Text to whisper to the operator or to write to the customer"));
    m_whisper->setText(tr("Whisper"));
    m_whisper->setToolTip(ShortcutTable::keysText(Shortcut::MonitorWhisper));
    m_takeOver->setText(tr("Take over"));
    m_takeOver->setToolTip(ShortcutTable::keysText(Shortcut::MonitorTakeOver));
    m_takeOver->setAccessibleName(tr("Take the chat over: it becomes yours to answer"));
    m_handBack->setText(tr("Hand back"));
    m_reply->setText(tr("Reply to the customer"));
    m_reply->setAccessibleName(tr("Send the text to the customer as your reply"));
    m_close->setText(tr("Stop watching"));
    m_close->setAccessibleName(tr("Stop watching and close"));
    m_barge->setToolTip(ShortcutTable::keysText(Shortcut::MonitorBarge));
    refreshHeader();
}

void MonitorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MonitorView::showTicket(const QString &ticketId)
{
    m_ticketId = ticketId;
    m_bargeConfirmed = false;
    m_bargeArmed = false;
    m_model->setTicket(ticketId);
    m_customerTyping->hide();
    m_operatorTyping->hide();
    refreshHeader();
    m_messages->scrollToBottom();
    showStatus(tr("Starting to watch…"), false);
    m_monitor->start(ticketId);
    m_text->setFocus();
}

void MonitorView::refreshHeader()
{
    auto cached = m_store.ticket(m_ticketId);
    if (!cached || !cached.value()) {
        m_header->setText(tr("Ticket %1 is not in the cache yet").arg(m_ticketId));
        setWindowTitle(m_header->text());
        updateControls();
        return;
    }
    const protocol::Ticket &ticket = (*cached)->ticket;
    m_assignedToMe = !m_me.isEmpty() && ticket.assigneeId == m_me;
    if (!m_assignedToMe) {
        const QString name = app::OperatorDirectory::displayName(m_store, ticket.assigneeId);
        if (!name.isEmpty())
            m_assigneeName = name;
    }
    const QString whose = isMine()                   ? tr("you took it over")
                          : m_assigneeName.isEmpty() ? tr("unassigned")
                                                     : m_assigneeName;
    m_header->setText(
        tr("#%1 %2\n%3 · %4 · %5 · %6")
            .arg(ticket.number)
            .arg(ticket.subject,
                 app::TicketQueueModel::channelName(protocol::toString(ticket.channel)),
                 app::TicketQueueModel::statusName(protocol::toString(ticket.status)), ticket.queue,
                 whose));
    m_header->setAccessibleName(m_header->text());
    setWindowTitle(tr("Watching ticket #%1 live").arg(ticket.number));
    updateControls();
}

bool MonitorView::isMine() const
{
    return m_monitor->hasTakenOver() || m_assignedToMe;
}

QString MonitorView::operatorWords() const
{
    return m_assigneeName.isEmpty() ? tr("the operator") : m_assigneeName;
}

void MonitorView::updateControls()
{
    const QString name = operatorWords();
    m_whisper->setAccessibleName(
        tr("Whisper the text to %1; the customer does not see it").arg(name));
    m_barge->setText(m_bargeArmed ? tr("Confirm barge in") : tr("Barge in"));
    m_barge->setAccessibleName(
        m_bargeArmed ? tr("Confirm: write the text to the customer under your name")
                     : tr("Barge in: write the text to the customer under your name"));
    m_handBack->setAccessibleName(tr("Hand the chat back to %1").arg(name));
    const bool busy = m_monitor->isBusy();
    const bool mine = isMine();
    for (QPushButton *button : {m_whisper, m_barge, m_takeOver, m_handBack})
        button->setEnabled(!busy);
    m_whisper->setVisible(!mine);
    m_barge->setVisible(!mine);
    m_takeOver->setVisible(!mine);
    m_handBack->setVisible(mine);
    m_reply->setVisible(mine);
    m_text->setPlaceholderText(
        mine ? tr("Write your reply to the customer")
             : tr("Write a whisper (Ctrl+Shift+W) or a message to the customer (Ctrl+Shift+G)"));
}

void MonitorView::whisper()
{
    if (isMine())
        return; // hers now: there is nobody to whisper to
    m_bargeArmed = false;
    m_sent = m_text->toPlainText();
    m_monitor->whisper(m_sent);
    updateControls();
}

void MonitorView::barge()
{
    if (isMine())
        return;
    if (!m_bargeConfirmed && !m_bargeArmed) {
        if (m_text->toPlainText().trimmed().isEmpty()) {
            showStatus(tr("Write the text first."), true);
            m_text->setFocus();
            return;
        }
        m_bargeArmed = true;
        updateControls();
        showStatus(tr("Barging in writes the text to the customer under your name, and %1 is "
                      "told at once. Press Barge in (Ctrl+Shift+G) again to send it.")
                       .arg(operatorWords()),
                   false);
        return;
    }
    m_bargeConfirmed = true;
    m_bargeArmed = false;
    updateControls();
    m_sent = m_text->toPlainText();
    m_monitor->barge(m_sent);
}

void MonitorView::takeOver()
{
    if (isMine())
        return;
    m_bargeArmed = false;
    m_monitor->takeOver();
}

void MonitorView::handBack()
{
    if (isMine())
        m_monitor->handBack();
}

void MonitorView::reply()
{
    const QString body = m_text->toPlainText();
    if (body.trimmed().isEmpty()) {
        showStatus(tr("Write the text first."), true);
        return;
    }
    // Her reply goes through the outbox like an operator's: shown at once, sent when online.
    auto sent = m_commands.sendMessage(m_ticketId, body);
    if (!sent) {
        showStatus(sent.error().message, true);
        return;
    }
    m_text->clear();
    showStatus(tr("Your reply is in the conversation."), false);
    m_messages->scrollToBottom();
}

void MonitorView::onDone(Action action)
{
    switch (action) {
    case Action::Start:
        showStatus(tr("Watching live."), false);
        break;
    case Action::Stop:
        break;
    case Action::Whisper:
        clearSent();
        showStatus(tr("Whispered to %1.").arg(operatorWords()), false);
        break;
    case Action::Barge:
        clearSent();
        showStatus(tr("Written to the customer; %1 was told.").arg(operatorWords()), false);
        break;
    case Action::TakeOver:
        showStatus(tr("You took the chat over: answer the customer here, or hand it back."), false);
        break;
    case Action::HandBack:
        showStatus(tr("Handed back to %1.").arg(operatorWords()), false);
        break;
    }
    refreshHeader();
    m_messages->scrollToBottom();
}

void MonitorView::clearSent()
{
    // What she typed while it was on its way stays.
    if (m_text->toPlainText() == m_sent)
        m_text->clear();
    m_sent.clear();
}

void MonitorView::onRefused(Action action, const QString &why)
{
    QString text;
    switch (action) {
    case Action::Start:
        text = tr("Not watching: %1").arg(why);
        break;
    case Action::Stop:
        text = tr("Could not stop watching: %1").arg(why);
        break;
    case Action::Whisper:
        text = tr("The whisper was not sent: %1").arg(why);
        break;
    case Action::Barge:
        text = tr("Nothing was written to the customer: %1").arg(why);
        break;
    case Action::TakeOver:
        text = tr("The chat was not taken over: %1").arg(why);
        break;
    case Action::HandBack:
        text = tr("The chat was not handed back: %1").arg(why);
        break;
    }
    showStatus(text, true);
    updateControls();
}

void MonitorView::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
    // A refusal in red where she is looking; the text she wrote stays in its box.
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;")
                                  : QString());
}

void MonitorView::onTyping(const QString &ticketId, const QString &operatorId, bool customer)
{
    if (ticketId != m_ticketId)
        return;
    if (customer) {
        m_customerTyping->showTyping(true, {});
        return;
    }
    m_operatorTyping->showTyping(false, app::OperatorDirectory::displayName(m_store, operatorId));
}

void MonitorView::onMessagesAdded(int first, int last)
{
    // A message ends its writer's typing; older pages loaded at the top do not.
    if (last != m_model->rowCount() - 1 || first == 0)
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row);
        const QString kind = index.data(app::ConversationModel::AuthorKindRole).toString();
        if (kind == u"customer")
            m_customerTyping->hide();
        else if (kind == u"operator" && !index.data(app::ConversationModel::InternalRole).toBool())
            m_operatorTyping->hide();
    }
    m_messages->scrollToBottom();
}

void MonitorView::done(int result)
{
    // Closing the view stops watching (and releases the chat if she was in it).
    m_monitor->stop();
    QDialog::done(result);
}

} // namespace frontline::ui

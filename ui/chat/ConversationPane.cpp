#include "ui/chat/ConversationPane.h"

#include "app/commands/OperatorCommands.h"
#include "app/models/ChatAlerts.h"
#include "app/models/ConversationModel.h"
#include "app/models/ConversationQuery.h"
#include "app/models/EscalationCatalog.h"
#include "app/models/EscalationInboxModel.h"
#include "app/models/MacroModel.h"
#include "app/models/OpenConversationsModel.h"
#include "app/models/OperatorDirectory.h"
#include "app/models/TicketQueueModel.h"
#include "app/session/SignedInUser.h"
#include "app/store/LocalStore.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"
#include "ui/chat/HelpFlagStrip.h"
#include "ui/chat/LinkGuard.h"
#include "ui/chat/MessageDelegate.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/common/ShortcutTable.h"
#include "ui/common/UiSetup.h"
#include "ui/escalation/EscalationDialog.h"
#include "ui/escalation/EscalationInbox.h"

#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace frontline::ui {

namespace {

constexpr int TypingSentEveryMs = 3000;

} // namespace

QList<QPair<QKeySequence, QString>> ConversationPane::shortcuts()
{
    return ShortcutTable::pairs(ShortcutArea::Conversation);
}

ConversationPane::ConversationPane(QWidget *parent)
    : Pane(parent)
{
    setObjectName(QStringLiteral("conversation"));
    m_placeholder = addPlaceholder(QString());
    retranslateUi();
}

ConversationPane::ConversationPane(const ClientParts &parts, QWidget *parent)
    : Pane(parent)
    , m_parts(std::make_unique<ClientParts>(parts))
    , m_me(parts.user.id)
    , m_conversationsModel(new app::OpenConversationsModel(parts.store, this))
    , m_messagesModel(new app::ConversationModel(parts.store, this))
    , m_macroModel(new app::MacroModel(parts.store, this))
{
    setObjectName(QStringLiteral("conversation"));
    buildWidgets();
    buildShortcuts();
    connectDesk();
    m_alerts = std::make_unique<app::ChatAlerts>(parts.store, m_me);
    showTicket({});
    retranslateUi();
}

void ConversationPane::retranslateUi()
{
    setTitle(tr("Conversation"));
    if (m_placeholder)
        m_placeholder->setText(tr("Select a ticket to open its conversation."));
    if (!m_parts)
        return;
    m_conversationList->retranslateUi();
    m_actions->retranslateUi();
    m_escalationStrip->retranslateUi();
    m_conflictBanner->retranslateUi();
    m_refusal->retranslateUi();
    m_offlineBanner->retranslateUi();
    m_messageView->setAccessibleName(tr("Messages"));
    m_typing->retranslateUi();
    m_reply->retranslateUi();
    updateHeader();
    updateEscalationStrip();
    updateConflictBanner();
    retranslateModel(*m_conversationsModel);
    retranslateModel(*m_messagesModel);
}

ConversationPane::~ConversationPane()
{
    if (m_parts)
        m_reply->saveDraft();
}

app::ConversationQuery ConversationPane::query() const
{
    return app::ConversationQuery(m_parts->store);
}

QString ConversationPane::operatorName(const QString &operatorId) const
{
    return app::OperatorDirectory::displayName(m_parts->store, operatorId);
}

void ConversationPane::buildWidgets()
{
    m_inbox = new EscalationInbox(m_parts->store, m_parts->commands, m_parts->user);
    m_conversationList = new OpenConversationsList(*m_conversationsModel);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_conversationList, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("conversationSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(buildConversation());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    contentLayout()->addWidget(m_inbox);
    contentLayout()->addWidget(splitter, 1);

    connectWidgets();
}

QWidget *ConversationPane::buildConversation()
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("conversationHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_actions = new TicketActions;
    m_escalationStrip = new EscalationStrip;
    m_helpFlag = new HelpFlagStrip(m_parts->store, m_parts->commands, m_parts->user);
    m_conflictBanner = new ConflictBanner;
    m_refusal = new RefusalBanner;
    m_supervision = new SupervisionStrip(m_parts->store, m_parts->realtime);
    connect(m_supervision, &SupervisionStrip::attentionNeeded, this,
            &ConversationPane::attentionNeeded);
    m_offlineBanner = new ConnectionBanner;
    buildMessageView();

    m_typing = new TypingIndicator;
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("conversationNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *chat = new QWidget;
    auto *chatLayout = new QVBoxLayout(chat);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addWidget(m_header);
    chatLayout->addWidget(m_actions);
    chatLayout->addWidget(m_escalationStrip);
    chatLayout->addWidget(m_helpFlag);
    chatLayout->addWidget(m_supervision);
    chatLayout->addWidget(m_conflictBanner);
    chatLayout->addWidget(m_refusal);
    chatLayout->addWidget(m_offlineBanner);
    chatLayout->addWidget(m_messageView, 1);
    chatLayout->addWidget(m_typing);
    chatLayout->addWidget(m_notice);
    m_reply = new ReplyBox(m_parts->store, *m_macroModel, m_parts->user.displayName);
    chatLayout->addWidget(m_reply);
    return chat;
}

void ConversationPane::buildMessageView()
{
    m_messageView = new QListView;
    m_messageView->setObjectName(QStringLiteral("messageView"));
    m_messageView->setModel(m_messagesModel);
    auto *delegate = new MessageDelegate(m_messageView);
    m_messageView->setItemDelegate(delegate);
    m_messageView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageView->setResizeMode(QListView::Adjust);
    m_messageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageView->setWordWrap(true);
    m_linkGuard = new LinkGuard(this);
    connect(delegate, &MessageDelegate::linkActivated, m_linkGuard, &LinkGuard::open);
    connect(m_messageView, &QListView::doubleClicked, this, &ConversationPane::retry);
    connect(m_messageView->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ConversationPane::onMessagesScrolled);
}

void ConversationPane::connectWidgets()
{
    connect(m_conversationList, &OpenConversationsList::ticketChosen, this,
            &ConversationPane::showTicket);
    connect(m_actions, &TicketActions::escalateClicked, this, &ConversationPane::escalate);
    connect(m_actions, &TicketActions::resolutionChosen, this, &ConversationPane::resolve);
    connect(m_actions, &TicketActions::pendingClicked, this, &ConversationPane::setPending);
    connect(m_actions, &TicketActions::reopenClicked, this, &ConversationPane::reopen);
    connect(m_actions, &TicketActions::closeClicked, this, [this] { closeTicket(m_current); });
    connect(m_conflictBanner, &ConflictBanner::keepMineClicked, this, &ConversationPane::keepMine);
    connect(m_helpFlag, &HelpFlagStrip::notice, this, &ConversationPane::showNotice);
    connect(m_conflictBanner, &ConflictBanner::takeTheirsClicked, this,
            &ConversationPane::takeTheirs);
    connect(m_reply, &ReplyBox::sendRequested, this, &ConversationPane::send);
    connect(m_reply, &ReplyBox::edited, this, &ConversationPane::sendTyping);
    connect(m_reply, &ReplyBox::problem, this, &ConversationPane::showNotice);
    connect(m_inbox, &EscalationInbox::ticketRequested, this, &ConversationPane::openTicket);
    connect(this, &ConversationPane::currentTicketChanged, m_inbox, &EscalationInbox::followTicket);
}

void ConversationPane::buildShortcuts()
{
    auto add = [this](Shortcut id, auto slot) {
        ShortcutTable::install(id, this, Qt::WidgetWithChildrenShortcut, slot);
    };
    add(Shortcut::SendReplyFromThePane, [this] { send(); });
    add(Shortcut::ToggleInternalNote, [this] { m_reply->internalNoteToggle()->toggle(); });
    add(Shortcut::Escalate, [this] { escalate(); });
    add(Shortcut::AskForHelp, [this] { m_helpFlag->askForHelp(); });
    add(Shortcut::Resolve, [this] { m_actions->showResolutionCodes(); });
    add(Shortcut::SetPending, [this] { setPending(); });
    add(Shortcut::Reopen, [this] { reopen(); });
    add(Shortcut::NextConversation, [this] { nextConversation(); });
    add(Shortcut::PreviousConversation, [this] { previousConversation(); });
    add(Shortcut::CloseConversation, [this] { closeTicket(m_current); });
}

void ConversationPane::connectDesk()
{
    connect(&m_parts->store, &app::LocalStore::changed, this, &ConversationPane::onStoreChanged);
    connect(m_conversationsModel, &app::OpenConversationsModel::unreadCountChanged, this,
            &ConversationPane::unreadCountChanged);
    connect(&m_parts->engine, &app::SyncEngine::conflictCountChanged, this,
            &ConversationPane::updateConflictBanner);
    if (app::RealtimeChannel *realtime = m_parts->realtime)
        connect(realtime, &app::RealtimeChannel::typing, this, &ConversationPane::onTyping);
    m_offlineBanner->watch(&m_parts->engine);
}

void ConversationPane::openTicket(const QString &ticketId)
{
    if (!m_parts || ticketId.isEmpty())
        return;
    const int row = m_conversationsModel->open(ticketId);
    m_conversationList->setCurrentIndex(m_conversationsModel->index(row));
    showTicket(ticketId);
    m_reply->composer()->setFocus();
}

void ConversationPane::closeTicket(const QString &ticketId)
{
    if (!m_parts || ticketId.isEmpty())
        return;
    m_refusal->forget(ticketId);
    const int row = m_conversationsModel->rowOf(ticketId);
    if (ticketId == m_current) {
        m_reply->saveDraft();
        const QString next = m_conversationsModel->ticketAt(row + 1).isEmpty()
                                 ? m_conversationsModel->ticketAt(row - 1)
                                 : m_conversationsModel->ticketAt(row + 1);
        m_conversationsModel->close(ticketId);
        if (next.isEmpty())
            showTicket({});
        else
            openTicket(next);
        return;
    }
    m_conversationsModel->close(ticketId);
}

void ConversationPane::showTicket(const QString &ticketId)
{
    if (ticketId == m_current && !ticketId.isEmpty())
        return;
    m_current = ticketId;
    m_conversationsModel->setCurrent(ticketId);
    m_messagesModel->setTicket(ticketId);
    m_typing->hide();
    m_reply->setTicket(ticketId); // keeps the draft of the ticket shown until now
    m_notice->hide();
    m_refusal->showTicket(ticketId);
    m_helpFlag->showTicket(ticketId);
    m_supervision->showTicket(ticketId);
    updateHeader();
    updateEscalationStrip();
    updateConflictBanner();
    updateActions();
    scrollToNewest();
    Q_EMIT currentTicketChanged(ticketId);
}

void ConversationPane::insertIntoReply(const QString &text)
{
    if (m_parts)
        m_reply->insertText(text);
}

void ConversationPane::setInternalNote(bool internal)
{
    if (m_reply)
        m_reply->setInternalNote(internal);
}

bool ConversationPane::send()
{
    if (!m_parts || m_current.isEmpty())
        return false;
    const QString body = m_reply->reply();
    if (body.isEmpty() || !m_reply->readyToSend())
        return false;
    app::OperatorCommands *commands = &m_parts->commands;
    auto sent = m_reply->isInternalNote()
                    ? commands->addInternalNote(m_current, body)
                    : commands->sendMessage(m_current, body, m_reply->macroUsed());
    if (!sent) {
        showNotice(tr("Not sent: %1").arg(sent.error().message));
        return false;
    }
    if (auto cleared = m_reply->clearSent(); !cleared)
        showNotice(cleared.error().message);
    scrollToNewest();
    return true;
}

void ConversationPane::escalate()
{
    if (!m_parts || m_current.isEmpty() || !m_actions->escalateButton()->isEnabled())
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog =
        new EscalationDialog(m_parts->store, m_parts->commands, m_parts->user, m_current, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        updateEscalationStrip();
        updateActions();
    });
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->open();
}

bool ConversationPane::changeStatus(const QString &status, const QString &code)
{
    if (!m_parts || m_current.isEmpty())
        return false;
    auto changed = m_parts->commands.changeStatus(m_current, status, code);
    if (!changed) {
        showNotice(changed.error().message);
        return false;
    }
    updateHeader();
    updateActions();
    return true;
}

bool ConversationPane::resolve(const QString &resolutionCode)
{
    // The code is said at once: the header shows it only once the back office has it.
    const bool resolved = changeStatus(QStringLiteral("resolved"), resolutionCode);
    if (resolved)
        showNotice(tr("Resolved: %1").arg(TicketActions::resolutionTitle(resolutionCode)));
    return resolved;
}

bool ConversationPane::setPending()
{
    return m_actions && m_actions->pendingButton()->isEnabled() &&
           changeStatus(QStringLiteral("pending"));
}

bool ConversationPane::reopen()
{
    return m_actions && m_actions->reopenButton()->isEnabled() &&
           changeStatus(QStringLiteral("open"));
}

void ConversationPane::keepMine()
{
    if (!m_parts || m_conflictId == 0)
        return;
    if (auto kept = m_parts->commands.keepMine(m_conflictId); !kept)
        showNotice(kept.error().message);
    updateConflictBanner();
}

void ConversationPane::takeTheirs()
{
    if (!m_parts || m_conflictId == 0)
        return;
    if (auto taken = m_parts->commands.takeTheirs(m_conflictId); !taken)
        showNotice(taken.error().message);
    updateConflictBanner();
    updateHeader();
}

void ConversationPane::retry(const QModelIndex &message)
{
    if (!m_parts || !message.isValid())
        return;
    const QString state = message.data(app::ConversationModel::StateRole).toString();
    if (state == u"failed") {
        const QString id = message.data(app::ConversationModel::MessageIdRole).toString();
        if (auto retried = m_parts->commands.retryMessage(id); !retried)
            showNotice(retried.error().message);
    } else if (state == u"pending") {
        m_parts->engine.syncNow(true);
    }
}

void ConversationPane::nextConversation()
{
    if (m_conversationList)
        openTicket(m_conversationList->ticketBeside(m_current, 1));
}

void ConversationPane::previousConversation()
{
    if (m_conversationList)
        openTicket(m_conversationList->ticketBeside(m_current, -1));
}

void ConversationPane::sendTyping()
{
    // Let the customer's side know we are answering; at most every few seconds.
    app::RealtimeChannel *realtime = m_parts->realtime;
    if (realtime && realtime->isConnected() && !m_reply->isInternalNote() &&
        !m_reply->composer()->toPlainText().isEmpty() &&
        (!m_lastTypingSent.isValid() || m_lastTypingSent.elapsed() > TypingSentEveryMs)) {
        realtime->sendTyping(m_current);
        m_lastTypingSent.start();
    }
}

void ConversationPane::updateHeader()
{
    if (m_current.isEmpty()) {
        m_header->setText(tr("No conversation open. Open a ticket from the queue."));
        return;
    }
    const auto cached = query().ticket(m_current);
    if (!cached || !cached.value()) {
        m_header->setText(tr("Ticket %1 is not in the local cache yet.").arg(m_current));
        return;
    }
    const protocol::Ticket &ticket = cached.value()->ticket;
    const QModelIndex row = m_conversationsModel->index(m_conversationsModel->rowOf(m_current));
    const QString customer = row.data(app::OpenConversationsModel::CustomerNameRole).toString();
    QString text = tr("#%1 · %2").arg(ticket.number).arg(ticket.subject);
    if (!customer.isEmpty())
        text += QStringLiteral(" · ") + customer;
    text += QStringLiteral(" · ") +
            app::TicketQueueModel::statusName(protocol::toString(ticket.status));
    if (!ticket.resolutionCode.isEmpty() && (ticket.status == protocol::TicketStatus::Resolved ||
                                             ticket.status == protocol::TicketStatus::Closed))
        text += QStringLiteral(": ") + TicketActions::resolutionTitle(ticket.resolutionCode);
    if (!ticket.assigneeId.isEmpty() && ticket.assigneeId != m_me) {
        const QString name = operatorName(ticket.assigneeId);
        text += QStringLiteral(" · ") +
                tr("with %1").arg(name.isEmpty() ? tr("operator %1").arg(ticket.assigneeId) : name);
    }
    if (cached.value()->localChangesPending)
        text += tr(" (saving…)");
    m_header->setText(text);
    m_header->setAccessibleName(text);
}

void ConversationPane::updateEscalationStrip()
{
    m_escalationStrip->showEscalation(
        m_current.isEmpty() ? std::nullopt
                            : app::EscalationCatalog::latestFor(m_parts->store, m_current),
        m_me, [this](const QString &id) { return operatorName(id); });
}

void ConversationPane::updateConflictBanner()
{
    m_conflictId = 0;
    std::optional<app::Conflict> shown;
    if (!m_current.isEmpty()) {
        if (auto conflicts = m_parts->commands.conflicts()) {
            for (const app::Conflict &conflict : conflicts.value()) {
                if (conflict.entityId == m_current) {
                    shown = conflict;
                    break;
                }
            }
        }
    }
    if (shown)
        m_conflictId = shown->id;
    m_conflictBanner->showConflict(shown ? &*shown : nullptr);
}

void ConversationPane::updateActions()
{
    QString status;
    if (!m_current.isEmpty()) {
        if (auto cached = query().ticket(m_current); cached && cached.value())
            status = protocol::toString(cached.value()->ticket.status);
    }
    const auto escalation = status.isEmpty()
                                ? std::nullopt
                                : app::EscalationCatalog::latestFor(m_parts->store, m_current);
    const bool escalated =
        escalation && (escalation->status == protocol::EscalationStatus::Open ||
                       escalation->status == protocol::EscalationStatus::Accepted);
    m_actions->enableFor(status, escalated, !m_current.isEmpty());
    m_reply->setWritable(!m_current.isEmpty());
}

void ConversationPane::onStoreChanged(const app::StoreChangeSet &changes)
{
    if (!changes.escalations.isEmpty() || changes.tickets.contains(m_current) ||
        !changes.operators.isEmpty()) {
        updateEscalationStrip();
        updateHeader();
        updateActions();
    }
    if (!changes.helpFlags.isEmpty() || !changes.operators.isEmpty())
        m_helpFlag->refresh();
    if (changes.conflicts)
        updateConflictBanner();
    if (changes.messagesAdded.contains(m_current)) {
        // Follow the conversation if the operator is reading the newest messages.
        QScrollBar *bar = m_messageView->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 40)
            QTimer::singleShot(0, this, &ConversationPane::scrollToNewest);
    }
    // Notifications for the shell: a chat newly assigned to me, a customer writing in mine.
    noticeAlerts(changes);
}

void ConversationPane::noticeAlerts(const app::StoreChangeSet &changes)
{
    const auto isOpen = [this](const QString &id) { return m_conversationsModel->rowOf(id) >= 0; };
    QStringList assigned;
    for (const app::ChatAlert &alert : m_alerts->take(changes, isOpen)) {
        const bool routed = alert.kind == app::ChatAlert::Kind::Assigned;
        if (routed && alert.chat)
            assigned.append(alert.ticketId);
        Q_EMIT attentionNeeded(alert.ticketId, routed ? tr("New chat assigned: %1").arg(alert.text)
                                                      : alert.text.left(140));
    }
    // Chats routed to me: in my conversations at once, so no customer waits unseen.
    if (const QString oldest = m_conversationsModel->openAll(assigned); m_current.isEmpty())
        openTicket(oldest);
}

void ConversationPane::onTyping(const QString &ticketId, const QString &operatorId, bool customer)
{
    if (ticketId != m_current || (!customer && operatorId == m_me))
        return;
    m_typing->showTyping(customer, customer ? QString() : operatorName(operatorId));
}

void ConversationPane::onMessagesScrolled(int value)
{
    QScrollBar *bar = m_messageView->verticalScrollBar();
    if (value != bar->minimum() || !m_messagesModel->hasOlder())
        return;
    // Keep the message under the operator's eyes where it is while older ones come in above.
    const int fromBottom = bar->maximum() - value;
    if (m_messagesModel->loadOlder() > 0) {
        m_messageView->doItemsLayout();
        bar->setValue(bar->maximum() - fromBottom);
    }
}

void ConversationPane::scrollToNewest()
{
    // A first page that does not fill the view leaves nothing to scroll up to: load more now.
    QScrollBar *bar = m_messageView->verticalScrollBar();
    while (m_messageView->isVisible() && bar->maximum() == 0 && m_messagesModel->loadOlder() > 0)
        m_messageView->doItemsLayout();
    m_messageView->scrollToBottom();
}

void ConversationPane::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

} // namespace frontline::ui

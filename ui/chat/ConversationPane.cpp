#include "ui/chat/ConversationPane.h"

#include "app/OperatorDesk.h"
#include "app/commands/OperatorCommands.h"
#include "app/models/ConversationModel.h"
#include "app/models/EscalationCatalog.h"
#include "app/models/EscalationInboxModel.h"
#include "app/models/MacroModel.h"
#include "app/models/OpenConversationsModel.h"
#include "app/models/OperatorDirectory.h"
#include "app/models/TicketQueueModel.h"
#include "app/models/TicketQueueQuery.h"
#include "app/store/LocalStore.h"
#include "app/store/ReplyDrafts.h"
#include "app/sync/RealtimeChannel.h"
#include "app/sync/SyncEngine.h"
#include "ui/chat/ConversationListDelegate.h"
#include "ui/chat/MacroPicker.h"
#include "ui/chat/MessageDelegate.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/common/UiSetup.h"
#include "ui/escalation/EscalationDialog.h"
#include "ui/escalation/EscalationInbox.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace frontline::ui {

namespace {

constexpr int TypingShownMs = 6000;
constexpr int TypingSentEveryMs = 3000;
constexpr int DraftSaveDelayMs = 400;

QFrame *banner(const QString &objectName, const QString &color, QLabel *text)
{
    auto *frame = new QFrame;
    frame->setObjectName(objectName);
    frame->setStyleSheet(
        QStringLiteral("QFrame#%1 { background: %2; border-radius: 4px; }").arg(objectName, color));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(text, 1);
    frame->hide();
    return frame;
}

QToolButton *toolButton(const QString &objectName)
{
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

QString readable(const QJsonObject &changes)
{
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.key() == u"base" || it.value().isObject() || it.value().isArray())
            continue;
        parts.append(QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString()));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QList<QPair<QKeySequence, QString>> ConversationPane::shortcuts()
{
    return {
        {QKeySequence(Qt::Key_Return), tr("Send the reply (in the composer)")},
        {QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Send the reply")},
        {QKeySequence(Qt::SHIFT | Qt::Key_Return), tr("New line in the reply")},
        {QKeySequence(Qt::Key_Slash), tr("Canned responses (at the start of a word)")},
        {QKeySequence(Qt::CTRL | Qt::Key_I), tr("Switch between reply and internal note")},
        {QKeySequence(Qt::CTRL | Qt::Key_E), tr("Escalate the ticket")},
        {QKeySequence(Qt::CTRL | Qt::Key_R), tr("Resolve the ticket (choose a resolution code)")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Set the ticket pending")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), tr("Reopen the ticket")},
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), tr("Next conversation")},
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), tr("Next conversation")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), tr("Previous conversation")},
        {QKeySequence(Qt::CTRL | Qt::Key_PageUp), tr("Previous conversation")},
        {QKeySequence(Qt::CTRL | Qt::Key_W), tr("Close the conversation")},
    };
}

QList<QPair<QString, QString>> ConversationPane::resolutionCodes()
{
    return {
        {QStringLiteral("answered"), tr("Answered")},
        {QStringLiteral("refund_issued"), tr("Refund issued")},
        {QStringLiteral("replacement_sent"), tr("Replacement sent")},
        {QStringLiteral("order_updated"), tr("Order updated")},
        {QStringLiteral("duplicate"), tr("Duplicate")},
        {QStringLiteral("no_reply"), tr("Customer stopped replying")},
    };
}

ConversationPane::ConversationPane(QWidget *parent)
    : Pane(parent)
{
    setObjectName(QStringLiteral("conversation"));
    m_placeholder = addPlaceholder(QString());
    retranslateUi();
}

ConversationPane::ConversationPane(app::OperatorDesk &desk, QWidget *parent)
    : Pane(parent)
    , m_desk(&desk)
    , m_conversationsModel(new app::OpenConversationsModel(desk.store(), this))
    , m_messagesModel(new app::ConversationModel(desk.store(), this))
    , m_macroModel(new app::MacroModel(desk.store(), this))
{
    setObjectName(QStringLiteral("conversation"));
    if (auto me = desk.store().stateValue(QStringLiteral("me_id")))
        m_me = me.value();
    buildWidgets();
    buildShortcuts();
    connectDesk();
    m_assignedToMe = ticketsAssignedToMe();
    showTicket({});
    retranslateUi();
}

void ConversationPane::retranslateUi()
{
    setTitle(tr("Conversation"));
    if (m_placeholder)
        m_placeholder->setText(tr("Select a ticket to open its conversation."));
    if (!m_desk)
        return;
    m_conversationList->setAccessibleName(tr("Open conversations"));
    m_escalate->setText(tr("Escalate…"));
    m_escalate->setAccessibleName(tr("Escalate the ticket"));
    m_resolve->setText(tr("Resolve"));
    m_resolve->setAccessibleName(tr("Resolve the ticket"));
    m_pending->setText(tr("Pending"));
    m_pending->setAccessibleName(tr("Set the ticket pending"));
    m_reopen->setText(tr("Reopen"));
    m_reopen->setAccessibleName(tr("Reopen the ticket"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the conversation"));
    m_resolve->menu()->setAccessibleName(tr("Resolution code"));
    const auto codes = resolutionCodes();
    const QList<QAction *> actions = m_resolve->menu()->actions();
    for (int i = 0; i < actions.size() && i < codes.size(); ++i)
        actions[i]->setText(codes[i].second);
    m_escalationStrip->setAccessibleName(tr("Escalation"));
    m_conflictBanner->setAccessibleName(tr("Conflicting change"));
    m_keepMine->setText(tr("Keep mine"));
    m_keepMine->setAccessibleName(tr("Keep my change"));
    m_takeTheirs->setText(tr("Take theirs"));
    m_takeTheirs->setAccessibleName(tr("Take the other change"));
    m_offlineBanner->setAccessibleName(tr("Connection"));
    m_messageView->setAccessibleName(tr("Messages"));
    m_typing->setAccessibleName(tr("Typing indicator"));
    m_typing->hide();
    m_noteToggle->setText(tr("Note"));
    m_noteToggle->setAccessibleName(tr("Internal note"));
    m_noteToggle->setToolTip(tr("Write an internal note instead of a reply (Ctrl+I)"));
    m_send->setToolTip(tr("Send (Enter)"));
    m_composer->retranslateUi();
    setInternalNote(m_composer->isInternalNote()); // the Send button's text
    updateHeader();
    updateEscalationStrip();
    updateConflictBanner();
    updateOfflineBanner();
    retranslateModel(*m_conversationsModel);
    retranslateModel(*m_messagesModel);
}

ConversationPane::~ConversationPane()
{
    if (m_desk)
        saveDraft();
}

void ConversationPane::buildWidgets()
{
    m_inbox = new EscalationInbox(*m_desk);
    m_inbox->setVisible(m_inbox->model()->rowCount() > 0);

    m_conversationList = new QListView;
    m_conversationList->setObjectName(QStringLiteral("conversationList"));
    m_conversationList->setModel(m_conversationsModel);
    m_conversationList->setItemDelegate(new ConversationListDelegate(m_conversationList));
    m_conversationList->setMinimumWidth(140);
    m_conversationList->setWordWrap(true);

    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("conversationHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);

    m_escalate = toolButton(QStringLiteral("escalateButton"));
    m_resolve = toolButton(QStringLiteral("resolveButton"));
    m_pending = toolButton(QStringLiteral("pendingButton"));
    m_reopen = toolButton(QStringLiteral("reopenButton"));
    m_close = toolButton(QStringLiteral("closeConversationButton"));
    auto *resolveMenu = new QMenu(m_resolve);
    resolveMenu->setObjectName(QStringLiteral("resolutionMenu"));
    for (const auto &[code, title] : resolutionCodes()) {
        QAction *action = resolveMenu->addAction(title);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code = code] { resolve(code); });
    }
    m_resolve->setMenu(resolveMenu);
    m_resolve->setPopupMode(QToolButton::InstantPopup);

    // The title has a row of its own: a long subject must not squeeze the actions.
    auto *headerRow = new QHBoxLayout;
    headerRow->addStretch(1);
    headerRow->addWidget(m_escalate);
    headerRow->addWidget(m_resolve);
    headerRow->addWidget(m_pending);
    headerRow->addWidget(m_reopen);
    headerRow->addWidget(m_close);

    m_escalationStrip = new QLabel;
    m_escalationStrip->setObjectName(QStringLiteral("escalationStrip"));
    m_escalationStrip->setTextFormat(Qt::PlainText);
    m_escalationStrip->setWordWrap(true);
    m_escalationStrip->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(80, 120, 220, 50); padding: 3px 8px; "
                       "border-radius: 4px; }"));
    m_escalationStrip->hide();

    m_conflictText = new QLabel;
    m_conflictBanner = banner(QStringLiteral("conflictBanner"),
                              QStringLiteral("rgba(220, 140, 0, 70)"), m_conflictText);
    m_keepMine = new QPushButton;
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirs = new QPushButton;
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_conflictBanner->layout()->addWidget(m_keepMine);
    m_conflictBanner->layout()->addWidget(m_takeTheirs);
    connect(m_keepMine, &QPushButton::clicked, this, &ConversationPane::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConversationPane::takeTheirs);

    m_offlineText = new QLabel;
    m_offlineBanner = banner(QStringLiteral("offlineBanner"),
                             QStringLiteral("rgba(160, 160, 160, 80)"), m_offlineText);

    m_messageView = new QListView;
    m_messageView->setObjectName(QStringLiteral("messageView"));
    m_messageView->setModel(m_messagesModel);
    auto *delegate = new MessageDelegate(m_messageView);
    m_messageView->setItemDelegate(delegate);
    m_messageView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messageView->setResizeMode(QListView::Adjust);
    m_messageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messageView->setWordWrap(true);
    connect(delegate, &MessageDelegate::linkActivated, this, [](const QUrl &url) {
        if (MessageDelegate::isSafeToOpen(url))
            QDesktopServices::openUrl(url);
    });
    connect(m_messageView, &QListView::doubleClicked, this, &ConversationPane::retry);
    connect(m_messageView->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ConversationPane::onMessagesScrolled);

    m_typing = new QLabel;
    m_typing->setObjectName(QStringLiteral("typingIndicator"));
    m_typing->setTextFormat(Qt::PlainText);
    m_typing->hide();
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("conversationNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_composer = new ReplyComposer;
    m_composer->setMaximumHeight(120);
    m_noteToggle = toolButton(QStringLiteral("internalNoteToggle"));
    m_noteToggle->setCheckable(true);
    m_send = new QPushButton;
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_picker = new MacroPicker(*m_macroModel, this);
    m_picker->hide();

    auto *composerRow = new QHBoxLayout;
    composerRow->addWidget(m_noteToggle, 0, Qt::AlignTop);
    composerRow->addWidget(m_composer, 1);
    composerRow->addWidget(m_send, 0, Qt::AlignBottom);

    auto *chat = new QWidget;
    auto *chatLayout = new QVBoxLayout(chat);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addWidget(m_header);
    chatLayout->addLayout(headerRow);
    chatLayout->addWidget(m_escalationStrip);
    chatLayout->addWidget(m_conflictBanner);
    chatLayout->addWidget(m_offlineBanner);
    chatLayout->addWidget(m_messageView, 1);
    chatLayout->addWidget(m_typing);
    chatLayout->addWidget(m_notice);
    chatLayout->addLayout(composerRow);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_conversationList, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("conversationSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(chat);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    contentLayout()->addWidget(m_inbox);
    contentLayout()->addWidget(splitter, 1);

    connect(m_conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showTicket(m_conversationsModel->ticketAt(current.row()));
            });
    connect(m_composer, &ReplyComposer::submitted, this, &ConversationPane::send);
    connect(m_composer, &ReplyComposer::cannedResponsesRequested, this,
            &ConversationPane::openMacroPicker);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &ConversationPane::onComposerEdited);
    connect(m_picker, &MacroPicker::chosen, this, [this](const QString &body) {
        m_composer->insertCannedResponse(body);
        m_composer->setFocus();
    });
    connect(m_picker, &MacroPicker::dismissed, this, [this] { m_composer->setFocus(); });
    connect(m_noteToggle, &QToolButton::toggled, this, &ConversationPane::setInternalNote);
    connect(m_send, &QPushButton::clicked, this, &ConversationPane::send);
    connect(m_escalate, &QToolButton::clicked, this, &ConversationPane::escalate);
    connect(m_pending, &QToolButton::clicked, this, &ConversationPane::setPending);
    connect(m_reopen, &QToolButton::clicked, this, &ConversationPane::reopen);
    connect(m_close, &QToolButton::clicked, this, [this] { closeTicket(m_current); });
    connect(m_inbox, &EscalationInbox::ticketRequested, this, &ConversationPane::openTicket);
    connect(m_inbox->model(), &QAbstractItemModel::modelReset, this,
            [this] { m_inbox->setVisible(m_inbox->model()->rowCount() > 0); });

    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(TypingShownMs);
    connect(m_typingTimer, &QTimer::timeout, m_typing, &QLabel::hide);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftSaveDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ConversationPane::saveDraft);
    // Waiting times move on by themselves.
    m_clock = new QTimer(this);
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, m_conversationList->viewport(),
            qOverload<>(&QWidget::update));
    m_clock->start();
}

void ConversationPane::buildShortcuts()
{
    auto add = [this](const QKeySequence &keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { send(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { send(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { m_noteToggle->toggle(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { escalate(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        if (m_resolve->isEnabled())
            m_resolve->showMenu();
    });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { setPending(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { reopen(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_Tab), [this] { nextConversation(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { nextConversation(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), [this] { previousConversation(); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), [this] { previousConversation(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { previousConversation(); });
    add(QKeySequence(Qt::CTRL | Qt::Key_W), [this] { closeTicket(m_current); });
}

void ConversationPane::connectDesk()
{
    connect(&m_desk->store(), &app::LocalStore::changed, this, &ConversationPane::onStoreChanged);
    connect(m_conversationsModel, &app::OpenConversationsModel::unreadCountChanged, this,
            &ConversationPane::unreadCountChanged);
    if (app::SyncEngine *engine = m_desk->engine()) {
        connect(engine, &app::SyncEngine::stateChanged, this,
                &ConversationPane::updateOfflineBanner);
        connect(engine, &app::SyncEngine::pendingCountChanged, this,
                &ConversationPane::updateOfflineBanner);
        connect(engine, &app::SyncEngine::conflictCountChanged, this,
                &ConversationPane::updateConflictBanner);
    }
    if (app::RealtimeChannel *realtime = m_desk->realtime())
        connect(realtime, &app::RealtimeChannel::typing, this, &ConversationPane::onTyping);
    updateOfflineBanner();
}

void ConversationPane::openTicket(const QString &ticketId)
{
    if (!m_desk || ticketId.isEmpty())
        return;
    const int row = m_conversationsModel->open(ticketId);
    m_conversationList->setCurrentIndex(m_conversationsModel->index(row));
    showTicket(ticketId);
    m_composer->setFocus();
}

void ConversationPane::closeTicket(const QString &ticketId)
{
    if (!m_desk || ticketId.isEmpty())
        return;
    const int row = m_conversationsModel->rowOf(ticketId);
    if (ticketId == m_current) {
        saveDraft();
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
    saveDraft();
    m_current = ticketId;
    m_conversationsModel->setCurrent(ticketId);
    m_messagesModel->setTicket(ticketId);
    m_typing->hide();
    m_notice->hide();
    loadDraft();
    updateHeader();
    updateEscalationStrip();
    updateConflictBanner();
    updateActions();
    scrollToNewest();
    Q_EMIT currentTicketChanged(ticketId);
}

void ConversationPane::insertIntoReply(const QString &text)
{
    if (!m_desk)
        return;
    m_composer->textCursor().insertText(text);
    m_composer->setFocus();
}

void ConversationPane::setInternalNote(bool internal)
{
    if (m_noteToggle->isChecked() != internal) {
        m_noteToggle->setChecked(internal); // comes back here through toggled()
        return;
    }
    m_composer->setInternalNote(internal);
    m_send->setText(internal ? tr("Add note") : tr("Send"));
    m_send->setAccessibleName(internal ? tr("Add internal note") : tr("Send"));
    if (!m_loadingDraft)
        m_draftTimer->start();
}

bool ConversationPane::send()
{
    if (!m_desk || m_current.isEmpty())
        return false;
    const QString body = m_composer->toPlainText().trimmed();
    if (body.isEmpty())
        return false;
    app::OperatorCommands *commands = m_desk->commands();
    auto sent = m_composer->isInternalNote() ? commands->addInternalNote(m_current, body)
                                             : commands->sendMessage(m_current, body);
    if (!sent) {
        showNotice(tr("Not sent: %1").arg(sent.error().message));
        return false;
    }
    m_loadingDraft = true;
    m_composer->clear();
    m_loadingDraft = false;
    m_draftTimer->stop();
    if (auto saved = app::ReplyDrafts(m_desk->store()).save(m_current, {}); !saved)
        showNotice(saved.error().message);
    scrollToNewest();
    return true;
}

void ConversationPane::escalate()
{
    if (!m_desk || m_current.isEmpty() || !m_escalate->isEnabled())
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new EscalationDialog(*m_desk, m_current, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QObject::destroyed, this, [this, dialog = m_dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    connect(m_dialog, &QDialog::accepted, this, [this] {
        updateEscalationStrip();
        updateActions();
    });
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->open();
}

bool ConversationPane::changeStatus(const QString &status, const QString &code)
{
    if (!m_desk || m_current.isEmpty())
        return false;
    auto changed = m_desk->commands()->changeStatus(m_current, status, code);
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
    return changeStatus(QStringLiteral("resolved"), resolutionCode);
}

bool ConversationPane::setPending()
{
    return m_pending && m_pending->isEnabled() && changeStatus(QStringLiteral("pending"));
}

bool ConversationPane::reopen()
{
    return m_reopen && m_reopen->isEnabled() && changeStatus(QStringLiteral("open"));
}

void ConversationPane::keepMine()
{
    if (!m_desk || m_conflictId == 0)
        return;
    if (auto kept = m_desk->commands()->keepMine(m_conflictId); !kept)
        showNotice(kept.error().message);
    updateConflictBanner();
}

void ConversationPane::takeTheirs()
{
    if (!m_desk || m_conflictId == 0)
        return;
    if (auto taken = m_desk->commands()->takeTheirs(m_conflictId); !taken)
        showNotice(taken.error().message);
    updateConflictBanner();
    updateHeader();
}

void ConversationPane::retry(const QModelIndex &message)
{
    if (!m_desk || !message.isValid())
        return;
    const QString state = message.data(app::ConversationModel::StateRole).toString();
    if (state == u"failed") {
        const QString id = message.data(app::ConversationModel::MessageIdRole).toString();
        if (auto retried = m_desk->commands()->retryMessage(id); !retried)
            showNotice(retried.error().message);
    } else if (state == u"pending" && m_desk->engine()) {
        m_desk->engine()->syncNow(true);
    }
}

void ConversationPane::nextConversation()
{
    const int count = m_conversationsModel ? m_conversationsModel->rowCount() : 0;
    if (count == 0)
        return;
    const int row = m_conversationsModel->rowOf(m_current);
    openTicket(m_conversationsModel->ticketAt((row + 1) % count));
}

void ConversationPane::previousConversation()
{
    const int count = m_conversationsModel ? m_conversationsModel->rowCount() : 0;
    if (count == 0)
        return;
    const int row = m_conversationsModel->rowOf(m_current);
    openTicket(m_conversationsModel->ticketAt((row - 1 + count) % count));
}

void ConversationPane::saveDraft()
{
    if (!m_desk || m_current.isEmpty() || m_loadingDraft || !m_composer)
        return;
    m_draftTimer->stop();
    const app::ReplyDraft draft{m_composer->toPlainText(), m_composer->isInternalNote()};
    if (auto saved = app::ReplyDrafts(m_desk->store()).save(m_current, draft); !saved)
        showNotice(tr("The draft could not be kept: %1").arg(saved.error().message));
}

void ConversationPane::loadDraft()
{
    m_loadingDraft = true;
    app::ReplyDraft draft;
    if (!m_current.isEmpty()) {
        if (auto loaded = app::ReplyDrafts(m_desk->store()).draft(m_current))
            draft = loaded.value();
    }
    m_composer->setPlainText(draft.body);
    m_composer->moveCursor(QTextCursor::End);
    setInternalNote(draft.internal);
    m_loadingDraft = false;
}

void ConversationPane::onComposerEdited()
{
    if (m_loadingDraft || m_current.isEmpty())
        return;
    m_draftTimer->start();
    // Let the customer's side know we are answering; at most every few seconds.
    app::RealtimeChannel *realtime = m_desk->realtime();
    if (realtime && realtime->isConnected() && !m_composer->isInternalNote() &&
        !m_composer->toPlainText().isEmpty() &&
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
    const auto cached = m_desk->store().ticket(m_current);
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
    if (!ticket.assigneeId.isEmpty() && ticket.assigneeId != m_me) {
        const QString name =
            app::OperatorDirectory::displayName(m_desk->store(), ticket.assigneeId);
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
    const auto escalation = m_current.isEmpty()
                                ? std::nullopt
                                : app::EscalationCatalog::latestFor(m_desk->store(), m_current);
    if (!escalation) {
        m_escalationStrip->hide();
        return;
    }
    const auto reason = app::EscalationCatalog::reason(escalation->reasonCode);
    const QString target = escalation->targetLine > 0 ? tr("line %1").arg(escalation->targetLine)
                                                      : tr("team %1").arg(escalation->targetTeam);
    const auto nameOf = [this](const QString &id) {
        const QString name = app::OperatorDirectory::displayName(m_desk->store(), id);
        return name.isEmpty() ? tr("operator %1").arg(id) : name;
    };
    QString state;
    switch (escalation->status) {
    case protocol::EscalationStatus::Open:
        state = escalation->id.startsWith(u"local:") ? tr("sending") : tr("open, waiting");
        break;
    case protocol::EscalationStatus::Accepted:
        state = escalation->handledBy.isEmpty()
                    ? tr("accepted")
                    : tr("accepted by %1").arg(nameOf(escalation->handledBy));
        break;
    case protocol::EscalationStatus::Returned:
        state = escalation->handledBy.isEmpty()
                    ? tr("returned: %1").arg(escalation->returnReason)
                    : tr("returned by %1: %2")
                          .arg(nameOf(escalation->handledBy), escalation->returnReason);
        break;
    case protocol::EscalationStatus::Resolved:
        state = escalation->handledBy.isEmpty()
                    ? tr("resolved")
                    : tr("resolved by %1").arg(nameOf(escalation->handledBy));
        break;
    }
    QString text = tr("Escalated to %1 · %2 · %3")
                       .arg(target, reason ? reason->title : escalation->reasonCode, state);
    if (!escalation->fromOperatorId.isEmpty() && escalation->fromOperatorId != m_me)
        text += QStringLiteral(" · ") + tr("from %1").arg(nameOf(escalation->fromOperatorId));
    // The note is what the 2nd line reads first.
    if (!escalation->note.isEmpty())
        text += u'\n' + tr("Note: %1").arg(escalation->note);
    m_escalationStrip->setText(text);
    m_escalationStrip->setProperty("escalationStatus", protocol::toString(escalation->status));
    m_escalationStrip->show();
}

void ConversationPane::updateConflictBanner()
{
    m_conflictId = 0;
    if (!m_current.isEmpty()) {
        if (auto conflicts = m_desk->commands()->conflicts()) {
            for (const app::Conflict &conflict : conflicts.value()) {
                if (conflict.entityId != m_current)
                    continue;
                m_conflictId = conflict.id;
                QJsonObject theirs;
                for (auto it = conflict.mine.begin(); it != conflict.mine.end(); ++it) {
                    if (conflict.theirs.contains(it.key()))
                        theirs.insert(it.key(), conflict.theirs.value(it.key()));
                }
                m_conflictText->setText(tr("Someone else changed this ticket. Yours: %1. Now: %2.")
                                            .arg(readable(conflict.mine), readable(theirs)));
                break;
            }
        }
    }
    m_conflictBanner->setVisible(m_conflictId != 0);
}

void ConversationPane::updateOfflineBanner()
{
    app::SyncEngine *engine = m_desk->engine();
    if (!engine) {
        m_offlineBanner->hide();
        return;
    }
    const int pending = std::max(0, engine->pendingCount());
    const auto showOffline = [&] {
        m_offlineText->setText(
            tr("Offline — messages will be sent when the connection returns (%n waiting).", nullptr,
               pending));
        m_bannerSaysOffline = true;
        m_offlineBanner->show();
    };
    switch (engine->state()) {
    case app::SyncEngine::State::Offline:
        showOffline();
        break;
    case app::SyncEngine::State::Error:
        m_offlineText->setText(
            tr("Not syncing: %1. Messages are kept and sent later.").arg(engine->lastError()));
        m_bannerSaysOffline = false;
        m_offlineBanner->show();
        break;
    case app::SyncEngine::State::Syncing:
        // A retry after a failure: the banner stays until the back office answers.
        if (engine->isRetrying() && !m_offlineBanner->isHidden()) {
            if (m_bannerSaysOffline)
                showOffline(); // the waiting count may have changed
            break;
        }
        m_offlineBanner->hide();
        break;
    case app::SyncEngine::State::Online:
        m_offlineBanner->hide();
        break;
    }
}

void ConversationPane::updateActions()
{
    QString status;
    if (!m_current.isEmpty()) {
        if (auto cached = m_desk->store().ticket(m_current); cached && cached.value())
            status = protocol::toString(cached.value()->ticket.status);
    }
    const bool has = !status.isEmpty();
    const bool closed = status == u"resolved" || status == u"closed";
    const auto escalation =
        has ? app::EscalationCatalog::latestFor(m_desk->store(), m_current) : std::nullopt;
    const bool escalated =
        escalation && (escalation->status == protocol::EscalationStatus::Open ||
                       escalation->status == protocol::EscalationStatus::Accepted);
    m_escalate->setEnabled(has && !closed && !escalated);
    m_resolve->setEnabled(has && !closed);
    m_pending->setEnabled(has && status != u"pending" && !closed);
    m_reopen->setEnabled(has && (closed || status == u"pending"));
    m_close->setEnabled(!m_current.isEmpty());
    m_composer->setEnabled(!m_current.isEmpty());
    m_send->setEnabled(!m_current.isEmpty());
    m_noteToggle->setEnabled(!m_current.isEmpty());
}

void ConversationPane::onStoreChanged(const app::StoreChangeSet &changes)
{
    if (!changes.escalations.isEmpty() || changes.tickets.contains(m_current) ||
        !changes.operators.isEmpty()) {
        updateEscalationStrip();
        updateHeader();
        updateActions();
    }
    if (changes.conflicts)
        updateConflictBanner();
    if (changes.outbox)
        updateOfflineBanner();
    if (changes.messagesAdded.contains(m_current)) {
        // Follow the conversation if the operator is reading the newest messages.
        QScrollBar *bar = m_messageView->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 40)
            QTimer::singleShot(0, this, &ConversationPane::scrollToNewest);
    }

    // Notifications for the shell: a chat newly assigned to me, a customer writing in mine.
    if (changes.tickets.isEmpty() && changes.messagesAdded.isEmpty())
        return;
    // Every write of a ticket is in the change set, so only these tickets can have come to me or
    // left me: they are looked up, not all of mine.
    if (!changes.tickets.isEmpty()) {
        const auto mine =
            app::TicketQueueQuery::activeAssignedTo(m_desk->store(), m_me, changes.tickets);
        const QSet<QString> assigned = mine ? mine.value() : QSet<QString>();
        for (const QString &ticketId : assigned) {
            if (!m_assignedToMe.contains(ticketId)) {
                const auto cached = m_desk->store().ticket(ticketId);
                const QString subject =
                    cached && cached.value() ? cached.value()->ticket.subject : QString();
                Q_EMIT attentionNeeded(ticketId, tr("New chat assigned: %1").arg(subject));
            }
        }
        for (const QString &ticketId : changes.tickets) {
            if (!assigned.contains(ticketId))
                m_assignedToMe.remove(ticketId);
        }
        m_assignedToMe.unite(assigned);
    }
    for (auto it = changes.messagesAdded.begin(); it != changes.messagesAdded.end(); ++it) {
        if (!m_assignedToMe.contains(it.key()) && m_conversationsModel->rowOf(it.key()) < 0)
            continue;
        for (const QString &messageId : it.value()) {
            const auto text =
                app::TicketQueueQuery::customerMessageText(m_desk->store(), messageId);
            if (text && !text.value().isEmpty())
                Q_EMIT attentionNeeded(it.key(), text.value().left(140));
        }
    }
}

QSet<QString> ConversationPane::ticketsAssignedToMe() const
{
    auto ids = app::TicketQueueQuery::activeAssignedTo(m_desk->store(), m_me);
    return ids ? ids.value() : QSet<QString>();
}

void ConversationPane::onTyping(const QString &ticketId, const QString &operatorId, bool customer)
{
    if (ticketId != m_current || (!customer && operatorId == m_me))
        return;
    const QString colleague =
        customer ? QString() : app::OperatorDirectory::displayName(m_desk->store(), operatorId);
    m_typing->setText(customer              ? tr("The customer is typing…")
                      : colleague.isEmpty() ? tr("A colleague is typing…")
                                            : tr("%1 is typing…").arg(colleague));
    m_typing->show();
    m_typingTimer->start();
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

void ConversationPane::openMacroPicker()
{
    const QRect cursor = m_composer->cursorRect();
    m_picker->popUp(m_composer->viewport()->mapToGlobal(cursor.topLeft()));
}

} // namespace frontline::ui

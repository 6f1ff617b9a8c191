#include "ui/common/ShortcutTable.h"

#include <QKeyEvent>

namespace frontline::ui {
namespace {

QKeySequence key(QKeyCombination combination)
{
    return QKeySequence(combination);
}

QList<ShortcutEntry> windowShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    [[maybe_unused]] const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    [[maybe_unused]] const Qt::KeyboardModifiers ctrlShift =
        Qt::ControlModifier | Qt::ShiftModifier;
    return {
        {S::FocusQueue,
         A::Window,
         {key(ctrl | Qt::Key_1)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the ticket queue")},
        {S::FocusReply,
         A::Window,
         {key(ctrl | Qt::Key_2)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the reply box")},
        {S::FocusConversations,
         A::Window,
         {key(Qt::AltModifier | Qt::Key_2)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the list of open conversations")},
        {S::FocusCustomer,
         A::Window,
         {key(ctrl | Qt::Key_3)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the customer panel")},
        {S::FocusKnowledgeBase,
         A::Window,
         {key(ctrl | Qt::Key_4)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the knowledge base")},
        {S::NextPane,
         A::Window,
         {key(Qt::Key_F6)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Next pane")},
        {S::PreviousPane,
         A::Window,
         {key(Qt::ShiftModifier | Qt::Key_F6)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Previous pane")},
        {S::MoveBetweenControls,
         A::Window,
         {key(Qt::Key_Tab), key(Qt::ShiftModifier | Qt::Key_Tab)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Move between the controls of a pane"),
         false},
        {S::ShowShortcuts,
         A::Window,
         {key(Qt::Key_F1), key(ctrl | Qt::Key_Slash)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Keyboard shortcuts")},
        {S::Settings,
         A::Window,
         {key(ctrl | Qt::Key_Comma)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Settings")},
        {S::MyStatus,
         A::Window,
         {key(ctrlShift | Qt::Key_A)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "My status: available, break or away")},
        {S::SignOut,
         A::Window,
         {key(ctrlShift | Qt::Key_Q)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Sign out")},
        {S::SwitchUser,
         A::Window,
         {key(ctrlShift | Qt::Key_S)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Switch user")},
        {S::Quit, A::Window, QKeySequence::keyBindings(QKeySequence::Quit),
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Quit Frontline")},
    };
}

QList<ShortcutEntry> queueShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    [[maybe_unused]] const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    [[maybe_unused]] const Qt::KeyboardModifiers ctrlShift =
        Qt::ControlModifier | Qt::ShiftModifier;
    return {
        {S::QueueSearch, A::Queue, QKeySequence::keyBindings(QKeySequence::Find),
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Search the queue")},
        {S::QueueClearSearch,
         A::Queue,
         {key(Qt::Key_Escape)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Clear the search (in the search field)"),
         false},
        {S::QueueOpen,
         A::Queue,
         {key(Qt::Key_Return)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Open the selected ticket"),
         false},
        {S::QueueClaimSelected,
         A::Queue,
         {key(Qt::Key_Space)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Claim the selected unassigned ticket"),
         false},
        {S::QueueClaim,
         A::Queue,
         {key(ctrlShift | Qt::Key_C)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Claim the selected ticket")},
    };
}

QList<ShortcutEntry> conversationShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    [[maybe_unused]] const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    [[maybe_unused]] const Qt::KeyboardModifiers ctrlShift =
        Qt::ControlModifier | Qt::ShiftModifier;
    return {
        {S::SendReply,
         A::Conversation,
         {key(Qt::Key_Return)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Send the reply (in the reply box)"),
         false},
        {S::SendReplyFromThePane,
         A::Conversation,
         {key(ctrl | Qt::Key_Return), key(ctrl | Qt::Key_Enter)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Send the reply (anywhere in the conversation)")},
        {S::NewLine,
         A::Conversation,
         {key(Qt::ShiftModifier | Qt::Key_Return)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "New line in the reply"),
         false},
        {S::CannedResponses,
         A::Conversation,
         {key(Qt::Key_Slash)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Canned responses (typed at the start of a word in the reply)"),
         false},
        {S::PickCannedResponse,
         A::Conversation,
         {key(Qt::Key_Return)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Insert the chosen canned response (in the picker)"),
         false},
        {S::CloseCannedResponses,
         A::Conversation,
         {key(Qt::Key_Escape)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Close the canned responses (in the picker)"),
         false},
        {S::ToggleInternalNote,
         A::Conversation,
         {key(ctrl | Qt::Key_I)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Switch between reply and internal note")},
        {S::Escalate,
         A::Conversation,
         {key(ctrl | Qt::Key_E)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Escalate the ticket")},
        {S::Resolve,
         A::Conversation,
         {key(ctrl | Qt::Key_R)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Resolve the ticket (choose a resolution code)")},
        {S::SetPending,
         A::Conversation,
         {key(ctrlShift | Qt::Key_P)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Set the ticket pending")},
        {S::Reopen,
         A::Conversation,
         {key(ctrlShift | Qt::Key_O)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Reopen the ticket")},
        {S::NextConversation,
         A::Conversation,
         {key(ctrl | Qt::Key_Tab), key(ctrl | Qt::Key_PageDown)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Next conversation")},
        {S::PreviousConversation,
         A::Conversation,
         {key(ctrlShift | Qt::Key_Tab), key(ctrlShift | Qt::Key_Backtab),
          key(ctrl | Qt::Key_PageUp)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Previous conversation")},
        {S::CloseConversation,
         A::Conversation,
         {key(ctrl | Qt::Key_W)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Close the conversation's tab")},
    };
}

QList<ShortcutEntry> knowledgeBaseShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    [[maybe_unused]] const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    [[maybe_unused]] const Qt::KeyboardModifiers ctrlShift =
        Qt::ControlModifier | Qt::ShiftModifier;
    return {
        {S::KbToResults,
         A::KnowledgeBase,
         {key(Qt::Key_Down)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "From the search field to the results"),
         false},
        {S::KbOpenArticle,
         A::KnowledgeBase,
         {key(Qt::Key_Return)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Open the article"),
         false},
        {S::KbBackToSearch,
         A::KnowledgeBase,
         {key(Qt::Key_Escape)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Back to the search field"),
         false},
        {S::KbInsertExcerpt,
         A::KnowledgeBase,
         {key(ctrl | Qt::Key_Return), key(ctrl | Qt::Key_Enter)},
         QT_TRANSLATE_NOOP(
             "frontline::ui::ShortcutTable",
             "Insert the selected text, or the paragraph under the cursor, into the reply")},
        {S::KbInsertLink,
         A::KnowledgeBase,
         {key(ctrlShift | Qt::Key_L)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Insert the article's title and link into the reply")},
    };
}

QList<ShortcutEntry> customerShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    [[maybe_unused]] const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    [[maybe_unused]] const Qt::KeyboardModifiers ctrlShift =
        Qt::ControlModifier | Qt::ShiftModifier;
    return {
        {S::CustomerOpenTicket,
         A::Customer,
         {key(Qt::Key_Return)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Open the selected previous ticket"),
         false},
    };
}

// The help flag (issue 17): listed with the conversation's keys, after them.
QList<ShortcutEntry> helpFlagShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    return {
        {S::AskForHelp,
         A::Conversation,
         {key(ctrlShift | Qt::Key_H)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Ask a supervisor for help (raise a help flag)")},
    };
}

QList<ShortcutEntry> alertShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    return {
        {S::AlertOpenSubject,
         A::Alerts,
         {key(Qt::Key_Return)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Open what the alert is about (ticket, operator or queue)"),
         false},
        {S::AlertAcknowledge,
         A::Alerts,
         {key(Qt::Key_Space)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Acknowledge the selected alert"),
         false},
        {S::AlertRules,
         A::Alerts,
         {key(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_R)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Edit the alert rules")},
    };
}

// The supervisor's perspective has its own panes under the same Ctrl+digit habit.
QList<ShortcutEntry> supervisorShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    return {
        {S::FocusOperatorsBoard,
         A::Supervisor,
         {key(ctrl | Qt::Key_1)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the operators board")},
        {S::FocusQueuesBoard,
         A::Supervisor,
         {key(ctrl | Qt::Key_2)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the queues board")},
        {S::FocusSupervisorCustomer,
         A::Supervisor,
         {key(ctrl | Qt::Key_3)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the customer panel")},
        {S::FocusSupervisorKnowledgeBase,
         A::Supervisor,
         {key(ctrl | Qt::Key_4)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the knowledge base")},
        {S::FocusAllTickets,
         A::Supervisor,
         {key(ctrl | Qt::Key_5)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the tickets of every queue")},
        {S::FocusAlerts,
         A::Supervisor,
         {key(ctrl | Qt::Key_6)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the alerts")},
        {S::FocusCharts,
         A::Supervisor,
         {key(ctrl | Qt::Key_7)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Go to the charts")},
        {S::ExportReport,
         A::Supervisor,
         {key(ctrl | Qt::ShiftModifier | Qt::Key_E)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Export the board, the tickets, the series or the daily report")},
        {S::OpenAuditLog,
         A::Supervisor,
         {key(ctrl | Qt::ShiftModifier | Qt::Key_U)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Open the audit log of supervisors' actions")},
        {S::OpenCalibration,
         A::Supervisor,
         {key(ctrl | Qt::ShiftModifier | Qt::Key_K)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Open calibration: sessions, scoring, results and history")},
        {S::FindOperator,
         A::Supervisor,
         {key(ctrl | Qt::ShiftModifier | Qt::Key_F)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Find an operator on the board")},
        {S::BoardWindow,
         A::Supervisor,
         {key(Qt::AltModifier | Qt::Key_W)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Choose the board's window: today, last hour, last 7 days, from-to")},
        {S::BoardOpenRow,
         A::Supervisor,
         {key(Qt::Key_Return)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Open the selected operator's or queue's details"),
         false},
    };
}

// Live monitoring of an operator's chat (issue 18): from a drill-down or a conversation read from
// the board, then in the monitor view.
QList<ShortcutEntry> monitoringShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    const Qt::KeyboardModifiers ctrl = Qt::ControlModifier;
    return {
        {S::MonitorChat,
         A::Supervisor,
         {key(ctrl | Qt::ShiftModifier | Qt::Key_M)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Watch the selected or open chat live (monitor)")},
        {S::MonitorWhisper,
         A::Supervisor,
         {key(ctrl | Qt::ShiftModifier | Qt::Key_W)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Whisper to the operator of the chat you watch")},
        {S::MonitorBarge,
         A::Supervisor,
         {key(ctrl | Qt::ShiftModifier | Qt::Key_G)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Barge in: write to the customer of the chat you watch")},
        {S::MonitorTakeOver,
         A::Supervisor,
         {key(ctrl | Qt::ShiftModifier | Qt::Key_X)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Take over the chat you watch")},
    };
}

// Quality reviews: the supervisor's workspace window (Ctrl+Shift+R is the alert list's rules, so
// Ctrl+Shift+V, "review"), the operator's own reviews, and the workspace's list.
QList<ShortcutEntry> qualityShortcuts()
{
    using S = Shortcut;
    using A = ShortcutArea;
    const Qt::KeyboardModifiers ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    return {
        {S::OpenQualityReviews,
         A::Quality,
         {key(ctrlShift | Qt::Key_V)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Open the Quality workspace: QA reviews (supervisors)")},
        {S::OpenMyReviews,
         A::Quality,
         {key(ctrlShift | Qt::Key_Y)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Open my QA reviews: acknowledge or dispute (operators)")},
        {S::OpenMyTraining,
         A::Quality,
         {key(ctrlShift | Qt::Key_J)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Open my training: the courses a trainer assigned me (operators)")},
        {S::OpenOperatorFigures,
         A::Quality,
         {key(ctrlShift | Qt::Key_F)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Open operators' figures and assign a course (trainers)")},
        {S::OpenExamQuestions,
         A::Quality,
         {key(ctrlShift | Qt::Key_E)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "Open the exam's questions, one at a time (trainees in a sandbox)")},
        {S::QaNewReview,
         A::Quality,
         {key(Qt::ControlModifier | Qt::Key_N)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable",
                           "New review: choose a conversation by sample or filters")},
        {S::QaRefreshReviews,
         A::Quality,
         {key(Qt::Key_F5)},
         QT_TRANSLATE_NOOP("frontline::ui::ShortcutTable", "Read the review list again")},
    };
}

QList<ShortcutEntry> buildTable()
{
    return windowShortcuts() + queueShortcuts() + conversationShortcuts() + helpFlagShortcuts() +
           knowledgeBaseShortcuts() + customerShortcuts() + supervisorShortcuts() +
           monitoringShortcuts() + alertShortcuts() + qualityShortcuts() + trainingShortcuts();
}

// Keypad Enter as Return, Backtab as Tab: the twins a person does not tell apart.
QKeyCombination normalized(QKeyCombination combination)
{
    Qt::Key key = combination.key();
    if (key == Qt::Key_Enter)
        key = Qt::Key_Return;
    if (key == Qt::Key_Backtab)
        key = Qt::Key_Tab;
    Qt::KeyboardModifiers modifiers = combination.keyboardModifiers() & ~Qt::KeypadModifier;
    if (combination.key() == Qt::Key_Backtab)
        modifiers |= Qt::ShiftModifier;
    return QKeyCombination(modifiers, key);
}

} // namespace

const QList<ShortcutEntry> &ShortcutTable::entries()
{
    static const QList<ShortcutEntry> table = buildTable();
    return table;
}

const ShortcutEntry &ShortcutTable::entry(Shortcut id)
{
    const QList<ShortcutEntry> &table = entries();
    const auto found = std::find_if(table.cbegin(), table.cend(),
                                    [id](const ShortcutEntry &each) { return each.id == id; });
    Q_ASSERT(found != table.cend());
    return *found;
}

QList<QKeySequence> ShortcutTable::keys(Shortcut id)
{
    return entry(id).keys;
}

QString ShortcutTable::actionText(Shortcut id)
{
    return QCoreApplication::translate("frontline::ui::ShortcutTable", entry(id).action);
}

QString ShortcutTable::areaName(ShortcutArea area)
{
    switch (area) {
    case ShortcutArea::Window:
        return tr("Anywhere");
    case ShortcutArea::Queue:
        return tr("Ticket queue");
    case ShortcutArea::Conversation:
        return tr("Conversation");
    case ShortcutArea::KnowledgeBase:
        return tr("Knowledge base");
    case ShortcutArea::Customer:
        return tr("Customer");
    case ShortcutArea::Alerts:
        return tr("Alerts");
    case ShortcutArea::Supervisor:
        return tr("Supervisor's workspace");
    case ShortcutArea::Quality:
        return tr("Quality reviews");
    case ShortcutArea::Training:
        return tr("Sandboxes and scenario packs");
    }
    return {};
}

QString ShortcutTable::keysText(Shortcut id)
{
    QStringList texts;
    for (const QKeySequence &sequence : keys(id)) {
        QString text = QKeySequence(normalized(sequence[0])).toString(QKeySequence::NativeText);
        // Qt calls the main Enter key "Return"; keyboards and people call it Enter.
        if (normalized(sequence[0]).key() == Qt::Key_Return)
            text = QKeySequence(normalized(sequence[0]).keyboardModifiers() | Qt::Key_Enter)
                       .toString(QKeySequence::NativeText);
        if (!texts.contains(text))
            texts << text;
    }
    return texts.join(tr(" or "));
}

QList<QPair<QKeySequence, QString>> ShortcutTable::pairs(ShortcutArea area)
{
    QList<QPair<QKeySequence, QString>> result;
    for (const ShortcutEntry &each : entries()) {
        if (each.area != area)
            continue;
        for (const QKeySequence &sequence : each.keys)
            result.append({sequence, actionText(each.id)});
    }
    return result;
}

bool ShortcutTable::matches(Shortcut id, const QKeyEvent *event)
{
    const QKeyCombination pressed = normalized(event->keyCombination());
    const QList<QKeySequence> all = keys(id);
    return std::any_of(all.cbegin(), all.cend(), [&](const QKeySequence &sequence) {
        return normalized(sequence[0]) == pressed;
    });
}

} // namespace frontline::ui

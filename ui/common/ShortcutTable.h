#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QPair>
#include <QShortcut>
#include <QWidget>

class QKeyEvent;

namespace frontline::ui {

// What a key does, named once; the table below gives each its keys and its words.
enum class Shortcut
{
    // The window, from anywhere in it.
    FocusQueue,
    FocusReply,
    FocusConversations,
    FocusCustomer,
    FocusKnowledgeBase,
    NextPane,
    PreviousPane,
    MoveBetweenControls,
    ShowShortcuts,
    Settings,
    MyStatus,
    SignOut,
    SwitchUser,
    Quit,
    // The ticket queue.
    QueueSearch,
    QueueClearSearch,
    QueueOpen,
    QueueClaimSelected,
    QueueClaim,
    // The conversation.
    SendReply,
    SendReplyFromThePane,
    NewLine,
    CannedResponses,
    PickCannedResponse,
    CloseCannedResponses,
    ToggleInternalNote,
    Escalate,
    AskForHelp,
    Resolve,
    SetPending,
    Reopen,
    NextConversation,
    PreviousConversation,
    CloseConversation,
    // The knowledge base.
    KbToResults,
    KbOpenArticle,
    KbBackToSearch,
    KbInsertExcerpt,
    KbInsertLink,
    // The customer.
    CustomerOpenTicket,
    // A supervisor's alert list.
    AlertOpenSubject,
    AlertAcknowledge,
    AlertRules,
    // The supervisor's workspace.
    FocusOperatorsBoard,
    FocusQueuesBoard,
    FocusSupervisorCustomer,
    FocusSupervisorKnowledgeBase,
    FocusAllTickets,
    FocusAlerts,
    FocusCharts,
    ExportReport,
    OpenAuditLog,
    OpenCalibration, // supervisors and trainers
    FindOperator,
    BoardWindow,
    BoardOpenRow,
    // Live monitoring of an operator's chat (issue 18).
    MonitorChat,
    MonitorWhisper,
    MonitorBarge,
    MonitorTakeOver,
    // Quality reviews (issue 18, item 7).
    OpenQualityReviews,
    OpenMyReviews,
    OpenMyTraining,      // the operator's courses (issue 19)
    OpenOperatorFigures, // the trainer's view of an operator's figures (issue 19)
    OpenExamQuestions,   // the trainee's exam questions in a sandbox (issue 19)
    QaNewReview,
    QaRefreshReviews,
    // The trainer's Sandboxes and Scenario packs pages and the pack editor (issue 19).
    TrainingNew,
    TrainingRefresh,
    TrainingDelete,
    SandboxReset,
    SandboxAddTrainee,
    PackImport,
    PackExport,
    PackEdit,
    PackEditorSave,
    PackEditorPreview,
    PackEditorAddScenario,
    PackEditorDuplicateScenario,
    PackEditorMoveUp,
    PackEditorMoveDown,
    PreviewSkipWait,
};

// Where a shortcut acts, as the shortcuts dialog groups them.
enum class ShortcutArea
{
    Window,
    Queue,
    Conversation,
    KnowledgeBase,
    Customer,
    Alerts,
    Supervisor,
    Quality,
    Training,
};

struct ShortcutEntry
{
    Shortcut id;
    ShortcutArea area;
    QList<QKeySequence> keys;
    const char *action; // source text in the ShortcutTable translation context
    // True: a QShortcut or QAction carries the keys (installed from this table); false: a
    // widget's own key handling does (Enter in the composer, Escape in a search field).
    bool registered = true;
};

// Every keyboard shortcut of the app in one table: the shell and the panes register their
// QShortcuts and QActions from it and the shortcuts dialog lists it, so the list cannot drift
// from what the keys do.
class ShortcutTable
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ui::ShortcutTable)
public:
    static const QList<ShortcutEntry> &entries();
    static const ShortcutEntry &entry(Shortcut id);
    static QList<QKeySequence> keys(Shortcut id);
    // The action in the current UI language.
    static QString actionText(Shortcut id);
    static QString areaName(ShortcutArea area);
    // The keys as a person reads them ("Ctrl+Tab or Ctrl+PgDown"); keypad Enter and Backtab
    // twins of a listed key are left out.
    static QString keysText(Shortcut id);
    // (keys, action) pairs of one area, for a pane's own listing.
    static QList<QPair<QKeySequence, QString>> pairs(ShortcutArea area);
    // Whether a key press is one of `id`'s keys (Enter on the keypad counts as Return).
    static bool matches(Shortcut id, const QKeyEvent *event);

    // One QShortcut per key of `id` on `owner`, active in `context`, calling `slot`.
    template<typename Slot>
    static void install(Shortcut id, QWidget *owner, Qt::ShortcutContext context, Slot slot)
    {
        for (const QKeySequence &key : keys(id)) {
            auto *shortcut = new QShortcut(key, owner);
            shortcut->setContext(context);
            QObject::connect(shortcut, &QShortcut::activated, owner, slot);
        }
    }
};

// The trainer's pages' and the pack editor's entries (ui/common/TrainingShortcuts.cpp).
QList<ShortcutEntry> trainingShortcuts();

} // namespace frontline::ui

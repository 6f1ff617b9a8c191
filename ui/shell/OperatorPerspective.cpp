#include "ui/shell/OperatorPerspective.h"

#include "app/commands/WorkIntervalRecorder.h"
#include "app/models/MyPresence.h"
#include "app/models/OpenConversationsModel.h"
#include "app/models/TicketQueueQuery.h"
#include "app/session/SignedInUser.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncEngine.h"
#include "app/training/ExamSession.h"
#include "ui/chat/ConversationPane.h"
#include "ui/chat/ReplyComposer.h"
#include "ui/customer/CustomerPane.h"
#include "ui/escalation/EscalationInbox.h"
#include "ui/kb/KnowledgeBasePane.h"
#include "ui/queue/TicketQueuePane.h"

#include <QApplication>
#include <QDataStream>
#include <QEvent>
#include <QHBoxLayout>
#include <QIODevice>
#include <QLoggingCategory>
#include <QSplitter>

Q_LOGGING_CATEGORY(lcPerspective, "frontline.ui")

namespace frontline::ui {

OperatorPerspective::OperatorPerspective(const ClientParts &parts, QWidget *parent)
    : QWidget(parent)
    , m_store(parts.store)
    , m_me(parts.user.id)
    , m_queue(new TicketQueuePane(parts.store, parts.commands, parts.user.id))
    , m_conversation(new ConversationPane(parts))
    , m_customer(new CustomerPane(parts.store))
    , m_knowledgeBase(new KnowledgeBasePane(parts.store, parts.commands))
    , m_columns(new QSplitter(Qt::Horizontal))
    , m_side(new QSplitter(Qt::Vertical))
    , m_workIntervals(new app::WorkIntervalRecorder(parts.commands, {}, this))
{
    setObjectName(QStringLiteral("operatorPerspective"));
    retranslateUi();

    m_side->setObjectName(QStringLiteral("sideSplitter"));
    m_side->addWidget(m_customer);
    m_side->addWidget(m_knowledgeBase);
    m_side->setStretchFactor(0, 1);
    m_side->setStretchFactor(1, 1);

    m_columns->setObjectName(QStringLiteral("columnSplitter"));
    m_columns->addWidget(m_queue);
    m_columns->addWidget(m_conversation);
    m_columns->addWidget(m_side);
    m_columns->setStretchFactor(0, 4);
    m_columns->setStretchFactor(1, 4);
    m_columns->setStretchFactor(2, 3);
    m_columns->setChildrenCollapsible(false);
    // Until the operator moves them (restoreLayout), the queue and the conversation share most.
    m_columns->setSizes({860, 500, 420});

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_columns);

    connect(m_queue, &TicketQueuePane::ticketActivated, m_conversation,
            &ConversationPane::openTicket);
    connect(m_customer, &CustomerPane::ticketActivated, m_conversation,
            &ConversationPane::openTicket);
    connect(m_conversation, &ConversationPane::currentTicketChanged, m_customer,
            &CustomerPane::showTicket);
    connect(m_conversation, &ConversationPane::currentTicketChanged, m_knowledgeBase,
            &KnowledgeBasePane::setCurrentTicket);
    connect(m_knowledgeBase, &KnowledgeBasePane::insertRequested, m_conversation,
            [this](const QString &text) { m_conversation->insertIntoReply(text); });
    m_exam = parts.exam;
    if (m_exam)
        m_knowledgeBase->setExamActivity(&m_exam->activity());
    // Opening a ticket reads its customer messages: the queue's unread marker goes.
    connect(m_conversation, &ConversationPane::currentTicketChanged, this,
            [this](const QString &ticketId) {
                if (ticketId.isEmpty())
                    return;
                m_queue->selectTicket(ticketId);
                if (auto read = app::TicketQueueQuery::markRead(m_store, ticketId); !read)
                    qCWarning(lcPerspective) << "mark read:" << read.error().message;
            });
    // Handle time: the ticket shown here is in front of her while the window is active and she
    // is online.
    connect(m_conversation, &ConversationPane::currentTicketChanged, m_workIntervals,
            &app::WorkIntervalRecorder::setShownTicket);
    connect(&m_store, &app::LocalStore::changed, this, [this](const app::StoreChangeSet &changes) {
        if (changes.presence.contains(m_me))
            followPresence();
    });
    followPresence();
    m_workIntervals->setWindowActive(isActiveWindow());
    connect(&parts.engine, &app::SyncEngine::commandRefused, this,
            &OperatorPerspective::showRefusal);
    connect(&parts.engine, &app::SyncEngine::commandDelivered, this,
            &OperatorPerspective::noteDelivered);
    openMyChats(); // after the wiring: the customer and KB panes follow the one shown
}

void OperatorPerspective::followPresence()
{
    const auto presence = app::MyPresence::read(m_store, m_me);
    if (!presence) {
        qCWarning(lcPerspective) << "my presence:" << presence.error().message;
        return;
    }
    m_workIntervals->setOnline(presence->status == u"online");
}

void OperatorPerspective::openMyChats()
{
    const auto chats = app::TicketQueueQuery::activeChatsAssignedTo(m_store, m_me);
    if (!chats) {
        qCWarning(lcPerspective) << "my chats:" << chats.error().message;
        return;
    }
    const QString oldest = m_conversation->conversationsModel()->openAll(chats.value());
    if (m_conversation->currentTicket().isEmpty())
        m_conversation->openTicket(oldest);
}

void OperatorPerspective::showRefusal(app::outbox::Kind command, const QString &targetId,
                                      const QString &why)
{
    using Kind = app::outbox::Kind;
    if (m_exam && m_exam->isExamTicket(targetId) && command == Kind::SendMessage) {
        m_exam->refresh(); // the band learns of the close at once
        return m_conversation->refusalBanner()->examOver(targetId, why);
    }
    switch (command) {
    case Kind::Claim:
        if (m_queue->claimRefused(targetId, why))
            return;
        [[fallthrough]];
    case Kind::SendMessage:
    case Kind::UpdateTicket:
    case Kind::Escalate:
    case Kind::RaiseHelpFlag:
    case Kind::Reassign:
        if (m_conversation->conversationsModel()->rowOf(targetId) >= 0)
            return m_conversation->refusalBanner()->refused(command, targetId, why);
        break;
    case Kind::UpdateEscalation:
        return m_conversation->escalationInbox()->actionRefused(targetId, why);
    case Kind::SetPresence:
        Q_EMIT refusalNotShown(tr("Your presence was not changed: %1").arg(why));
        return;
    case Kind::LowerHelpFlag:
        Q_EMIT refusalNotShown(tr("Your help flag was not lowered: %1").arg(why));
        return;
    case Kind::MoveCourse:
        Q_EMIT refusalNotShown(tr("Your course was not changed: %1").arg(why));
        return;
    case Kind::AnswerExamQuestion:
        Q_EMIT refusalNotShown(tr("Your answer was not taken: %1").arg(why));
        return;
    case Kind::ReportExamEvents:
        // What she searched and read, for the scoring: nothing she could do about it.
        return;
    case Kind::KbUsage:
    case Kind::ChangeOperator:
        break;
    case Kind::WorkInterval:
        // Her handle time, not her work: nothing she could do about it (the log has it).
        return;
    }
    const auto cached = m_store.ticket(targetId);
    const bool known = cached && cached.value();
    Q_EMIT refusalNotShown(known ? tr("Ticket #%1: the back office refused a change: %2")
                                       .arg(cached.value()->ticket.number)
                                       .arg(why)
                                 : tr("The back office refused a change: %1").arg(why));
}

void OperatorPerspective::noteDelivered(app::outbox::Kind command, const QString &targetId)
{
    using Kind = app::outbox::Kind;
    if (command == Kind::Claim)
        m_queue->claimAccepted(targetId);
    if (command == Kind::UpdateEscalation)
        m_conversation->escalationInbox()->actionDelivered(targetId);
    else if (command != Kind::SetPresence && command != Kind::KbUsage &&
             command != Kind::LowerHelpFlag && command != Kind::WorkInterval &&
             command != Kind::MoveCourse && command != Kind::ReportExamEvents &&
             command != Kind::AnswerExamQuestion)
        m_conversation->refusalBanner()->forget(targetId);
}

void OperatorPerspective::retranslateUi()
{
    setAccessibleName(tr("Operator workspace"));
}

void OperatorPerspective::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::ActivationChange)
        m_workIntervals->setWindowActive(isActiveWindow());
    QWidget::changeEvent(event);
}

QList<Pane *> OperatorPerspective::panes() const
{
    return {m_queue, m_conversation, m_customer, m_knowledgeBase};
}

void OperatorPerspective::focusPane(int index)
{
    const QList<Pane *> all = panes();
    if (index < 0 || index >= all.size())
        return;
    Pane *pane = all.at(index);
    // A pane without a focus proxy takes the focus itself, so its accessible name is announced.
    if (!pane->focusProxy() && pane->focusPolicy() == Qt::NoFocus)
        pane->setFocusPolicy(Qt::StrongFocus);
    pane->setFocus(Qt::ShortcutFocusReason);
}

void OperatorPerspective::focusReply()
{
    QWidget *composer = m_conversation->composer();
    if (composer->isEnabled() && composer->isVisible())
        composer->setFocus(Qt::ShortcutFocusReason);
    else
        focusConversationList();
}

void OperatorPerspective::focusConversationList()
{
    m_conversation->conversationList()->setFocus(Qt::ShortcutFocusReason);
}

void OperatorPerspective::focusNextPane(int step)
{
    const QList<Pane *> all = panes();
    int current = -1;
    for (int i = 0; i < all.size(); ++i) {
        const QWidget *focus = QApplication::focusWidget();
        if (focus && (focus == all.at(i) || all.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const int count = int(all.size());
    const int next = current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
    focusPane(next);
}

QByteArray OperatorPerspective::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_columns->saveState() << m_side->saveState() << m_queue->saveColumns();
    return state;
}

void OperatorPerspective::restoreLayout(const QByteArray &state)
{
    QDataStream stream(state);
    QByteArray columns, side;
    stream >> columns >> side;
    if (stream.status() != QDataStream::Ok)
        return;
    m_columns->restoreState(columns);
    m_side->restoreState(side);
    // Layouts saved before the queue's columns were kept end here.
    QByteArray queueColumns;
    stream >> queueColumns;
    if (stream.status() == QDataStream::Ok)
        m_queue->restoreColumns(queueColumns);
}

} // namespace frontline::ui

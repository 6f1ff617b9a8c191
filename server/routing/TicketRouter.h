#pragma once

#include "server/clock/Clock.h"
#include "server/domain/Assignment.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <optional>

class QTimer;

namespace frontline::server {

class ChangeLog;
class MessageService;
class Store;
class TicketService;
class Workspaces;
struct Caller;

// Routing and assignment. A chat goes at once to the online operator of its queue with free
// capacity (`max_chats`) and the fewest active chats, the longest idle first on a tie; other
// channels wait in their queue for `claim`. Waiting chats are handed out as soon as an operator
// frees up, and the chats of an operator gone on break or offline return to the queue after a
// grace time. Every function that takes a Store runs inside the caller's transaction, so an
// assignment commits (or not) together with the intake, claim or presence change that caused it.
class TicketRouter : public QObject, public Assignment
{
    Q_OBJECT
public:
    struct Options
    {
        qint64 chatGraceMs = 120000; // away this long, an operator's chats go back to the queue
    };

    TicketRouter(Workspaces &workspaces, TicketService &tickets, ChangeLog &changes, Clock clock,
                 Options options, QObject *parent = nullptr);
    ~TicketRouter() override;

    // A supervisor's change to an operator: any of her chat limit and her queues.
    struct OperatorChange
    {
        std::optional<int> maxChats;
        std::optional<QStringList> queues; // queue ids, each known
    };

    // Where the conversations of a queue's backlog come from when an operator joins the queue.
    void setMessages(MessageService *messages) { m_messages = messages; }

    // Starts the sweep that returns away operators' chats and hands out waiting ones.
    void start();
    // The away sweep of every open workspace, now (the timer's; the test clock's advance too).
    void sweepWorkspaces();

    // Gives the chat `ticketId` to the best free operator (not `excludeOperator`); 0 when none is
    // free and the chat waits.
    Result<qint64> routeChat(Store &store, qint64 ticketId, qint64 excludeOperator = 0) override;
    // Hands out waiting chats of the queues `operatorId` works (every queue for 0).
    Result<int> drain(Store &store, qint64 operatorId = 0);
    // After a presence change (inside its transaction): an operator coming online gets chats.
    Result<void> presenceChanged(Store &store, qint64 operatorId,
                                 protocol::PresenceStatus status) override;
    // After a ticket update (inside its transaction): keeps the assignment history, returns an
    // unassigned chat to routing and gives a freed operator the next chat. True when it changed
    // the ticket again (the caller should re-read it).
    Result<bool> ticketChanged(Store &store, const protocol::Ticket &before,
                               const protocol::Ticket &after) override;
    // An operator takes an unassigned ticket; conflict when someone has it already.
    Result<protocol::Ticket> claim(const Caller &caller, const QString &ticketId);
    // A supervisor changes an operator's chat capacity or queues; a raised limit or a new queue
    // hands her waiting chats at once, and a new queue's open tickets (with their conversations)
    // reach her in the change feed. {"id", "max_chats", "active_chats", "queues"}.
    Result<QJsonObject> changeOperator(const Caller &caller, const QString &operatorId,
                                       const OperatorChange &change);
    // Returns the chats of operators away longer than the grace time, then drains the queues.
    Result<int> sweep(Store &store);

    static QString activeStatuses() { return QStringLiteral("('new', 'open', 'pending')"); }

private:
    struct Candidate
    {
        qint64 operatorId = 0;
        int activeChats = 0;
        int maxChats = 0;
    };

    Result<QList<Candidate>> candidates(Store &store, const QString &queueId,
                                        qint64 excludeOperator);
    Result<protocol::Ticket> assign(Store &store, qint64 ticketId, qint64 operatorId,
                                    const QString &reason, qint64 now);
    Result<void> unassign(Store &store, qint64 ticketId, qint64 operatorId, const QString &reason,
                          qint64 now);
    Result<void> openAssignment(Store &store, qint64 ticketId, qint64 operatorId,
                                protocol::Channel channel, const QString &reason, qint64 now);
    Result<void> endAssignment(Store &store, qint64 ticketId, const QString &reason, qint64 now);
    Result<void> lock(Store &store);
    // Her queues become `queues`; answers the ones she did not work before.
    Result<QStringList> replaceQueues(Store &store, qint64 operatorId, const QStringList &queues);
    // The open tickets of `queues` and their conversations, in the feed for `operatorId` only.
    Result<void> shareBacklog(Store &store, qint64 operatorId, const QStringList &queues,
                              qint64 now);
    void sweepWorkspace(Store &store);

    Workspaces &m_workspaces;
    TicketService &m_tickets;
    ChangeLog &m_changes;
    Clock m_clock;
    Options m_options;
    MessageService *m_messages = nullptr;
    QTimer *m_sweep = nullptr;
};

} // namespace frontline::server

#pragma once

#include "protocol/CustomerScript.h"
#include "protocol/ExamEvent.h"
#include "server/clock/Clock.h"
#include "server/training/ExamRecords.h"

#include <QHash>
#include <QObject>

#include <map>
#include <memory>

class QTimer;

namespace frontline::server {

class BackgroundLane;
class ChangeLog;
class CsatService;
class ExamService;
class IntakeService;
class MessageService;
class Store;
class Workspaces;
struct ChangeAudience;

// The simulated customers of running exams and practice (issue 19, items 5-7): per conversation
// the scenario's CustomerScript, its ticket made through the intake as a channel's message is
// (assigned to the trainee, in the sandbox's `exam` queue that nobody else works), the trainee's
// acts fed to the script as the change feed reports them (replies, escalations, resolutions) and
// as the desktop reports article use, the customer's answers written as customer messages at the
// times the script gives (on the injected clock), her rating recorded as CSAT, the next scenario
// 5 s after one ends, and in practice the hint after `hint_after_seconds`.
class ExamRunner : public QObject
{
    Q_OBJECT
public:
    struct Services
    {
        Workspaces &workspaces;
        ExamService &exams;
        IntakeService &intake;
        MessageService &messages;
        CsatService &csat;
        ChangeLog &changes;
        BackgroundLane &lane; // where every customer's work runs, behind production's requests
    };
    ExamRunner(Services services, Clock clock, QObject *parent = nullptr);
    ~ExamRunner() override;

    static constexpr qint64 NextScenarioMs = 5000;
    // How long before her message a customer is seen typing (at most: from when it is due).
    static constexpr qint64 TypingLeadMs = 3000;
    // Tells the trainee (and whoever watches the chat) that the ticket's customer types.
    using CustomerTyping = std::function<void(Store &, qint64 ticketId)>;
    void setCustomerTyping(CustomerTyping typing) { m_customerTyping = std::move(typing); }
    static inline const QString ExamQueue = QStringLiteral("exam");

    // The lines and teams the pack's scenarios escalate to, each given a stand-in account in the
    // sandbox when nobody there works it (nobody signs in to it), so the trainee escalates as at
    // work; her escalation is judged, nobody answers it.
    static Result<void> prepareSandbox(Store &store, const protocol::ScenarioPack &pack,
                                       qint64 nowMs);

    // The exam has begun: its first customers write now.
    Result<void> begin(Store &store, const QString &examId);
    // After a restart: its conversations' scripts again, replayed to where they were.
    Result<void> resume(Store &store, const QString &examId);
    // The exam closed: its customers stop.
    void stop(const QString &workspace, const QString &examId);
    // Whether this instance plays the exam's customers. On PostgreSQL one instance of those that
    // share the database does: the one whose connection to the sandbox holds the exam's advisory
    // lock, taken by begin() and resume() and let go on stop() or with the connection.
    bool plays(const QString &examId) const { return m_live.count(examId) > 0; }
    // The desktop reported an article opened or inserted on one of the exam's tickets.
    void articleEvent(Store &store, const ExamRow &exam, const protocol::ExamEvent &event);
    // Does what is due now: customers' answers, silences, hints, the next scenarios; one exam
    // at a time in the background lane.
    void tick();

private:
    struct Conversation
    {
        ExamConversationRow row;
        ExamConversationRow announced; // the row as the exam's views last showed it
        std::unique_ptr<protocol::CustomerScript> script;
        std::shared_ptr<qint64> replayAt; // while replaying after a restart: the script's "now"
        QList<protocol::CustomerAction> pending;
        qint64 questionAt = 0;
        bool articleFound = false;
        bool ended = false;
        qint64 typedFor = 0; // the `at` of the message she was last seen typing for
        qint64 scriptAt = 0; // the latest time the script was moved to (an act or a poll)
        bool noHint = false; // practice: her scenario has no hint to give
    };
    struct Live
    {
        QString workspace;
        ExamRow exam;
        std::map<int, Conversation> conversations; // by position
        qint64 nextStartAt = 0;                    // 0: none waiting to start
        bool stopped = false; // closed: forgotten once nothing uses it any more
    };

    // A conversation's scenario and its customer in the exam's pack.
    using Cast = std::pair<const protocol::PackScenario *, const protocol::PackCustomer *>;

    Result<Live *> load(Store &store, const QString &examId);
    // Takes the exam's lock (true), or finds another instance holding it (false). Always true
    // on SQLite, where one instance owns the file.
    static Result<bool> claim(Store &store, const QString &examId);
    static void release(Store &store, const QString &examId);
    Result<Cast> castOf(const Live &live, const Conversation &conversation);
    static QJsonObject customerMessage(const Live &live, const Conversation &conversation,
                                       const Cast &cast, const QString &text);
    Result<void> startConversation(Store &store, Live &live, Conversation &conversation);
    Result<void> startDue(Store &store, Live &live);
    Result<void> deliver(Store &store, Live &live, Conversation &conversation);
    Result<void> say(Store &store, Live &live, Conversation &conversation, const QString &text);
    Result<void> hint(Store &store, Live &live, Conversation &conversation);
    Result<void> endConversation(Store &store, Live &live, Conversation &conversation);
    Result<void> save(Store &store, Live &live, Conversation &conversation);
    // Her act to her customer's script; the customer's delays count from `actedAt` (epoch ms,
    // when the act was saved; 0: now), not from when the runner got to it.
    void feed(Store &store, Live &live, Conversation &conversation,
              const protocol::TraineeAction &action, qint64 actedAt = 0);
    void onCommitted(const QString &workspace, qint64 seq, const QString &entity);
    Result<void> traineeActed(Store &store, qint64 seq, const QString &entity);
    Result<void> replay(Store &store, Live &live, Conversation &conversation);
    // When `conversation` has something to do next (0: nothing): its customer's next action,
    // her script's next deadline, practice's hint.
    static qint64 nextAt(const Conversation &conversation, qint64 hintAfter);
    // Her next message waiting to be said, and when she is seen typing it (0: not to be seen).
    static const protocol::CustomerAction *nextSay(const Conversation &conversation);
    static qint64 typingFrom(const Conversation &conversation);
    qint64 hintAfterOf(const Live &live);
    void reschedule();
    // A conversation whose customer may have something due, or an exam's next scenarios.
    struct Due
    {
        QString examId;
        int position = 0; // StartDue: the exam's scenarios waiting to start
    };
    static constexpr int StartDue = -1;
    // Runs `due`, one piece of the lane each.
    void sweep(QList<Due> due);
    Result<void> runDue(const Due &due);
    std::pair<Live *, Conversation *> byTicket(const QString &workspace, qint64 ticketId);

    Services m_services;
    Clock m_clock;
    std::map<QString, std::unique_ptr<Live>> m_live; // by exam id
    CustomerTyping m_customerTyping;
    QTimer *m_timer = nullptr;
    bool m_sweeping = false;   // a sweep's pieces are in the lane; its last one reschedules
    bool m_sweepAgain = false; // tick() came during a sweep: its end sweeps again
    bool m_speaking = false;   // a customer's message is being written (say)
};

} // namespace frontline::server

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
    };
    ExamRunner(Services services, Clock clock, QObject *parent = nullptr);
    ~ExamRunner() override;

    static constexpr qint64 NextScenarioMs = 5000;
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
    // The desktop reported an article opened or inserted on one of the exam's tickets.
    void articleEvent(Store &store, const ExamRow &exam, const protocol::ExamEvent &event);
    // Does what is due now: customers' answers, silences, hints, the next scenarios.
    void tick();

private:
    struct Conversation
    {
        ExamConversationRow row;
        std::unique_ptr<protocol::CustomerScript> script;
        std::shared_ptr<qint64> replayAt; // while replaying after a restart: the script's "now"
        QList<protocol::CustomerAction> pending;
        qint64 questionAt = 0;
        bool articleFound = false;
        bool ended = false;
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
    void feed(Store &store, Live &live, Conversation &conversation,
              const protocol::TraineeAction &action);
    void onCommitted(const QString &workspace, qint64 seq, const QString &entity);
    Result<void> traineeActed(Store &store, qint64 seq, const QString &entity);
    Result<void> replay(Store &store, Live &live, Conversation &conversation);
    void reschedule();
    std::pair<Live *, Conversation *> byTicket(const QString &workspace, qint64 ticketId);

    Services m_services;
    Clock m_clock;
    std::map<QString, std::unique_ptr<Live>> m_live; // by exam id
    QTimer *m_timer = nullptr;
};

} // namespace frontline::server

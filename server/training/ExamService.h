#pragma once

#include "protocol/Exam.h"
#include "protocol/ScenarioPack.h"
#include "server/clock/Clock.h"
#include "server/training/ExamRecords.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <map>
#include <memory>

class QTimer;

namespace frontline::server {

class ChangeLog;
class ExamRunner;
class Store;
class Workspaces;
struct Caller;

struct ExamFilter
{
    QString sandbox;
    QString operatorId; // production's id
    QString state;
    QString mode;
};

// Exams and practice of a sandbox's cohort (issue 19, items 7-10; docs/training.md, "Exams and
// practice"). The trainer starts them from production; each lives in the sandbox's store, where
// the trainee begins it, reports her searches and answers the questions; production keeps the
// record (`training_results`). The clock is the back office's: a close is scheduled with a timer
// and checked again on every request, so a moved test clock closes an exam too; reported events
// dated before the close are taken for GraceMs after it, then the result is computed.
class ExamService : public QObject
{
    Q_OBJECT
public:
    ExamService(Workspaces &workspaces, ChangeLog &changes, Clock clock, QObject *parent = nullptr);
    ~ExamService() override;

    void setRunner(ExamRunner *runner) { m_runner = runner; }

    static constexpr qint64 GraceMs = 60 * 1000;
    static constexpr int MaxList = 500;
    static constexpr int MaxTrainees = 200;

    // Production: the trainer (of the sandbox) or an admin.
    Result<QList<protocol::Exam>> start(const Caller &caller, const QJsonObject &body);
    Result<QList<protocol::Exam>> list(const Caller &caller, const ExamFilter &filter, int limit);
    // From production: the live exam while its sandbox is there, else the record. From a
    // sandbox: the trainee her own, its trainer and admins every one of it.
    Result<protocol::Exam> get(const Caller &caller, const QString &id);
    // The trainer from production; the trainee from her sandbox, practice only.
    Result<protocol::Exam> end(const Caller &caller, const QString &id);

    // The trainee, in her sandbox.
    Result<QList<protocol::Exam>> mine(const Caller &caller);
    Result<protocol::Exam> begin(const Caller &caller, const QString &id);
    // {"events": [ExamEvent...]}: how many were taken.
    Result<int> report(const Caller &caller, const QString &id, const QJsonObject &body);
    Result<protocol::Exam> answer(const Caller &caller, const QString &id, const QJsonObject &body);

    // On start-up: the timers of the exams running in every open store, and their customers.
    // On PostgreSQL it then looks every AdoptMs for running exams that no instance plays (the
    // one that did stopped) and plays them here.
    Result<int> resumeAll();
    void adoptOrphans();
    static constexpr int AdoptMs = 10 * 1000;
    // Closes what is due and scores what passed its grace, in every open store: after the test
    // clock moves and when a timer fires.
    void settleAll();
    Result<void> settle(Store &store);

    // What a message, escalation or resolution on `ticketId` meets: exam_closed (409) when the
    // ticket is an exam's and the exam has closed; fine for any other ticket.
    static Result<void> admitTicket(Store &store, qint64 ticketId, qint64 nowMs);

    // conflict (409) while an exam not closed yet, in a sandbox that still has it, was started on
    // the pack: it reads the pack until it is scored.
    Result<void> checkPackUnused(const QString &packId);

    // The pack an exam was started on, read once from production.
    Result<const protocol::ScenarioPack *> packOf(const QString &packId, qint64 version);
    // Tells the trainee and the trainer of a change of `exam` (feed kind `exam`) and updates its
    // record in production. Inside the caller's transaction on `sandbox`.
    Result<void> announce(Store &sandbox, const ExamRow &exam);
    // Closes `exam` now (the end of practice's last conversation, or an end asked for).
    Result<void> closeNow(Store &sandbox, ExamRow exam);

private:
    Result<protocol::Exam> view(Store &sandbox, const ExamRow &exam);
    Result<QString> sandboxTitle(const QString &sandbox);
    Result<ExamRow> traineeExam(const Caller &caller, const QString &id);
    // The sandbox and the exam a production caller may manage; not_found otherwise.
    Result<std::pair<Store *, ExamRow>> managedExam(const Caller &caller, const QString &id);
    Result<protocol::Exam> recordOf(const QString &id);
    Result<void> writeRecord(const protocol::Exam &exam, const ExamRow &row);
    Result<ExamRow> startOne(Store &sandbox, const Caller &caller, const QJsonObject &asked,
                             const protocol::ScenarioPack &pack, qint64 productionId);
    Result<void> finish(Store &sandbox, ExamRow exam);
    // Writes `exam`'s state, times and result (its version moves on) and announces it.
    Result<void> saveAndAnnounce(Store &sandbox, ExamRow &exam);
    // The trainee's exam in a transaction of its own, once what was due has been settled.
    class TraineeWork;
    void schedule(const QString &workspace, const ExamRow &exam);

    Workspaces &m_workspaces;
    ChangeLog &m_changes;
    Clock m_clock;
    ExamRunner *m_runner = nullptr;
    std::map<std::pair<QString, qint64>, std::unique_ptr<protocol::ScenarioPack>> m_packs;
    QHash<QString, QTimer *> m_timers; // by exam id: the close or the end of the grace
    QTimer *m_adopter = nullptr;
};

// The exam's JSON for `caller`: trainers and admins everything, the trainee her view.
protocol::Exam::View examViewFor(const Caller &caller);

} // namespace frontline::server

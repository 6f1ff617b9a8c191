// ExamService's clock: the close at `closes_at` (or when ended), the grace for late reported
// events, the result, and the timers that bring each about; restart-safe, since every step is
// read back from the store.
#include "protocol/ApiError.h"
#include "server/identity/Caller.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"
#include "server/training/ExamResults.h"
#include "server/training/ExamRunner.h"
#include "server/training/ExamService.h"
#include "server/training/ExamTimer.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcExam, "backoffice.training.exam")

namespace frontline::server {

Result<void> ExamService::settle(Store &store)
{
    const qint64 now = m_clock();
    auto due = examdb::exams(
        store,
        QStringLiteral("WHERE (state = 'running' AND closes_at IS NOT NULL AND closes_at <= ?) "
                       "OR (state = 'closed' AND result IS NULL AND closed_at <= ?)"),
        {now, now - GraceMs});
    if (!due)
        return due.error();
    for (ExamRow exam : due.value()) {
        if (exam.state == u"running") {
            exam.closedAt = exam.closesAt;
            if (auto closed = closeNow(store, exam); !closed) {
                if (closed.error().code == protocol::errors::Conflict)
                    continue; // closed by another back office on this database meanwhile
                return closed;
            }
            if (exam.closedAt > now - GraceMs)
                continue;
            auto again = examdb::exam(store, exam.id);
            if (!again)
                return again.error();
            exam = again.value();
        }
        // Scored by another back office meanwhile: as good as done here.
        if (auto finished = finish(store, exam);
            !finished && finished.error().code != protocol::errors::Conflict)
            return finished;
    }
    return {};
}

void ExamService::settleAll()
{
    for (Store *store : m_workspaces.all()) {
        if (auto settled = settle(*store); !settled)
            qCWarning(lcExam).noquote()
                << "settling the exams of" << store->workspace() << ":" << settled.error().message;
    }
}

Result<void> ExamService::saveAndAnnounce(Store &store, ExamRow &exam)
{
    if (auto saved = examdb::saveExam(store, exam); !saved)
        return saved;
    ++exam.version;
    return announce(store, exam);
}

Result<void> ExamService::closeNow(Store &store, ExamRow exam)
{
    const qint64 now = m_clock();
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    exam.state = QStringLiteral("closed");
    if (exam.closedAt == 0 || exam.closedAt > now)
        exam.closedAt = now;
    if (!exam.practice() && (exam.closesAt == 0 || exam.closesAt > exam.closedAt))
        exam.closesAt = exam.closedAt; // ended early: nothing is admitted from here on
    if (auto saved = saveAndAnnounce(store, exam); !saved)
        return saved;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (m_runner)
        m_runner->stop(store.workspace(), exam.id);
    schedule(store.workspace(), exam);
    return {};
}

Result<void> ExamService::finish(Store &store, ExamRow exam)
{
    auto pack = packOf(exam.packId, exam.packVersion);
    if (!pack)
        return pack.error();
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    auto result = examResultOf(store, exam, *pack.value());
    if (!result)
        return result.error();
    exam.result = result.value();
    if (auto saved = saveAndAnnounce(store, exam); !saved)
        return saved;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    delete m_timers.take(exam.id);
    return {};
}

Result<protocol::Exam> ExamService::end(const Caller &caller, const QString &id)
{
    Store *store = caller.store;
    ExamRow exam;
    if (caller.workspace == Workspaces::Production) {
        auto managed = managedExam(caller, id);
        if (!managed)
            return managed.error();
        if (!managed->first)
            return Error{QString(protocol::errors::Conflict),
                         QStringLiteral("Exam %1 has closed").arg(id)};
        store = managed->first;
        exam = managed->second;
    } else {
        if (auto settled = settle(*store); !settled)
            return settled.error();
        auto own = traineeExam(caller, id);
        if (!own)
            return own.error();
        if (!own->practice())
            return Error{QString(protocol::errors::Forbidden),
                         QStringLiteral("Only the trainer ends an exam; practice ends here")};
        exam = own.value();
    }
    if (exam.state == u"closed")
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("Exam %1 has closed already").arg(id)};
    exam.closedAt = m_clock();
    if (auto closed = closeNow(*store, exam); !closed)
        return closed.error();
    auto after = examdb::exam(*store, id);
    if (!after)
        return after.error();
    return view(*store, after.value());
}

void ExamService::schedule(const QString &workspace, const ExamRow &exam)
{
    qint64 at = 0;
    if (exam.state == u"running" && exam.closesAt)
        at = exam.closesAt;
    else if (exam.state == u"closed" && exam.result.isEmpty())
        at = exam.closedAt + GraceMs;
    delete m_timers.take(exam.id);
    if (at == 0)
        return;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, workspace] {
        if (Store *store = m_workspaces.find(workspace)) {
            if (auto settled = settle(*store); !settled)
                qCWarning(lcExam).noquote() << "closing an exam:" << settled.error().message;
        }
    });
    timer->start(std::chrono::milliseconds(std::max<qint64>(0, at - m_clock()) + 1));
    m_timers.insert(exam.id, timer);
}

Result<int> ExamService::resumeAll()
{
    int resumed = 0;
    for (Store *store : m_workspaces.all()) {
        if (auto settled = settle(*store); !settled)
            return settled.error();
        auto open = examdb::exams(*store,
                                  QStringLiteral("WHERE state = 'running' OR (state = "
                                                 "'closed' AND result IS NULL)"),
                                  {});
        if (!open)
            return open.error();
        for (const ExamRow &exam : open.value()) {
            if (exam.state == u"running" && !exam.practice()) {
                // Its clock from the stored start: a restart neither pauses nor extends it.
                const ExamTimer timer =
                    ExamTimer::resumed(m_clock, exam.durationMinutes, exam.startedAt);
                qCInfo(lcExam).noquote() << "resuming exam" << exam.id << "in" << store->workspace()
                                         << "with" << timer.msLeft() / 1000 << "s left";
            }
            schedule(store->workspace(), exam);
            if (exam.state == u"running" && m_runner) {
                if (auto running = m_runner->resume(*store, exam.id); !running)
                    return running.error();
            }
            ++resumed;
        }
    }
    if (m_workspaces.production().isPostgresql() && !m_adopter) {
        m_adopter = new QTimer(this);
        connect(m_adopter, &QTimer::timeout, this, &ExamService::adoptOrphans);
        m_adopter->start(AdoptMs);
    }
    return resumed;
}

void ExamService::adoptOrphans()
{
    for (Store *store : m_workspaces.all()) {
        if (!m_runner || !store->isPostgresql() || store->workspace() == Workspaces::Production)
            continue;
        auto running = examdb::exams(*store, QStringLiteral("WHERE state = 'running'"), {});
        if (!running) {
            qCWarning(lcExam).noquote()
                << "exams of" << store->workspace() << ":" << running.error().message;
            continue;
        }
        for (const ExamRow &exam : running.value()) {
            if (m_runner->plays(exam.id))
                continue;
            if (auto resumed = m_runner->resume(*store, exam.id); !resumed) {
                qCWarning(lcExam).noquote() << "exam" << exam.id << ":" << resumed.error().message;
            } else if (m_runner->plays(exam.id)) {
                qCInfo(lcExam).noquote()
                    << "exam" << exam.id << "in" << store->workspace() << "is played here now";
                schedule(store->workspace(), exam);
            }
        }
    }
}

Result<void> ExamService::checkPackUnused(const QString &packId)
{
    auto open = m_workspaces.production().run(
        QStringLiteral("SELECT exam_id, sandbox FROM training_results WHERE pack_id = ? AND (state "
                       "<> 'closed' OR total IS NULL) ORDER BY created_at"),
        {packId});
    if (!open)
        return open.error();
    QList<std::pair<QString, QString>> candidates;
    while (open.value()->next())
        candidates.append({open.value()->value(0).toString(), open.value()->value(1).toString()});
    open.value()->finish();
    for (const auto &[examId, sandbox] : std::as_const(candidates)) {
        // A record's exam whose sandbox was deleted or reset since is gone with it.
        Store *store = m_workspaces.find(sandbox);
        if (!store)
            continue;
        auto exam = examdb::exam(*store, examId);
        if (!exam && exam.error().code == protocol::errors::NotFound)
            continue;
        if (!exam)
            return exam.error();
        if (exam->state != u"closed" || exam->result.isEmpty())
            return Error{QString(protocol::errors::Conflict),
                         QStringLiteral("Exam %1 in sandbox %2 is on pack %3 and not closed yet; "
                                        "end it first")
                             .arg(examId, sandbox, packId)};
    }
    return {};
}

Result<void> ExamService::admitTicket(Store &store, qint64 ticketId, qint64 nowMs)
{
    auto found = store.run(
        QStringLiteral("SELECT e.state, e.closes_at, e.closed_at FROM exam_conversations c JOIN "
                       "exams e ON e.id = c.exam_id WHERE c.ticket_id = ?"),
        {ticketId});
    if (!found)
        return found.error();
    if (!found.value()->next())
        return {};
    const QString state = found.value()->value(0).toString();
    const qint64 closesAt = found.value()->value(1).toLongLong();
    const qint64 closedAt = found.value()->value(2).toLongLong();
    found.value()->finish();
    const bool closed = state == u"closed" || (closesAt != 0 && nowMs >= closesAt);
    if (!closed)
        return {};
    const qint64 at = closedAt ? closedAt : closesAt;
    return Error{QString(protocol::errors::ExamClosed),
                 QStringLiteral("The exam closed at %1; nothing more can be sent")
                     .arg(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs))};
}

} // namespace frontline::server

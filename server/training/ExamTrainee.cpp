// The trainee's side of ExamService: her exams, the start, her reported events and answers.
#include "protocol/ApiError.h"
#include "protocol/ExamEvent.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"
#include "server/identity/Caller.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"
#include "server/training/ExamRunner.h"
#include "server/training/ExamService.h"
#include "server/training/ExamTimer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace frontline::server {
namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// What sending to `exam` meets now: exam_not_started or exam_closed (409), else fine. An exam's
// clock is its ExamTimer's; practice runs until it is ended.
Result<void> admit(const ExamRow &exam, const Clock &clock)
{
    if (exam.state == u"running" && !exam.practice())
        return ExamTimer::resumed(clock, exam.durationMinutes, exam.startedAt).admit();
    if (exam.state == u"running")
        return {};
    if (exam.state == u"not_started")
        return ExamTimer(clock, 1).admit();
    return Error{QString(protocol::errors::ExamClosed),
                 QStringLiteral("The exam closed at %1; nothing more can be sent")
                     .arg(protocol::json::formatTime(utc(exam.closedAt)))};
}

// An event's problem named by its place in the list ("events[2].slug").
Error inList(const Error &error, qsizetype index)
{
    const QString at = QStringLiteral("events[%1]").arg(index);
    const QString field = error.field.isEmpty() ? at : at + u'.' + error.field;
    return Error{error.code, at + u": " + error.message, field};
}

} // namespace

class ExamService::TraineeWork
{
public:
    TraineeWork(ExamService &service, const Caller &caller, const QString &id)
        : m_settled(caller.workspace == Workspaces::Production ? Result<void>()
                                                               : service.settle(*caller.store))
        , transaction(*caller.store)
        , exam(open(service, caller, id))
    {}

private:
    Result<void> m_settled; // first: settled before the transaction begins

public:
    Transaction transaction;
    Result<ExamRow> exam;

private:
    Result<ExamRow> open(ExamService &service, const Caller &caller, const QString &id)
    {
        if (!m_settled)
            return m_settled.error();
        if (!transaction.started())
            return transaction.started().error();
        return service.traineeExam(caller, id);
    }
};

Result<ExamRow> ExamService::traineeExam(const Caller &caller, const QString &id)
{
    if (caller.workspace == Workspaces::Production)
        return Error{
            QString(protocol::errors::NotFound),
            QStringLiteral("No exam %1 here: exams are taken in the sandbox").arg(id.left(40))};
    auto row = examdb::exam(*caller.store, id);
    if (!row)
        return row.error();
    if (row->operatorId != caller.operatorId)
        return Error{QString(protocol::errors::Forbidden),
                     QStringLiteral("Only the exam's trainee takes it")};
    return row;
}

Result<QList<protocol::Exam>> ExamService::mine(const Caller &caller)
{
    QList<protocol::Exam> exams;
    if (caller.workspace == Workspaces::Production)
        return exams; // exams are taken in a sandbox
    if (auto settled = settle(*caller.store); !settled)
        return settled.error();
    auto rows = examdb::exams(*caller.store,
                              QStringLiteral("WHERE operator_id = ? ORDER BY created_at DESC, id "
                                             "LIMIT 500"),
                              {caller.operatorId});
    if (!rows)
        return rows.error();
    for (const ExamRow &row : rows.value()) {
        auto exam = view(*caller.store, row);
        if (!exam)
            return exam.error();
        exams.append(exam.value());
    }
    return exams;
}

Result<protocol::Exam> ExamService::begin(const Caller &caller, const QString &id)
{
    Store &store = *caller.store;
    TraineeWork work(*this, caller, id);
    if (!work.exam)
        return work.exam.error();
    auto &row = work.exam;
    if (row->state != u"not_started")
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("The exam is %1 already").arg(row->state)};
    ExamRow &exam = row.value();
    ExamTimer timer(m_clock, exam.practice() ? 1 : exam.durationMinutes);
    if (auto started = timer.start(); !started)
        return started.error();
    exam.state = QStringLiteral("running");
    exam.startedAt = timer.startedAt();
    exam.closesAt = exam.practice() ? 0 : timer.closesAt();
    if (auto saved = saveAndAnnounce(store, exam); !saved)
        return saved.error();
    if (auto committed = work.transaction.commit(); !committed)
        return committed.error();
    schedule(store.workspace(), row.value());
    // Her first customers write at once, each in a transaction of its own as intake's are.
    if (m_runner) {
        if (auto begun = m_runner->begin(store, row->id); !begun)
            return begun.error();
    }
    auto now = examdb::exam(store, id);
    if (!now)
        return now.error();
    return view(store, now.value());
}

Result<int> ExamService::report(const Caller &caller, const QString &id, const QJsonObject &body)
{
    const QJsonArray list = body.value(u"events").toArray();
    if (!body.value(u"events").isArray() || list.isEmpty())
        return protocol::json::invalidField(QStringLiteral("events"),
                                            QStringLiteral("must list 1 to 100 events"));
    if (list.size() > 100)
        return protocol::limits::tooLong(QStringLiteral("events"), 100, true);
    QList<protocol::ExamEvent> events;
    for (qsizetype i = 0; i < list.size(); ++i) {
        auto event = protocol::ExamEvent::fromJson(list.at(i).toObject());
        if (!event)
            return inList(event.error(), i);
        events.append(event.value());
    }
    Store &store = *caller.store;
    TraineeWork work(*this, caller, id);
    if (!work.exam)
        return work.exam.error();
    auto &row = work.exam;
    const qint64 now = m_clock();
    // After the close, what happened before it still counts for a grace (the outbox may have
    // been offline a moment); after the grace, or once scored, nothing does.
    const bool closing =
        row->state == u"closed" && row->result.isEmpty() && now < row->closedAt + GraceMs;
    if (!closing) {
        if (auto admitted = admit(row.value(), m_clock); !admitted)
            return admitted.error();
    }
    auto conversations = examdb::conversations(store, id);
    if (!conversations)
        return conversations.error();
    auto pack = packOf(row->packId, row->packVersion);
    if (!pack)
        return pack.error();
    int accepted = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const protocol::ExamEvent &event = events.at(i);
        const bool ticketOfExam = std::any_of(
            conversations->begin(), conversations->end(), [&](const ExamConversationRow &c) {
                return c.ticketId != 0 && QString::number(c.ticketId) == event.ticketId;
            });
        const bool questionOfExam =
            std::any_of(pack.value()->exam.questions.begin(), pack.value()->exam.questions.end(),
                        [&](const protocol::ExamQuestion &q) { return q.id == event.questionId; });
        if (!event.ticketId.isEmpty() && !ticketOfExam)
            return inList(protocol::json::invalidField(QStringLiteral("ticket_id"),
                                                       QStringLiteral("not a ticket of this exam")),
                          i);
        if (!event.questionId.isEmpty() && !questionOfExam)
            return inList(
                protocol::json::invalidField(QStringLiteral("question_id"),
                                             QStringLiteral("not a question of this exam")),
                i);
        if (closing && event.at.toMSecsSinceEpoch() > row->closedAt)
            continue;
        auto stored = store.run(
            QStringLiteral("INSERT INTO exam_events (exam_id, kind, ticket_id, question_id, text, "
                           "at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {id, protocol::toString(event.kind),
             event.ticketId.isEmpty() ? QVariant() : QVariant(event.ticketId.toLongLong()),
             event.questionId.isEmpty() ? QVariant() : QVariant(event.questionId), event.text,
             event.at.toMSecsSinceEpoch(), now});
        if (!stored)
            return stored.error();
        ++accepted;
        if (m_runner && !closing && !event.ticketId.isEmpty())
            m_runner->articleEvent(store, row.value(), event);
    }
    if (auto committed = work.transaction.commit(); !committed)
        return committed.error();
    return accepted;
}

Result<protocol::Exam> ExamService::answer(const Caller &caller, const QString &id,
                                           const QJsonObject &body)
{
    auto answer = protocol::ExamQuestionAnswer::fromJson(body);
    if (!answer)
        return answer.error();
    Store &store = *caller.store;
    TraineeWork work(*this, caller, id);
    if (!work.exam)
        return work.exam.error();
    auto &row = work.exam;
    if (auto admitted = admit(row.value(), m_clock); !admitted)
        return admitted.error();
    auto pack = packOf(row->packId, row->packVersion);
    if (!pack)
        return pack.error();
    const auto &questions = pack.value()->exam.questions;
    const auto question =
        std::find_if(questions.begin(), questions.end(),
                     [&](const protocol::ExamQuestion &q) { return q.id == answer->questionId; });
    if (question == questions.end())
        return protocol::json::invalidField(QStringLiteral("question_id"),
                                            QStringLiteral("not a question of this exam"));
    auto answered = examdb::answeredQuestions(store, id);
    if (!answered)
        return answered.error();
    if (answered->contains(answer->questionId))
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("Question %1 is answered already").arg(answer->questionId)};
    const qint64 now = m_clock();
    QJsonArray chosen;
    for (int index : std::as_const(answer->chosen))
        chosen.append(index);
    auto stored = store.run(
        QStringLiteral("INSERT INTO exam_answers (exam_id, question_id, shown_at, answered_at, "
                       "chosen, text, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {id, answer->questionId,
         answer->shownAt.isValid() ? QVariant(answer->shownAt.toMSecsSinceEpoch()) : QVariant(),
         answer->answeredAt.isValid() ? answer->answeredAt.toMSecsSinceEpoch() : now,
         QString::fromUtf8(QJsonDocument(chosen).toJson(QJsonDocument::Compact)), answer->text,
         now});
    if (!stored)
        return stored.error();
    if (auto announced = announce(store, row.value()); !announced)
        return announced.error();
    if (auto committed = work.transaction.commit(); !committed)
        return committed.error();
    return view(store, row.value());
}

} // namespace frontline::server

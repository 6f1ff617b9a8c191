// What the trainee does, as the exam's customers learn of it: her replies, escalations and
// resolutions from the change feed, her article use from the desktop's reports; and practice's
// hints, the timer, and the replay of a script after a restart.
#include "protocol/ApiError.h"
#include "server/clock/BackgroundLane.h"
#include "server/domain/MessageService.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"
#include "server/training/ExamRunner.h"
#include "server/training/ExamService.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcExamRunner)

namespace frontline::server {
namespace {

using protocol::TraineeAction;

QString hintText(const QString &language, const QString &section)
{
    if (language == u"ru")
        return QStringLiteral("Подсказка: ищите в разделе «%1».").arg(section);
    return QStringLiteral("Hint: look in the section “%1”.").arg(section);
}

} // namespace

std::pair<ExamRunner::Live *, ExamRunner::Conversation *>
ExamRunner::byTicket(const QString &workspace, qint64 ticketId)
{
    for (auto &[id, live] : m_live) {
        if (live->workspace != workspace || live->stopped)
            continue;
        for (auto &[position, conversation] : live->conversations) {
            if (conversation.row.ticketId == ticketId && conversation.script)
                return {live.get(), &conversation};
        }
    }
    return {nullptr, nullptr};
}

void ExamRunner::feed(Store &store, Live &live, Conversation &conversation,
                      const TraineeAction &action, qint64 actedAt)
{
    // Not before what the script did since (a silence's nudge): time does not run back.
    actedAt = actedAt > 0 ? std::max(actedAt, conversation.scriptAt) : 0;
    const bool then = actedAt > 0 && conversation.replayAt;
    conversation.scriptAt = std::max(conversation.scriptAt, actedAt > 0 ? actedAt : m_clock());
    if (then)
        *conversation.replayAt = actedAt; // the script's "now" for this act
    conversation.pending.append(conversation.script->onTrainee(action));
    if (then)
        *conversation.replayAt = 0;
    std::stable_sort(conversation.pending.begin(), conversation.pending.end(),
                     [](const auto &a, const auto &b) { return a.at < b.at; });
    if (auto saved = save(store, live, conversation); !saved)
        qCWarning(lcExamRunner).noquote() << "exam" << live.exam.id << ":" << saved.error().message;
}

void ExamRunner::onCommitted(const QString &workspace, qint64 seq, const QString &entity)
{
    Store *store = m_services.workspaces.find(workspace);
    if (!store)
        return;
    if (auto acted = traineeActed(*store, seq, entity); !acted)
        qCWarning(lcExamRunner).noquote() << "trainee's act" << seq << ":" << acted.error().message;
    reschedule();
}

Result<void> ExamRunner::traineeActed(Store &store, qint64 seq, const QString &entity)
{
    auto row =
        store.run(QStringLiteral("SELECT data, created_at FROM changes WHERE seq = ?"), {seq});
    if (!row)
        return row.error();
    if (!row.value()->next()) {
        row.value()->finish();
        return {};
    }
    const QJsonObject change =
        QJsonDocument::fromJson(row.value()->value(0).toString().toUtf8()).object();
    const qint64 at = row.value()->value(1).toLongLong();
    row.value()->finish();
    const qint64 ticketId = (entity == u"ticket" ? change.value(u"id") : change.value(u"ticket_id"))
                                .toString()
                                .toLongLong();
    auto [live, conversation] = byTicket(store.workspace(), ticketId);
    if (!live || conversation->ended)
        return {};
    if (entity == u"message") {
        if (change.value(u"author_kind").toString() != u"operator" ||
            change.value(u"internal").toBool())
            return {};
        feed(store, *live, *conversation,
             TraineeAction::reply(change.value(u"body").toString(),
                                  change.value(u"macro").toString()),
             at);
        return {};
    }
    if (entity == u"escalation") {
        if (change.value(u"status").toString() != u"open")
            return {};
        const QJsonValue line = change.value(u"target_line");
        const QString target = line.isDouble() && line.toInt() > 0
                                   ? QString::number(line.toInt())
                                   : change.value(u"target_team").toString();
        feed(store, *live, *conversation,
             TraineeAction::escalated(target, change.value(u"reason_code").toString()), at);
        // She handed the customer on: her part ends; the customer may still answer.
        return endConversation(store, *live, *conversation);
    }
    if (change.value(u"status").toString() != u"resolved")
        return {};
    feed(store, *live, *conversation,
         TraineeAction::resolved(change.value(u"resolution_code").toString()), at);
    return endConversation(store, *live, *conversation);
}

void ExamRunner::articleEvent(Store &store, const ExamRow &exam, const protocol::ExamEvent &event)
{
    auto [live, conversation] = byTicket(store.workspace(), event.ticketId.toLongLong());
    if (!live || live->exam.id != exam.id || event.kind == protocol::ExamEventKind::Search)
        return;
    auto pack = m_services.exams.packOf(exam.packId, exam.packVersion);
    if (pack) {
        const protocol::PackScenario *scenario =
            pack.value()->scenario(conversation->row.scenarioId);
        if (scenario && scenario->expectedArticles.contains(event.text))
            conversation->articleFound = true;
    }
    if (conversation->ended)
        return;
    // Fed from the background lane: the report's transaction is still open here.
    const TraineeAction action = event.kind == protocol::ExamEventKind::ArticleOpened
                                     ? TraineeAction::opened(event.text)
                                     : TraineeAction::inserted(event.text);
    m_services.lane.post(
        [this, workspace = store.workspace(), ticketId = event.ticketId.toLongLong(), action] {
            Store *sandbox = m_services.workspaces.find(workspace);
            auto [again, each] = byTicket(workspace, ticketId);
            if (sandbox && again && !each->ended)
                feed(*sandbox, *again, *each, action);
            reschedule();
        });
}

// Practice: the section to look in, once per conversation, when the customer's question has
// waited `hint_after_seconds` without one of the expected articles opened.
Result<void> ExamRunner::hint(Store &store, Live &live, Conversation &conversation)
{
    if (conversation.row.hinted || conversation.articleFound || conversation.ended ||
        conversation.questionAt == 0)
        return {};
    auto pack = m_services.exams.packOf(live.exam.packId, live.exam.packVersion);
    if (!pack)
        return pack.error();
    const protocol::PackScenario *scenario = pack.value()->scenario(conversation.row.scenarioId);
    if (!scenario || scenario->hintSection.isEmpty() || scenario->expectedArticles.isEmpty()) {
        conversation.noHint = true; // nothing to hint: not asked again
        return {};
    }
    if (m_clock() < conversation.questionAt + qint64(pack.value()->hintAfterSeconds) * 1000)
        return {};
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    NewMessage note;
    note.authorKind = protocol::AuthorKind::System;
    note.internal = true;
    note.body = hintText(pack.value()->language, scenario->hintSection);
    auto stored = m_services.messages.appendInTransaction(store, conversation.row.ticketId, note);
    if (!stored)
        return stored.error();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    conversation.row.hinted = true;
    return save(store, live, conversation);
}

qint64 ExamRunner::hintAfterOf(const Live &live)
{
    if (!live.exam.practice())
        return 0;
    auto pack = m_services.exams.packOf(live.exam.packId, live.exam.packVersion);
    return pack ? qint64(pack.value()->hintAfterSeconds) * 1000 : 0;
}

qint64 ExamRunner::nextAt(const Conversation &conversation, qint64 hintAfter)
{
    qint64 next = 0;
    const auto earliest = [&next](qint64 at) {
        if (at > 0 && (next == 0 || at < next))
            next = at;
    };
    if (!conversation.pending.isEmpty())
        earliest(conversation.pending.first().at);
    earliest(typingFrom(conversation));
    if (conversation.script && !conversation.ended)
        earliest(conversation.script->nextDeadline());
    if (hintAfter && !conversation.row.hinted && !conversation.noHint &&
        !conversation.articleFound && !conversation.ended && conversation.questionAt)
        earliest(conversation.questionAt + hintAfter);
    return next;
}

void ExamRunner::reschedule()
{
    qint64 next = 0;
    const auto earliest = [&next](qint64 at) {
        if (at > 0 && (next == 0 || at < next))
            next = at;
    };
    for (const auto &[id, live] : m_live) {
        if (live->stopped)
            continue;
        earliest(live->nextStartAt);
        const qint64 hintAfter = hintAfterOf(*live);
        for (const auto &[position, conversation] : live->conversations)
            earliest(nextAt(conversation, hintAfter));
    }
    m_timer->stop();
    if (next != 0)
        m_timer->start(std::chrono::milliseconds(std::max<qint64>(0, next - m_clock())));
}

Result<void> ExamRunner::resume(Store &store, const QString &examId)
{
    if (plays(examId))
        return {};
    auto claimed = claim(store, examId);
    if (!claimed)
        return claimed.error();
    if (!claimed.value()) {
        qCInfo(lcExamRunner).noquote() << "exam" << examId << "is played by another instance";
        return {};
    }
    auto live = load(store, examId);
    if (!live) {
        release(store, examId);
        return live.error();
    }
    for (auto &[position, conversation] : live.value()->conversations) {
        if (conversation.row.state != u"active")
            continue;
        if (auto replayed = replay(store, *live.value(), conversation); !replayed)
            return replayed;
    }
    const bool waiting =
        std::any_of(live.value()->conversations.begin(), live.value()->conversations.end(),
                    [](const auto &each) { return each.second.row.state == u"waiting"; });
    if (waiting)
        live.value()->nextStartAt = m_clock();
    reschedule();
    return {};
}

// The script again, fed what the trainee did in time order on a clock set to each act's time;
// what the customer said then is in the ticket, so only what she has not said yet is kept.
Result<void> ExamRunner::replay(Store &store, Live &live, Conversation &conversation)
{
    auto pack = m_services.exams.packOf(live.exam.packId, live.exam.packVersion);
    if (!pack)
        return pack.error();
    const protocol::PackScenario *scenario = pack.value()->scenario(conversation.row.scenarioId);
    if (!scenario)
        return {};
    conversation.replayAt = std::make_shared<qint64>(conversation.row.startedAt);
    conversation.script = std::make_unique<protocol::CustomerScript>(
        *scenario, [clock = m_clock, at = conversation.replayAt] { return *at ? *at : clock(); });
    conversation.script->start();
    conversation.questionAt = conversation.row.startedAt;
    auto opened = store.run(QStringLiteral("SELECT text FROM exam_events WHERE exam_id = ? AND "
                                           "ticket_id = ? AND kind <> 'search'"),
                            {live.exam.id, conversation.row.ticketId});
    if (!opened)
        return opened.error();
    while (opened.value()->next())
        conversation.articleFound =
            conversation.articleFound ||
            scenario->expectedArticles.contains(opened.value()->value(0).toString());
    opened.value()->finish();
    auto acts = store.run(
        QStringLiteral("SELECT created_at, 'reply', body, COALESCE(macro, '') FROM messages WHERE "
                       "ticket_id = ? AND author_kind = 'operator' AND internal = 0 UNION ALL "
                       "SELECT created_at, 'escalation', COALESCE(CAST(target_line AS TEXT), "
                       "target_team), reason_code FROM escalations WHERE ticket_id = ? ORDER BY 1"),
        {conversation.row.ticketId, conversation.row.ticketId});
    if (!acts)
        return acts.error();
    QList<std::pair<qint64, TraineeAction>> list;
    while (acts.value()->next()) {
        const QSqlQuery &row = *acts.value();
        list.append(
            {row.value(0).toLongLong(),
             row.value(1).toString() == u"reply"
                 ? TraineeAction::reply(row.value(2).toString(), row.value(3).toString())
                 : TraineeAction::escalated(row.value(2).toString(), row.value(3).toString())});
    }
    acts.value()->finish();
    for (const auto &[at, action] : list) {
        *conversation.replayAt = at;
        conversation.script->poll();
        conversation.pending = conversation.script->onTrainee(action);
    }
    *conversation.replayAt = 0;
    // What the customer said is in the ticket; what she had still to say, even when it fell due
    // while no instance played her, is said from now on.
    auto said = store.scalar(QStringLiteral("SELECT MAX(created_at) FROM messages WHERE "
                                            "ticket_id = ? AND author_kind = 'customer'"),
                             {conversation.row.ticketId});
    if (!said)
        return said.error();
    const qint64 lastSaid = said.value().toLongLong();
    conversation.pending.erase(
        std::remove_if(conversation.pending.begin(), conversation.pending.end(),
                       [lastSaid](const auto &a) { return a.at <= lastSaid; }),
        conversation.pending.end());
    return {};
}

} // namespace frontline::server

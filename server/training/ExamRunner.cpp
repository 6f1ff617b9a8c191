#include "server/training/ExamRunner.h"

#include "protocol/ApiError.h"
#include "server/clock/BackgroundLane.h"
#include "server/domain/IntakeService.h"
#include "server/domain/MessageService.h"
#include "server/feed/ChangeLog.h"
#include "server/metrics/CsatService.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"
#include "server/training/ExamService.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcExamRunner, "backoffice.training.runner")

namespace frontline::server {
namespace {

using L = QLatin1StringView;
using protocol::CustomerAction;

// The sandbox's queue of exam tickets: no operator works it, so only the assignee sees them.
Result<void> ensureExamQueue(Store &store, qint64 now)
{
    auto exists =
        store.scalar(QStringLiteral("SELECT id FROM queues WHERE id = ?"), {ExamRunner::ExamQueue});
    if (!exists)
        return exists.error();
    if (!exists->isNull())
        return {};
    auto made = store.run(
        QStringLiteral("INSERT INTO queues (id, title, created_at) VALUES (?, 'Exam', ?)"),
        {ExamRunner::ExamQueue, now});
    if (!made)
        return made.error();
    return {};
}

// A customer message's channel id: unique for good (the intake takes a repeated one for a retry),
// also across a restart.
QString messageId(const QString &examId, int position)
{
    return QStringLiteral("%1-%2-%3")
        .arg(examId)
        .arg(position)
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
}

// The escalation targets a pack's scenarios expect or react to: lines ("2") and teams.
QStringList escalationTargets(const protocol::ScenarioPack &pack)
{
    QStringList targets;
    const auto add = [&targets](const QString &target) {
        if (!target.isEmpty() && !targets.contains(target))
            targets.append(target);
    };
    for (const protocol::PackScenario &scenario : pack.scenarios) {
        if (scenario.expectedEscalation)
            add(scenario.expectedEscalation->target);
        for (const protocol::ScriptTurn &turn : scenario.turns) {
            for (const protocol::ScriptBranch &branch : turn.branches) {
                if (branch.when.kind == protocol::ScriptTrigger::Kind::Escalation)
                    add(branch.when.target);
            }
        }
    }
    return targets;
}

} // namespace

Result<void> ExamRunner::prepareSandbox(Store &store, const protocol::ScenarioPack &pack,
                                        qint64 nowMs)
{
    for (const QString &target : escalationTargets(pack)) {
        bool isLine = false;
        const int line = target.toInt(&isLine);
        auto worked = store.scalar(
            isLine ? QStringLiteral("SELECT id FROM operators WHERE active = 1 AND role = "
                                    "'operator' AND line = ? LIMIT 1")
                   : QStringLiteral("SELECT id FROM operators WHERE active = 1 AND role = "
                                    "'operator' AND team = ? LIMIT 1"),
            {isLine ? QVariant(line) : QVariant(target)});
        if (!worked)
            return worked.error();
        if (!worked->isNull())
            continue;
        auto made = store.run(
            QStringLiteral("INSERT INTO operators (username, display_name, role, line, team, "
                           "max_chats, created_at) VALUES (?, ?, 'operator', ?, ?, 0, ?)"),
            {isLine ? QStringLiteral("exam-line-%1").arg(line) : QString(u"exam-team-" + target),
             isLine ? QStringLiteral("Line %1 (exam)").arg(line) : QString(target + u" (exam)"),
             isLine ? line : 1, isLine ? QString() : target, nowMs});
        if (!made)
            return made.error();
    }
    return {};
}

ExamRunner::ExamRunner(Services services, Clock clock, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_clock(std::move(clock))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ExamRunner::tick);
    // The feed's commit is the one place every reply, escalation and resolution passes after it
    // is saved; the work runs in the background lane, outside the request's batch.
    connect(&m_services.changes, &ChangeLog::committed, this,
            [this](const QString &workspace, qint64 seq, const QString &entity) {
                if (workspace == Workspaces::Production || m_live.empty() || m_speaking)
                    return;
                if (entity != u"message" && entity != u"escalation" && entity != u"ticket")
                    return;
                m_services.lane.post(
                    [this, workspace, seq, entity] { onCommitted(workspace, seq, entity); });
            });
}

ExamRunner::~ExamRunner() = default;

Result<ExamRunner::Live *> ExamRunner::load(Store &store, const QString &examId)
{
    auto exam = examdb::exam(store, examId);
    if (!exam)
        return exam.error();
    auto rows = examdb::conversations(store, examId);
    if (!rows)
        return rows.error();
    auto live = std::make_unique<Live>();
    live->workspace = store.workspace();
    live->exam = exam.value();
    for (const ExamConversationRow &row : rows.value()) {
        Conversation &conversation = live->conversations[row.position];
        conversation.row = row;
        conversation.announced = row;
        conversation.ended = row.state == u"ended";
    }
    Live *pointer = live.get();
    m_live[examId] = std::move(live);
    return pointer;
}

namespace {

// The exam's advisory lock, by sandbox and id: ids are unique per sandbox only.
QString lockKey(const Store &store, const QString &examId)
{
    return store.workspace() + u':' + examId;
}

} // namespace

Result<bool> ExamRunner::claim(Store &store, const QString &examId)
{
    if (!store.isPostgresql())
        return true;
    auto taken = store.scalar(QStringLiteral("SELECT pg_try_advisory_lock(hashtextextended(?, 0))"),
                              {lockKey(store, examId)});
    if (!taken)
        return taken.error();
    return taken.value().toBool();
}

void ExamRunner::release(Store &store, const QString &examId)
{
    if (!store.isPostgresql())
        return;
    if (auto let = store.scalar(QStringLiteral("SELECT pg_advisory_unlock(hashtextextended(?, 0))"),
                                {lockKey(store, examId)});
        !let)
        qCWarning(lcExamRunner).noquote() << "exam" << examId << ":" << let.error().message;
}

Result<void> ExamRunner::begin(Store &store, const QString &examId)
{
    auto claimed = claim(store, examId);
    if (!claimed)
        return claimed.error();
    if (!claimed.value())
        return {}; // begun twice at once through two instances: the other plays it
    auto live = load(store, examId);
    if (!live) {
        release(store, examId);
        return live.error();
    }
    live.value()->nextStartAt = m_clock();
    if (auto started = startDue(store, *live.value()); !started)
        return started;
    reschedule();
    return {};
}

void ExamRunner::stop(const QString &, const QString &examId)
{
    auto found = m_live.find(examId);
    if (found == m_live.end())
        return;
    // Its conversation may be the caller's (practice closing with its last one): forget it later.
    if (found->second->stopped)
        return;
    found->second->stopped = true;
    // Let go once the close is committed: until then another instance would read it running.
    if (Store *store = m_services.workspaces.find(found->second->workspace))
        store->afterCommit([store, examId] { release(*store, examId); });
    QMetaObject::invokeMethod(
        this,
        [this, examId] {
            auto again = m_live.find(examId);
            if (again != m_live.end() && again->second->stopped)
                m_live.erase(again);
        },
        Qt::QueuedConnection);
}

// Starts waiting conversations while fewer than `simultaneous` are active, once their time came.
Result<void> ExamRunner::startDue(Store &store, Live &live)
{
    if (live.nextStartAt == 0 || live.nextStartAt > m_clock())
        return {};
    live.nextStartAt = 0;
    const int active = int(
        std::count_if(live.conversations.begin(), live.conversations.end(), [](const auto &each) {
            return each.second.row.state == u"active" && !each.second.ended;
        }));
    int room = live.exam.simultaneous - active;
    for (auto &[position, conversation] : live.conversations) {
        if (room <= 0)
            break;
        if (conversation.row.state != u"waiting")
            continue;
        if (auto started = startConversation(store, live, conversation); !started)
            return started;
        --room;
    }
    return {};
}

Result<void> ExamRunner::startConversation(Store &store, Live &live, Conversation &conversation)
{
    auto cast = castOf(live, conversation);
    if (!cast)
        return cast.error();
    const protocol::PackScenario &scenario = *cast->first;
    const qint64 now = m_clock();
    if (auto queue = ensureExamQueue(store, now); !queue)
        return queue;
    conversation.replayAt = std::make_shared<qint64>(0);
    conversation.script = std::make_unique<protocol::CustomerScript>(
        scenario, [clock = m_clock, at = conversation.replayAt] { return *at ? *at : clock(); });
    QList<CustomerAction> actions = conversation.script->start();
    const QString opening = actions.isEmpty() ? scenario.opening : actions.takeFirst().text;
    QJsonObject body = customerMessage(live, conversation, cast.value(), opening);
    QJsonArray transcript;
    for (const protocol::PackScenario::BotTurn &turn : scenario.botTranscript)
        transcript.append(QJsonObject{{L("author"), turn.from}, {L("text"), turn.text}});
    if (!transcript.isEmpty())
        body.insert(L("bot_transcript"), transcript);
    if (scenario.channel == u"email" || scenario.channel == u"web_form")
        body.insert(L("subject"), scenario.title);
    // The scenario's time limits are its ticket's SLA targets (decisions.md, issue 19 item 5a).
    const IntakeTarget target{0, true, live.exam.operatorId,
                              qint64(scenario.firstResponseSeconds) * 1000,
                              qint64(scenario.handleSeconds) * 1000};
    auto received = m_services.intake.receive(store, 0, body, target);
    if (!received)
        return received.error();
    conversation.row.ticketId = received->ticketId.toLongLong();
    conversation.row.state = QStringLiteral("active");
    conversation.row.startedAt = now;
    conversation.questionAt = now;
    conversation.pending = actions;
    return save(store, live, conversation);
}

Result<ExamRunner::Cast> ExamRunner::castOf(const Live &live, const Conversation &conversation)
{
    auto pack = m_services.exams.packOf(live.exam.packId, live.exam.packVersion);
    if (!pack)
        return pack.error();
    const protocol::PackScenario *scenario = pack.value()->scenario(conversation.row.scenarioId);
    const protocol::PackCustomer *customer =
        scenario ? pack.value()->customer(scenario->customer) : nullptr;
    if (!scenario || !customer)
        return Error{
            QString(protocol::errors::Internal),
            QStringLiteral("Scenario %1 is not in the pack").arg(conversation.row.scenarioId)};
    return Cast{scenario, customer};
}

// What the customer writes, as her channel would push it to the intake.
QJsonObject ExamRunner::customerMessage(const Live &live, const Conversation &conversation,
                                        const Cast &cast, const QString &text)
{
    return {{L("channel"), cast.first->channel},
            {L("external_message_id"), messageId(live.exam.id, conversation.row.position)},
            {L("customer"), QJsonObject{{L("external_id"), QString(u"pack:" + cast.second->ref)},
                                        {L("name"), cast.second->name}}},
            {L("text"), text},
            {L("queue"), ExamQueue}};
}

Result<void> ExamRunner::save(Store &store, Live &live, Conversation &conversation)
{
    conversation.row.turn = conversation.script ? conversation.script->turn() : QString();
    if (conversation.script && conversation.script->rating() && !conversation.row.rating)
        conversation.row.rating = conversation.script->rating();
    const ExamConversationRow &row = conversation.row;
    const ExamConversationRow &was = conversation.announced;
    // The exam's views change when a conversation starts or ends. Most saves are a script moving
    // on: its turn is the trainer's to read with the exam, not news to announce each time.
    const bool news = row.state != was.state || row.ticketId != was.ticketId ||
                      row.startedAt != was.startedAt || row.endedAt != was.endedAt;
    Transaction transaction(store);
    if (!transaction.started())
        return transaction.started().error();
    if (auto saved = examdb::saveConversation(store, live.exam.id, row); !saved)
        return saved;
    if (news) {
        auto exam = examdb::exam(store, live.exam.id);
        if (!exam)
            return exam.error();
        live.exam = exam.value();
        if (auto announced = m_services.exams.announce(store, live.exam); !announced)
            return announced;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    conversation.announced = row;
    return {};
}

Result<void> ExamRunner::say(Store &store, Live &live, Conversation &conversation,
                             const QString &text)
{
    auto cast = castOf(live, conversation);
    if (!cast)
        return cast.error();
    // Her own message and its ticket's change are nothing the trainee did (onCommitted).
    m_speaking = true;
    auto received =
        m_services.intake.receive(store, 0, customerMessage(live, conversation, cast.value(), text),
                                  IntakeTarget{conversation.row.ticketId, false, 0, 0, 0});
    m_speaking = false;
    if (!received)
        return received.error();
    return {};
}

// The customer's actions whose time came, then what time passing makes her do.
Result<void> ExamRunner::deliver(Store &store, Live &live, Conversation &conversation)
{
    const qint64 now = m_clock();
    if (!conversation.ended && conversation.script && conversation.script->nextDeadline() &&
        conversation.script->nextDeadline() <= now) {
        conversation.pending.append(conversation.script->poll());
        conversation.scriptAt = std::max(conversation.scriptAt, now);
    }
    bool changed = false;
    while (!live.stopped && !conversation.pending.isEmpty() &&
           conversation.pending.first().at <= now) {
        const CustomerAction action = conversation.pending.takeFirst();
        changed = true;
        switch (action.kind) {
        case CustomerAction::Kind::Say:
            if (auto said = say(store, live, conversation, action.text); !said)
                return said;
            break;
        case CustomerAction::Kind::Rate:
            conversation.row.rating = action.rating;
            break;
        case CustomerAction::Kind::End:
            if (auto ended = endConversation(store, live, conversation); !ended)
                return ended;
            break;
        case CustomerAction::Kind::GoSilent:
            break;
        }
    }
    if (changed && !live.stopped) {
        if (auto saved = save(store, live, conversation); !saved)
            return saved;
    }
    if (live.stopped || conversation.ended)
        return {};
    // Her next message is on its way: she is seen typing for the last few seconds before it.
    const qint64 typingAt = typingFrom(conversation);
    if (typingAt > 0 && typingAt <= now && m_customerTyping) {
        conversation.typedFor = nextSay(conversation)->at;
        m_customerTyping(store, conversation.row.ticketId);
    }
    return {};
}

const protocol::CustomerAction *ExamRunner::nextSay(const Conversation &conversation)
{
    for (const CustomerAction &action : conversation.pending) {
        if (action.kind == CustomerAction::Kind::Say)
            return &action;
    }
    return nullptr;
}

qint64 ExamRunner::typingFrom(const Conversation &conversation)
{
    const CustomerAction *say = nextSay(conversation);
    // An ended conversation's last words come without typing (deliver stops before it).
    if (!say || say->at == conversation.typedFor || conversation.row.ticketId == 0 ||
        conversation.ended)
        return 0;
    return std::max<qint64>(1, say->at - TypingLeadMs);
}

Result<void> ExamRunner::endConversation(Store &store, Live &live, Conversation &conversation)
{
    if (conversation.ended)
        return {};
    conversation.ended = true;
    conversation.row.state = QStringLiteral("ended");
    conversation.row.endedAt = m_clock();
    if (conversation.row.rating == 0 && conversation.script)
        conversation.row.rating = conversation.script->rating();
    if (conversation.row.rating > 0) {
        // A rating counts as the customer's CSAT once the ticket is resolved; a customer handed
        // on keeps hers in the exam only.
        auto csat = m_services.csat.record(
            store, QJsonObject{{L("ticket_id"), QString::number(conversation.row.ticketId)},
                               {L("score"), conversation.row.rating}});
        if (!csat && csat.error().code != protocol::errors::Conflict)
            return csat.error();
    }
    if (auto saved = save(store, live, conversation); !saved)
        return saved;
    const bool waiting =
        std::any_of(live.conversations.begin(), live.conversations.end(),
                    [](const auto &each) { return each.second.row.state == u"waiting"; });
    const bool active =
        std::any_of(live.conversations.begin(), live.conversations.end(), [](const auto &each) {
            return !each.second.ended && each.second.row.state == u"active";
        });
    if (waiting) {
        live.nextStartAt = m_clock() + NextScenarioMs;
        return {};
    }
    if (!active && live.exam.practice()) {
        // Practice ends with its last conversation (as it is saved now, with its version).
        auto exam = examdb::exam(store, live.exam.id);
        if (!exam)
            return exam.error();
        return m_services.exams.closeNow(store, exam.value());
    }
    return {};
}

void ExamRunner::tick()
{
    // One conversation per piece of the background lane, so that production's requests wait for
    // one customer's due work at most; the sweep's last piece sets the timer again.
    if (m_sweeping) {
        m_sweepAgain = true; // what came due meanwhile: swept when this sweep ends
        return;
    }
    const qint64 now = m_clock();
    const auto isDue = [now](qint64 at) { return at > 0 && at <= now; };
    QList<Due> due;
    for (const auto &[id, live] : m_live) {
        if (live->stopped)
            continue;
        const qint64 hintAfter = hintAfterOf(*live);
        for (const auto &[position, conversation] : live->conversations) {
            if (conversation.row.state != u"waiting" && isDue(nextAt(conversation, hintAfter)))
                due.append({id, position});
        }
        if (isDue(live->nextStartAt))
            due.append({id, StartDue});
    }
    if (due.isEmpty()) {
        reschedule();
        return;
    }
    m_sweeping = true;
    sweep(std::move(due));
}

void ExamRunner::sweep(QList<Due> due)
{
    m_services.lane.post([this, due = std::move(due)]() mutable {
        const Due next = due.takeFirst();
        if (auto done = runDue(next); !done)
            qCWarning(lcExamRunner).noquote()
                << "exam" << next.examId << ":" << done.error().message;
        if (due.isEmpty()) {
            m_sweeping = false;
            if (std::exchange(m_sweepAgain, false))
                tick();
            else
                reschedule();
            return;
        }
        sweep(std::move(due));
    });
}

Result<void> ExamRunner::runDue(const Due &due)
{
    auto found = m_live.find(due.examId);
    if (found == m_live.end() || found->second->stopped)
        return {}; // closed meanwhile
    Live &live = *found->second;
    Store *store = m_services.workspaces.find(live.workspace);
    if (!store) {
        m_live.erase(found);
        return {};
    }
    // Ended through another instance on the same database: its customers fall silent here too.
    // Gone with a reset of its sandbox: forgotten.
    auto stored = examdb::exam(*store, live.exam.id);
    if (!stored && stored.error().code == protocol::errors::NotFound) {
        m_live.erase(found);
        return {};
    }
    if (!stored)
        return stored.error();
    if (stored->state != u"running") {
        stop(live.workspace, live.exam.id);
        return {};
    }
    if (due.position == StartDue)
        return startDue(*store, live);
    const auto conversation = live.conversations.find(due.position);
    if (conversation == live.conversations.end())
        return {};
    Conversation &c = conversation->second;
    // An ended conversation still says what its customer had to say last.
    if (c.row.state == u"waiting" || (c.ended && c.pending.isEmpty()))
        return {};
    if (auto delivered = deliver(*store, live, c); !delivered || !live.exam.practice())
        return delivered;
    return hint(*store, live, c);
}

} // namespace frontline::server

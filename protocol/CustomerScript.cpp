#include "protocol/CustomerScript.h"

namespace frontline::protocol {
namespace {

using Kind = ScriptTrigger::Kind;

bool wordsMatch(const ScriptTrigger &when, const QString &reply)
{
    const QString folded = foldForMatching(reply);
    const auto holds = [&](const QString &word) { return replyHolds(folded, word); };
    return when.allWords ? std::all_of(when.words.begin(), when.words.end(), holds)
                         : std::any_of(when.words.begin(), when.words.end(), holds);
}

// Whether `when` takes `action` (replies only through words and macros; `otherwise` apart).
bool takes(const ScriptTrigger &when, const TraineeAction &action)
{
    using Act = TraineeAction::Kind;
    switch (when.kind) {
    case Kind::Words:
        return action.kind == Act::Reply && wordsMatch(when, action.text);
    case Kind::MacroUsed:
        return action.kind == Act::Reply && action.macro == when.slug;
    case Kind::ArticleOpened:
        return action.kind == Act::ArticleOpened && action.slug == when.slug;
    case Kind::ArticleInserted:
        return action.kind == Act::ArticleInserted && action.slug == when.slug;
    case Kind::Escalation:
        return action.kind == Act::Escalation &&
               (when.target.isEmpty() || when.target == action.target) &&
               (when.reason.isEmpty() || when.reason == action.reason);
    case Kind::Resolution:
        return action.kind == Act::Resolution && (when.code.isEmpty() || when.code == action.code);
    case Kind::Silence:
    case Kind::Otherwise:
        break;
    }
    return false;
}

} // namespace

bool replyHolds(const QString &foldedReply, const QString &word)
{
    const QString needle = foldForMatching(word.trimmed());
    if (needle.isEmpty())
        return false;
    for (qsizetype at = foldedReply.indexOf(needle); at >= 0;
         at = foldedReply.indexOf(needle, at + 1)) {
        if (at == 0 || !foldedReply.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

CustomerScript::CustomerScript(PackScenario scenario, Clock clock)
    : m_scenario(std::move(scenario))
    , m_clock(std::move(clock))
{}

QList<CustomerAction> CustomerScript::start()
{
    if (m_started)
        return {};
    m_started = true;
    const qint64 now = m_clock();
    m_turn = m_scenario.turns.isEmpty() ? -1 : 0;
    m_turnSince = now;
    return {CustomerAction{CustomerAction::Kind::Say, m_scenario.opening, 0, now}};
}

const ScriptTurn *CustomerScript::currentTurn() const
{
    return m_turn >= 0 && m_turn < m_scenario.turns.size() ? &m_scenario.turns.at(m_turn) : nullptr;
}

QString CustomerScript::turn() const
{
    const ScriptTurn *now = currentTurn();
    return now && !m_ended && !m_silent ? now->id : QString();
}

const ScriptBranch *CustomerScript::match(const TraineeAction &action) const
{
    const ScriptTurn *turn = currentTurn();
    if (!turn)
        return nullptr;
    for (const ScriptBranch &branch : turn->branches) {
        if (takes(branch.when, action))
            return &branch;
    }
    if (action.kind != TraineeAction::Kind::Reply)
        return nullptr;
    for (const ScriptBranch &branch : turn->branches) {
        if (branch.when.kind == Kind::Otherwise)
            return &branch;
    }
    return nullptr;
}

QList<CustomerAction> CustomerScript::onTrainee(const TraineeAction &action)
{
    if (!m_started || m_ended)
        return {};
    const qint64 now = m_clock();
    if (action.kind == TraineeAction::Kind::Resolution)
        m_resolution = action.code;
    if (m_silent) // she answers nothing more; resolving the ticket closes it without her
        return action.kind == TraineeAction::Kind::Resolution ? leave(now)
                                                              : QList<CustomerAction>{};
    if (action.kind == TraineeAction::Kind::Reply)
        m_repliedSinceTurn = true;
    if (const ScriptBranch *branch = match(action))
        return fire(*branch, now);
    if (action.kind == TraineeAction::Kind::Resolution)
        return leave(now);
    return {};
}

const ScriptBranch *CustomerScript::dueSilence(qint64 now) const
{
    const ScriptTurn *turn = currentTurn();
    if (!turn || m_repliedSinceTurn || m_ended || m_silent || !m_started)
        return nullptr;
    const ScriptBranch *due = nullptr;
    for (const ScriptBranch &branch : turn->branches) {
        if (branch.when.kind == Kind::Silence &&
            now >= m_turnSince + qint64(branch.when.seconds) * 1000 &&
            (!due || branch.when.seconds < due->when.seconds))
            due = &branch;
    }
    return due;
}

QList<CustomerAction> CustomerScript::poll()
{
    const qint64 now = m_clock();
    if (const ScriptBranch *branch = dueSilence(now))
        return fire(*branch, now);
    return {};
}

qint64 CustomerScript::nextDeadline() const
{
    const ScriptTurn *turn = currentTurn();
    if (!turn || m_repliedSinceTurn || m_ended || m_silent || !m_started)
        return 0;
    qint64 next = 0;
    for (const ScriptBranch &branch : turn->branches) {
        if (branch.when.kind != Kind::Silence)
            continue;
        const qint64 at = m_turnSince + qint64(branch.when.seconds) * 1000;
        if (next == 0 || at < next)
            next = at;
    }
    return next;
}

QList<CustomerAction> CustomerScript::fire(const ScriptBranch &branch, qint64 now)
{
    const qint64 at = now + qint64(branch.delaySeconds) * 1000;
    QList<CustomerAction> actions;
    if (!branch.say.isEmpty())
        actions.append({CustomerAction::Kind::Say, branch.say, 0, at});
    if (branch.rate > 0 && m_rating == 0) {
        m_rating = branch.rate;
        actions.append({CustomerAction::Kind::Rate, {}, branch.rate, at});
    }
    if (branch.then == ScriptEnd)
        return actions + leave(at);
    if (branch.then == ScriptSilent) {
        m_silent = true;
        actions.append({CustomerAction::Kind::GoSilent, {}, 0, at});
        return actions;
    }
    // A new turn, or the same one again: she waits afresh from the moment she writes.
    m_turn = -1;
    for (qsizetype t = 0; t < m_scenario.turns.size(); ++t) {
        if (m_scenario.turns.at(t).id == branch.then)
            m_turn = t;
    }
    m_turnSince = at;
    m_repliedSinceTurn = false;
    return actions;
}

// She leaves; unrated, she rates by whether the ticket was resolved as expected, if it was.
QList<CustomerAction> CustomerScript::leave(qint64 at)
{
    QList<CustomerAction> actions;
    if (m_rating == 0 && !m_resolution.isEmpty()) {
        m_rating = m_resolution == m_scenario.expectedResolution ? m_scenario.ratingOnExpected
                                                                 : m_scenario.ratingOnOther;
        actions.append({CustomerAction::Kind::Rate, {}, m_rating, at});
    }
    m_ended = true;
    actions.append({CustomerAction::Kind::End, {}, 0, at});
    return actions;
}

} // namespace frontline::protocol

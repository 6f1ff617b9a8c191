#pragma once

#include "protocol/ScenarioPack.h"

#include <QList>

#include <functional>

namespace frontline::protocol {

// What the trainee did in a scripted conversation, as the customer learns of it.
struct TraineeAction
{
    enum class Kind
    {
        Reply,           // a message to the customer (`text`; `macro`: the macro it was made with)
        ArticleOpened,   // `slug`
        ArticleInserted, // `slug`
        Escalation,      // `target` ("2" for a line, or a team), `reason`
        Resolution,      // `code`
    };
    Kind kind = Kind::Reply;
    QString text;
    QString macro;
    QString slug;
    QString target;
    QString reason;
    QString code;

    static TraineeAction reply(const QString &text, const QString &macro = {})
    {
        return {Kind::Reply, text, macro, {}, {}, {}, {}};
    }
    static TraineeAction opened(const QString &slug)
    {
        return {Kind::ArticleOpened, {}, {}, slug, {}, {}, {}};
    }
    static TraineeAction inserted(const QString &slug)
    {
        return {Kind::ArticleInserted, {}, {}, slug, {}, {}, {}};
    }
    static TraineeAction escalated(const QString &target, const QString &reason)
    {
        return {Kind::Escalation, {}, {}, {}, target, reason, {}};
    }
    static TraineeAction resolved(const QString &code)
    {
        return {Kind::Resolution, {}, {}, {}, {}, {}, code};
    }
};

// What the customer does, and when (epoch ms: a branch's delay puts it after the trainee's act).
struct CustomerAction
{
    enum class Kind
    {
        Say,      // writes `text`
        Rate,     // rates the conversation `rating` (1-5)
        End,      // leaves: the conversation is over for her
        GoSilent, // answers nothing more
    };
    Kind kind = Kind::Say;
    QString text;
    int rating = 0;
    qint64 at = 0;

    friend bool operator==(const CustomerAction &, const CustomerAction &) = default;
};

// The scripted customer of one scenario (issue 19, items 4, 5 and 6): given what the trainee does
// as it happens, and time passing, what the customer does next. Pure: no network, no store; time
// comes from the injected clock. The back office's exam runner puts it into a sandbox's
// conversations and the pack editor's preview plays it against the trainer; each sends what it
// returns, at the times it gives (docs/training/scenario-packs.md, "Triggers").
class CustomerScript
{
public:
    // Milliseconds since the Unix epoch; the back office passes its injected clock, the editor's
    // preview the wall clock.
    using Clock = std::function<qint64()>;

    CustomerScript(PackScenario scenario, Clock clock);

    // Her opening message, now; she then waits at the script's first turn.
    QList<CustomerAction> start();
    // What she does after the trainee's `action`: nothing when no branch of the turn takes it.
    QList<CustomerAction> onTrainee(const TraineeAction &action);
    // What time passing makes her do: a silence branch whose time has come.
    QList<CustomerAction> poll();
    // When poll() will next have something to do (epoch ms); 0: nothing is waiting on time.
    qint64 nextDeadline() const;

    bool started() const { return m_started; }
    bool ended() const { return m_ended; }
    bool silent() const { return m_silent; }
    // The turn she waits at; empty once she has ended or gone silent.
    QString turn() const;
    // Her rating once she gave one; 0 before.
    int rating() const { return m_rating; }

private:
    const ScriptBranch *match(const TraineeAction &action) const;
    const ScriptBranch *dueSilence(qint64 now) const;
    QList<CustomerAction> fire(const ScriptBranch &branch, qint64 now);
    QList<CustomerAction> leave(qint64 at);
    const ScriptTurn *currentTurn() const;

    PackScenario m_scenario;
    Clock m_clock;
    qsizetype m_turn = -1;  // an index into the scenario's turns (copies stay valid)
    qint64 m_turnSince = 0; // when she last wrote (or reached the turn)
    bool m_repliedSinceTurn = false;
    bool m_started = false;
    bool m_ended = false;
    bool m_silent = false;
    int m_rating = 0;
    QString m_resolution; // the code the ticket was resolved with, once it was
};

// Whether `reply` holds `word` at the start of one of its words, case folded and with "ё" read
// as "е" ("refund" is in "Refunded!", "извин" in "Извините", "und" is not in "refund").
bool replyHolds(const QString &foldedReply, const QString &word);

} // namespace frontline::protocol

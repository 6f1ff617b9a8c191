#pragma once

#include "protocol/ExamQuestion.h"
#include "protocol/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// A scenario pack (issue 19, item 4): what a trainer hands a sandbox and an exam, as one
// versioned JSON document. docs/training/scenario-packs.md describes the format and
// docs/training/scenario-pack.schema.json is its JSON Schema; ScenarioPack::fromJson checks the
// same rules and, beyond the schema, that every reference names something in the pack.
namespace frontline::protocol {

inline constexpr QLatin1StringView ScenarioPackFormat{"frontline-scenario-pack"};
// The newest format_version this build reads; a newer pack is refused, never half-read.
inline constexpr int ScenarioPackFormatVersion = 1;

// An article of the pack's own knowledge base, named by its slug everywhere in the pack.
struct PackArticle
{
    QString slug;
    QString title;
    QString body; // plain text
    QStringList tags;

    friend bool operator==(const PackArticle &, const PackArticle &) = default;
};

struct PackMacro
{
    QString slug;
    QString title;
    QString shortcut; // "/late", or empty
    QString body;     // plain text with {placeholders}

    friend bool operator==(const PackMacro &, const PackMacro &) = default;
};

// A customer of the sandbox's store; `ref` is the pack's own name for her ("anna").
struct PackCustomer
{
    QString ref;
    QString name;
    QString email;
    QString phone;
    QString city;

    friend bool operator==(const PackCustomer &, const PackCustomer &) = default;
};

struct PackOrderItem
{
    QString name;
    int quantity = 1;
    qint64 priceCents = 0;

    friend bool operator==(const PackOrderItem &, const PackOrderItem &) = default;
};

// One step of an order's life, in hours before the sandbox is filled: a pack is loaded on any
// day, so its times are relative.
struct PackOrderEvent
{
    QString status;
    int hoursAgo = 0;
    QString note;

    friend bool operator==(const PackOrderEvent &, const PackOrderEvent &) = default;
};

struct PackOrder
{
    QString number;
    QString customer; // a PackCustomer's ref
    QString status;
    QString currency = QStringLiteral("RUB");
    QString deliveryMethod;
    QList<PackOrderItem> items;
    QList<PackOrderEvent> history; // oldest first; the first is when it was placed

    qint64 totalCents() const;
    friend bool operator==(const PackOrder &, const PackOrder &) = default;
};

// A knowledge-base question of the exam (item 9a), as protocol/ExamQuestion scores it.
using PackQuestion = ExamQuestion;

struct PackExam
{
    int durationMinutes = 45;
    int simultaneous = 3; // simulated customers at once
    int scenarios = 6;    // drawn from the pack
    QList<PackQuestion> questions;

    friend bool operator==(const PackExam &, const PackExam &) = default;
};

// What the scripted customer reacts to (item 4).
struct ScriptTrigger
{
    enum class Kind
    {
        Words,           // words in a reply: any of them, or all
        ArticleOpened,   // the trainee opened this KB article
        ArticleInserted, // ... or put it into a reply
        MacroUsed,       // a reply made with this macro
        Escalation,      // the ticket escalated (to this target, for this reason when named)
        Resolution,      // the ticket resolved (with this code when named)
        Silence,         // no reply for `seconds` since the customer last wrote
        Otherwise,       // a reply no other branch of the turn took
    };
    Kind kind = Kind::Otherwise;
    QStringList words; // Words
    bool allWords = false;
    QString slug;    // ArticleOpened, ArticleInserted, MacroUsed
    QString target;  // Escalation: "2" for a line, a team's name; empty: any
    QString reason;  // Escalation: a reason code; empty: any
    QString code;    // Resolution: empty: any
    int seconds = 0; // Silence

    friend bool operator==(const ScriptTrigger &, const ScriptTrigger &) = default;
};

QString toString(ScriptTrigger::Kind kind);
std::optional<ScriptTrigger::Kind> triggerKindFromString(QStringView text);

// What the customer does when a branch's trigger fires: waits `delaySeconds`, says `say` (if
// any), rates the conversation (1-5, if `rate`), then goes to `then`: a turn of the scenario,
// "end" (she leaves) or "silent" (she answers nothing more).
struct ScriptBranch
{
    ScriptTrigger when;
    QString say;
    int delaySeconds = 0;
    int rate = 0; // 0: no rating here
    QString then;

    friend bool operator==(const ScriptBranch &, const ScriptBranch &) = default;
};

inline constexpr QLatin1StringView ScriptEnd{"end"};
inline constexpr QLatin1StringView ScriptSilent{"silent"};

// A point where the customer waits for the trainee; the first branch whose trigger fires wins.
struct ScriptTurn
{
    QString id;
    QList<ScriptBranch> branches;

    friend bool operator==(const ScriptTurn &, const ScriptTurn &) = default;
};

struct ExpectedEscalation
{
    QString target; // "2" for the 2nd line, or a team's name
    QString reason;

    friend bool operator==(const ExpectedEscalation &, const ExpectedEscalation &) = default;
};

struct PackScenario
{
    struct BotTurn
    {
        QString from; // "customer" or "bot"
        QString text;
        friend bool operator==(const BotTurn &, const BotTurn &) = default;
    };

    QString id;
    QString title;
    QString personaName;
    QString personaStyle;
    QString channel = QStringLiteral("chat");
    QString customer; // a PackCustomer's ref
    QList<BotTurn> botTranscript;
    QString opening;
    QList<ScriptTurn> turns; // the customer starts at the first
    QStringList expectedArticles;
    std::optional<ExpectedEscalation> expectedEscalation; // none: escalating is wrong
    QString expectedResolution;
    int firstResponseSeconds = 60;
    int handleSeconds = 600;
    QString hintSection;      // the KB section a practice hint names
    int ratingOnExpected = 5; // the rating when it ends resolved as expected, unless a branch rated
    int ratingOnOther = 2;

    const ScriptTurn *turn(QStringView id) const;
    friend bool operator==(const PackScenario &, const PackScenario &) = default;
};

// A problem found in a pack: where (a JSON path, "scenarios[2].turns[1].branches[0].when.kind")
// and what.
struct PackProblem
{
    QString path;
    QString message;

    QString toString() const { return path.isEmpty() ? message : path + u": " + message; }
    friend bool operator==(const PackProblem &, const PackProblem &) = default;
};

struct ScenarioPack
{
    int formatVersion = ScenarioPackFormatVersion;
    QString id;
    qint64 version = 1;
    QString title;
    QString language = QStringLiteral("en");
    bool ownKnowledgeBase = false; // false: the sandbox copies production's
    QList<PackArticle> articles;   // the own knowledge base
    QList<PackMacro> macros;
    QList<PackCustomer> customers;
    QList<PackOrder> orders;
    PackExam exam;
    int hintAfterSeconds = 120; // practice
    // As written (export gives it back so); protocol::ScoringRules::fromJson reads it, and the
    // reader has checked that it can. Empty: the default rules.
    QJsonObject scoringJson;
    QList<PackScenario> scenarios;

    const PackScenario *scenario(QStringView id) const;
    const PackCustomer *customer(QStringView ref) const;

    QJsonObject toJson() const;
    // Every problem of `object`, or the pack. The error is invalid_field (422): its message lists
    // the problems one a line (at most 50), its field names the first.
    static Result<ScenarioPack> fromJson(const QJsonObject &object);
    // Every problem of `object` (empty: a valid pack), as fromJson finds them.
    static QList<PackProblem> problemsOf(const QJsonObject &object);
    // What could be read of `object`, and its problems.
    static ScenarioPack readPack(const QJsonObject &object, QList<PackProblem> *problems);

    friend bool operator==(const ScenarioPack &, const ScenarioPack &) = default;
};

// Words for matching a reply: case folded, "ё" read as "е".
QString foldForMatching(const QString &text);

} // namespace frontline::protocol

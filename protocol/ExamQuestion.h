#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// The timed questions on the knowledge base an exam may ask beside its conversations (issue 19,
// item 9a): a question as the pack states it, a trainee's answer, and its score.
namespace frontline::protocol {

// One question of a pack's exam. It mirrors the scenario pack's PackQuestion (i19-packs reads
// "exam.questions" into it) field for field, so at the merge one becomes the other; the pack's
// reader checks it, so this type has no reader of its own.
struct ExamQuestion
{
    enum class Kind
    {
        Single,   // one option is right
        Multiple, // every right option, and no other, for full points
        Free,     // a short answer holding the expected words
    };
    QString id;
    Kind kind = Kind::Single;
    QString text;
    QStringList options; // single and multiple
    QList<int> correct;  // indexes into options, ascending
    // Free answers: the words an answer must hold. "день|дня|дней" accepts any of its forms (the
    // knowledge base's language may inflect); a word may be a phrase ("14 days").
    QStringList expectedWords;
    QStringList articles; // the KB slugs that answer it
    int timeLimitSeconds = 120;

    friend bool operator==(const ExamQuestion &, const ExamQuestion &) = default;
};

// A trainee's answer to a question, with when it was shown and answered and the articles she
// opened while it was on her screen (articlesOpenedFor in ExamEvent.h).
struct ExamQuestionAnswer
{
    QString questionId;
    QDateTime shownAt;
    QDateTime answeredAt; // null: not answered before the exam closed
    QList<int> chosen;    // the options' indexes
    QString text;         // a free answer
    QStringList articlesOpened;

    QJsonObject toJson() const;
    // What the desktop sends: question_id, answered_at, chosen (indexes) or text. invalid_field
    // or too_long naming the field.
    static Result<ExamQuestionAnswer> fromJson(const QJsonObject &object);
    friend bool operator==(const ExamQuestionAnswer &, const ExamQuestionAnswer &) = default;
};

// A question's score, 0-100 (two decimals): how right the answer was, if in time.
struct ExamQuestionScore
{
    QString questionId;
    double score = 0;
    double credit = 0;             // 0-1: how right, before the time limit was applied
    std::optional<double> seconds; // the time to answer; none: not answered
    bool late = false;             // answered after the time limit: no points
    QStringList articlesOpened;
    QString explanation; // "2 of 3 right options, 1 of 2 wrong, answered after 60 s: 16.67 of 100"

    QJsonObject toJson() const;
    static Result<ExamQuestionScore> fromJson(const QJsonObject &object);
    friend bool operator==(const ExamQuestionScore &, const ExamQuestionScore &) = default;
};

// The answer scored: single choice 1 or 0; multiple choice the right options' share chosen minus
// the wrong options' share chosen, never under 0; a free answer the share of expected words it
// holds; then 0 if late. `answer` none: not answered, 0.
ExamQuestionScore scoreQuestion(const ExamQuestion &question,
                                const std::optional<ExamQuestionAnswer> &answer);

// The words of `text` case-folded, with "ё" read as "е": "Ёлка, 14 ДНЕЙ!" → "елка", "14",
// "дней". Word boundaries are Unicode's (QTextBoundaryFinder), so Russian splits like English.
QStringList answerWords(const QString &text);

} // namespace frontline::protocol

#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// The timed questions on the knowledge base an exam may ask beside its conversations (issue 19,
// item 9a): the pack's "exam.questions", a trainee's answer, and its score.
namespace frontline::protocol {

enum class QuestionKind
{
    SingleChoice,
    MultipleChoice,
    FreeAnswer
};

QString toString(QuestionKind kind); // "single_choice", "multiple_choice", "free_answer"
std::optional<QuestionKind> questionKindFromString(QStringView text);

struct ExamQuestionOption
{
    QString id;
    QString text;
    friend bool operator==(const ExamQuestionOption &, const ExamQuestionOption &) = default;
};

// One question of a pack's exam.
struct ExamQuestion
{
    QString id;
    QuestionKind kind = QuestionKind::SingleChoice;
    QString text;
    QList<ExamQuestionOption> options; // choice questions
    QStringList correct;               // the right options' ids; exactly one for single choice
    // Free answers: the words an answer must hold. "день|дня|дней" accepts any of its forms (the
    // knowledge base's language may inflect); a word may be a phrase ("14 days").
    QStringList expectedWords;
    int timeLimitSeconds = 120;
    QStringList articles; // the KB slugs that answer it, for the results screen

    QJsonObject toJson() const;
    // Every problem names its JSON path under `path` ("exam.questions[2].options[0].id").
    static Result<ExamQuestion> fromJson(const QJsonValue &value, const QString &path);
    friend bool operator==(const ExamQuestion &, const ExamQuestion &) = default;
};

// A trainee's answer to a question, with when it was shown and answered and the articles she
// opened while it was on her screen.
struct ExamQuestionAnswer
{
    QString questionId;
    QDateTime shownAt;
    QDateTime answeredAt; // null: not answered before the exam closed
    QStringList chosen;   // option ids
    QString text;         // a free answer
    QStringList articlesOpened;

    QJsonObject toJson() const;
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
    QString explanation; // "2 of 3 right options, 0 wrong: 66.67 of 100"

    QJsonObject toJson() const;
    static Result<ExamQuestionScore> fromJson(const QJsonObject &object);
    friend bool operator==(const ExamQuestionScore &, const ExamQuestionScore &) = default;
};

// The answer scored: single choice 1 or 0; multiple choice the right options' share chosen minus
// the wrong options' share chosen, never under 0; a free answer the share of expected words it
// holds; then 0 if late. `answer` none: not answered, 0.
ExamQuestionScore scoreQuestion(const ExamQuestion &question,
                                const std::optional<ExamQuestionAnswer> &answer);

// The words of `text` case-folded, with "ё" read as "е": "Ёлка, 14 ДНЕЙ!" → ёлка→"елка", "14",
// "дней". Word boundaries are Unicode's (QTextBoundaryFinder), so Russian splits like English.
QStringList answerWords(const QString &text);

} // namespace frontline::protocol

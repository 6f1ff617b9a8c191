#pragma once

#include "protocol/ExamQuestion.h"
#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

// An exam or a practice session of one trainee (issue 19, items 7-10), as the back office's
// routes and the change feed (kind `exam`) carry it: one shape everywhere, with the fields a
// caller may not see left out (docs/training.md, "Exams and practice").
namespace frontline::protocol {

inline constexpr QLatin1StringView ExamModeExam{"exam"};
inline constexpr QLatin1StringView ExamModePractice{"practice"};

// One drawn scenario of the exam and its ticket in the sandbox.
struct ExamConversation
{
    QString scenarioId;
    QString title;
    QString ticketId; // the sandbox's ticket; empty while waiting
    QString state;    // "waiting", "active", "ended"
    QString turn;     // the customer's script's turn: trainers only
    QDateTime startedAt;
    QDateTime endedAt;

    friend bool operator==(const ExamConversation &, const ExamConversation &) = default;
};

// A question as the trainee is shown it: never its correct options or expected words.
struct ExamQuestionShown
{
    QString id;
    ExamQuestion::Kind kind = ExamQuestion::Kind::Single;
    QString text;
    QStringList options;
    int timeLimitSeconds = 120;
    bool answered = false;

    friend bool operator==(const ExamQuestionShown &, const ExamQuestionShown &) = default;
};

QString toString(ExamQuestion::Kind kind); // "single", "multiple", "free"
std::optional<ExamQuestion::Kind> examQuestionKindFromString(QStringView text);

struct Exam
{
    // Who the JSON is for: the trainee sees neither the script's turns nor her production id,
    // and of an exam's result only the total, the pass and the band (practice: all of it).
    enum class View
    {
        Trainer,
        Trainee
    };

    QString id;
    QString sandbox;
    QString sandboxTitle;
    QString mode = ExamModeExam; // "exam" or "practice"
    QString operatorId;          // production's id of the trainee
    QString operatorName;
    QString packId;
    qint64 packVersion = 0;
    QString packTitle;
    QString language;
    QString state = QStringLiteral("not_started"); // "running", "closed"
    std::optional<int> durationMinutes;            // none in practice
    QDateTime startedAt;
    QDateTime closesAt; // null in practice and before the start
    std::optional<qint64> secondsLeft;
    QDateTime closedAt;
    int simultaneous = 1;
    int scenarioCount = 0;
    QList<ExamConversation> conversations;
    QList<ExamQuestionShown> questions;
    QString createdBy;
    QDateTime createdAt;
    qint64 version = 1;
    // The ExamResult's JSON with "timeline" and "transcripts"; empty: none yet (null).
    QJsonObject result;

    bool practice() const { return mode == ExamModePractice; }
    QJsonObject toJson(View view = View::Trainer) const;
    static Result<Exam> fromJson(const QJsonObject &object);
    friend bool operator==(const Exam &, const Exam &) = default;
};

} // namespace frontline::protocol

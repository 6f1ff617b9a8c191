#pragma once

#include <QStringView>

// Exams and practice (issue 19, items 7-10): the trainer's from production, the trainee's in her
// sandbox. The back office names them in server/api/TrainingExamRoutes.cpp.
namespace frontline::protocol::paths {

inline constexpr QStringView TrainingExams = u"/training/exams";
inline constexpr QStringView TrainingExamsMine = u"/training/exams/mine";
inline constexpr QStringView TrainingExam = u"/training/exams/{id}";
inline constexpr QStringView TrainingExamStart = u"/training/exams/{id}/start";
inline constexpr QStringView TrainingExamEnd = u"/training/exams/{id}/end";
inline constexpr QStringView TrainingExamEvents = u"/training/exams/{id}/events";
inline constexpr QStringView TrainingExamAnswers = u"/training/exams/{id}/answers";

} // namespace frontline::protocol::paths

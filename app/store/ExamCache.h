#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace frontline::app {

class LocalStore;

// A trainee's exam as her cache holds it (desktop cache migration 14): the back office's exam JSON,
// when each question was first on her screen, and the questions she answered here.
struct CachedExam
{
    QJsonObject exam;
    QJsonObject shown;      // question id -> RFC 3339 time it was first shown
    QSet<QString> answered; // answered here, perhaps not yet delivered

    QString id() const { return exam.value(u"id").toString(); }
    QString state() const { return exam.value(u"state").toString(); }
    bool isPractice() const { return exam.value(u"mode").toString() == u"practice"; }
    bool isAnswered(const QString &questionId) const;
    QDateTime shownAt(const QString &questionId) const;
};

// The `exams` table: what the feed's `exam` changes (and the trainee's own GET) bring, and what
// she does to it before the back office confirms (a question shown, an answer queued).
class ExamCache
{
public:
    explicit ExamCache(LocalStore &store);

    // The exam as the back office sent it; an older version than the cache's is ignored. Must
    // run inside the caller's transaction or is its own write.
    Result<void> store(const QJsonObject &exam);
    // The exam she is taking: a running one, else one not started (the newest), else the newest
    // closed one (its result); none when the cache holds no exam.
    Result<std::optional<CachedExam>> current() const;
    Result<std::optional<CachedExam>> exam(const QString &id) const;
    // The first time a question is shown is kept; later calls leave it.
    Result<void> markShown(const QString &examId, const QString &questionId, const QDateTime &at);
    Result<void> markAnswered(const QString &examId, const QString &questionId);

private:
    LocalStore &m_store;
};

} // namespace frontline::app

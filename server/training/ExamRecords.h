#pragma once

#include "protocol/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace frontline::server {

class Store;

// One exam as a sandbox's store keeps it (`exams`, migration 24). Times are epoch ms, 0 for none.
struct ExamRow
{
    QString id;
    QString mode;
    qint64 operatorId = 0;           // her account in the sandbox
    qint64 productionOperatorId = 0; // and in production
    qint64 trainerId = 0;            // the trainer's account in the sandbox (0: none)
    QString packId;
    qint64 packVersion = 0;
    int durationMinutes = 0; // 0: practice, no clock
    int simultaneous = 1;
    QString state;
    qint64 startedAt = 0;
    qint64 closesAt = 0;
    qint64 closedAt = 0;
    QJsonObject result;
    QString createdBy;
    qint64 createdById = 0;
    qint64 createdAt = 0;
    qint64 version = 1;

    bool practice() const { return mode == u"practice"; }
};

// One drawn scenario of an exam (`exam_conversations`), in the order drawn.
struct ExamConversationRow
{
    int position = 0;
    QString scenarioId;
    qint64 ticketId = 0;
    QString state; // waiting, active, ended
    QString turn;
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    bool hinted = false;
    int rating = 0;
};

// The SQL of the exams' tables, shared by the service, its closing and the runner.
namespace examdb {

Result<QList<ExamRow>> exams(Store &store, const QString &where, const QVariantList &args);
// not_found when there is none.
Result<ExamRow> exam(Store &store, const QString &id);
Result<QList<ExamConversationRow>> conversations(Store &store, const QString &examId);
Result<void> insertExam(Store &store, const ExamRow &row);
Result<void> insertConversation(Store &store, const QString &examId,
                                const ExamConversationRow &row);
// Writes state, times and result, and moves the version on.
Result<void> saveExam(Store &store, const ExamRow &row);
Result<void> saveConversation(Store &store, const QString &examId, const ExamConversationRow &row);
Result<QStringList> answeredQuestions(Store &store, const QString &examId);
// The exam and conversation a sandbox ticket belongs to; none for a ticket of no exam.
Result<std::optional<std::pair<ExamRow, ExamConversationRow>>> byTicket(Store &store,
                                                                        qint64 ticketId);

} // namespace examdb
} // namespace frontline::server

#include "server/training/ExamRecords.h"

#include "protocol/ApiError.h"
#include "server/storage/Store.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace frontline::server::examdb {
namespace {

const QString ExamColumns = QStringLiteral(
    "SELECT id, mode, operator_id, production_operator_id, trainer_id, pack_id, pack_version, "
    "duration_minutes, simultaneous, state, started_at, closes_at, closed_at, result, "
    "created_by, created_by_id, created_at, version FROM exams ");

const QString ConversationColumns =
    QStringLiteral("SELECT position, scenario_id, ticket_id, state, turn, started_at, ended_at, "
                   "hinted, rating FROM exam_conversations ");

ExamRow examFrom(const QSqlQuery &q)
{
    ExamRow row;
    row.id = q.value(0).toString();
    row.mode = q.value(1).toString();
    row.operatorId = q.value(2).toLongLong();
    row.productionOperatorId = q.value(3).toLongLong();
    row.trainerId = q.value(4).toLongLong();
    row.packId = q.value(5).toString();
    row.packVersion = q.value(6).toLongLong();
    row.durationMinutes = q.value(7).toInt();
    row.simultaneous = q.value(8).toInt();
    row.state = q.value(9).toString();
    row.startedAt = q.value(10).toLongLong();
    row.closesAt = q.value(11).toLongLong();
    row.closedAt = q.value(12).toLongLong();
    row.result = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).object();
    row.createdBy = q.value(14).toString();
    row.createdById = q.value(15).toLongLong();
    row.createdAt = q.value(16).toLongLong();
    row.version = q.value(17).toLongLong();
    return row;
}

ExamConversationRow conversationFrom(const QSqlQuery &q)
{
    ExamConversationRow row;
    row.position = q.value(0).toInt();
    row.scenarioId = q.value(1).toString();
    row.ticketId = q.value(2).toLongLong();
    row.state = q.value(3).toString();
    row.turn = q.value(4).toString();
    row.startedAt = q.value(5).toLongLong();
    row.endedAt = q.value(6).toLongLong();
    row.hinted = q.value(7).toInt() != 0;
    row.rating = q.value(8).toInt();
    return row;
}

QVariant ms(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

QVariant resultText(const QJsonObject &result)
{
    if (result.isEmpty())
        return QVariant();
    return QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<ExamRow>> exams(Store &store, const QString &where, const QVariantList &args)
{
    auto query = store.run(ExamColumns + where, args);
    if (!query)
        return query.error();
    QList<ExamRow> rows;
    while (query.value()->next())
        rows.append(examFrom(*query.value()));
    query.value()->finish();
    return rows;
}

Result<ExamRow> exam(Store &store, const QString &id)
{
    auto rows = exams(store, QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{QString(protocol::errors::NotFound),
                     QStringLiteral("No exam %1").arg(id.left(40))};
    return rows->first();
}

Result<QList<ExamConversationRow>> conversations(Store &store, const QString &examId)
{
    auto query = store.run(ConversationColumns + u"WHERE exam_id = ? ORDER BY position", {examId});
    if (!query)
        return query.error();
    QList<ExamConversationRow> rows;
    while (query.value()->next())
        rows.append(conversationFrom(*query.value()));
    query.value()->finish();
    return rows;
}

Result<void> insertExam(Store &store, const ExamRow &row)
{
    auto inserted = store.run(
        QStringLiteral("INSERT INTO exams (id, mode, operator_id, production_operator_id, "
                       "trainer_id, pack_id, pack_version, duration_minutes, simultaneous, state, "
                       "created_by, created_by_id, created_at, version) VALUES (?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, 1)"),
        {row.id, row.mode, row.operatorId, row.productionOperatorId, ms(row.trainerId), row.packId,
         row.packVersion, row.durationMinutes ? QVariant(row.durationMinutes) : QVariant(),
         row.simultaneous, row.state, row.createdBy, row.createdById, row.createdAt});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> insertConversation(Store &store, const QString &examId, const ExamConversationRow &row)
{
    auto inserted = store.run(QStringLiteral("INSERT INTO exam_conversations (exam_id, position, "
                                             "scenario_id, state) VALUES (?, ?, ?, 'waiting')"),
                              {examId, row.position, row.scenarioId});
    if (!inserted)
        return inserted.error();
    return {};
}

Result<void> saveExam(Store &store, const ExamRow &row)
{
    // On the version it was read at: two back offices closing (or scoring) one exam at the same
    // moment do it once; the other is told it changed meanwhile.
    auto saved = store.update(
        QStringLiteral("UPDATE exams SET state = ?, started_at = ?, closes_at = ?, closed_at = ?, "
                       "result = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {row.state, ms(row.startedAt), ms(row.closesAt), ms(row.closedAt), resultText(row.result),
         row.id, row.version});
    if (!saved)
        return saved.error();
    if (saved.value() == 0)
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("Exam %1 changed meanwhile; read it again").arg(row.id)};
    return {};
}

Result<void> saveConversation(Store &store, const QString &examId, const ExamConversationRow &row)
{
    auto saved = store.update(
        QStringLiteral("UPDATE exam_conversations SET ticket_id = ?, state = ?, turn = ?, "
                       "started_at = ?, ended_at = ?, hinted = ?, rating = ? WHERE exam_id = ? "
                       "AND position = ?"),
        {ms(row.ticketId), row.state, row.turn.isEmpty() ? QVariant() : QVariant(row.turn),
         ms(row.startedAt), ms(row.endedAt), row.hinted ? 1 : 0,
         row.rating ? QVariant(row.rating) : QVariant(), examId, row.position});
    if (!saved)
        return saved.error();
    return {};
}

Result<QStringList> answeredQuestions(Store &store, const QString &examId)
{
    auto query = store.run(QStringLiteral("SELECT question_id FROM exam_answers WHERE exam_id = ?"),
                           {examId});
    if (!query)
        return query.error();
    QStringList ids;
    while (query.value()->next())
        ids.append(query.value()->value(0).toString());
    query.value()->finish();
    return ids;
}

Result<std::optional<std::pair<ExamRow, ExamConversationRow>>> byTicket(Store &store,
                                                                        qint64 ticketId)
{
    using Found = std::optional<std::pair<ExamRow, ExamConversationRow>>;
    auto examId = store.scalar(
        QStringLiteral("SELECT exam_id FROM exam_conversations WHERE ticket_id = ?"), {ticketId});
    if (!examId)
        return examId.error();
    if (examId->isNull())
        return Found();
    auto row = exam(store, examId->toString());
    if (!row)
        return row.error();
    auto list = conversations(store, row->id);
    if (!list)
        return list.error();
    for (const ExamConversationRow &conversation : list.value()) {
        if (conversation.ticketId == ticketId)
            return Found(std::pair{row.value(), conversation});
    }
    return Found();
}

} // namespace frontline::server::examdb

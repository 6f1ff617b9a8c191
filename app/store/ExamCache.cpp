#include "app/store/ExamCache.h"

#include "app/store/LocalStore.h"
#include "app/store/SqlTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>

namespace frontline::app {
namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

CachedExam fromRow(const QSqlQuery &row)
{
    CachedExam cached;
    cached.exam = QJsonDocument::fromJson(row.value(0).toByteArray()).object();
    cached.shown = QJsonDocument::fromJson(row.value(1).toByteArray()).object();
    for (const QJsonValue &id : QJsonDocument::fromJson(row.value(2).toByteArray()).array())
        cached.answered.insert(id.toString());
    return cached;
}

// Several writes that the change signal reports once, as one commit.
Result<void> inTransaction(LocalStore &store, const std::function<Result<void>()> &writes)
{
    SqlTransaction transaction(store);
    if (!transaction.begun())
        return transaction.begun().error();
    if (auto written = writes(); !written)
        return written.error();
    return transaction.commit();
}

} // namespace

bool CachedExam::isAnswered(const QString &questionId) const
{
    if (answered.contains(questionId))
        return true;
    for (const QJsonValue &question : exam.value(u"questions").toArray()) {
        if (question[u"id"].toString() == questionId)
            return question[u"answered"].toBool();
    }
    return false;
}

QDateTime CachedExam::shownAt(const QString &questionId) const
{
    return QDateTime::fromString(shown.value(questionId).toString(), Qt::ISODateWithMs);
}

ExamCache::ExamCache(LocalStore &store)
    : m_store(store)
{}

Result<void> ExamCache::store(const QJsonObject &exam)
{
    const QString id = exam.value(u"id").toString();
    if (id.isEmpty())
        return {};
    return inTransaction(m_store, [&]() -> Result<void> {
        auto stored = m_store.write(
            QStringLiteral("INSERT INTO exams (id, state, version, created_at, json) VALUES (?, ?, "
                           "?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, "
                           "version = excluded.version, json = excluded.json WHERE "
                           "excluded.version >= exams.version"),
            {id, exam.value(u"state").toString(), exam.value(u"version").toInteger(),
             exam.value(u"created_at").toString(), compact(exam)});
        if (!stored)
            return stored.error();
        m_store.pendingChanges().exams.insert(id);
        return {};
    });
}

Result<std::optional<CachedExam>> ExamCache::current() const
{
    auto query = m_store.read(QStringLiteral(
        "SELECT json, shown, answered FROM exams ORDER BY CASE state WHEN 'running' THEN 0 WHEN "
        "'not_started' THEN 1 ELSE 2 END, created_at DESC, id DESC LIMIT 1"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<CachedExam>{};
    return std::optional<CachedExam>{fromRow(query.value())};
}

Result<std::optional<CachedExam>> ExamCache::exam(const QString &id) const
{
    auto query =
        m_store.read(QStringLiteral("SELECT json, shown, answered FROM exams WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<CachedExam>{};
    return std::optional<CachedExam>{fromRow(query.value())};
}

Result<void> ExamCache::markShown(const QString &examId, const QString &questionId,
                                  const QDateTime &at)
{
    auto cached = exam(examId);
    if (!cached)
        return cached.error();
    if (!cached.value() || cached.value()->shown.contains(questionId))
        return {};
    QJsonObject shown = cached.value()->shown;
    shown.insert(questionId, at.toUTC().toString(Qt::ISODateWithMs));
    return inTransaction(m_store, [&]() -> Result<void> {
        auto written = m_store.write(QStringLiteral("UPDATE exams SET shown = ? WHERE id = ?"),
                                     {compact(shown), examId});
        if (!written)
            return written.error();
        m_store.pendingChanges().exams.insert(examId);
        return {};
    });
}

Result<void> ExamCache::markAnswered(const QString &examId, const QString &questionId)
{
    auto cached = exam(examId);
    if (!cached)
        return cached.error();
    if (!cached.value())
        return {};
    QJsonArray answered;
    for (const QString &id : cached.value()->answered)
        answered.append(id);
    if (!cached.value()->answered.contains(questionId))
        answered.append(questionId);
    return inTransaction(m_store, [&]() -> Result<void> {
        auto written = m_store.write(QStringLiteral("UPDATE exams SET answered = ? WHERE id = ?"),
                                     {compact(answered), examId});
        if (!written)
            return written.error();
        m_store.pendingChanges().exams.insert(examId);
        return {};
    });
}

} // namespace frontline::app

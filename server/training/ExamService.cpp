#include "server/training/ExamService.h"

#include "protocol/ApiError.h"
#include "protocol/Json.h"
#include "server/feed/ChangeLog.h"
#include "server/identity/Caller.h"
#include "server/storage/Store.h"
#include "server/storage/Workspaces.h"
#include "server/training/ExamRunner.h"
#include "server/training/PackService.h"
#include "server/training/ProductionOnly.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <numeric>

namespace frontline::server {
namespace {

using L = QLatin1StringView;
using protocol::json::invalidField;

QDateTime utc(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Error notFound(const QString &id)
{
    return Error{QString(protocol::errors::NotFound),
                 QStringLiteral("No exam %1").arg(id.left(40))};
}

Result<void> checkProduction(const Caller &caller)
{
    return productionOnly(caller, QStringLiteral("Exams are started and listed"));
}

QString newExamId()
{
    const quint64 random = QRandomGenerator::system()->generate64();
    return QStringLiteral("ex-%1").arg(random, 16, 16, QChar(u'0'));
}

// A whole number field from `least` to `most`; `fallback` when absent or null.
Result<int> wholeField(const QJsonObject &body, const QString &field, int least, int most,
                       int fallback)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < least ||
        value.toInt() > most)
        return invalidField(
            field, QStringLiteral("must be a whole number from %1 to %2").arg(least).arg(most));
    return value.toInt();
}

// The sandbox's account of a production operator (by her username), active.
Result<qint64> sandboxAccountOf(Store &production, Store &sandbox, qint64 productionId)
{
    auto username = production.scalar(QStringLiteral("SELECT username FROM operators WHERE id = ?"),
                                      {productionId});
    if (!username)
        return username.error();
    auto id =
        sandbox.scalar(QStringLiteral("SELECT id FROM operators WHERE username = ? AND active = 1"),
                       {username->toString()});
    if (!id)
        return id.error();
    return id->toLongLong();
}

} // namespace

protocol::Exam::View examViewFor(const Caller &caller)
{
    return caller.role() == protocol::Role::Operator ? protocol::Exam::View::Trainee
                                                     : protocol::Exam::View::Trainer;
}

ExamService::ExamService(Workspaces &workspaces, ChangeLog &changes, Clock clock, QObject *parent)
    : QObject(parent)
    , m_workspaces(workspaces)
    , m_changes(changes)
    , m_clock(std::move(clock))
{}

ExamService::~ExamService() = default;

Result<const protocol::ScenarioPack *> ExamService::packOf(const QString &packId, qint64 version)
{
    const auto key = std::pair{packId, version};
    if (auto found = m_packs.find(key); found != m_packs.end())
        return found->second.get();
    auto stored = PackService::exportPack(m_workspaces.production(), packId, version);
    if (!stored)
        return stored.error();
    auto pack = protocol::ScenarioPack::fromJson(stored.value());
    if (!pack)
        return pack.error();
    auto &slot = m_packs[std::pair{packId, pack->version}];
    slot = std::make_unique<protocol::ScenarioPack>(pack.value());
    return slot.get();
}

Result<QString> ExamService::sandboxTitle(const QString &sandbox)
{
    auto title = m_workspaces.production().scalar(
        QStringLiteral("SELECT title FROM sandboxes WHERE name = ?"), {sandbox});
    if (!title)
        return title.error();
    return title->toString();
}

Result<protocol::Exam> ExamService::view(Store &sandbox, const ExamRow &row)
{
    auto pack = packOf(row.packId, row.packVersion);
    if (!pack)
        return pack.error();
    auto title = sandboxTitle(sandbox.workspace());
    if (!title)
        return title.error();
    auto name = sandbox.scalar(QStringLiteral("SELECT display_name FROM operators WHERE id = ?"),
                               {row.operatorId});
    if (!name)
        return name.error();
    auto conversations = examdb::conversations(sandbox, row.id);
    if (!conversations)
        return conversations.error();
    auto answered = examdb::answeredQuestions(sandbox, row.id);
    if (!answered)
        return answered.error();
    const qint64 now = m_clock();
    protocol::Exam exam;
    exam.id = row.id;
    exam.sandbox = sandbox.workspace();
    exam.sandboxTitle = title.value();
    exam.mode = row.mode;
    exam.operatorId = QString::number(row.productionOperatorId);
    exam.operatorName = name->toString();
    exam.packId = row.packId;
    exam.packVersion = row.packVersion;
    exam.packTitle = pack.value()->title;
    exam.language = pack.value()->language;
    exam.state = row.state == u"running" && row.closesAt && now >= row.closesAt
                     ? QStringLiteral("closed")
                     : row.state;
    if (!row.practice()) {
        exam.durationMinutes = row.durationMinutes;
        const qint64 left = row.startedAt ? std::max<qint64>(0, row.closesAt - now)
                                          : qint64(row.durationMinutes) * 60000;
        exam.secondsLeft = exam.state == u"closed" ? 0 : (left + 999) / 1000;
    }
    exam.startedAt = utc(row.startedAt);
    exam.closesAt = utc(row.closesAt);
    exam.closedAt = utc(row.closedAt);
    exam.simultaneous = row.simultaneous;
    exam.scenarioCount = int(conversations->size());
    for (const ExamConversationRow &c : conversations.value()) {
        const protocol::PackScenario *scenario = pack.value()->scenario(c.scenarioId);
        exam.conversations.append({c.scenarioId, scenario ? scenario->title : QString(),
                                   c.ticketId ? QString::number(c.ticketId) : QString(), c.state,
                                   c.turn, utc(c.startedAt), utc(c.endedAt)});
    }
    for (const protocol::ExamQuestion &q : pack.value()->exam.questions)
        exam.questions.append(
            {q.id, q.kind, q.text, q.options, q.timeLimitSeconds, answered->contains(q.id)});
    exam.createdBy = row.createdBy;
    exam.createdAt = utc(row.createdAt);
    exam.version = row.version;
    exam.result = row.result;
    return exam;
}

Result<void> ExamService::writeRecord(const protocol::Exam &exam, const ExamRow &row)
{
    const QJsonObject result = exam.result;
    auto written = m_workspaces.production().run(
        QStringLiteral(
            "INSERT INTO training_results (exam_id, sandbox, mode, operator_id, pack_id, "
            "pack_version, state, total, passed, band, exam, created_by, created_at, closed_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
            "(exam_id) DO UPDATE SET state = excluded.state, total = excluded.total, passed = "
            "excluded.passed, band = excluded.band, exam = excluded.exam, closed_at = "
            "excluded.closed_at, updated_at = excluded.updated_at"),
        {exam.id, exam.sandbox, exam.mode, row.productionOperatorId, exam.packId, exam.packVersion,
         exam.state, result.isEmpty() ? QVariant() : QVariant(result.value(u"total").toDouble()),
         result.isEmpty() ? QVariant() : QVariant(result.value(u"passed").toBool() ? 1 : 0),
         result.isEmpty() ? QVariant() : QVariant(result.value(u"band").toString()),
         QString::fromUtf8(QJsonDocument(exam.toJson()).toJson(QJsonDocument::Compact)),
         row.createdById, row.createdAt, row.closedAt ? QVariant(row.closedAt) : QVariant(),
         m_clock()});
    if (!written)
        return written.error();
    return {};
}

Result<void> ExamService::announce(Store &sandbox, const ExamRow &row)
{
    auto exam = view(sandbox, row);
    if (!exam)
        return exam.error();
    const qint64 now = m_clock();
    // The trainee's view to her, then the whole exam to its trainer; admins read both, the whole
    // one last.
    const std::pair<qint64, protocol::Exam::View> audiences[] = {
        {row.operatorId, protocol::Exam::View::Trainee},
        {row.trainerId, protocol::Exam::View::Trainer}};
    for (const auto &[operatorId, examView] : audiences) {
        if (operatorId == 0)
            continue;
        const ChangeAudience audience = ChangeAudience::onlyOperator(operatorId);
        auto seq =
            m_changes.append(sandbox, QStringLiteral("exam"), row.id, QStringLiteral("update"),
                             exam->toJson(examView), audience, now);
        if (!seq)
            return seq.error();
        sandbox.afterCommit([this, workspace = sandbox.workspace(), seq = seq.value(), audience] {
            m_changes.announce(workspace, seq, QStringLiteral("exam"), audience);
        });
    }
    return writeRecord(exam.value(), row);
}

Result<ExamRow> ExamService::startOne(Store &sandbox, const Caller &caller,
                                      const QJsonObject &asked, const protocol::ScenarioPack &pack,
                                      qint64 productionId)
{
    Store &production = m_workspaces.production();
    auto account = sandboxAccountOf(production, sandbox, productionId);
    if (!account)
        return account.error();
    if (account.value() == 0)
        return invalidField(QStringLiteral("operator_ids"),
                            QStringLiteral("%1 is not in the sandbox's cohort").arg(productionId));
    auto open = sandbox.scalar(
        QStringLiteral("SELECT id FROM exams WHERE operator_id = ? AND state <> 'closed'"),
        {account.value()});
    if (!open)
        return open.error();
    if (!open->isNull())
        return Error{QString(protocol::errors::Conflict),
                     QStringLiteral("Operator %1 already has exam %2, not closed yet")
                         .arg(productionId)
                         .arg(open->toString())};
    auto creator = production.scalar(
        QStringLiteral("SELECT created_by FROM sandboxes WHERE name = ?"), {sandbox.workspace()});
    if (!creator)
        return creator.error();
    auto trainer = sandboxAccountOf(production, sandbox, creator->toLongLong());
    if (!trainer)
        return trainer.error();
    ExamRow row;
    row.id = newExamId();
    row.mode = asked.value(u"mode").toString();
    row.operatorId = account.value();
    row.productionOperatorId = productionId;
    row.trainerId = trainer.value();
    row.packId = pack.id;
    row.packVersion = pack.version;
    row.durationMinutes = asked.value(u"duration_minutes").toInt();
    row.simultaneous = asked.value(u"simultaneous").toInt();
    row.state = QStringLiteral("not_started");
    row.createdBy = caller.profile.displayName;
    row.createdById = caller.operatorId;
    row.createdAt = m_clock();
    if (auto inserted = examdb::insertExam(sandbox, row); !inserted)
        return inserted.error();
    // The draw: random, without replacement, kept.
    QList<qsizetype> order(pack.scenarios.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
    const qsizetype drawn = std::min<qsizetype>(pack.exam.scenarios, order.size());
    for (qsizetype i = 0; i < drawn; ++i) {
        ExamConversationRow conversation;
        conversation.position = int(i);
        conversation.scenarioId = pack.scenarios.at(order.at(i)).id;
        if (auto inserted = examdb::insertConversation(sandbox, row.id, conversation); !inserted)
            return inserted.error();
    }
    if (auto announced = announce(sandbox, row); !announced)
        return announced.error();
    return row;
}

namespace {

// The start's body checked against the sandbox and the pack: what each exam is made with.
struct StartRequest
{
    QString sandbox;
    QJsonObject asked; // mode, duration_minutes and simultaneous, resolved
    QList<qint64> operatorIds;
    QString packId;
    qint64 packVersion = 0;
};

Result<StartRequest> startRequestOf(const QJsonObject &body)
{
    StartRequest request;
    request.sandbox = body.value(u"sandbox").toString();
    if (request.sandbox.isEmpty())
        return invalidField(QStringLiteral("sandbox"), QStringLiteral("is required"));
    const QString mode = body.value(u"mode").toString(QString(protocol::ExamModeExam));
    if (mode != protocol::ExamModeExam && mode != protocol::ExamModePractice)
        return invalidField(QStringLiteral("mode"), QStringLiteral("must be exam or practice"));
    request.asked.insert(L("mode"), mode);
    const QJsonValue ids = body.value(u"operator_ids");
    if (!ids.isUndefined() && !ids.isNull()) {
        const QJsonArray list = ids.toArray();
        if (!ids.isArray() || list.isEmpty() || list.size() > ExamService::MaxTrainees)
            return invalidField(QStringLiteral("operator_ids"),
                                QStringLiteral("must list 1 to %1 operators' ids, or be null "
                                               "for the whole cohort")
                                    .arg(ExamService::MaxTrainees));
        for (const QJsonValue &id : list) {
            const qint64 value = id.isDouble() ? id.toInteger() : id.toString().toLongLong();
            if (value <= 0)
                return invalidField(QStringLiteral("operator_ids"),
                                    QStringLiteral("each must be an operator's id"));
            if (!request.operatorIds.contains(value))
                request.operatorIds.append(value);
        }
    }
    const QJsonValue pack = body.value(u"pack_id");
    if (!pack.isUndefined() && !pack.isNull() && (!pack.isString() || pack.toString().isEmpty()))
        return invalidField(QStringLiteral("pack_id"), QStringLiteral("must be a pack's id"));
    request.packId = pack.toString();
    auto version = wholeField(body, QStringLiteral("pack_version"), 1, 1000000000, 0);
    if (!version)
        return version.error();
    request.packVersion = version.value();
    if (mode == protocol::ExamModePractice && body.contains(u"duration_minutes") &&
        !body.value(u"duration_minutes").isNull())
        return invalidField(QStringLiteral("duration_minutes"),
                            QStringLiteral("practice has no clock; leave it out"));
    return request;
}

// The exam's clock and customers at once, from the request or else the pack.
Result<void> resolveWithPack(StartRequest &request, const QJsonObject &body,
                             const protocol::ScenarioPack &pack)
{
    const bool practice = request.asked.value(u"mode").toString() == protocol::ExamModePractice;
    auto duration =
        wholeField(body, QStringLiteral("duration_minutes"), 5, 240, pack.exam.durationMinutes);
    if (!duration)
        return duration.error();
    auto simultaneous =
        wholeField(body, QStringLiteral("simultaneous"), 1, 5, pack.exam.simultaneous);
    if (!simultaneous)
        return simultaneous.error();
    request.asked.insert(L("duration_minutes"), practice ? 0 : duration.value());
    request.asked.insert(L("simultaneous"), practice ? 1 : simultaneous.value());
    return {};
}

} // namespace

Result<QList<protocol::Exam>> ExamService::start(const Caller &caller, const QJsonObject &body)
{
    if (auto production = checkProduction(caller); !production)
        return production.error();
    auto request = startRequestOf(body);
    if (!request)
        return request.error();
    Store &production = m_workspaces.production();
    auto registered =
        production.run(QStringLiteral("SELECT pack_id, created_by FROM sandboxes WHERE name = ?"),
                       {request->sandbox});
    if (!registered)
        return registered.error();
    const bool known = registered.value()->next();
    const QString sandboxPack = known ? registered.value()->value(0).toString() : QString();
    const qint64 createdBy = known ? registered.value()->value(1).toLongLong() : 0;
    registered.value()->finish();
    Store *sandbox = m_workspaces.find(request->sandbox);
    if (!known || !sandbox ||
        (caller.role() != protocol::Role::Admin && createdBy != caller.operatorId))
        return invalidField(QStringLiteral("sandbox"), QStringLiteral("no such sandbox of yours"));
    if (request->packId.isEmpty())
        request.value().packId = sandboxPack;
    if (request->packId.isEmpty())
        return invalidField(QStringLiteral("pack_id"),
                            QStringLiteral("is required: the sandbox has no pack"));
    auto pack = packOf(request->packId, request->packVersion);
    if (!pack)
        return pack.error().code == protocol::errors::NotFound
                   ? invalidField(QStringLiteral("pack_id"), QStringLiteral("no such pack"))
                   : pack.error();
    if (auto resolved = resolveWithPack(request.value(), body, *pack.value()); !resolved)
        return resolved.error();
    auto cohort = production.run(
        QStringLiteral("SELECT operator_id FROM sandbox_trainees WHERE sandbox = ? ORDER BY "
                       "added_at, operator_id"),
        {request->sandbox});
    if (!cohort)
        return cohort.error();
    QList<qint64> members;
    while (cohort.value()->next())
        members.append(cohort.value()->value(0).toLongLong());
    cohort.value()->finish();
    if (request->operatorIds.isEmpty())
        request.value().operatorIds = members;
    if (request->operatorIds.isEmpty())
        return invalidField(QStringLiteral("operator_ids"), QStringLiteral("the cohort is empty"));
    for (qint64 id : std::as_const(request->operatorIds)) {
        if (!members.contains(id))
            return invalidField(QStringLiteral("operator_ids"),
                                QStringLiteral("%1 is not in the sandbox's cohort").arg(id));
    }
    Transaction sandboxTransaction(*sandbox);
    if (!sandboxTransaction.started())
        return sandboxTransaction.started().error();
    Transaction productionTransaction(production);
    if (!productionTransaction.started())
        return productionTransaction.started().error();
    if (auto prepared = ExamRunner::prepareSandbox(*sandbox, *pack.value(), m_clock()); !prepared)
        return prepared.error();
    QList<protocol::Exam> exams;
    for (qint64 id : std::as_const(request->operatorIds)) {
        auto row = startOne(*sandbox, caller, request->asked, *pack.value(), id);
        if (!row)
            return row.error();
        auto exam = view(*sandbox, row.value());
        if (!exam)
            return exam.error();
        exams.append(exam.value());
    }
    if (auto committed = sandboxTransaction.commit(); !committed)
        return committed.error();
    if (auto committed = productionTransaction.commit(); !committed)
        return committed.error();
    return exams;
}

Result<std::pair<Store *, ExamRow>> ExamService::managedExam(const Caller &caller,
                                                             const QString &id)
{
    if (auto production = checkProduction(caller); !production)
        return production.error();
    auto found = m_workspaces.production().run(
        // A deleted sandbox's exams stay its trainer's: the one who started them.
        QStringLiteral("SELECT r.sandbox, COALESCE(s.created_by, r.created_by) FROM "
                       "training_results r LEFT JOIN sandboxes s ON s.name = r.sandbox WHERE "
                       "r.exam_id = ?"),
        {id});
    if (!found)
        return found.error();
    if (!found.value()->next())
        return notFound(id);
    const QString sandbox = found.value()->value(0).toString();
    const qint64 createdBy = found.value()->value(1).toLongLong();
    found.value()->finish();
    if (caller.role() != protocol::Role::Admin && createdBy != caller.operatorId)
        return notFound(id);
    Store *store = m_workspaces.find(sandbox);
    if (!store)
        return std::pair<Store *, ExamRow>{nullptr, ExamRow{}};
    if (auto settled = settle(*store); !settled)
        return settled.error();
    auto row = examdb::exam(*store, id);
    if (!row && row.error().code == protocol::errors::NotFound)
        return std::pair<Store *, ExamRow>{nullptr, ExamRow{}}; // reset since: the record
    if (!row)
        return row.error();
    return std::pair{store, row.value()};
}

Result<protocol::Exam> ExamService::recordOf(const QString &id)
{
    auto text = m_workspaces.production().scalar(
        QStringLiteral("SELECT exam FROM training_results WHERE exam_id = ?"), {id});
    if (!text)
        return text.error();
    if (text->isNull())
        return notFound(id);
    return protocol::Exam::fromJson(QJsonDocument::fromJson(text->toString().toUtf8()).object());
}

Result<protocol::Exam> ExamService::get(const Caller &caller, const QString &id)
{
    if (caller.workspace != Workspaces::Production) {
        if (auto settled = settle(*caller.store); !settled)
            return settled.error();
        auto row = examdb::exam(*caller.store, id);
        if (!row)
            return row.error();
        if (caller.role() == protocol::Role::Operator && row->operatorId != caller.operatorId)
            return notFound(id);
        return view(*caller.store, row.value());
    }
    auto managed = managedExam(caller, id);
    if (!managed)
        return managed.error();
    if (!managed->first)
        return recordOf(id);
    return view(*managed->first, managed->second);
}

Result<QList<protocol::Exam>> ExamService::list(const Caller &caller, const ExamFilter &filter,
                                                int limit)
{
    if (auto production = checkProduction(caller); !production)
        return production.error();
    QString where = QStringLiteral("WHERE (? = 1 OR COALESCE(s.created_by, r.created_by) = ?)");
    QVariantList args{caller.role() == protocol::Role::Admin ? 1 : 0, caller.operatorId};
    const std::pair<QString, QString> filters[] = {{QStringLiteral("r.sandbox"), filter.sandbox},
                                                   {QStringLiteral("r.state"), filter.state},
                                                   {QStringLiteral("r.mode"), filter.mode}};
    for (const auto &[column, value] : filters) {
        if (value.isEmpty())
            continue;
        where += u" AND " + column + u" = ?";
        args.append(value);
    }
    if (!filter.operatorId.isEmpty()) {
        where += u" AND r.operator_id = ?";
        args.append(filter.operatorId.toLongLong());
    }
    args.append(limit);
    auto rows = m_workspaces.production().run(
        QStringLiteral("SELECT r.exam_id FROM training_results r LEFT JOIN sandboxes s ON s.name "
                       "= r.sandbox ") +
            where + u" ORDER BY r.created_at DESC, r.exam_id LIMIT ?",
        args);
    if (!rows)
        return rows.error();
    QStringList ids;
    while (rows.value()->next())
        ids.append(rows.value()->value(0).toString());
    rows.value()->finish();
    QList<protocol::Exam> exams;
    for (const QString &id : std::as_const(ids)) {
        auto exam = get(caller, id);
        if (!exam)
            return exam.error();
        exams.append(exam.value());
    }
    return exams;
}

} // namespace frontline::server

#include "app/training/TrainerExams.h"

#include "app/net/BackOfficeClient.h"
#include "protocol/ApiPaths.h"

#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

namespace frontline::app {
namespace {

QString examPath(QStringView path, const QString &examId)
{
    return path.toString().replace(QLatin1StringView("{id}"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(examId)));
}

QList<QJsonObject> objectsOf(const QJsonArray &array)
{
    QList<QJsonObject> objects;
    objects.reserve(array.size());
    for (const QJsonValue &each : array)
        objects.append(each.toObject());
    return objects;
}

} // namespace

QJsonObject ExamStartRequest::toJson() const
{
    QJsonObject body{{QStringLiteral("sandbox"), sandbox}, {QStringLiteral("mode"), mode}};
    if (operatorIds)
        body.insert(QStringLiteral("operator_ids"), QJsonArray::fromStringList(*operatorIds));
    if (!packId.isEmpty())
        body.insert(QStringLiteral("pack_id"), packId);
    if (durationMinutes && mode == u"exam")
        body.insert(QStringLiteral("duration_minutes"), *durationMinutes);
    if (simultaneous && mode == u"exam")
        body.insert(QStringLiteral("simultaneous"), *simultaneous);
    return body;
}

TrainerExams::TrainerExams(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, &TrainerExams::refresh);
}

void TrainerExams::setSandbox(const QString &sandbox)
{
    if (sandbox == m_sandbox)
        return;
    m_sandbox = sandbox;
    m_exams.clear();
    Q_EMIT examsChanged();
    refresh();
}

void TrainerExams::setPolling(bool on)
{
    if (on == m_poll->isActive())
        return;
    if (on) {
        m_poll->start();
        refresh();
    } else {
        m_poll->stop();
    }
}

bool TrainerExams::isPolling() const
{
    return m_poll->isActive();
}

void TrainerExams::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

void TrainerExams::refresh()
{
    QUrlQuery query;
    if (!m_sandbox.isEmpty())
        query.addQueryItem(QStringLiteral("sandbox"), m_sandbox);
    ApiRequest request;
    request.path = protocol::paths::TrainingExams.toString();
    if (!query.isEmpty())
        request.path += u'?' + query.toString(QUrl::FullyEncoded);
    const int mine = ++m_generation;
    m_client.send(request, this, [this, mine](const ApiReply &reply) {
        if (mine != m_generation)
            return;
        if (!reply.ok())
            return Q_EMIT failed(reply.error.toError());
        m_exams = objectsOf(reply.json.value(u"exams").toArray());
        Q_EMIT examsChanged();
    });
}

void TrainerExams::loadSandboxes()
{
    ApiRequest request;
    request.path = protocol::paths::TrainingSandboxes.toString();
    m_client.send(request, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return Q_EMIT failed(reply.error.toError());
        m_sandboxes = objectsOf(reply.json.value(u"sandboxes").toArray());
        Q_EMIT sandboxesChanged();
    });
}

void TrainerExams::loadPacks()
{
    ApiRequest request;
    request.path = protocol::paths::TrainingPacks.toString();
    m_client.send(request, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return Q_EMIT failed(reply.error.toError());
        m_packs = objectsOf(reply.json.value(u"packs").toArray());
        Q_EMIT packsChanged();
    });
}

void TrainerExams::start(const ExamStartRequest &start)
{
    ApiRequest request;
    request.method = "POST";
    request.path = protocol::paths::TrainingExams.toString();
    request.body = start.toJson();
    request.hasBody = true;
    m_client.send(request, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return Q_EMIT failed(reply.error.toError());
        Q_EMIT started(objectsOf(reply.json.value(u"exams").toArray()));
        refresh();
    });
}

void TrainerExams::end(const QString &examId)
{
    ApiRequest request;
    request.method = "POST";
    request.path = examPath(protocol::paths::TrainingExamEnd, examId);
    request.hasBody = true;
    m_client.send(request, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return Q_EMIT failed(reply.error.toError());
        Q_EMIT ended(reply.json);
        refresh();
    });
}

void TrainerExams::fetch(const QString &examId)
{
    ApiRequest request;
    request.path = examPath(protocol::paths::TrainingExam, examId);
    m_client.send(request, this, [this](const ApiReply &reply) {
        if (!reply.ok())
            return Q_EMIT failed(reply.error.toError());
        Q_EMIT fetched(reply.json);
    });
}

} // namespace frontline::app

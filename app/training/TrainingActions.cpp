#include "app/training/TrainingActions.h"

#include "app/net/BackOfficeClient.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"

#include <QJsonArray>
#include <QUrl>

namespace frontline::app {
namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString sandboxPath(QStringView path, const QString &name)
{
    return path.toString().replace(QLatin1StringView("{name}"), encoded(name));
}

QString packPath(const QString &id)
{
    return protocol::paths::TrainingPack.toString().replace(QLatin1StringView("{id}"), encoded(id));
}

ApiRequest request(const QByteArray &method, const QString &path)
{
    ApiRequest asked;
    asked.method = method;
    asked.path = path;
    return asked;
}

ApiRequest withBody(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    ApiRequest asked = request(method, path);
    asked.body = body;
    asked.hasBody = true;
    return asked;
}

} // namespace

PackListing PackListing::fromJson(const QJsonObject &object)
{
    PackListing pack;
    pack.id = object.value(u"id").toString();
    pack.version = object.value(u"version").toInteger();
    pack.title = object.value(u"title").toString();
    pack.language = object.value(u"language").toString();
    pack.scenarios = object.value(u"scenarios").toInt();
    pack.versions = object.value(u"versions").toInt();
    pack.importedAt =
        QDateTime::fromString(object.value(u"imported_at").toString(), Qt::ISODateWithMs);
    return pack;
}

TrainingActions::TrainingActions(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void TrainingActions::send(const ApiRequest &request, QObject *context,
                           std::function<void(const ApiReply &)> answer)
{
    m_client.send(request, context ? context : this, std::move(answer));
}

QList<protocol::PackProblem> TrainingActions::problemsOf(const ApiReply &reply)
{
    QList<protocol::PackProblem> problems;
    const QJsonArray listed = reply.json.value(u"error").toObject().value(u"problems").toArray();
    for (const QJsonValue &each : listed)
        problems.append({each[u"path"].toString(), each[u"message"].toString()});
    return problems;
}

void TrainingActions::sandboxes(QObject *context, Done<QList<protocol::Sandbox>> done)
{
    send(request("GET", protocol::paths::TrainingSandboxes.toString()), context,
         [done](const ApiReply &reply) {
             if (!reply.ok())
                 return done(reply.error.toError());
             QList<protocol::Sandbox> list;
             for (const QJsonValue &each : reply.json.value(u"sandboxes").toArray()) {
                 auto sandbox = protocol::Sandbox::fromJson(each.toObject());
                 if (!sandbox)
                     return done(sandbox.error());
                 list.append(sandbox.value());
             }
             done(list);
         });
}

void TrainingActions::sandboxCall(const QByteArray &method, const QString &path, QObject *context,
                                  Done<protocol::Sandbox> done)
{
    send(request(method, path), context, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(reply.error.toError());
        done(protocol::Sandbox::fromJson(reply.json));
    });
}

void TrainingActions::createSandbox(QObject *context, const NewSandbox &sandbox,
                                    Done<protocol::Sandbox> done)
{
    QJsonObject body{{QStringLiteral("name"), sandbox.name.trimmed()},
                     {QStringLiteral("title"), sandbox.title.trimmed()}};
    if (!sandbox.packId.isEmpty())
        body.insert(QStringLiteral("pack_id"), sandbox.packId);
    send(withBody("POST", protocol::paths::TrainingSandboxes.toString(), body), context,
         [done](const ApiReply &reply) {
             if (!reply.ok())
                 return done(reply.error.toError());
             done(protocol::Sandbox::fromJson(reply.json));
         });
}

void TrainingActions::resetSandbox(QObject *context, const QString &name,
                                   Done<protocol::Sandbox> done)
{
    sandboxCall("POST", sandboxPath(protocol::paths::TrainingSandboxReset, name), context,
                std::move(done));
}

void TrainingActions::deleting(const QString &path, QObject *context, Done<void> done)
{
    send(request("DELETE", path), context, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(reply.error.toError());
        done({});
    });
}

void TrainingActions::deleteSandbox(QObject *context, const QString &name, Done<void> done)
{
    deleting(sandboxPath(protocol::paths::TrainingSandbox, name), context, std::move(done));
}

void TrainingActions::addTrainee(QObject *context, const QString &sandbox,
                                 const QString &operatorId, Done<protocol::Sandbox> done)
{
    const QString path = sandboxPath(protocol::paths::TrainingSandboxTrainee, sandbox)
                             .replace(QLatin1StringView("{operator_id}"), encoded(operatorId));
    sandboxCall("PUT", path, context, std::move(done));
}

void TrainingActions::removeTrainee(QObject *context, const QString &sandbox,
                                    const QString &operatorId, Done<protocol::Sandbox> done)
{
    const QString path = sandboxPath(protocol::paths::TrainingSandboxTrainee, sandbox)
                             .replace(QLatin1StringView("{operator_id}"), encoded(operatorId));
    sandboxCall("DELETE", path, context, std::move(done));
}

void TrainingActions::packs(QObject *context, Done<QList<PackListing>> done)
{
    send(request("GET", protocol::paths::TrainingPacks.toString()), context,
         [done](const ApiReply &reply) {
             if (!reply.ok())
                 return done(reply.error.toError());
             QList<PackListing> list;
             for (const QJsonValue &each : reply.json.value(u"packs").toArray())
                 list.append(PackListing::fromJson(each.toObject()));
             done(list);
         });
}

void TrainingActions::importPack(QObject *context, const QJsonObject &pack, ImportDone done)
{
    send(withBody("POST", protocol::paths::TrainingPacks.toString(), pack), context,
         [done](const ApiReply &reply) {
             if (!reply.ok())
                 return done(reply.error.toError(), problemsOf(reply));
             done(PackListing::fromJson(reply.json), {});
         });
}

void TrainingActions::exportPack(QObject *context, const QString &id, qint64 version,
                                 Done<QJsonObject> done)
{
    QString path = packPath(id);
    if (version > 0)
        path += u"?version=" + QString::number(version);
    send(request("GET", path), context, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(reply.error.toError());
        done(reply.json);
    });
}

void TrainingActions::deletePack(QObject *context, const QString &id, Done<void> done)
{
    deleting(packPath(id), context, std::move(done));
}

void TrainingActions::operatorFigures(QObject *context, const QString &operatorId,
                                      const QString &bucket, Done<protocol::OperatorFigures> done)
{
    const QString path = protocol::paths::TrainingOperatorFigures.toString().replace(
                             QLatin1StringView("{id}"), encoded(operatorId)) +
                         u"?bucket=" + encoded(bucket);
    send(request("GET", path), context, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(reply.error.toError());
        done(protocol::OperatorFigures::fromJson(reply.json));
    });
}

void TrainingActions::assignCourse(QObject *context, const NewCourse &course, Done<QString> done)
{
    QJsonObject body{
        {QStringLiteral("operator_id"), course.operatorId},
        {QStringLiteral("pack_id"), course.packId},
        {QStringLiteral("scenario_ids"), QJsonArray::fromStringList(course.scenarioIds)},
        {QStringLiteral("reason"), course.reason}};
    if (course.due.isValid())
        body.insert(QStringLiteral("due_date"), course.due.toString(Qt::ISODate));
    send(withBody("POST", protocol::paths::TrainingCourses.toString(), body), context,
         [done](const ApiReply &reply) {
             if (!reply.ok())
                 return done(reply.error.toError());
             done(reply.json.value(u"id").toString());
         });
}

void TrainingActions::workspaces(QObject *context, Done<QList<protocol::WorkspaceChoice>> done)
{
    send(request("GET", protocol::paths::MyWorkspaces.toString()), context,
         [done](const ApiReply &reply) {
             if (!reply.ok())
                 return done(reply.error.toError());
             QList<protocol::WorkspaceChoice> list;
             for (const QJsonValue &each : reply.json.value(u"workspaces").toArray()) {
                 auto choice = protocol::WorkspaceChoice::fromJson(each.toObject());
                 if (choice)
                     list.append(choice.value());
             }
             done(list);
         });
}

} // namespace frontline::app

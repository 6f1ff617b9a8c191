#pragma once

#include "protocol/OperatorFigures.h"
#include "protocol/Result.h"
#include "protocol/Sandbox.h"
#include "protocol/ScenarioPack.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace frontline::app {

class BackOfficeClient;
struct ApiReply;
struct ApiRequest;

// A scenario pack as GET /training/packs lists it: its newest version.
struct PackListing
{
    QString id;
    qint64 version = 0;
    QString title;
    QString language;
    int scenarios = 0;
    int versions = 0;
    QDateTime importedAt;

    static PackListing fromJson(const QJsonObject &object);
    friend bool operator==(const PackListing &, const PackListing &) = default;
};

// A sandbox to make (POST /training/sandboxes); an empty pack: none.
struct NewSandbox
{
    QString name;
    QString title;
    QString packId;
};

// A course to assign an operator (POST /training/courses).
struct NewCourse
{
    QString operatorId;
    QString packId;
    QStringList scenarioIds;
    QString reason;
    QDate due; // invalid: none
};

// The trainer's requests to the back office (issue 19): her sandboxes and their cohorts, the
// scenario packs, an operator's figures and the courses she assigns, and where the signed-in user
// may work. Widgets ask through this, never the network; each callback runs once, on `context`'s
// thread, unless `context` is gone, with the answer or the back office's refusal in its words.
class TrainingActions : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Done = std::function<void(const Result<T> &)>;
    // An import's answer: the pack's listing, or the refusal and, for a pack the back office
    // read and found wrong, every problem with its JSON path.
    using ImportDone =
        std::function<void(const Result<PackListing> &, const QList<protocol::PackProblem> &)>;

    explicit TrainingActions(BackOfficeClient &client, QObject *parent = nullptr);

    void sandboxes(QObject *context, Done<QList<protocol::Sandbox>> done);
    void createSandbox(QObject *context, const NewSandbox &sandbox, Done<protocol::Sandbox> done);
    void resetSandbox(QObject *context, const QString &name, Done<protocol::Sandbox> done);
    void deleteSandbox(QObject *context, const QString &name, Done<void> done);
    // `operatorId` is her production id; the answer is the sandbox with its cohort.
    void addTrainee(QObject *context, const QString &sandbox, const QString &operatorId,
                    Done<protocol::Sandbox> done);
    void removeTrainee(QObject *context, const QString &sandbox, const QString &operatorId,
                       Done<protocol::Sandbox> done);

    void packs(QObject *context, Done<QList<PackListing>> done);
    // A new pack, or a new version of one (its version above the newest).
    void importPack(QObject *context, const QJsonObject &pack, ImportDone done);
    // The pack as imported; `version` 0: the newest.
    void exportPack(QObject *context, const QString &id, qint64 version, Done<QJsonObject> done);
    void deletePack(QObject *context, const QString &id, Done<void> done);

    // `bucket`: "week" or "day".
    void operatorFigures(QObject *context, const QString &operatorId, const QString &bucket,
                         Done<protocol::OperatorFigures> done);
    // The course's id.
    void assignCourse(QObject *context, const NewCourse &course, Done<QString> done);
    // GET /me/workspaces: production and the sandboxes the user may sign in to.
    void workspaces(QObject *context, Done<QList<protocol::WorkspaceChoice>> done);

    // The problems a 422 from the pack import lists (error.problems), in its order.
    static QList<protocol::PackProblem> problemsOf(const ApiReply &reply);

private:
    void send(const ApiRequest &request, QObject *context,
              std::function<void(const ApiReply &)> answer);
    void sandboxCall(const QByteArray &method, const QString &path, QObject *context,
                     Done<protocol::Sandbox> done);
    void deleting(const QString &path, QObject *context, Done<void> done);

    BackOfficeClient &m_client;
};

} // namespace frontline::app

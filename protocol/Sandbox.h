#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace frontline::protocol {

// A trainee of a sandbox's cohort: a production operator, who signs in to the sandbox with her
// own username and password.
struct SandboxTrainee
{
    QString operatorId; // her production id
    QString username;
    QString displayName;
    QDateTime addedAt;

    QJsonObject toJson() const;
    static Result<SandboxTrainee> fromJson(const QJsonObject &object);
    friend bool operator==(const SandboxTrainee &, const SandboxTrainee &) = default;
};

// A trainer's sandbox (issue 19): a workspace of its own, named in its tokens, that never shares a
// row with production. `packId` is the scenario pack it was filled from (empty: none).
struct Sandbox
{
    QString name;  // [a-z][a-z0-9-]{2,31}, never "production"
    QString title; // shown in the trainee's band, at most 80 characters
    QString packId;
    QString createdById; // the trainer's production id
    QString createdByName;
    QDateTime createdAt;
    QDateTime resetAt; // null until reset
    QList<SandboxTrainee> trainees;

    QJsonObject toJson() const;
    static Result<Sandbox> fromJson(const QJsonObject &object);
    friend bool operator==(const Sandbox &, const Sandbox &) = default;
};

// A workspace the signed-in user may sign in to (`GET /me/workspaces`): production, or a sandbox
// she belongs to, with the role she has there.
struct WorkspaceChoice
{
    QString name;
    QString title;
    bool sandbox = false;
    QString role;

    QJsonObject toJson() const;
    static Result<WorkspaceChoice> fromJson(const QJsonObject &object);
    friend bool operator==(const WorkspaceChoice &, const WorkspaceChoice &) = default;
};

} // namespace frontline::protocol

#pragma once

#include "protocol/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace frontline::protocol {

// A store the center answers for: its queues, customers and knowledge-base scope, inside one
// workspace (docs/decisions.md: a project is not a workspace). Its client accounts read its
// figures; `showConversations` lets them read its conversations too (off by default).
struct Project
{
    QString id;
    QString slug; // 2-40 of [a-z0-9-], unique in the workspace: what admin commands name it by
    QString name;
    bool showConversations = false;
    QStringList queues; // sorted
    qint64 version = 1;

    QJsonObject toJson() const;
    static Result<Project> fromJson(const QJsonObject &object);
    friend bool operator==(const Project &, const Project &) = default;
};

// The fields of POST /projects (slug and name required) or PATCH /projects/{id} (any of name,
// show_conversations and queues, with the version it was read at), checked for their shape:
// invalid_field (422) naming the first bad one. Whether the queues exist is the back office's.
struct ProjectWrite
{
    QString slug;
    std::optional<QString> name;
    std::optional<bool> showConversations;
    std::optional<QStringList> queues; // the project's queues afterwards, duplicates dropped
    qint64 version = 0;                // PATCH only
};
Result<ProjectWrite> projectCreateFromRequest(const QJsonObject &body);
Result<ProjectWrite> projectUpdateFromRequest(const QJsonObject &body);
// Whether `slug` is 2-40 characters of a-z, 0-9 and '-'.
bool isProjectSlug(const QString &slug);

} // namespace frontline::protocol

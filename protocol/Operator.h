#pragma once

#include "protocol/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace frontline::protocol {

// Who may do what. Checked on the server; the client only hides what the server would refuse.
enum class Role
{
    Operator,
    Supervisor,
    Trainer,
    Admin,
    Integration,
    Client // an account of a store the center serves: reads its own project's figures
};

QString toString(Role role);
std::optional<Role> roleFromString(QStringView text);

// A person (or a channel adapter, for the integration role) who signs in to the back office.
struct Operator
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Operator;
    int line = 1; // 1st or 2nd line of support
    QString team;
    int maxChats = 3;
    QString locale = QStringLiteral("en");
    QStringList queues; // the queues (skills) whose tickets this operator handles
    QString projectId;  // client accounts: the project (store) they belong to; empty otherwise

    QJsonObject toJson() const;
    static Result<Operator> fromJson(const QJsonObject &object);

    friend bool operator==(const Operator &, const Operator &) = default;
};

} // namespace frontline::protocol

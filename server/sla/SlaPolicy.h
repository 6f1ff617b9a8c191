#pragma once

#include "protocol/Result.h"
#include "protocol/Ticket.h"

#include <QList>

namespace frontline::server {

// The service levels a ticket is held to, by channel and priority: how soon the first reply and
// the resolution are due. Defaults: chat first response 60 s, other channels 4 h, resolution
// 24 h. A JSON file (`--sla-config`) overrides them; the most specific rule wins (channel and
// priority, then channel, then priority, then the default).
class SlaPolicy
{
public:
    struct Targets
    {
        qint64 firstResponseMs = 0;
        qint64 resolutionMs = 0;
    };

    SlaPolicy(); // the defaults

    // {"rules": [{"channel": "chat"|"*", "priority": "urgent"|"*",
    //             "first_response_seconds": 60, "resolution_seconds": 86400}, ...]}
    static Result<SlaPolicy> fromJson(const QByteArray &json);
    static Result<SlaPolicy> fromFile(const QString &path);

    Targets targets(protocol::Channel channel, protocol::Priority priority) const;

private:
    struct Rule
    {
        std::optional<protocol::Channel> channel;
        std::optional<protocol::Priority> priority;
        std::optional<qint64> firstResponseMs;
        std::optional<qint64> resolutionMs;
    };
    QList<Rule> m_rules; // the defaults first; later rules of equal specificity win
};

} // namespace frontline::server

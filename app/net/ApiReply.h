#pragma once

#include "protocol/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace frontline::app {

// A failed call to the back office, by what the caller should do about it.
struct ApiError
{
    enum class Kind
    {
        None,
        Network,              // no answer: refused, reset, DNS
        Timeout,              // no answer in time
        Tls,                  // the certificate did not verify
        BadRequest,           // 400, 413, 415
        Unauthorized,         // 401: sign in again
        Forbidden,            // 403
        NotFound,             // 404
        Conflict,             // 409: the resource's state forbids it
        VersionMismatch,      // 412: stale If-Match
        InvalidField,         // 422 (also idempotency_key_reused)
        PreconditionRequired, // 428
        RateLimited,          // 429: wait retryAfterSeconds
        Server,               // 5xx
        Other
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message;
    QString field;
    int retryAfterSeconds = 0;

    // Worth retrying later with the same request.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited ||
               kind == Kind::Server;
    }
    Error toError() const { return Error{code, message, field}; }
};

struct ApiReply
{
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray etag;
    bool replayed = false; // Idempotent-Replayed: true
    // The answer's headers, for those a route adds (the audit log's CSV pages: Next-Before).
    QList<QPair<QByteArray, QByteArray>> headers;
    ApiError error;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }

    bool ok() const { return error.kind == ApiError::Kind::None; }
};

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // below /api/v1, with its query: "/changes?since=0"
    QJsonObject body;
    bool hasBody = false;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true;
};

} // namespace frontline::app

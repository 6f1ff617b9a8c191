#pragma once

#include "protocol/Result.h"

#include <QJsonObject>

// The contract's error body: {"error": {"code": "snake_case", "message": "...", "field"?: "..."}}.
namespace frontline::protocol {

namespace errors {
inline constexpr QLatin1StringView MalformedJson{"malformed_json"};
inline constexpr QLatin1StringView UnsupportedMediaType{"unsupported_media_type"};
inline constexpr QLatin1StringView NotFound{"not_found"};
inline constexpr QLatin1StringView MethodNotAllowed{"method_not_allowed"};
inline constexpr QLatin1StringView InvalidField{"invalid_field"};
// A string or list of a request over its maximum (protocol/FieldLimits.h): 422, like invalid_field.
inline constexpr QLatin1StringView TooLong{"too_long"};
inline constexpr QLatin1StringView Unauthorized{"unauthorized"};
inline constexpr QLatin1StringView Forbidden{"forbidden"};
inline constexpr QLatin1StringView PayloadTooLarge{"payload_too_large"};
inline constexpr QLatin1StringView PreconditionRequired{"precondition_required"};
inline constexpr QLatin1StringView VersionMismatch{"version_mismatch"};
inline constexpr QLatin1StringView IdempotencyKeyReused{"idempotency_key_reused"};
inline constexpr QLatin1StringView Conflict{"conflict"};
inline constexpr QLatin1StringView RateLimited{"rate_limited"};
inline constexpr QLatin1StringView DatabaseError{"database_error"};
inline constexpr QLatin1StringView Internal{"internal_error"};
// The HTTP front's own limits (docs/security.md, "The nginx front").
inline constexpr QLatin1StringView RequestTimeout{"request_timeout"};
inline constexpr QLatin1StringView TooManyConnections{"too_many_connections"};
// A training exam (issue 19): a message, search or answer sent before it started or after it
// closed (409).
inline constexpr QLatin1StringView ExamNotStarted{"exam_not_started"};
inline constexpr QLatin1StringView ExamClosed{"exam_closed"};
} // namespace errors

QJsonObject errorToJson(const Error &error);
// Reads an error body; a body that is not one gives a generic error with the HTTP status in it.
Error errorFromBody(const QByteArray &body, int httpStatus);

} // namespace frontline::protocol

#pragma once

#include "protocol/Result.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace frontline::server {

class Store;
struct ApiRequest;
struct HttpResponse;

// Idempotency-Key records: the first response to a (caller, key) pair, kept so a retried request
// gets the same answer instead of a second message. A key reused with another body is refused.
namespace idempotency {

inline constexpr qint64 RetentionMs = 48LL * 3600 * 1000; // the contract promises at least 24 h

struct StoredResponse
{
    int status = 0;
    QByteArray body;
};

QString requestHash(const QString &method, const QString &path, const QByteArray &body);
// Validates a client's key: 1-200 printable ASCII characters.
Result<void> checkKey(const QByteArray &key);

// The stored response for this key, nothing for a new key, or idempotency_key_reused when the key
// came with a different request.
Result<std::optional<StoredResponse>> lookup(Store &store, qint64 operatorId, const QString &key,
                                             const QString &hash);
Result<void> remember(Store &store, qint64 operatorId, const QString &key, const QString &hash,
                      const StoredResponse &response, qint64 nowMs);
Result<int> purge(Store &store, qint64 nowMs);

// The request's Idempotency-Key, validated; empty when it sent none and `required` is false
// (precondition_required when it is true).
Result<QByteArray> requestKey(const ApiRequest &request, bool required);

// Whether a replayed answer carries the ETag of the resource the first answer made.
enum class ReplayETag
{
    None,
    Version, // the first answer's `version` field
};

// A POST with an Idempotency-Key: `create` runs in one transaction with the key's lookup and
// record, so a retry gets the first answer again (with Idempotent-Replayed: true) and the key with
// another request is refused. An error answer from `create` rolls back and is not remembered.
HttpResponse post(const ApiRequest &request, const QByteArray &key, ReplayETag etag,
                  const std::function<HttpResponse(Store &store)> &create);

} // namespace idempotency
} // namespace frontline::server

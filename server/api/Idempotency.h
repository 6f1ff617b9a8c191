#pragma once

#include "protocol/Result.h"

#include <QByteArray>

#include <optional>

namespace frontline::server {

class Store;

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

} // namespace idempotency
} // namespace frontline::server

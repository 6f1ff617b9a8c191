#pragma once

#include "protocol/Result.h"

#include <QByteArray>
#include <QLatin1StringView>

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

// Where a creating POST keeps its key for good: the row it made carries the key and the request's
// hash (unique per author), so a retry after the 48-hour record expired finds that row, whatever
// its age, instead of creating a second one (a customer must never get a message twice).
struct CreatedRow
{
    QLatin1StringView table;        // "messages", "escalations"
    QLatin1StringView authorColumn; // the caller's id on the row
    // The row as a retry is answered: the first answer's status and the row as it is now.
    std::function<HttpResponse(Store &store, qint64 id)> answer;
};

// A POST with an Idempotency-Key: `create` runs in one transaction with the key's lookup and
// record, so a retry gets the first answer again (with Idempotent-Replayed: true) and the key with
// another request is refused. An error answer from `create` rolls back and is not remembered.
// `create`'s answer names the new row's "id"; the row keeps the key (see CreatedRow).
HttpResponse post(const ApiRequest &request, const QByteArray &key, ReplayETag etag,
                  const CreatedRow &row, const std::function<HttpResponse(Store &store)> &create);

// A POST whose work keeps no row of its own to hold the key (an exam's reported events, an answer,
// a start): the key's record alone answers a retry within RetentionMs. `handle` runs its own
// transaction; its answer is remembered after it committed, so a retry that finds no record (the
// back office stopped between the two) runs it again, which each of those routes answers without
// harm (events are kept as reported, a second answer or start is refused with 409).
HttpResponse postOnce(const ApiRequest &request, const QByteArray &key,
                      const std::function<HttpResponse(Store &store)> &handle);

} // namespace idempotency
} // namespace frontline::server

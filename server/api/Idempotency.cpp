#include "server/api/Idempotency.h"

#include "protocol/ApiError.h"
#include "server/api/ApiRoutes.h"
#include "server/storage/Store.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSqlQuery>

namespace frontline::server::idempotency {

QString requestHash(const QString &method, const QString &path, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(body);
    return QString::fromLatin1(hash.result().toHex());
}

Result<void> checkKey(const QByteArray &key)
{
    const bool printable =
        std::all_of(key.begin(), key.end(), [](char c) { return c > 32 && c < 127; });
    if (key.isEmpty() || key.size() > 200 || !printable) {
        return Error{QString(protocol::errors::InvalidField),
                     QStringLiteral("Idempotency-Key: 1-200 printable ASCII characters"),
                     QStringLiteral("Idempotency-Key")};
    }
    return {};
}

Result<std::optional<StoredResponse>> lookup(Store &store, qint64 operatorId, const QString &key,
                                             const QString &hash)
{
    auto query = store.run(QStringLiteral("SELECT request_hash, status, response_body FROM "
                                          "idempotency_keys WHERE operator_id = ? AND "
                                          "idempotency_key = ?"),
                           {operatorId, key});
    if (!query)
        return query.error();
    QSqlQuery *row = query.value();
    if (!row->next())
        return std::optional<StoredResponse>();
    const QString storedHash = row->value(0).toString();
    StoredResponse response{row->value(1).toInt(), row->value(2).toString().toUtf8()};
    row->finish();
    if (storedHash != hash) {
        return Error{QString(protocol::errors::IdempotencyKeyReused),
                     QStringLiteral("This Idempotency-Key was used for a different request"),
                     QStringLiteral("Idempotency-Key")};
    }
    return std::optional<StoredResponse>(response);
}

Result<void> remember(Store &store, qint64 operatorId, const QString &key, const QString &hash,
                      const StoredResponse &response, qint64 nowMs)
{
    auto stored = store.run(
        QStringLiteral("INSERT INTO idempotency_keys (operator_id, "
                       "idempotency_key, request_hash, status, response_body, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {operatorId, key, hash, response.status, QString::fromUtf8(response.body), nowMs});
    if (!stored)
        return stored.error();
    return {};
}

Result<int> purge(Store &store, qint64 nowMs)
{
    return store.update(QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"),
                        {nowMs - RetentionMs});
}

Result<QByteArray> requestKey(const ApiRequest &request, bool required)
{
    const QByteArray key = request.header("Idempotency-Key");
    if (key.isEmpty()) {
        if (!required)
            return QByteArray();
        return Error{QString(protocol::errors::PreconditionRequired),
                     QStringLiteral("Send an Idempotency-Key so a retry cannot post twice")};
    }
    if (auto valid = checkKey(key); !valid)
        return valid.error();
    return key;
}

namespace {

HttpResponse replay(const StoredResponse &first, ReplayETag etag)
{
    HttpResponse response = HttpResponse::text(first.body, "application/json", first.status);
    if (etag == ReplayETag::Version) {
        const QJsonValue version = QJsonDocument::fromJson(first.body).object().value(u"version");
        if (version.isDouble())
            response.withETag(version.toInteger());
    }
    return response.withHeader("Idempotent-Replayed", "true");
}

// The row this caller created with this key, at any age: its id, or 0 for none; the key with
// another request is refused as in lookup().
Result<qint64> createdWith(Store &store, const CreatedRow &row, qint64 operatorId,
                           const QString &key, const QString &hash)
{
    auto query = store.run(QStringLiteral("SELECT id, client_request_hash FROM %1 WHERE %2 = ? AND "
                                          "client_key = ?")
                               .arg(row.table, row.authorColumn),
                           {operatorId, key});
    if (!query)
        return query.error();
    QSqlQuery *found = query.value();
    if (!found->next())
        return qint64(0);
    const qint64 id = found->value(0).toLongLong();
    const QString storedHash = found->value(1).toString();
    found->finish();
    if (storedHash != hash) {
        return Error{QString(protocol::errors::IdempotencyKeyReused),
                     QStringLiteral("This Idempotency-Key was used for a different request"),
                     QStringLiteral("Idempotency-Key")};
    }
    return id;
}

Result<void> keepKey(Store &store, const CreatedRow &row, const QByteArray &answer,
                     const QString &key, const QString &hash)
{
    const qint64 id = QJsonDocument::fromJson(answer).object().value(u"id").toString().toLongLong();
    auto kept = store.update(
        QStringLiteral("UPDATE %1 SET client_key = ?, client_request_hash = ? WHERE id = ?")
            .arg(row.table),
        {key, hash, id});
    if (!kept)
        return kept.error();
    if (kept.value() != 1) {
        return Error{QString(protocol::errors::Internal),
                     QStringLiteral("The new %1 row %2 was not found").arg(row.table).arg(id)};
    }
    return {};
}

// The first answer kept for the key, and the transaction that made it committed.
HttpResponse rememberAndCommit(const ApiRequest &request, Transaction &transaction,
                               const QByteArray &key, const QString &hash,
                               const HttpResponse &response)
{
    if (auto remembered =
            remember(*request.caller.store, request.caller.operatorId, QString::fromLatin1(key),
                     hash, {response.status, response.body}, request.now());
        !remembered)
        return errorResponse(remembered.error());
    if (auto committed = transaction.commit(); !committed)
        return errorResponse(committed.error());
    return response;
}

} // namespace

HttpResponse post(const ApiRequest &request, const QByteArray &key, ReplayETag etag,
                  const CreatedRow &row, const std::function<HttpResponse(Store &store)> &create)
{
    Store &store = *request.caller.store;
    const QString hash =
        requestHash(request.http.method, request.http.path, request.http.raw.body());
    Transaction transaction(store);
    if (!transaction.started())
        return errorResponse(transaction.started().error());
    auto previous = lookup(store, request.caller.operatorId, QString::fromLatin1(key), hash);
    if (!previous)
        return errorResponse(previous.error());
    if (previous.value())
        return replay(*previous.value(), etag);
    // Looked up before anything about the request is checked again: the ticket may have been
    // closed since, and a row that exists must be answered as made, not refused.
    auto created =
        createdWith(store, row, request.caller.operatorId, QString::fromLatin1(key), hash);
    if (!created)
        return errorResponse(created.error());
    if (created.value() != 0)
        return row.answer(store, created.value()).withHeader("Idempotent-Replayed", "true");
    HttpResponse response = create(store);
    if (response.status >= 400)
        return response;
    if (auto kept = keepKey(store, row, response.body, QString::fromLatin1(key), hash); !kept)
        return errorResponse(kept.error());
    return rememberAndCommit(request, transaction, key, hash, response);
}

HttpResponse postOnce(const ApiRequest &request, const QByteArray &key,
                      const std::function<HttpResponse(Store &store)> &handle)
{
    Store &store = *request.caller.store;
    const QString hash =
        requestHash(request.http.method, request.http.path, request.http.raw.body());
    auto previous = lookup(store, request.caller.operatorId, QString::fromLatin1(key), hash);
    if (!previous)
        return errorResponse(previous.error());
    if (previous.value())
        return replay(*previous.value(), ReplayETag::Version);
    HttpResponse response = handle(store);
    if (response.status >= 400)
        return response;
    Transaction transaction(store);
    if (!transaction.started())
        return errorResponse(transaction.started().error());
    return rememberAndCommit(request, transaction, key, hash, response);
}

} // namespace frontline::server::idempotency

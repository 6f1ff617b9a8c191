#pragma once

#include "protocol/Result.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

namespace frontline::server {

// What a route answers: a status, headers and a body, written to the socket by HttpServer.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 delayMs = 0; // answer only after this long (slowing down password guessing)
    // The step that makes the answer, run on the request thread.
    using Step = std::function<HttpResponse()>;
    // Set when the answer waits for slow work off the request thread (a password check): the
    // future yields that work's Step, which HttpServer runs in a later batch; the rest of this
    // response is not sent.
    std::optional<QFuture<Step>> later;
    // A 5xx's real cause (SQL text, a driver's words): for the log only, never for the client.
    std::optional<Error> failure;

    static HttpResponse json(const QJsonObject &object, int status = 200);
    // The contract's error body with the given status. A 5xx keeps `error` in `failure` and
    // tells the client only that something went wrong, and the request's id (see finish()).
    static HttpResponse error(int status, const Error &error);
    static HttpResponse error(int status, QLatin1StringView code, const QString &message);
    static HttpResponse text(const QByteArray &body, const QByteArray &contentType,
                             int status = 200);

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    // ETag: "<version>", what If-Match sends back for optimistic concurrency.
    HttpResponse &withETag(qint64 version);
    // The whole answer in one buffer for one write: the bytes QHttpServerResponder would write.
    QByteArray toWire() const;
    // Last step before the answer is written: adds X-Request-Id and, for a failure, logs its cause
    // under that id and writes the generic body naming it.
    void finish(const QByteArray &requestId);
    // A new request id: 16 hex digits, random, so ids from several back offices do not collide.
    static QByteArray newRequestId();
};

} // namespace frontline::server

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

    static HttpResponse json(const QJsonObject &object, int status = 200);
    // The contract's error body with the given status.
    static HttpResponse error(int status, const Error &error);
    static HttpResponse error(int status, QLatin1StringView code, const QString &message);
    static HttpResponse text(const QByteArray &body, const QByteArray &contentType,
                             int status = 200);

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    // ETag: "<version>", what If-Match sends back for optimistic concurrency.
    HttpResponse &withETag(qint64 version);
    // The whole answer in one buffer for one write: the bytes QHttpServerResponder would write.
    QByteArray toWire() const;
};

} // namespace frontline::server

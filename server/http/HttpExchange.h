#pragma once

#include "server/http/HttpRequestData.h"
#include "server/http/HttpResponse.h"
#include "server/http/HttpRouter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace frontline::server {

// One request on its way from the HTTP thread (parsed, routed) to the request thread (handled)
// and back (written to its connection).
struct HttpExchange
{
    quint64 connection = 0; // the HTTP thread's id of the client connection
    quint64 sequence = 0;   // position on that connection: answers are written in this order
    QElapsedTimer started;  // when the request was parsed; metrics and the log measure from here
    QByteArray id;          // X-Request-Id: names the request in the log and in a 5xx answer
    QByteArray client;      // the client's address (behind a trusted front, the one it names)
    QString method;
    QString path;
    QString route;                                // the matched pattern, or "unmatched"
    const HttpRouter::Handler *handler = nullptr; // null when the HTTP thread answered it itself
    QHash<QString, QString> params;
    HttpRequestData request;
    HttpResponse response;
    HttpResponse::Step resume; // set when the handler's work finished off the request thread
    bool background = false;   // waits while foreground requests are queued (HttpServer)
};

using HttpBatch = std::vector<std::unique_ptr<HttpExchange>>;

} // namespace frontline::server

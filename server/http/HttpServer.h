#pragma once

#include "server/http/HttpRouter.h"

#include <QAbstractHttpServer>

class QHttpServerResponder;

namespace frontline::server {

// The HTTP front of the back office: dispatches through HttpRouter, answers the contract's JSON
// errors for unknown paths and methods, and refuses oversize bodies (Qt 6.4 has no limit of its
// own; the documented nginx front is the first line).
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);

    HttpRouter &router() { return m_router; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(const QHttpServerRequest &request);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const HttpResponse &response);
    static void writeTo(QHttpServerResponder &responder, const HttpResponse &response);

    HttpRouter m_router;
    qint64 m_maxBodyBytes = 1024 * 1024;
};

} // namespace frontline::server

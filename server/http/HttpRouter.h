#pragma once

#include "server/http/HttpRequestData.h"
#include "server/http/HttpResponse.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace frontline::server {

// A matched request: the request as received plus the values of the route's {placeholders}.
struct HttpRequest
{
    const HttpRequestData &raw;
    QString method;
    QString path;
    QString routePattern;
    QHash<QString, QString> params;
};

// Maps METHOD + path pattern ("/api/v1/tickets/{id}") to a handler. Unlike Qt 6.4's own router it
// tells "no such path" (404) from "no such method on this path" (405 with Allow).
class HttpRouter
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    void add(const QString &method, const QString &pattern, Handler handler);

    struct Match
    {
        const Handler *handler = nullptr; // null when nothing matched
        QString pattern;
        QHash<QString, QString> params;
        QStringList allowedMethods; // filled when the path matched but the method did not
    };
    Match match(const QString &method, const QString &path) const;

    // Every registered "METHOD pattern", for the spec check and the role table.
    QStringList routes() const;

private:
    struct Route
    {
        QString method;
        QString pattern;
        QStringList segments;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace frontline::server

#include "server/http/HttpRouter.h"

namespace frontline::server {
namespace {

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isPlaceholder(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

bool matches(const QStringList &pattern, const QStringList &path, QHash<QString, QString> &params)
{
    if (pattern.size() != path.size())
        return false;
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (isPlaceholder(pattern[i]))
            captured.insert(pattern[i].mid(1, pattern[i].size() - 2), path[i]);
        else if (pattern[i] != path[i])
            return false;
    }
    params = std::move(captured);
    return true;
}

} // namespace

void HttpRouter::add(const QString &method, const QString &pattern, Handler handler)
{
    m_routes.push_back(Route{method, pattern, splitPath(pattern), std::move(handler)});
}

HttpRouter::Match HttpRouter::match(const QString &method, const QString &path) const
{
    Match result;
    const QStringList segments = splitPath(path);
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!matches(route.segments, segments, params))
            continue;
        if (route.method == method) {
            result.handler = &route.handler;
            result.pattern = route.pattern;
            result.params = std::move(params);
            result.allowedMethods.clear();
            return result;
        }
        if (!result.allowedMethods.contains(route.method))
            result.allowedMethods.append(route.method);
    }
    return result;
}

QStringList HttpRouter::routes() const
{
    QStringList list;
    for (const Route &route : m_routes)
        list.append(route.method + u' ' + route.pattern);
    return list;
}

} // namespace frontline::server

#include "server/http/HttpRequestData.h"

#include <QHttpServerRequest>

namespace frontline::server {

HttpRequestData::HttpRequestData(const QHttpServerRequest &request)
    : m_url(request.url())
    , m_headers(request.headers())
    , m_body(request.body())
    , m_remoteAddress(request.remoteAddress())
    , m_clientAddress(m_remoteAddress)
{}

QByteArray HttpRequestData::value(const QByteArray &name) const
{
    QByteArray combined;
    bool found = false;
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            combined += ", ";
        combined += value;
        found = true;
    }
    return combined;
}

} // namespace frontline::server

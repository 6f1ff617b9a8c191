#include "tests/support/HttpClient.h"

#include "tests/support/TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <gtest/gtest.h>

namespace frontline::test {

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString errorCodeOf(const QByteArray &body)
{
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QLatin1StringView("error")).toObject();
    return error.value(QLatin1StringView("code")).toString();
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

HttpClient::~HttpClient() = default;

HttpReply HttpClient::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", path, {}, headers);
}

HttpReply HttpClient::signIn(const QString &username, const QString &password)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    HttpReply reply = send("POST", QStringLiteral("/api/v1/auth/login"), body);
    if (reply.status == 200)
        setBearerToken(reply.json().value(u"token").toString().toLatin1());
    return reply;
}

HttpReply HttpClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_baseUrl;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    waitUntil([reply] { return reply->isFinished(); }, std::chrono::seconds(20));

    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

std::unique_ptr<HttpClient> signedInClient(const QUrl &server, const QString &username,
                                           const QString &password)
{
    auto client = std::make_unique<HttpClient>(server);
    const HttpReply reply = client->signIn(username, password);
    EXPECT_EQ(reply.status, 200) << username.toStdString() << ": " << reply.body.toStdString();
    return client;
}

} // namespace frontline::test

#include "app/net/BackOfficeClient.h"

#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QThreadPool>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcNet, "frontline.net")

namespace frontline::app {
namespace {

ApiError::Kind kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    switch (status) {
    case 400:
    case 413:
    case 415:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 412:
        return Kind::VersionMismatch;
    case 422:
        return Kind::InvalidField;
    case 428:
        return Kind::PreconditionRequired;
    case 429:
        return Kind::RateLimited;
    default:
        return status >= 500 ? Kind::Server : Kind::Other;
    }
}

} // namespace

BackOfficeClient::BackOfficeClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

BackOfficeClient::~BackOfficeClient()
{
    // A request under way when the core closes (sign-out, quit, a back office that hangs) is
    // given up here: left to the network, it would outlive this client and its callback's owners.
    for (QNetworkReply *reply : std::exchange(m_pending, {})) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

Result<void> BackOfficeClient::addCaCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("invalid_field"),
                     QCoreApplication::translate("BackOfficeClient",
                                                 "Cannot read the CA certificate file %1")
                         .arg(path),
                     QStringLiteral("ca")};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
    if (certificates.isEmpty()) {
        return Error{
            QStringLiteral("invalid_field"),
            QCoreApplication::translate("BackOfficeClient", "No PEM certificate in %1").arg(path),
            QStringLiteral("ca")};
    }
    m_ssl.addCaCertificates(certificates);
    return {};
}

QByteArray BackOfficeClient::versionTag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

void BackOfficeClient::send(const ApiRequest &request, QObject *context, Callback callback)
{
    QUrl url = m_baseUrl;
    const QString full = protocol::paths::ApiPrefix.toString() + request.path;
    const qsizetype question = full.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + full.left(question));
    if (question >= 0)
        url.setQuery(full.mid(question + 1));
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Accept", "application/json");
    if (request.authenticated && !m_token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + m_token);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (url.scheme() == u"https")
        networkRequest.setSslConfiguration(m_ssl);
    QByteArray body;
    if (request.hasBody) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));
        body = QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = request.hasBody || request.method != "GET"
                               ? m_network->sendCustomRequest(networkRequest, request.method, body)
                               : m_network->get(networkRequest);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    m_pending.insert(reply);
    // Deleted by someone else (the network closing first): no longer ours to end.
    connect(reply, &QObject::destroyed, this, [this, reply] { m_pending.remove(reply); });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timedOut, guard, callback = std::move(callback)]() mutable {
                m_pending.remove(reply);
                reply->deleteLater();
                ApiReply answer = toReply(reply, *timedOut);
                if (!answer.ok()) {
                    qCDebug(lcNet) << reply->operation() << reply->url().path()
                                   << "failed:" << answer.httpStatus << answer.error.code;
                }
                if (answer.body.size() < ParseAsideBytes || !answer.ok()) {
                    if (!answer.body.isEmpty() && answer.json.isEmpty())
                        answer.json = QJsonDocument::fromJson(answer.body).object();
                    if (guard)
                        callback(answer);
                    return;
                }
                // A big answer (a page of a first sync) is parsed on a worker thread, so this
                // thread writes the page before while the next one is read.
                QThreadPool::globalInstance()->start(
                    [answer = std::move(answer), guard, callback = std::move(callback)]() mutable {
                        answer.json = QJsonDocument::fromJson(answer.body).object();
                        QMetaObject::invokeMethod(
                            QCoreApplication::instance(),
                            [answer = std::move(answer), guard, callback = std::move(callback)] {
                                if (guard)
                                    callback(answer);
                            },
                            Qt::QueuedConnection);
                    });
            });
}

ApiReply BackOfficeClient::toReply(QNetworkReply *reply, bool timedOut) const
{
    using Kind = ApiError::Kind;
    ApiReply answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.etag = reply->rawHeader("ETag");
    answer.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
    answer.headers = reply->rawHeaderPairs();
    if (answer.httpStatus == 0) {
        ApiError &error = answer.error;
        if (timedOut) {
            error.kind = Kind::Timeout;
            error.code = QStringLiteral("timeout");
            error.message = QCoreApplication::translate("BackOfficeClient",
                                                        "The back office did not answer in time");
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            error.kind = Kind::Tls;
            error.code = QStringLiteral("tls_error");
            error.message = QCoreApplication::translate("BackOfficeClient",
                                                        "The back office's certificate is not "
                                                        "trusted: %1")
                                .arg(reply->errorString());
        } else {
            error.kind = Kind::Network;
            error.code = QStringLiteral("network_error");
            error.message =
                QCoreApplication::translate("BackOfficeClient", "Cannot reach the back office: %1")
                    .arg(reply->errorString());
        }
        return answer;
    }
    // A successful answer's JSON is parsed by the caller (see send()).
    if (answer.httpStatus >= 200 && answer.httpStatus < 300)
        return answer;
    if (!answer.body.isEmpty())
        answer.json = QJsonDocument::fromJson(answer.body).object();
    const Error parsed = protocol::errorFromBody(answer.body, answer.httpStatus);
    answer.error.kind = kindForStatus(answer.httpStatus);
    answer.error.code = parsed.code;
    answer.error.message = parsed.message;
    answer.error.field = parsed.field;
    answer.error.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    return answer;
}

} // namespace frontline::app

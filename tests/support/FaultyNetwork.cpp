#include "tests/support/FaultyNetwork.h"

#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <cstring>

namespace frontline::test {
namespace {

// A reply that stands in front of a real one (or none) and decides what the client sees.
class SabotagedReply : public QNetworkReply
{
public:
    SabotagedReply(QNetworkReply *real, FaultyNetwork::Fault fault, int delayMs,
                   const QNetworkRequest &request, QNetworkAccessManager::Operation op,
                   QObject *parent)
        : QNetworkReply(parent)
        , m_real(real)
        , m_fault(fault)
        , m_delayMs(delayMs)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        if (!m_real) {
            QTimer::singleShot(0, this, [this] {
                fail(QNetworkReply::ConnectionRefusedError,
                     QStringLiteral("injected: connection refused"));
            });
            return;
        }
        m_real->setParent(this);
        connect(m_real, &QNetworkReply::finished, this, [this] { onRealFinished(); });
    }

    void abort() override
    {
        if (m_finished)
            return;
        if (m_real && !m_real->isFinished())
            m_real->abort();
        fail(QNetworkReply::OperationCanceledError, QStringLiteral("aborted"));
    }

    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return m_finished ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void onRealFinished()
    {
        switch (m_fault) {
        case FaultyNetwork::Fault::LoseResponse:
            fail(QNetworkReply::RemoteHostClosedError, QStringLiteral("injected: answer lost"));
            return;
        case FaultyNetwork::Fault::Hang:
            return; // until the client aborts
        case FaultyNetwork::Fault::Delay:
            QTimer::singleShot(m_delayMs, this, [this] { pass(); });
            return;
        default:
            pass();
        }
    }

    void pass()
    {
        if (m_finished)
            return;
        const QVariant status = m_real->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid())
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        for (const auto &[name, value] : m_real->rawHeaderPairs())
            setRawHeader(name, value);
        m_body = m_real->readAll();
        if (m_real->error() != QNetworkReply::NoError)
            setError(m_real->error(), m_real->errorString());
        finish();
    }

    void fail(QNetworkReply::NetworkError error, const QString &text)
    {
        if (m_finished)
            return;
        setError(error, text);
        Q_EMIT errorOccurred(error);
        finish();
    }

    void finish()
    {
        m_finished = true;
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        setFinished(true);
        if (!m_body.isEmpty())
            Q_EMIT readyRead();
        Q_EMIT finished();
    }

    QNetworkReply *m_real;
    FaultyNetwork::Fault m_fault;
    int m_delayMs;
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_finished = false;
};

} // namespace

FaultyNetwork::~FaultyNetwork()
{
    // ~QNetworkAccessManager deletes every reply among its descendants, the real ones inside a
    // sabotaged reply too, after that reply has deleted them: a double delete. They go first.
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_sabotaged))
        delete reply.data();
}

bool FaultyNetwork::isHanging() const
{
    return std::any_of(
        m_sabotaged.cbegin(), m_sabotaged.cend(),
        [](const QPointer<QNetworkReply> &reply) { return reply && !reply->isFinished(); });
}

void FaultyNetwork::injectFault(int index, Fault fault, int delayMs)
{
    m_target = m_count + index;
    m_fault = fault;
    m_delayMs = delayMs;
}

QNetworkReply *FaultyNetwork::createRequest(Operation op, const QNetworkRequest &request,
                                            QIODevice *outgoingData)
{
    ++m_count;
    if (m_count != m_target || m_fault == Fault::None)
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QNetworkReply *real = m_fault == Fault::FailBeforeSend
                              ? nullptr
                              : QNetworkAccessManager::createRequest(op, request, outgoingData);
    m_sabotaged.removeAll(nullptr);
    auto *reply = new SabotagedReply(real, m_fault, m_delayMs, request, op, this);
    m_sabotaged.append(reply);
    return reply;
}

} // namespace frontline::test

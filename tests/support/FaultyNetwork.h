#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>

namespace frontline::test {

// A QNetworkAccessManager that sabotages one chosen request (the i-th from now), as the Nextcloud
// client's tests do: fail before sending, lose the answer after the server acted, hang until the
// client gives up, or deliver late. Every other request goes to the real server.
class FaultyNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    enum class Fault
    {
        None,
        FailBeforeSend, // connection refused; the server never sees it
        LoseResponse,   // the server handles it, the client gets a network error
        Hang,           // the server handles it, the answer never arrives (until abort)
        Delay           // the answer arrives `delayMs` late
    };

    using QNetworkAccessManager::QNetworkAccessManager;
    ~FaultyNetwork() override;

    // Sabotages the `index`-th request from now (1-based).
    void injectFault(int index, Fault fault, int delayMs = 50);
    int requestCount() const { return m_count; }
    // Whether a sabotaged request is still open: sent, and neither answered nor aborted.
    bool isHanging() const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    // The sabotaged replies, each holding the real one as its child.
    QList<QPointer<QNetworkReply>> m_sabotaged;
    int m_count = 0;
    int m_target = 0;
    Fault m_fault = Fault::None;
    int m_delayMs = 50;
};

} // namespace frontline::test

#pragma once

#include "protocol/ApiPaths.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QWebSocket>

#include <algorithm>
#include <iterator>

namespace frontline::test {

// One client of /api/v1/events: keeps every event it receives, in order, and how it closed.
class EventStream
{
public:
    EventStream(const QUrl &baseUrl, const QByteArray &token)
    {
        QUrl url = baseUrl;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(frontline::protocol::paths::Events.toString());
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QObject::connect(
            &m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString &message) {
                const QJsonObject event = QJsonDocument::fromJson(message.toUtf8()).object();
                if (event.value(u"type").toString() == u"welcome")
                    m_welcomed = true;
                else
                    m_events.append(event);
            });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket,
                         [this] { m_closed = true; });
        m_socket.open(request);
    }

    // Whether the server accepted the socket: it greets an accepted one and closes a refused one
    // (right after the handshake, which its HTTP thread answers before the token is checked).
    bool opened()
    {
        waitUntil([this] { return m_welcomed || m_closed; });
        return m_welcomed && !m_closed && m_socket.state() == QAbstractSocket::ConnectedState;
    }
    bool waitClosed()
    {
        return waitUntil([this] { return m_closed; });
    }
    bool isOpen() const { return !m_closed && m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }

    void send(const QJsonObject &frame)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson()));
    }
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    void close() { m_socket.close(); }

    // The next event not yet taken, waiting for it if need be; an empty object if none came.
    QJsonObject next()
    {
        waitUntil([this] { return m_events.size() > m_taken; });
        return m_events.size() > m_taken ? m_events.at(m_taken++) : QJsonObject();
    }
    qsizetype pending() const { return m_events.size() - m_taken; }
    // The next event of `type`, taking (and passing over) the others before it, waiting for it
    // if need be; an empty object if none came.
    QJsonObject nextOfType(const QString &type)
    {
        QJsonObject found;
        waitUntil([&] {
            while (m_taken < m_events.size()) {
                const QJsonObject event = m_events.at(m_taken++);
                if (event.value(u"type").toString() == type) {
                    found = event;
                    return true;
                }
            }
            return false;
        });
        return found;
    }
    // Events of `type` among those received so far, taken or not.
    qsizetype countOf(const QString &type) const
    {
        return std::count_if(m_events.begin(), m_events.end(), [&](const QJsonObject &event) {
            return event.value(u"type").toString() == type;
        });
    }
    // Waits until at least `atLeast` events of `type` came, taken or not.
    bool waitForCount(const QString &type, qsizetype atLeast)
    {
        return waitUntil([&] { return countOf(type) >= atLeast; });
    }
    // Every event of `type` received so far, taken or not, in the order they came.
    QList<QJsonObject> eventsOf(const QString &type) const
    {
        QList<QJsonObject> found;
        std::copy_if(
            m_events.begin(), m_events.end(), std::back_inserter(found),
            [&](const QJsonObject &event) { return event.value(u"type").toString() == type; });
        return found;
    }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_events;
    qsizetype m_taken = 0;
    bool m_closed = false;
    bool m_welcomed = false;
};

} // namespace frontline::test

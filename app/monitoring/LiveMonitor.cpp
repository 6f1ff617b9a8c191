#include "app/monitoring/LiveMonitor.h"

#include "app/net/BackOfficeClient.h"
#include "protocol/ApiPaths.h"
#include "protocol/FieldLimits.h"

#include <QUrl>
#include <QUuid>

namespace frontline::app {

LiveMonitor::LiveMonitor(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

LiveMonitor::~LiveMonitor()
{
    if (!m_watching)
        return;
    // The client outlives this monitor; the answer has nobody left to tell.
    ApiRequest request;
    request.method = "DELETE";
    request.path = pathOf(protocol::paths::TicketMonitor);
    m_client.send(request, &m_client, [](const ApiReply &) {});
}

void LiveMonitor::start(const QString &ticketId)
{
    if (m_watching && ticketId != m_ticketId)
        stop();
    ++m_generation;
    m_ticketId = ticketId;
    m_takenOver = false;
    setBusy(false);
    send(Action::Start, "POST", protocol::paths::TicketMonitor);
}

void LiveMonitor::stop()
{
    if (m_ticketId.isEmpty() || !m_watching)
        return;
    m_watching = false;
    m_takenOver = false;
    ApiRequest request;
    request.method = "DELETE";
    request.path = pathOf(protocol::paths::TicketMonitor);
    m_client.send(request, this, [this](const ApiReply &reply) {
        // 404: the back office had already let her go (a restart); she is not watching either way.
        if (!reply.ok() && reply.error.kind != ApiError::Kind::NotFound)
            Q_EMIT refused(Action::Stop, why(reply.error));
        else
            Q_EMIT done(Action::Stop);
    });
}

void LiveMonitor::whisper(const QString &body)
{
    send(Action::Whisper, "POST", protocol::paths::TicketWhisper, {{QStringLiteral("body"), body}},
         true);
}

void LiveMonitor::barge(const QString &body)
{
    send(Action::Barge, "POST", protocol::paths::TicketBarge, {{QStringLiteral("body"), body}},
         true);
}

void LiveMonitor::takeOver()
{
    send(Action::TakeOver, "POST", protocol::paths::TicketTakeOver);
}

void LiveMonitor::handBack()
{
    send(Action::HandBack, "POST", protocol::paths::TicketHandBack);
}

QString LiveMonitor::pathOf(QStringView route) const
{
    return route.toString().replace(QStringLiteral("{id}"),
                                    QString::fromLatin1(QUrl::toPercentEncoding(m_ticketId)));
}

void LiveMonitor::send(Action action, const QByteArray &method, QStringView path,
                       const QJsonObject &body, bool hasBody)
{
    if (m_ticketId.isEmpty() || (m_busy && action != Action::Start))
        return;
    const QString text = body.value(u"body").toString();
    if (hasBody && text.trimmed().isEmpty()) {
        Q_EMIT refused(action, tr("Write the text first."));
        return;
    }
    if (text.size() > protocol::limits::MessageText) {
        Q_EMIT refused(
            action,
            tr("The text is too long: at most %1 characters.").arg(protocol::limits::MessageText));
        return;
    }
    ApiRequest request;
    request.method = method;
    request.path = pathOf(path);
    request.body = body;
    request.hasBody = hasBody;
    // A whisper or barge the network doubled is still one message (the route's idempotency).
    if (hasBody)
        request.headers.append(
            {"Idempotency-Key", QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()});
    setBusy(true);
    const quint64 generation = m_generation;
    m_client.send(request, this, [this, action, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        setBusy(false);
        take(action, reply);
    });
}

void LiveMonitor::take(Action action, const ApiReply &reply)
{
    if (!reply.ok()) {
        Q_EMIT refused(action, why(reply.error));
        return;
    }
    if (action == Action::Start)
        m_watching = true;
    else if (action == Action::TakeOver)
        m_takenOver = true;
    else if (action == Action::HandBack)
        m_takenOver = false;
    Q_EMIT done(action);
}

QString LiveMonitor::why(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
        error.kind == ApiError::Kind::Tls)
        return tr("The back office cannot be reached, and live monitoring works only online: "
                  "nothing was sent. Try again when the connection is back.");
    return error.message.isEmpty() ? error.code : error.message;
}

void LiveMonitor::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace frontline::app

#pragma once

#include "app/net/ApiReply.h"

#include <QObject>
#include <QString>

namespace frontline::app {

class BackOfficeClient;

// A supervisor's live work in one operator's conversation (issue 18, items 1-4), straight
// against the back office: watch it (POST/DELETE /tickets/{id}/monitor), whisper to the
// operator, barge in to the customer, take the ticket over and hand it back. Online only, never
// through the outbox: a whisper or a barge that arrives minutes late is worse than none
// (docs/decisions.md). One request at a time; a refusal or an unreachable back office is
// reported in words for the supervisor, and the caller keeps the text that was not sent.
class LiveMonitor : public QObject
{
    Q_OBJECT
public:
    enum class Action
    {
        Start,
        Stop,
        Whisper,
        Barge,
        TakeOver,
        HandBack
    };
    Q_ENUM(Action)

    explicit LiveMonitor(BackOfficeClient &client, QObject *parent = nullptr);
    // Still watching: the back office is told she stopped (nobody waits for its answer).
    ~LiveMonitor() override;

    // Starts watching `ticketId` (the one watched before, if any, is stopped).
    void start(const QString &ticketId);
    void stop();
    void whisper(const QString &body);
    void barge(const QString &body);
    void takeOver();
    void handBack();

    QString ticketId() const { return m_ticketId; }
    bool isWatching() const { return m_watching; }
    bool isBusy() const { return m_busy; }
    // She took the ticket over and has not handed it back.
    bool hasTakenOver() const { return m_takenOver; }

Q_SIGNALS:
    void done(frontline::app::LiveMonitor::Action action);
    // Refused by the back office (its own words: "Sofia Orlova is already in this conversation")
    // or not sent at all (offline).
    void refused(frontline::app::LiveMonitor::Action action, const QString &why);
    void busyChanged(bool busy);

private:
    void send(Action action, const QByteArray &method, QStringView path,
              const QJsonObject &body = {}, bool hasBody = false);
    void take(Action action, const ApiReply &reply);
    QString pathOf(QStringView route) const;
    static QString why(const ApiError &error);
    void setBusy(bool busy);

    BackOfficeClient &m_client;
    QString m_ticketId;
    quint64 m_generation = 0; // an answer about a ticket no longer watched is dropped
    bool m_watching = false;
    bool m_busy = false;
    bool m_takenOver = false;
};

} // namespace frontline::app

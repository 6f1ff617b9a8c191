#pragma once

#include "protocol/Calibration.h"
#include "protocol/Scorecard.h"

#include <QObject>

namespace frontline::app {

class BackOfficeClient;
class LocalStore;

// What a new calibration session is made of, as the lead fills it in.
struct CalibrationDraft
{
    QString name;
    QString scorecardId;
    QList<qint64> ticketNumbers; // as reviewers name conversations
    QStringList reviewerIds;     // besides the lead
};

// A colleague who may calibrate (supervisor, trainer, admin), from the cache's directory.
struct CalibrationColleague
{
    QString id;
    QString name;
};

// Calibration sessions as the desktop reads and changes them (issue 18, item 8), online through
// the back office's /qa/calibrations routes: sessions are the few participants' business and need
// no offline copy (docs/decisions.md). Each call ends in one signal; failed() carries the back
// office's message.
class CalibrationSessions : public QObject
{
    Q_OBJECT
public:
    explicit CalibrationSessions(BackOfficeClient &client, QObject *parent = nullptr);

    void loadSessions();
    void loadScorecards();
    void loadSession(const QString &id);
    void create(const CalibrationDraft &draft);
    void score(const QString &sessionId, const QString &ticketId,
               const QList<protocol::QaAnswer> &answers);
    void loadMyScores(const QString &sessionId);
    void close(const QString &sessionId);
    void loadResults(const QString &sessionId);
    // `score` none: back to the median.
    void setAgreed(const QString &sessionId, const QString &ticketId, std::optional<double> score);
    // `reviewerId` empty: every reviewer.
    void loadHistory(const QString &reviewerId);

    // Supervisors, trainers and admins in the cache's directory, by name, except `me`.
    static QList<CalibrationColleague> colleagues(const LocalStore &store, const QString &me);

Q_SIGNALS:
    void sessionsLoaded(const QList<protocol::CalibrationSession> &sessions);
    void scorecardsLoaded(const QList<protocol::Scorecard> &cards);
    void sessionLoaded(const protocol::CalibrationSession &session);
    void created(const protocol::CalibrationSession &session);
    void scored(const protocol::CalibrationScore &score);
    void myScoresLoaded(const QList<protocol::CalibrationScore> &scores);
    void closed(const protocol::CalibrationSession &session);
    void resultsLoaded(const protocol::CalibrationResults &results);
    void historyLoaded(const QList<protocol::CalibrationHistoryEntry> &entries);
    void failed(const QString &message);

private:
    BackOfficeClient &m_client;
};

} // namespace frontline::app

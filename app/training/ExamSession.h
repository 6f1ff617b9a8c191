#pragma once

#include "app/store/ExamCache.h"
#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace frontline::app {

class BackOfficeClient;
class ExamActivity;
class LocalStore;
class OperatorCommands;
struct StoreChangeSet;

// The trainee's exam or practice in her sandbox (issue 19, items 7-8): which one she is taking,
// its countdown, its questions and her answers. The exam comes from the cache (the feed's `exam`
// changes) and from `GET /training/exams/mine`, whose `seconds_left` corrects the countdown for
// the difference between this computer's clock and the back office's, which decides the close.
// Begin is asked online; answers go through the outbox (answer_exam_question).
class ExamSession : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    enum class Phase
    {
        None,       // no exam in this sandbox for her
        NotStarted, // waiting for Begin
        Running,
        Over, // closed, or its time ran out on this clock (the back office closes it)
    };
    Q_ENUM(Phase)

    ExamSession(LocalStore &store, OperatorCommands &commands, BackOfficeClient &client,
                QObject *parent = nullptr);
    ~ExamSession() override;

    void setClock(Clock clock);
    // How often the countdown is checked against the back office while an exam runs.
    void setRefreshInterval(int milliseconds);

    const CachedExam &exam() const { return m_exam; }
    QString examId() const { return m_exam.id(); }
    Phase phase() const;
    bool isPractice() const { return m_exam.isPractice(); }
    // Seconds until the back office closes the exam; none without a running timed exam.
    std::optional<qint64> secondsLeft() const;
    QJsonArray questions() const;
    // The exam's sandbox tickets, one per conversation drawn.
    bool isExamTicket(const QString &ticketId) const;
    // What this clock says, corrected to the back office's (for reported times).
    QDateTime now() const;
    ExamActivity &activity() const { return *m_activity; }

    // Asks the back office for her exams (and `seconds_left`).
    void refresh();
    // Begins the exam not started: POST .../start; began() or failed(message).
    void begin();
    // Ends her practice (practice only): POST .../end.
    void endPractice();
    // The question is on her screen: the first time is kept as its `shown_at`.
    Result<void> questionShown(const QString &questionId);
    // Her answer, through the outbox: the option indexes, or a free text. Once per question.
    Result<void> answer(const QString &questionId, const QList<int> &chosen, const QString &text);

Q_SIGNALS:
    // The exam, its phase or its questions changed (not each second: the UI's timer asks
    // secondsLeft()).
    void changed();
    void began();
    void failed(const QString &message);

private:
    void reload();
    void onStoreChanged(const StoreChangeSet &changes);
    void storeFetched(const QJsonObject &exam, const QDateTime &askedAt);
    void postAction(QStringView path, std::function<void()> done);

    LocalStore &m_store;
    OperatorCommands &m_commands;
    BackOfficeClient &m_client;
    Clock m_clock;
    CachedExam m_exam;
    // The back office's clock minus this one, from the last seconds_left fetched.
    qint64 m_offsetMs = 0;
    QTimer *m_refresh;
    ExamActivity *m_activity;
};

} // namespace frontline::app

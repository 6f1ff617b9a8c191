#pragma once

#include "protocol/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <optional>

class QTimer;

namespace frontline::app {

class BackOfficeClient;

// What a trainer asks for when she starts an exam (POST /training/exams).
struct ExamStartRequest
{
    QString sandbox;
    QString mode = QStringLiteral("exam");  // or "practice"
    std::optional<QStringList> operatorIds; // production ids; none: the whole cohort
    QString packId;                         // empty: the sandbox's pack
    std::optional<int> durationMinutes;     // none: the pack's
    std::optional<int> simultaneous;        // none: the pack's

    QJsonObject toJson() const;
};

// The trainer's exams, read live from the back office (issue 19, item 8): the list of a sandbox's
// exams (refreshed every 5 s while the Exams page is shown, since production's feed carries no
// exams), one exam with its result, and her actions (start, end). The widgets never talk to the
// network: they ask this.
class TrainerExams : public QObject
{
    Q_OBJECT
public:
    explicit TrainerExams(BackOfficeClient &client, QObject *parent = nullptr);

    // The sandbox whose exams are listed (empty: every exam she may see).
    void setSandbox(const QString &sandbox);
    QString sandbox() const { return m_sandbox; }
    // Refreshes every `milliseconds` while on (the page is shown); 5 s by default.
    void setPolling(bool on);
    bool isPolling() const;
    void setPollInterval(int milliseconds);

    const QList<QJsonObject> &exams() const { return m_exams; }
    const QList<QJsonObject> &sandboxes() const { return m_sandboxes; }
    const QList<QJsonObject> &packs() const { return m_packs; }

    void refresh();
    void loadSandboxes();
    void loadPacks();
    void start(const ExamStartRequest &request);
    void end(const QString &examId);
    // The whole exam (its result with the timeline and transcripts): fetched(exam).
    void fetch(const QString &examId);

Q_SIGNALS:
    void examsChanged();
    void sandboxesChanged();
    void packsChanged();
    void started(const QList<QJsonObject> &exams);
    void ended(const QJsonObject &exam);
    void fetched(const QJsonObject &exam);
    // A refused action or a failed read, in the back office's words, naming the field if any.
    void failed(const frontline::Error &error);

private:
    BackOfficeClient &m_client;
    QString m_sandbox;
    QList<QJsonObject> m_exams;
    QList<QJsonObject> m_sandboxes;
    QList<QJsonObject> m_packs;
    QTimer *m_poll;
    int m_generation = 0; // only the newest list answers
};

} // namespace frontline::app

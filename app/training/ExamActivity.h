#pragma once

#include "protocol/ExamEvent.h"

#include <QObject>

class QTimer;

namespace frontline::app {

class ExamSession;
class OperatorCommands;

// What the trainee searched and read in the knowledge base while an exam or practice runs (issue
// 19, item 9): search is local to the desktop, so the back office learns of it only from these
// reports, queued in the outbox as report_exam_events. The KB pane tells this hook what it shows;
// the hook decides what counts. A search is the words she settled on, not every keystroke: it is
// reported once its results were shown for 1.5 s, or when she opened an article from them. Each
// event names the ticket the KB pane serves, or the question on screen while the questions panel
// is in use.
class ExamActivity : public QObject
{
    Q_OBJECT
public:
    ExamActivity(ExamSession &session, OperatorCommands &commands, QObject *parent = nullptr);

    // How long results must stay on screen to count as a search (tests shorten it).
    void setSettleInterval(int milliseconds);
    // The question the questions panel shows while she works in it; empty when she left it.
    void setQuestionOnScreen(const QString &questionId);
    QString questionOnScreen() const { return m_questionId; }

    // The KB pane shows the results of `query` beside `ticketId` (empty: no ticket open).
    void resultsShown(const QString &query, const QString &ticketId);
    void articleOpened(const QString &slug, const QString &ticketId);
    void articleInserted(const QString &slug, const QString &ticketId);

Q_SIGNALS:
    // Reported (queued in the outbox); for the tests and the log.
    void reported(const QList<frontline::protocol::ExamEvent> &events);

private:
    bool recording() const;
    // The event for what is on screen; false when neither a ticket nor a question is.
    bool subjectFor(protocol::ExamEvent &event, const QString &ticketId) const;
    void settle();
    void report(QList<protocol::ExamEvent> events);

    ExamSession &m_session;
    OperatorCommands &m_commands;
    QTimer *m_settle;
    QString m_questionId;
    std::optional<protocol::ExamEvent> m_pendingSearch;
    protocol::ExamEvent m_lastSearch; // not the same words twice in a row for one subject
};

} // namespace frontline::app

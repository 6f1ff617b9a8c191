#pragma once

#include "protocol/Calibration.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace frontline::app {
class BackOfficeClient;
class CalibrationHistoryModel;
class CalibrationSessions;
class LocalStore;
} // namespace frontline::app

namespace frontline::ui {

class CalibrationResultsView;
class CalibrationScoreForm;

// Frontline > Calibration… (Ctrl+Shift+K) for supervisors and trainers (issue 18, item 8): the
// sessions the user takes part in; starting one (name, scorecard, conversations by ticket number,
// reviewers); scoring its conversations blind; the lead's close; the results side by side with the
// agreed score; and each reviewer's history. Online, through the back office.
class CalibrationDialog : public QDialog
{
    Q_OBJECT
public:
    CalibrationDialog(app::BackOfficeClient &client, app::LocalStore &store, const QString &myId,
                      QWidget *parent = nullptr);

    enum Tab
    {
        NewTab,
        ScoreTab,
        ResultsTab,
        HistoryTab
    };

    app::CalibrationSessions *sessions() const { return m_sessions; }
    QComboBox *sessionPicker() const { return m_session; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *nameEditor() const { return m_name; }
    QComboBox *scorecardPicker() const { return m_scorecard; }
    QLineEdit *ticketsEditor() const { return m_tickets; }
    QListWidget *reviewerList() const { return m_reviewers; }
    QPushButton *startButton() const { return m_start; }
    QComboBox *scoreConversation() const { return m_scoreConversation; }
    CalibrationScoreForm *scoreForm() const { return m_form; }
    QPushButton *saveScoreButton() const { return m_save; }
    QPushButton *closeSessionButton() const { return m_close; }
    CalibrationResultsView *resultsView() const { return m_results; }
    QComboBox *historyReviewer() const { return m_historyReviewer; }
    QTableView *historyTable() const { return m_historyTable; }
    app::CalibrationHistoryModel *historyModel() const { return m_history; }
    QLabel *statusLabel() const { return m_status; }
    const protocol::CalibrationSession &currentSession() const { return m_current; }

public Q_SLOTS:
    void reload();
    void startSession();
    void saveScore();
    void closeSession();
    void loadHistory();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildNewTab();
    QWidget *buildScoreTab();
    QWidget *buildHistoryTab();
    void retranslateUi();
    void connectSessions();
    void showSessions(const QList<protocol::CalibrationSession> &sessions);
    void showSession(const protocol::CalibrationSession &session);
    void showMyScore();
    void setStatus(const QString &text);

    app::LocalStore &m_store;
    QString m_myId;
    app::CalibrationSessions *m_sessions;
    app::CalibrationHistoryModel *m_history;
    protocol::CalibrationSession m_current;
    QList<protocol::CalibrationScore> m_myScores;
    QString m_wanted; // the session to select once the list arrives
    QLabel *m_sessionLabel = nullptr;
    QComboBox *m_session = nullptr;
    QPushButton *m_refresh = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_scorecardLabel = nullptr;
    QComboBox *m_scorecard = nullptr;
    QLabel *m_ticketsLabel = nullptr;
    QLineEdit *m_tickets = nullptr;
    QLabel *m_reviewersLabel = nullptr;
    QListWidget *m_reviewers = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_scoreConversationLabel = nullptr;
    QComboBox *m_scoreConversation = nullptr;
    CalibrationScoreForm *m_form = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    CalibrationResultsView *m_results = nullptr;
    QLabel *m_historyReviewerLabel = nullptr;
    QComboBox *m_historyReviewer = nullptr;
    QTableView *m_historyTable = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace frontline::ui

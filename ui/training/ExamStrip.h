#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace frontline::app {
class ExamSession;
}

namespace frontline::ui {

// The exam's part of the sandbox's band (issue 19, item 8), always visible while she works: the
// countdown ("Exam: 37:12 left", each second, red in the last 5 minutes), Begin with what the
// exam is before it starts, the questions' button, and once it is over "The exam is over" with
// her total and band (practice: the whole result, Result…). A practice she may end herself.
class ExamStrip : public QWidget
{
    Q_OBJECT
public:
    explicit ExamStrip(app::ExamSession &session, QWidget *parent = nullptr);

    QLabel *statusLabel() const { return m_status; }
    QPushButton *beginButton() const { return m_begin; }
    QPushButton *questionsButton() const { return m_questions; }
    QPushButton *resultButton() const { return m_result; }
    QPushButton *endPracticeButton() const { return m_endPractice; }
    // The countdown's text now ("Exam: 37:12 left").
    QString countdownText() const;
    bool isWarning() const { return m_warning; }
    // "37:12", "1:05:00".
    static QString clockText(qint64 seconds);

Q_SIGNALS:
    void questionsRequested();
    void resultRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void tick();
    QString overText() const;
    QString aboutText() const;
    void setWarning(bool warning);

    app::ExamSession &m_session;
    QLabel *m_status;
    QPushButton *m_begin;
    QPushButton *m_questions;
    QPushButton *m_result;
    QPushButton *m_endPractice;
    QTimer *m_second;
    bool m_warning = false;
};

} // namespace frontline::ui

#pragma once

#include "protocol/ScenarioPack.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace frontline::app {
class ScenarioRehearsal;
}

namespace frontline::ui {

// The pack editor's Preview (issue 19, item 5): the chosen scenario's customer, played against
// the trainer on this computer with protocol/CustomerScript. A chat-like transcript (the chatbot's
// part, her opening, then each side), a reply box, and what a trainee does besides replying:
// open or insert an article, reply with a macro, escalate (target, reason), resolve (code).
// Silence and a branch's delay run on the wall clock; "Skip the wait" (F8) jumps to what she does
// next. The turn she is at is shown.
class PackPreview : public QWidget
{
    Q_OBJECT
public:
    explicit PackPreview(const protocol::PackScenario &scenario, QWidget *parent = nullptr);
    ~PackPreview() override;

    // Shows the chatbot's part and her opening; she then waits at her first turn.
    void start();

    app::ScenarioRehearsal *rehearsal() const { return m_rehearsal; }
    QPlainTextEdit *transcript() const { return m_transcript; }
    QLineEdit *replyEdit() const { return m_reply; }
    QLineEdit *slugEdit() const { return m_slug; }
    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *openArticleButton() const { return m_open; }
    QPushButton *insertArticleButton() const { return m_insert; }
    QPushButton *macroButton() const { return m_macro; }
    QPushButton *escalateButton() const { return m_escalate; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *skipButton() const { return m_skip; }
    QLabel *turnLabel() const { return m_turn; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *buildActions();
    void connectActions();
    void line(const QString &who, const QString &text);
    void reply(bool withMacro);
    void showState();

    protocol::PackScenario m_scenario;
    app::ScenarioRehearsal *m_rehearsal;
    QPlainTextEdit *m_transcript;
    QLabel *m_turn;
    QLabel *m_waiting;
    QLineEdit *m_reply;
    QPushButton *m_send;
    QLineEdit *m_slug;
    QPushButton *m_open;
    QPushButton *m_insert;
    QPushButton *m_macro;
    QLineEdit *m_target;
    QLineEdit *m_reason;
    QPushButton *m_escalate;
    QLineEdit *m_code;
    QPushButton *m_resolve;
    QPushButton *m_skip;
    QTimer *m_tick; // the countdown to what she does next, once a second
};

} // namespace frontline::ui

#pragma once

#include <QDialog>
#include <QList>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace frontline::app {
class ExamSession;
}

namespace frontline::ui {

// The exam's questions (issue 19, item 9a), Ctrl+Shift+E: one at a time, single or multiple
// choice or a short free answer, Submit, Previous and Next. A question's `shown_at` is the first
// time it was on this panel; while the panel is open, what she searches and reads in the
// knowledge base counts for the question shown, not the conversation. Her answer goes through
// the outbox; an answered question shows as answered and cannot be answered again.
class ExamQuestionsPanel : public QDialog
{
    Q_OBJECT
public:
    explicit ExamQuestionsPanel(app::ExamSession &session, QWidget *parent = nullptr);

    int currentIndex() const { return m_index; }
    QString currentQuestionId() const;
    void showQuestion(int index);
    QLabel *questionLabel() const { return m_text; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *freeAnswer() const { return m_free; }
    QList<QAbstractButton *> optionButtons() const;
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }

public Q_SLOTS:
    void submit();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void buildOptions();
    void noteShown();

    app::ExamSession &m_session;
    int m_index = 0;
    QLabel *m_heading;
    QLabel *m_text;
    QWidget *m_optionsBox;
    QVBoxLayout *m_options;
    QButtonGroup *m_group;
    QLineEdit *m_free;
    QLabel *m_status;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_submit;
    QString m_builtFor; // the question whose options are on screen
};

} // namespace frontline::ui

#pragma once

#include <QJsonArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace frontline::ui {

// A replay of an exam's conversations (issue 19, item 10): choose one, and its transcript comes
// message by message with the time each was written, stepped by hand or played (one message a
// second), so a trainer sees where the trainee hesitated.
class ExamReplay : public QWidget
{
    Q_OBJECT
public:
    explicit ExamReplay(QWidget *parent = nullptr);

    // The result's "transcripts".
    void setTranscripts(const QJsonArray &transcripts);
    void showConversation(int index);
    // One more message; false at the end.
    bool step();
    void play();
    void pause();
    void restart();
    bool isPlaying() const;
    int shownCount() const;
    int messageCount() const;
    QListWidget *messages() const { return m_messages; }
    QComboBox *conversations() const { return m_conversations; }
    QPushButton *stepButton() const { return m_step; }
    QPushButton *playButton() const { return m_play; }
    void setPlayInterval(int milliseconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateProgress();
    QString authorText(const QString &author) const;

    QJsonArray m_transcripts;
    QJsonArray m_current;
    QComboBox *m_conversations;
    QListWidget *m_messages;
    QLabel *m_progress;
    QPushButton *m_restart;
    QPushButton *m_step;
    QPushButton *m_play;
    QTimer *m_timer;
};

} // namespace frontline::ui

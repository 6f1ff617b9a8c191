#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace frontline::ui {

class ExamReplay;

// One trainee's exam result (issue 19, item 10): the total, band and pass; each conversation's
// score with its criteria (points, maximum, what was measured; the back office's English
// explanation as the tooltip); each question; the timeline of the exam (messages, searches,
// articles, escalations, resolutions, answers, hints); and a replay of each conversation. The
// trainee sees it for her practice, the trainer for any exam.
class ExamResultView : public QWidget
{
    Q_OBJECT
public:
    explicit ExamResultView(QWidget *parent = nullptr);

    // An exam as GET /training/exams/{id} answers it (with its "result").
    void showExam(const QJsonObject &exam);
    const QJsonObject &exam() const { return m_exam; }

    QLabel *summary() const { return m_summary; }
    QTreeWidget *scores() const { return m_scores; }
    QTreeWidget *questions() const { return m_questions; }
    QTreeWidget *timeline() const { return m_timeline; }
    ExamReplay *replay() const { return m_replay; }
    QTabWidget *tabs() const { return m_tabs; }

    // The criterion's name as the results screen shows it ("resolution" → "Resolution").
    static QString criterionText(const QString &criterion);
    // "Olga Ivanova: 82.50 of 100, Proficient, passed".
    static QString summaryText(const QJsonObject &exam);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillScores(const QJsonObject &result);
    void fillQuestions(const QJsonObject &result);
    void fillTimeline(const QJsonObject &result);
    QString kindText(const QString &kind) const;

    QJsonObject m_exam;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_scores;
    QTreeWidget *m_questions;
    QTreeWidget *m_timeline;
    ExamReplay *m_replay;
};

} // namespace frontline::ui

#pragma once

#include "protocol/QaScore.h"
#include "protocol/Scorecard.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace frontline::ui {

// A review's score and how it was computed (issue 18, item 7): the percent, and per criterion its
// answer, its weight on the card, its effective weight once the N/A criteria's weight was spread
// over the rest, and the points it earned; "Critical criterion missed: score 0" when one was. It
// shows protocol::scoreReview's breakdown as it is, never a sum of its own.
class ScoreBreakdownView : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        CriterionColumn,
        AnswerColumn,
        WeightColumn,
        EffectiveWeightColumn,
        PointsColumn,
        ColumnCount
    };

    explicit ScoreBreakdownView(QWidget *parent = nullptr);

    // A complete score of `card`.
    void showScore(const protocol::Scorecard &card, const protocol::QaScore &score);
    // No score yet: `unanswered` criteria to go, or why it cannot be scored.
    void showIncomplete(int unanswered, const QString &problem = {});

    QLabel *scoreLabel() const { return m_score; }
    QTableWidget *table() const { return m_table; }
    // The score as shown ("85.0 %"), for tests and the screen reader.
    QString scoreText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showAgain();

    QLabel *m_score;
    QTableWidget *m_table;
    std::optional<std::pair<protocol::Scorecard, protocol::QaScore>> m_shown;
    int m_unanswered = 0;
    QString m_problem;
};

} // namespace frontline::ui

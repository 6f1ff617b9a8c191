#pragma once

#include "protocol/QaScore.h"
#include "protocol/Scorecard.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace frontline::ui {

// A small scorecard form (issue 18, item 8): one choice per criterion on its scale (N/A where the
// card allows it), and the score as protocol::scoreReview computes it, shown as the reviewer
// chooses. Kept apart so the QA review screen can later share one form.
class CalibrationScoreForm : public QWidget
{
    Q_OBJECT
public:
    explicit CalibrationScoreForm(QWidget *parent = nullptr);

    // Builds a row per criterion of `card`, every answer unchosen.
    void setScorecard(const protocol::Scorecard &card);
    // Shows earlier answers (the reviewer's own score of this conversation).
    void setAnswers(const QList<protocol::QaAnswer> &answers);
    // Every criterion answered; empty while one is not.
    QList<protocol::QaAnswer> answers() const;
    // The score of the answers given, or the reason there is none yet.
    Result<protocol::QaScore> score() const;
    QComboBox *choiceFor(const QString &criterionId) const;
    QLabel *scoreLabel() const { return m_score; }

Q_SIGNALS:
    void answersChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices(QComboBox *box, const protocol::ScorecardCriterion &criterion);
    void showScore();

    protocol::Scorecard m_card;
    QFormLayout *m_form;
    QList<QComboBox *> m_choices; // in the card's order of criteria
    QLabel *m_score;
};

} // namespace frontline::ui

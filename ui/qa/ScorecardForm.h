#pragma once

#include "app/qa/QaReviewDraft.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace frontline::ui {

// The scorecard on the review screen (issue 18, item 7): its sections, and for each criterion its
// scale as radio buttons (Yes/No, 1-3, 1-5), N/A where the card allows it, and a comment; an
// overall comment below. Each criterion's buttons are a group named by the criterion, so a screen
// reader says what is being scored; arrow keys move within a group and Tab to the next. Read only
// for a review already submitted.
class ScorecardForm : public QWidget
{
    Q_OBJECT
public:
    explicit ScorecardForm(QWidget *parent = nullptr);

    // Shows `card` with nothing answered.
    void setScorecard(const protocol::Scorecard &card);
    // Shows a submitted review's answers and comments, read only.
    void showAnswers(const QList<protocol::QaAnswer> &answers, const QString &comment);
    void setReadOnly(bool readOnly);
    const app::QaReviewDraft &draft() const { return m_draft; }

    // The radio button for `value` of a criterion (none: its N/A); null when it has none.
    QAbstractButton *choice(const QString &criterionId, std::optional<int> value) const;
    QLineEdit *commentField(const QString &criterionId) const
    {
        return m_comments.value(criterionId);
    }
    QWidget *criterionGroup(const QString &criterionId) const
    {
        return m_groups.value(criterionId);
    }
    QPlainTextEdit *overallComment() const { return m_overall; }
    // A value's words on the criterion's scale ("Yes", "3", "N/A").
    static QString valueText(protocol::QaScale scale, std::optional<int> value);

Q_SIGNALS:
    // An answer or a comment changed: the score is to be shown again.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void clear();
    void addCriterion(QVBoxLayout *section, const protocol::ScorecardCriterion &criterion);
    void retranslateUi();
    void retranslateCriterion(const protocol::ScorecardCriterion &criterion);

    app::QaReviewDraft m_draft;
    QWidget *m_body = nullptr;
    QPlainTextEdit *m_overall = nullptr;
    QLabel *m_overallLabel = nullptr;
    QHash<QString, QButtonGroup *> m_choices;
    QHash<QString, QLineEdit *> m_comments;
    QHash<QString, QWidget *> m_groups;
    bool m_readOnly = false;
};

} // namespace frontline::ui

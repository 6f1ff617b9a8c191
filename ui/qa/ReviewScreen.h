#pragma once

#include "app/qa/QaReviewActions.h"
#include "ui/qa/ReviewPdf.h"
#include "ui/qa/ReviewThreadView.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace frontline::ui {

class ScoreBreakdownView;
class ScorecardForm;

// The review screen (issue 18, item 7): the whole conversation on the left, the scorecard on the
// right with a comment per criterion, and the score as protocol::scoreReview computes it, with
// how it was computed, updated at every answer. A new review ends in Submit; a submitted one opens
// read only with its status and thread, where the reviewed operator acknowledges or disputes and
// the reviewer replies. Reviewers read the conversation without the customer's contact data.
class ReviewScreen : public QWidget
{
    Q_OBJECT
public:
    using Reader = ReviewThreadView::Reader;

    ReviewScreen(app::QaReviewActions &actions, Reader reader, QWidget *parent = nullptr);

    // A new review of `ticketId` against `card`.
    void startReview(const QString &ticketId, const protocol::Scorecard &card);
    // A submitted review, read from the back office.
    void openReview(const QString &reviewId);

    // The review shown (empty while a new one is not submitted): the exports' place to start.
    QString reviewId() const { return m_review ? m_review->id : QString(); }
    QString ticketId() const { return m_ticketId; }
    const std::optional<protocol::QaReview> &review() const { return m_review; }
    const app::QaConversation &conversation() const { return m_conversation; }

    ScorecardForm *form() const { return m_form; }
    ScoreBreakdownView *breakdown() const { return m_breakdown; }
    ReviewThreadView *thread() const { return m_thread; }
    QPlainTextEdit *conversationText() const { return m_text; }
    QLabel *figuresLabel() const { return m_figures; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *exportPdfButton() const { return m_exportPdf; }
    // The submitted review with its conversation as a PDF at `path` (issue 18, item 9); the
    // button asks where first.
    [[nodiscard]] Result<void> exportPdf(const QString &path) const;

public Q_SLOTS:
    void submit();
    void chooseExportPath();

Q_SIGNALS:
    // The conversation and, for a submitted review, the review are shown.
    void loaded();
    void submitted(const frontline::protocol::QaReview &review);
    // Acknowledged, disputed or answered: the list shows its new status.
    void reviewChanged(const frontline::protocol::QaReview &review);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void loadConversation();
    void showConversation();
    void showScore();
    void showReview(const protocol::QaReview &review);
    void answerThread(const Result<protocol::QaReview> &answer);
    QString figuresText() const;
    ReviewedConversation reviewedConversation() const;

    app::QaReviewActions &m_actions;
    Reader m_reader;
    QString m_ticketId;
    std::optional<protocol::QaReview> m_review;
    app::QaConversation m_conversation;
    bool m_conversationLoaded = false;
    QString m_problem;
    QLabel *m_figures = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QScrollArea *m_scroll = nullptr;
    ScorecardForm *m_form = nullptr;
    ScoreBreakdownView *m_breakdown = nullptr;
    ReviewThreadView *m_thread = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_exportPdf = nullptr;
    bool m_submitting = false;
};

} // namespace frontline::ui

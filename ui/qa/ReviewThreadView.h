#pragma once

#include "protocol/QaReview.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace frontline::ui {

// A submitted review's status and its thread (issue 18, item 7): the operator's disputes and the
// reviewer's replies in order, and what the reader may do next: the reviewed operator
// acknowledges or disputes with a comment, the reviewer answers a dispute. What the back office
// would refuse is not offered (an acknowledged review is final).
class ReviewThreadView : public QWidget
{
    Q_OBJECT
public:
    enum class Reader
    {
        Reviewer,
        ReviewedOperator
    };

    explicit ReviewThreadView(Reader reader, QWidget *parent = nullptr);

    void showReview(const protocol::QaReview &review);
    // While a request is under way the buttons wait; `problem` (if any) is shown and the comment
    // kept, so nothing typed is lost.
    void setBusy(bool busy, const QString &problem = {});
    void clearComment();

    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *threadText() const { return m_thread; }
    QPlainTextEdit *commentField() const { return m_comment; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *disputeButton() const { return m_dispute; }
    QPushButton *replyButton() const { return m_reply; }

Q_SIGNALS:
    void acknowledgeRequested();
    void disputeRequested(const QString &comment);
    void replyRequested(const QString &comment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showAgain();
    void updateButtons();

    Reader m_reader;
    std::optional<protocol::QaReview> m_review;
    QLabel *m_status;
    QPlainTextEdit *m_thread;
    QLabel *m_commentLabel;
    QPlainTextEdit *m_comment;
    QPushButton *m_acknowledge;
    QPushButton *m_dispute;
    QPushButton *m_reply;
    QString m_problem;
    bool m_busy = false;
};

} // namespace frontline::ui

#include "ui/qa/ReviewThreadView.h"

#include "app/qa/QaReviewListModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontline::ui {

ReviewThreadView::ReviewThreadView(Reader reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_status(new QLabel(this))
    , m_thread(new QPlainTextEdit(this))
    , m_commentLabel(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_acknowledge(new QPushButton(this))
    , m_dispute(new QPushButton(this))
    , m_reply(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewThread"));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_thread->setObjectName(QStringLiteral("reviewThreadText"));
    m_thread->setReadOnly(true);
    m_thread->setTabChangesFocus(true);
    m_thread->setMaximumHeight(140);
    m_comment->setObjectName(QStringLiteral("reviewThreadComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(70);
    m_commentLabel->setBuddy(m_comment);
    m_acknowledge->setObjectName(QStringLiteral("reviewAcknowledge"));
    m_dispute->setObjectName(QStringLiteral("reviewDispute"));
    m_reply->setObjectName(QStringLiteral("reviewReply"));
    const bool reviewed = reader == Reader::ReviewedOperator;
    m_acknowledge->setVisible(reviewed);
    m_dispute->setVisible(reviewed);
    m_reply->setVisible(!reviewed);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_dispute);
    buttons->addWidget(m_reply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_thread);
    layout->addWidget(m_commentLabel);
    layout->addWidget(m_comment);
    layout->addLayout(buttons);

    connect(m_acknowledge, &QPushButton::clicked, this, &ReviewThreadView::acknowledgeRequested);
    connect(m_dispute, &QPushButton::clicked, this,
            [this] { Q_EMIT disputeRequested(m_comment->toPlainText().trimmed()); });
    connect(m_reply, &QPushButton::clicked, this,
            [this] { Q_EMIT replyRequested(m_comment->toPlainText().trimmed()); });
    connect(m_comment, &QPlainTextEdit::textChanged, this, &ReviewThreadView::updateButtons);
    retranslateUi();
}

void ReviewThreadView::showReview(const protocol::QaReview &review)
{
    m_review = review;
    m_problem.clear();
    showAgain();
}

void ReviewThreadView::setBusy(bool busy, const QString &problem)
{
    m_busy = busy;
    m_problem = problem;
    showAgain();
}

void ReviewThreadView::clearComment()
{
    m_comment->clear();
}

void ReviewThreadView::showAgain()
{
    if (!m_review) {
        m_status->clear();
        m_thread->clear();
        updateButtons();
        return;
    }
    const QLocale locale;
    QString status = tr("Status: %1").arg(app::QaReviewListModel::statusText(m_review->status));
    if (m_review->status == protocol::QaReviewStatus::Acknowledged &&
        m_review->acknowledgedAt.isValid())
        status =
            tr("Acknowledged on %1")
                .arg(locale.toString(m_review->acknowledgedAt.toLocalTime(), QLocale::ShortFormat));
    if (!m_problem.isEmpty())
        status += u'\n' + m_problem;
    m_status->setText(status);
    m_status->setAccessibleName(status);
    QStringList entries;
    for (const protocol::QaReviewComment &entry : m_review->comments) {
        const QString when = locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        entries << (entry.dispute ? tr("%1, %2 disputed:").arg(when, entry.authorName)
                                  : tr("%1, %2 replied:").arg(when, entry.authorName)) +
                       u'\n' + entry.comment;
    }
    m_thread->setPlainText(entries.isEmpty() ? tr("No dispute.") : entries.join(u"\n\n"));
    updateButtons();
}

void ReviewThreadView::updateButtons()
{
    using S = protocol::QaReviewStatus;
    const bool open = m_review && m_review->status != S::Acknowledged && !m_busy;
    const bool written = !m_comment->toPlainText().trimmed().isEmpty();
    m_acknowledge->setEnabled(open);
    m_dispute->setEnabled(open && written);
    // The reviewer answers a dispute, and only while it waits for her.
    m_reply->setEnabled(open && written && m_review->status == S::Disputed);
    const bool canWrite =
        m_reader == Reader::ReviewedOperator ? open : open && m_review->status == S::Disputed;
    m_comment->setEnabled(canWrite);
    m_commentLabel->setEnabled(canWrite);
}

void ReviewThreadView::retranslateUi()
{
    const bool reviewed = m_reader == Reader::ReviewedOperator;
    m_commentLabel->setText(reviewed ? tr("Your &comment (for a dispute):")
                                     : tr("Your &reply to the dispute:"));
    m_comment->setAccessibleName(reviewed ? tr("Dispute comment") : tr("Reply to the dispute"));
    m_thread->setAccessibleName(tr("Disputes and replies"));
    m_acknowledge->setText(tr("&Acknowledge"));
    m_acknowledge->setAccessibleName(tr("Acknowledge the review"));
    m_dispute->setText(tr("&Dispute"));
    m_dispute->setAccessibleName(tr("Dispute the review with the comment"));
    m_reply->setText(tr("Send re&ply"));
    m_reply->setAccessibleName(tr("Reply to the operator's dispute"));
    showAgain();
}

void ReviewThreadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui

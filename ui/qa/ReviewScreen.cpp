#include "ui/qa/ReviewScreen.h"
#include "ui/qa/ReviewPdf.h"

#include "ui/qa/ScoreBreakdownView.h"
#include "ui/qa/ScorecardForm.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace frontline::ui {

ReviewScreen::ReviewScreen(app::QaReviewActions &actions, Reader reader, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_actions(actions)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("reviewScreen"));
    build();
    retranslateUi();
}

void ReviewScreen::build()
{
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("reviewFigures"));
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setWordWrap(true);
    // The customer's words stay plain text: nothing in them can become a link or markup.
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reviewConversation"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_form = new ScorecardForm(this);
    m_breakdown = new ScoreBreakdownView(this);
    m_thread = new ReviewThreadView(m_reader, this);
    m_thread->hide();
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_form);
    sideLayout->addWidget(m_breakdown);
    sideLayout->addWidget(m_thread);
    sideLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("reviewScorecard"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(side);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_figures);
    leftLayout->addWidget(m_text, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewScreenStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_submit = new QPushButton(this);
    m_submit->setObjectName(QStringLiteral("reviewSubmit"));
    m_submit->setDefault(true);
    m_exportPdf = new QPushButton(this);
    m_exportPdf->setObjectName(QStringLiteral("reviewExportPdf"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("reviewClose"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_exportPdf);
    bottom->addWidget(m_submit);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1200, 760);

    connect(m_form, &ScorecardForm::changed, this, &ReviewScreen::showScore);
    connect(m_submit, &QPushButton::clicked, this, &ReviewScreen::submit);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReviewScreen::chooseExportPath);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    connect(m_thread, &ReviewThreadView::acknowledgeRequested, this, [this] {
        m_thread->setBusy(true);
        m_actions.acknowledge(reviewId(), [this](const auto &answer) { answerThread(answer); });
    });
    connect(m_thread, &ReviewThreadView::disputeRequested, this, [this](const QString &comment) {
        m_thread->setBusy(true);
        m_actions.dispute(reviewId(), comment,
                          [this](const auto &answer) { answerThread(answer); });
    });
    connect(m_thread, &ReviewThreadView::replyRequested, this, [this](const QString &comment) {
        m_thread->setBusy(true);
        m_actions.reply(reviewId(), comment, [this](const auto &answer) { answerThread(answer); });
    });
}

void ReviewScreen::startReview(const QString &ticketId, const protocol::Scorecard &card)
{
    m_ticketId = ticketId;
    m_review.reset();
    m_problem.clear();
    m_form->setScorecard(card);
    m_thread->hide();
    m_submit->show();
    loadConversation();
    retranslateUi();
}

void ReviewScreen::openReview(const QString &reviewId)
{
    m_submit->hide();
    m_problem = tr("Loading the review…");
    retranslateUi();
    m_actions.review(reviewId, [this](const Result<protocol::QaReview> &review) {
        if (!review) {
            m_problem = tr("The review could not be read: %1").arg(review.error().message);
            retranslateUi();
            return;
        }
        m_problem.clear();
        m_ticketId = review->ticketId;
        if (review->scorecard)
            m_form->setScorecard(*review->scorecard);
        showReview(review.value());
        loadConversation();
    });
}

void ReviewScreen::showReview(const protocol::QaReview &review)
{
    m_review = review;
    m_form->showAnswers(review.answers, review.comment);
    m_thread->showReview(review);
    m_thread->show();
    m_submit->hide();
    retranslateUi();
}

void ReviewScreen::loadConversation()
{
    m_conversationLoaded = false;
    m_conversation = {};
    showConversation();
    m_actions.conversation(
        m_ticketId, m_reader == Reader::Reviewer,
        [this](const Result<app::QaConversation> &conversation) {
            if (conversation) {
                m_conversation = conversation.value();
                m_conversationLoaded = true;
            } else {
                m_problem =
                    tr("The conversation could not be read: %1").arg(conversation.error().message);
            }
            showConversation();
            retranslateUi();
            Q_EMIT loaded();
        });
}

void ReviewScreen::showConversation()
{
    if (!m_conversationLoaded) {
        m_text->setPlainText(tr("Loading the conversation…"));
        return;
    }
    const QLocale locale;
    QStringList blocks;
    for (const app::QaConversationLine &line : m_conversation.lines) {
        // The customer is "the customer" in the reader's language, whatever the name.
        QString who = line.authorKind == u"customer" ? tr("Customer")
                      : line.authorKind == u"bot"    ? tr("Bot")
                      : line.authorKind == u"system" ? tr("System")
                                                     : line.authorName;
        if (line.whisper)
            who = tr("%1 — whisper to the operator").arg(who);
        else if (line.internal)
            who = tr("%1 — internal note").arg(who);
        blocks << QStringLiteral("[%1] %2:\n%3")
                      .arg(locale.toString(line.at.toLocalTime(), QLocale::ShortFormat), who,
                           line.body);
    }
    if (m_conversation.truncated)
        blocks << tr("(The conversation goes on; the first messages are shown.)");
    m_text->setPlainText(blocks.isEmpty() ? tr("No messages.") : blocks.join(u"\n\n"));
}

QString ReviewScreen::figuresText() const
{
    const QJsonObject &f = m_conversation.figures;
    QStringList parts;
    const qint64 number = f.contains(u"ticket_number") ? f.value(u"ticket_number").toInteger()
                          : m_review                   ? m_review->ticketNumber
                                                       : 0;
    if (number > 0)
        parts << tr("Ticket #%1").arg(number);
    if (!f.value(u"channel").toString().isEmpty())
        parts << f.value(u"channel").toString();
    if (!f.value(u"queue").toString().isEmpty())
        parts << tr("queue %1").arg(f.value(u"queue").toString());
    const QString operatorName =
        m_review ? m_review->operatorName : f.value(u"operator_name").toString();
    if (!operatorName.isEmpty())
        parts << tr("operator %1").arg(operatorName);
    if (f.value(u"csat").isDouble())
        parts << tr("CSAT %1").arg(f.value(u"csat").toInt());
    if (f.value(u"returned").toBool())
        parts << tr("escalation returned");
    else if (f.value(u"escalated").toBool())
        parts << tr("escalated");
    if (f.contains(u"handle_time_seconds")) {
        const qint64 seconds = f.value(u"handle_time_seconds").toInteger();
        parts << tr("handle time %1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    if (m_review)
        parts << tr("reviewed by %1").arg(m_review->reviewerName);
    return parts.join(QStringLiteral(" · "));
}

void ReviewScreen::showScore()
{
    if (m_review) {
        if (m_review->scorecard)
            m_breakdown->showScore(*m_review->scorecard, m_review->score);
        return;
    }
    const app::QaReviewDraft &draft = m_form->draft();
    const int missing = draft.unansweredCount();
    if (missing > 0) {
        m_breakdown->showIncomplete(missing);
    } else if (auto score = draft.score(); score) {
        m_breakdown->showScore(draft.scorecard(), score.value());
    } else {
        m_breakdown->showIncomplete(0, tr("every criterion is N/A: nothing to score"));
    }
    m_submit->setEnabled(!m_submitting && missing == 0 && draft.score().ok());
}

void ReviewScreen::submit()
{
    if (m_review || m_submitting || !m_form->draft().isComplete())
        return;
    m_submitting = true;
    m_problem = tr("Submitting…");
    retranslateUi();
    m_actions.submit(m_form->draft(), m_ticketId, [this](const Result<protocol::QaReview> &review) {
        m_submitting = false;
        if (!review) {
            // The answers stay on the screen: nothing is lost, the reviewer may try again.
            m_problem = tr("Not submitted: %1").arg(review.error().message);
            retranslateUi();
            return;
        }
        m_problem = tr("Submitted.");
        protocol::QaReview shown = review.value();
        if (!shown.scorecard)
            shown.scorecard = m_form->draft().scorecard();
        showReview(shown);
        Q_EMIT submitted(shown);
    });
}

void ReviewScreen::answerThread(const Result<protocol::QaReview> &answer)
{
    if (!answer) {
        m_thread->setBusy(false, tr("Not sent: %1").arg(answer.error().message));
        return;
    }
    protocol::QaReview shown = answer.value();
    if (!shown.scorecard && m_review)
        shown.scorecard = m_review->scorecard;
    m_thread->setBusy(false);
    m_thread->clearComment();
    showReview(shown);
    Q_EMIT reviewChanged(shown);
}

void ReviewScreen::retranslateUi()
{
    const qint64 number = m_review ? m_review->ticketNumber
                                   : m_conversation.figures.value(u"ticket_number").toInteger();
    setWindowTitle(number > 0 ? tr("Review of ticket #%1").arg(number) : tr("Review"));
    m_figures->setText(figuresText());
    m_figures->setAccessibleName(tr("The ticket's figures"));
    m_text->setAccessibleName(tr("Conversation"));
    m_scroll->setAccessibleName(tr("Scorecard"));
    m_submit->setText(tr("&Submit review"));
    m_submit->setAccessibleName(tr("Submit the review"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the review"));
    m_exportPdf->setText(tr("Export as &PDF…"));
    m_exportPdf->setAccessibleName(tr("Export the review with its conversation as PDF"));
    // Only a submitted review, once its conversation is here, has something to print.
    m_exportPdf->setVisible(m_review.has_value());
    m_exportPdf->setEnabled(m_review.has_value() && m_conversationLoaded);
    m_status->setText(m_problem);
    m_status->setAccessibleName(tr("Review status"));
    showConversation();
    showScore();
}

void ReviewScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui

namespace frontline::ui {

ReviewedConversation ReviewScreen::reviewedConversation() const
{
    ReviewedConversation reviewed;
    reviewed.ticketNumber = m_review && m_review->ticketNumber > 0
                                ? m_review->ticketNumber
                                : m_conversation.figures.value(u"ticket_number").toInteger();
    reviewed.queue = m_conversation.figures.value(u"queue").toString();
    reviewed.channel =
        protocol::channelFromString(m_conversation.figures.value(u"channel").toString())
            .value_or(protocol::Channel::Chat);
    for (const app::QaConversationLine &line : m_conversation.lines) {
        protocol::Message message;
        message.ticketId = m_ticketId;
        message.authorKind =
            protocol::authorKindFromString(line.authorKind).value_or(protocol::AuthorKind::System);
        message.authorName = line.authorName;
        message.body = line.body;
        message.internal = line.internal;
        message.whisper = line.whisper;
        message.createdAt = line.at;
        reviewed.messages.append(message);
    }
    return reviewed;
}

Result<void> ReviewScreen::exportPdf(const QString &path) const
{
    if (!m_review || !m_conversationLoaded)
        return Error{QStringLiteral("not_ready"),
                     tr("The review and its conversation are not here yet.")};
    return ReviewPdf::write(*m_review, reviewedConversation(), locale(), path);
}

void ReviewScreen::chooseExportPath()
{
    const qint64 number = reviewedConversation().ticketNumber;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the review as PDF"),
        QDir::home().filePath(QStringLiteral("review-%1.pdf").arg(number)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto written = exportPdf(path);
    m_problem = written ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                        : tr("The PDF was not saved: %1").arg(written.error().message);
    m_status->setText(m_problem);
}

} // namespace frontline::ui

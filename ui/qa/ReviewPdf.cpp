#include "ui/qa/ReviewPdf.h"

#include "ui/common/HtmlPdf.h"

namespace frontline::ui {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &value)
{
    return u"<tr><th align=\"left\">" + escaped(label) + u"</th><td>" + escaped(value) +
           u"</td></tr>";
}

QString when(const QDateTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

QString ReviewPdf::channelName(protocol::Channel channel)
{
    switch (channel) {
    case protocol::Channel::Chat:
        return tr("Chat");
    case protocol::Channel::Email:
        return tr("Email");
    case protocol::Channel::WebForm:
        return tr("Web form");
    case protocol::Channel::Phone:
        return tr("Phone");
    case protocol::Channel::Social:
        return tr("Social");
    }
    return {};
}

QString ReviewPdf::header(const protocol::QaReview &review,
                          const ReviewedConversation &conversation, const QLocale &locale)
{
    const QString card = review.scorecard ? review.scorecard->name : review.scorecardId;
    return u"<h1>" + escaped(tr("QA review of ticket #%1").arg(conversation.ticketNumber)) +
           u"</h1><table cellspacing=\"0\" cellpadding=\"3\">" +
           row(tr("Queue"), conversation.queue) +
           row(tr("Channel"), channelName(conversation.channel)) +
           row(tr("Operator"), review.operatorName) + row(tr("Reviewer"), review.reviewerName) +
           row(tr("Reviewed"), when(review.createdAt, locale)) +
           row(tr("Scorecard"), tr("%1, version %2").arg(card).arg(review.scorecardVersion)) +
           u"</table>";
}

QString ReviewPdf::breakdown(const protocol::QaReview &review, const QLocale &locale)
{
    QString html = u"<h2>" +
                   escaped(tr("Score: %1%").arg(locale.toString(review.score.percent, 'f', 1))) +
                   u"</h2>";
    if (review.score.criticalMissed)
        html += u"<p><b>" + escaped(tr("A critical criterion was missed: the score is 0.")) +
                u"</b></p>";
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>";
    // Widths given, so a long criterion's words are not broken inside to fit a squeezed column.
    const std::pair<QString, int> columns[] = {{tr("Criterion"), 28}, {tr("Answer"), 12},
                                               {tr("Weight"), 8},     {tr("Effective weight"), 10},
                                               {tr("Points"), 8},     {tr("Comment"), 34}};
    for (const auto &[title, width] : columns)
        html += u"<th width=\"" + QString::number(width) + u"%\">" + escaped(title) + u"</th>";
    html += u"</tr>";
    for (const protocol::QaCriterionScore &scored : review.score.breakdown) {
        const protocol::ScorecardCriterion *criterion =
            review.scorecard ? review.scorecard->criterion(scored.criterionId) : nullptr;
        QString answer = tr("N/A");
        if (scored.value && criterion && criterion->scale == protocol::QaScale::YesNo)
            answer = *scored.value > 0 ? tr("Yes") : tr("No");
        else if (scored.value && criterion)
            answer = tr("%1 of %2")
                         .arg(*scored.value)
                         .arg(protocol::qaScaleRange(criterion->scale).second);
        else if (scored.value)
            answer = QString::number(*scored.value);
        if (scored.criticalMissed)
            answer += u" — " + tr("critical criterion missed");
        QString comment;
        for (const protocol::QaAnswer &given : review.answers) {
            if (given.criterionId == scored.criterionId)
                comment = given.comment;
        }
        html += u"<tr><td>" + escaped(criterion ? criterion->title : scored.criterionId) +
                u"</td><td>" + escaped(answer) + u"</td><td align=\"right\">" +
                locale.toString(scored.weight) + u"</td><td align=\"right\">" +
                locale.toString(scored.effectiveWeight, 'f', 2) + u"</td><td align=\"right\">" +
                locale.toString(scored.points, 'f', 2) + u"</td><td>" + escaped(comment) +
                u"</td></tr>";
    }
    return html + u"</table>";
}

QString ReviewPdf::thread(const protocol::QaReview &review, const QLocale &locale)
{
    QString html;
    if (!review.comment.isEmpty())
        html += u"<h2>" + escaped(tr("Reviewer's comment")) + u"</h2><p>" +
                escaped(review.comment) + u"</p>";
    if (!review.comments.isEmpty())
        html += u"<h2>" + escaped(tr("Dispute")) + u"</h2>";
    for (const protocol::QaReviewComment &entry : review.comments) {
        const QString who = entry.dispute ? tr("%1 disputed, %2") : tr("%1 replied, %2");
        html += u"<p><b>" + escaped(who.arg(entry.authorName, when(entry.at, locale))) +
                u"</b><br>" + escaped(entry.comment) + u"</p>";
    }
    if (review.acknowledgedAt.isValid())
        html +=
            u"<p>" +
            escaped(
                tr("Acknowledged by the operator, %1").arg(when(review.acknowledgedAt, locale))) +
            u"</p>";
    return html;
}

QString ReviewPdf::messages(const ReviewedConversation &conversation, const QLocale &locale)
{
    QString html = u"<h2>" + escaped(tr("Conversation")) + u"</h2>";
    for (const protocol::Message &message : conversation.messages) {
        // The customer by role only: the PDF may leave the center, her name and contacts may not.
        QString author;
        switch (message.authorKind) {
        case protocol::AuthorKind::Customer:
            author = tr("Customer");
            break;
        case protocol::AuthorKind::Bot:
            author = tr("Chatbot");
            break;
        case protocol::AuthorKind::System:
            author = tr("System");
            break;
        case protocol::AuthorKind::Operator:
            author = message.authorName;
            break;
        }
        if (message.whisper)
            author += u" — " + tr("whisper to the operator (internal)");
        else if (message.internal)
            author += u" — " + tr("internal note");
        const QString style =
            message.internal ? QStringLiteral(" style=\"color:#7a4b00\"") : QString();
        html += u"<p" + style + u"><b>" + escaped(author) + u"</b>, " +
                escaped(when(message.createdAt, locale)) + u"<br>" + escaped(message.body) +
                u"</p>";
    }
    return html;
}

QString ReviewPdf::html(const protocol::QaReview &review, const ReviewedConversation &conversation,
                        const QLocale &locale)
{
    return u"<html><body>" + header(review, conversation, locale) + breakdown(review, locale) +
           thread(review, locale) + messages(conversation, locale) + u"</body></html>";
}

Result<void> ReviewPdf::write(const protocol::QaReview &review,
                              const ReviewedConversation &conversation, const QLocale &locale,
                              const QString &path)
{
    return writeHtmlPdf(html(review, conversation, locale),
                        tr("QA review of ticket #%1").arg(conversation.ticketNumber), path);
}

} // namespace frontline::ui

#pragma once

#include "protocol/Message.h"
#include "protocol/QaReview.h"
#include "protocol/Result.h"
#include "protocol/Ticket.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace frontline::ui {

// The conversation a review scored, as its PDF shows it: the ticket's number, queue and channel
// and its messages, oldest first. No customer profile goes in, so no contact data can come out.
struct ReviewedConversation
{
    qint64 ticketNumber = 0;
    QString queue;
    protocol::Channel channel = protocol::Channel::Chat;
    QList<protocol::Message> messages;
};

// A QA review with its conversation as a PDF (issue 18, item 9): the header, the score and how it
// was computed, the overall comment and the dispute thread, then the whole conversation with
// internal notes and whispers marked as internal. Labels follow the installed translation, dates
// and numbers `locale`. The review must be a detailed one (GET /qa/reviews/{id}: its answers,
// thread and scorecard version).
class ReviewPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPdf)

public:
    // The document as HTML, every text from the review and the conversation escaped.
    static QString html(const protocol::QaReview &review, const ReviewedConversation &conversation,
                        const QLocale &locale);
    // Writes the PDF to `path` (replacing it only once complete); io_error when it cannot.
    [[nodiscard]] static Result<void> write(const protocol::QaReview &review,
                                            const ReviewedConversation &conversation,
                                            const QLocale &locale, const QString &path);

private:
    static QString channelName(protocol::Channel channel);
    static QString header(const protocol::QaReview &review,
                          const ReviewedConversation &conversation, const QLocale &locale);
    static QString breakdown(const protocol::QaReview &review, const QLocale &locale);
    static QString thread(const protocol::QaReview &review, const QLocale &locale);
    static QString messages(const ReviewedConversation &conversation, const QLocale &locale);
};

} // namespace frontline::ui

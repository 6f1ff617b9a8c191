// A QA review with its conversation as a PDF (issue 18, item 9), from a review of the real demo
// back office: the file is a PDF whose text (read back with pdftotext) holds the score, a
// criterion's comment, the Russian scorecard's criteria, the customer's words and the internal
// note and whisper marked as internal, and never the customer's email or phone; labels in English
// and Russian.
#include "ui/qa/ReviewPdf.h"
#include "tests/ui/OperatorFlowFixture.h"
#include "tests/ui/PdfText.h"
#include "ui/common/UiSetup.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

using namespace frontline;
using namespace frontline::test;

namespace {

// Text with every run of white space as one space, so a phrase pdftotext wrapped still matches,
// and ligatures (the font's "ﬁ") as their letters.
QString flat(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

class ReviewPdfTest : public OperatorFlowTest
{
protected:
    // A demo review scored with a Russian scorecard, in full.
    protocol::QaReview russianReview(HttpClient &reviewer)
    {
        const HttpReply list = reviewer.get(QStringLiteral("/api/v1/qa/reviews?limit=200"));
        EXPECT_EQ(list.status, 200) << list.body.toStdString();
        for (const QJsonValue &item : list.json().value(u"reviews").toArray()) {
            const HttpReply one = reviewer.get(u"/api/v1/qa/reviews/" + item[u"id"].toString());
            auto review = protocol::QaReview::fromJson(one.json());
            EXPECT_TRUE(review) << one.body.toStdString();
            if (review && review->scorecard && review->scorecard->locale == u"ru")
                return review.value();
        }
        ADD_FAILURE() << "the demo has no review with a Russian scorecard";
        return {};
    }

    // The reviewed ticket's header and messages, and its customer's email and phone.
    ui::ReviewedConversation conversationOf(HttpClient &reviewer, const QString &ticketId,
                                            QStringList *contacts)
    {
        const HttpReply ticket = reviewer.get(u"/api/v1/tickets/" + ticketId);
        EXPECT_EQ(ticket.status, 200) << ticket.body.toStdString();
        auto parsed = protocol::Ticket::fromJson(ticket.json());
        EXPECT_TRUE(parsed);
        ui::ReviewedConversation conversation;
        if (!parsed)
            return conversation;
        conversation.ticketNumber = parsed->number;
        conversation.queue = parsed->queue;
        conversation.channel = parsed->channel;
        const HttpReply messages = reviewer.get(u"/api/v1/tickets/" + ticketId + u"/messages");
        for (const QJsonValue &item : messages.json().value(u"messages").toArray()) {
            auto message = protocol::Message::fromJson(item.toObject());
            EXPECT_TRUE(message);
            if (message)
                conversation.messages.append(message.value());
        }
        const HttpReply customer = reviewer.get(u"/api/v1/customers/" + parsed->customerId);
        EXPECT_EQ(customer.status, 200) << customer.body.toStdString();
        for (const char *field : {"email", "phone"}) {
            const QString value = customer.json()[u"customer"][QLatin1StringView(field)].toString();
            if (!value.isEmpty())
                *contacts << value;
        }
        return conversation;
    }
};

TEST_F(ReviewPdfTest, TheReviewAndItsConversationReadBackWithoutTheCustomersContacts)
{
    auto sofia = colleague(QStringLiteral("sofia"));
    protocol::QaReview review = russianReview(*sofia);
    ASSERT_FALSE(HasFailure());
    ASSERT_FALSE(review.answers.isEmpty());
    QStringList contacts;
    ui::ReviewedConversation conversation = conversationOf(*sofia, review.ticketId, &contacts);
    ASSERT_FALSE(HasFailure());
    ASSERT_FALSE(contacts.isEmpty()) << "the demo customer has no email or phone to leave out";
    const auto customers = std::find_if(
        conversation.messages.begin(), conversation.messages.end(),
        [](const protocol::Message &m) { return m.authorKind == protocol::AuthorKind::Customer; });
    ASSERT_NE(customers, conversation.messages.end());
    const QString customerSaid = customers->body;
    // What a reviewer and the operator add to a review: a criterion's comment and a note.
    review.answers[0].comment = QStringLiteral("Поздоровалась по имени, но без \"<b>\" в тексте");
    protocol::Message note;
    note.authorKind = protocol::AuthorKind::Operator;
    note.authorName = review.operatorName;
    note.internal = true;
    note.body = QStringLiteral("Checked the order history first");
    note.createdAt = conversation.messages.last().createdAt;
    conversation.messages.append(note);
    protocol::Message whisper = note;
    whisper.authorName = review.reviewerName;
    whisper.whisper = true;
    whisper.body = QStringLiteral("Offer the courier's phone line");
    conversation.messages.append(whisper);

    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("review.pdf"));
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    ASSERT_TRUE(ui::ReviewPdf::write(review, conversation, english, path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    const QString text = flat(pdfText(path));
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(u"#" + QString::number(conversation.ticketNumber)));
    EXPECT_TRUE(text.contains(english.toString(review.score.percent, 'f', 1) + u'%'))
        << text.toStdString();
    EXPECT_TRUE(text.contains(flat(review.answers[0].comment))) << text.toStdString();
    EXPECT_TRUE(text.contains(flat(review.scorecard->name))) << "Cyrillic lost";
    // A table cell's lines may interleave with its neighbours' in pdftotext's reading: one word.
    const QString criterion = review.scorecard->criteria().first().title.section(u' ', 0, 0);
    EXPECT_TRUE(text.contains(criterion)) << criterion.toStdString();
    EXPECT_TRUE(text.contains(flat(customerSaid))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"internal note"));
    EXPECT_TRUE(text.contains(note.body));
    EXPECT_TRUE(text.contains(u"whisper to the operator (internal)")) << text.toStdString();
    EXPECT_TRUE(text.contains(whisper.body));
    for (const QString &contact : std::as_const(contacts))
        EXPECT_FALSE(text.contains(contact)) << contact.toStdString();

    // Refused plainly when the file cannot be written.
    EXPECT_FALSE(ui::ReviewPdf::write(review, conversation, english,
                                      folder.filePath(QStringLiteral("missing/review.pdf"))));
}

TEST_F(ReviewPdfTest, LabelsFollowTheLanguageAndNumbersTheLocale)
{
    protocol::QaReview review;
    review.operatorName = QStringLiteral("Olga");
    review.score.percent = 81.3;
    review.score.breakdown.append({QStringLiteral("greeting"), 20, 25, 1, 25, false});
    ui::ReviewedConversation conversation;
    conversation.ticketNumber = 1042;
    const QLocale russian(QLocale::Russian, QLocale::Russia);
    EXPECT_TRUE(ui::ReviewPdf::html(review, conversation, QLocale(QLocale::English))
                    .contains(u"Score: 81.3%"));
    ASSERT_TRUE(ui::installTranslations(*qApp, russian));
    const QString html = ui::ReviewPdf::html(review, conversation, russian);
    EXPECT_TRUE(html.contains(u"Оценка: 81,3%")) << html.toStdString();
    EXPECT_TRUE(html.contains(u"Критерий"));
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

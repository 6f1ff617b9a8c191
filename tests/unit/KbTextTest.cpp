#include "server/kb/KbText.h"
#include "server/kb/HtmlText.h"
#include "server/kb/KbService.h"
#include "server/kb/MarkdownText.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace frontline::server::kb;

namespace {

std::string text(const QString &value)
{
    return value.toStdString();
}

} // namespace

TEST(KbMarkdown, FirstLevelOneHeadingIsTheTitleAndLeavesTheBody)
{
    const ConvertedText converted = convertMarkdown(
        QStringLiteral("# Delivery **times**\n\nIntro text.\n\n## Methods\n\nMore text.\n"));
    EXPECT_EQ(text(converted.title), "Delivery times");
    EXPECT_EQ(text(converted.body), "Intro text.\n\nMethods\n\nMore text.");

    const ConvertedText setext = convertMarkdown(QStringLiteral("Returns\n=======\n\nBody.\n"));
    EXPECT_EQ(text(setext.title), "Returns");
    EXPECT_EQ(text(setext.body), "Body.");

    EXPECT_TRUE(convertMarkdown(QStringLiteral("## Only a subheading\n\nText.")).title.isEmpty());
}

TEST(KbMarkdown, StripsEmphasisAndCodeButKeepsWordsWithUnderscores)
{
    EXPECT_EQ(text(markdownToText(
                  QStringLiteral("Storage: **7 days**, *not* __eight__, _never_ ~~nine~~."))),
              "Storage: 7 days, not eight, never nine.");
    EXPECT_EQ(
        text(markdownToText(QStringLiteral("Use reason `lost_shipment` or snake_case_word."))),
        "Use reason lost_shipment or snake_case_word.");
    EXPECT_EQ(text(markdownToText(QStringLiteral("Costs 5 * 3 * 2 and \\*stars\\*."))),
              "Costs 5 * 3 * 2 and *stars*.");
    EXPECT_EQ(text(markdownToText(QStringLiteral("***both***"))), "both");
}

TEST(KbMarkdown, LinksKeepTheirTextAndUrl)
{
    EXPECT_EQ(text(markdownToText(QStringLiteral(
                  "See [international delivery](https://hopper.example/kb/intl_delivery)."))),
              "See international delivery (https://hopper.example/kb/intl_delivery).");
    EXPECT_EQ(text(markdownToText(
                  QStringLiteral("[https://hopper.example](https://hopper.example) and "
                                 "<https://a.example/x_y_z> and https://b.example/a_b_c"))),
              "https://hopper.example and https://a.example/x_y_z and https://b.example/a_b_c");
    EXPECT_EQ(text(markdownToText(QStringLiteral("![a parcel](parcel.png) Text"))),
              "a parcel Text");
}

TEST(KbMarkdown, KeepsListMarkersQuotesAndParagraphBreaks)
{
    const QString source = QStringLiteral("Intro line one\nline two.\n\n"
                                          "* first\n"
                                          "- second\n  continued\n"
                                          "  + nested\n\n"
                                          "1. one\n2) two\n\n"
                                          "> Quoted **phrase**\n> goes on.\n\n"
                                          "---\n\n"
                                          "End with hard  \nbreak.");
    EXPECT_EQ(text(markdownToText(source)), "Intro line one line two.\n\n"
                                            "- first\n"
                                            "- second continued\n"
                                            "  - nested\n\n"
                                            "1. one\n2) two\n\n"
                                            "Quoted phrase goes on.\n\n"
                                            "End with hard\nbreak.");
}

TEST(KbMarkdown, CodeFencesTablesAndRawHtml)
{
    const QString source = QStringLiteral("```\nkeep **this** as_is\n```\n\n"
                                          "| Method | Days |\n|---|:---:|\n| *Courier* | 1-2 |\n\n"
                                          "Text<br>next <b>bold</b> &amp; &laquo;quoted&raquo;\n\n"
                                          "<script>alert('x')</script>\n"
                                          "<!-- a comment -->After");
    EXPECT_EQ(text(markdownToText(source)), "keep **this** as_is\n\n"
                                            "Method | Days\nCourier | 1-2\n\n"
                                            "Text\nnext bold & «quoted»\n\n"
                                            "After");
}

TEST(KbHtml, DropsScriptsStylesAndTags)
{
    const ConvertedText converted = convertHtml(
        QStringLiteral("<!DOCTYPE html><html><head><title>Gift &amp; cards</title>"
                       "<style>p { color: red }</style><script>var x = '<p>no</p>';</script></head>"
                       "<body><h1>Gift &amp; cards</h1>"
                       "<p>Hello&nbsp;<b>there</b>,\n   welcome!</p>"
                       "<SCRIPT type=\"text/javascript\">alert(\"hi\")</SCRIPT>"
                       "<div>First line<br>second line</div>"
                       "<!-- <p>hidden</p> -->"
                       "<p>1 &lt; 2 &#8212; &#x41; &unknown; a < b</p></body></html>"));
    EXPECT_EQ(text(converted.title), "Gift & cards");
    EXPECT_EQ(text(converted.body), "Hello there, welcome!\n\n"
                                    "First line\nsecond line\n\n"
                                    "1 < 2 \u2014 A &unknown; a < b");
}

TEST(KbHtml, ListsGetMarkersAndLinksTheirUrl)
{
    const QString html = QStringLiteral(
        "<p>Steps:</p><ol><li>Open the <a href=\"https://shop.example/orders\">orders</a></li>"
        "<li>Click <a href=\"javascript:alert(1)\">here</a></li></ol>"
        "<ul><li>Card<ul><li>Visa</li></ul></li><li>Cash</li></ul>"
        "<table><tr><th>Day</th><th>Hours</th></tr><tr><td>Mon</td><td>9-18</td></tr></table>");
    EXPECT_EQ(text(htmlToText(html)), "Steps:\n\n"
                                      "1. Open the orders (https://shop.example/orders)\n"
                                      "2. Click here\n\n"
                                      "- Card\n  - Visa\n- Cash\n\n"
                                      "Day | Hours\nMon | 9-18");
}

TEST(KbHtml, TitleFallsBackToTheFirstHeading)
{
    const ConvertedText converted =
        convertHtml(QStringLiteral("<h1>Refunds <i>explained</i></h1><p>Body</p><h1>Other</h1>"));
    EXPECT_EQ(text(converted.title), "Refunds explained");
    EXPECT_EQ(text(converted.body), "Body\n\nOther");
    EXPECT_TRUE(convertHtml(QStringLiteral("<p>No title</p>")).title.isEmpty());
}

TEST(KbText, DecodesEntities)
{
    EXPECT_EQ(text(decodeEntities(QStringLiteral("&amp;&lt;&gt;&quot;&#39;&#x1F600;&mdash;"))),
              "&<>\"'\U0001F600\u2014");
    EXPECT_EQ(text(decodeEntities(QStringLiteral("AT&T & co &#0; &bogus;"))),
              "AT&T & co \uFFFD &bogus;");
}

TEST(KbText, Slugs)
{
    EXPECT_EQ(text(slugify(QStringLiteral("Delivery times & costs!"))), "delivery-times-costs");
    EXPECT_EQ(text(slugify(QStringLiteral("Возврат товара в течение 14 дней"))),
              "vozvrat-tovara-v-techenie-14-dney");
    EXPECT_EQ(text(slugify(QStringLiteral("Ёлка: щётка, объём"))), "elka-shchetka-obem");
    EXPECT_EQ(text(slugify(QStringLiteral("Café crème"))), "cafe-creme");
    EXPECT_EQ(text(slugify(QStringLiteral("delivery/pickup_point-storage"))),
              "delivery-pickup-point-storage");
    EXPECT_TRUE(slugify(QStringLiteral("!!! ???")).isEmpty());
    // Long slugs are cut at a dash.
    const QString longSlug = slugify(QString(45, u'a') + u' ' + QString(60, u'b'), 80);
    EXPECT_EQ(text(longSlug), std::string(45, 'a'));
}

TEST(KbText, SearchFormFoldsCaseForEveryAlphabet)
{
    EXPECT_EQ(text(searchForm(QStringLiteral("ЗАКАЗ Ёлка Order"))), "заказ елка order");
    EXPECT_EQ(searchTerms(QStringLiteral("  Where is my ORDER?  order «заказ» ")),
              (QStringList{QStringLiteral("where"), QStringLiteral("is"), QStringLiteral("my"),
                           QStringLiteral("order"), QStringLiteral("заказ")}));
    EXPECT_EQ(searchTerms(QStringLiteral("a b c d"), 2).size(), 2);
    EXPECT_TRUE(searchTerms(QStringLiteral(" ?! ")).isEmpty());
}

TEST(KbText, SnippetsShowTheMatchOnOneLine)
{
    EXPECT_EQ(text(snippet(QStringLiteral("Short\n\nbody."), {QStringLiteral("body")})),
              "Short body.");

    QString body;
    for (int i = 0; i < 40; ++i)
        body += QStringLiteral("filler%1 ").arg(i);
    body += QStringLiteral("The REFUND arrives in 10 days.\n\n");
    for (int i = 0; i < 40; ++i)
        body += QStringLiteral("tail%1 ").arg(i);
    const QString excerpt = snippet(body, {QStringLiteral("refund")});
    EXPECT_TRUE(excerpt.contains(QStringLiteral("The REFUND arrives in 10 days.")))
        << text(excerpt);
    EXPECT_TRUE(excerpt.startsWith(u'…'));
    EXPECT_TRUE(excerpt.endsWith(u'…'));
    EXPECT_LE(excerpt.size(), 162);
    EXPECT_FALSE(excerpt.contains(u'\n'));

    // No match in the body (the title matched): the body's beginning.
    const QString start = snippet(body, {QStringLiteral("absent")});
    EXPECT_TRUE(start.startsWith(QStringLiteral("filler0 filler1"))) << text(start);
    EXPECT_LE(start.size(), 161);

    // Cyrillic matches whatever the case.
    const QString russian =
        snippet(QString(200, u'ж') + QStringLiteral(" Где мой ЗАКАЗ? ") + QString(200, u'ж'),
                {QStringLiteral("заказ")});
    EXPECT_TRUE(russian.contains(QStringLiteral("ЗАКАЗ"))) << text(russian);
}

// Issue 16, item 8: folding tags compared each with every one kept so far; 100,000 tags held the
// request thread for minutes. One pass now, whatever the count (the routes cap it at 50 anyway).
TEST(KbTags, FoldingManyTagsTakesOnePass)
{
    QStringList tags;
    for (int i = 0; i < 200000; ++i)
        tags << QStringLiteral(" Tag%1 ").arg(i % 100000);
    QElapsedTimer timer;
    timer.start();
    const QStringList folded = frontline::server::KbService::normalizedTags(tags);
    EXPECT_LT(timer.elapsed(), 5000); // quadratic: about 10^10 comparisons, minutes
    ASSERT_EQ(folded.size(), 100000);
    EXPECT_EQ(folded.first(), u"tag0");
    EXPECT_EQ(folded.last(), u"tag99999");
}

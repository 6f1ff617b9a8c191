// The KB panel over a signed-in desk: search as you type with highlighted hits, the sanitized
// viewer, one-key insertion that records the usage, recent articles, keyboard navigation.
#include "ui/kb/KnowledgeBasePane.h"
#include "app/models/KbArticleListModel.h"
#include "app/store/LocalStore.h"
#include "tests/support/SideCacheData.h"
#include "tests/support/TestEnvironment.h"
#include "tests/ui/SidePaneFixture.h"
#include "ui/kb/KbArticleViewer.h"
#include "ui/kb/KbResultDelegate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace frontline;
using namespace frontline::test;

namespace {

// QTest::keyClicks asserts on non-Latin-1 text in Qt 6.4: send the key events with their text.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

class KnowledgeBasePaneTest : public SidePaneTest
{
protected:
    void SetUp() override
    {
        SidePaneTest::SetUp();
        if (HasFatalFailure())
            return;
        pane = std::make_unique<ui::KnowledgeBasePane>(m_store, *m_commands);
        tester = std::make_unique<QAbstractItemModelTester>(
            pane->results(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        pane->resize(500, 700);
        pane->show();
        pane->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(pane.get()));
    }
    void TearDown() override
    {
        tester.reset();
        pane.reset();
        SidePaneTest::TearDown();
    }

    QStringList resultIds() const
    {
        QStringList ids;
        for (int row = 0; row < pane->results()->rowCount(); ++row)
            ids.append(pane->results()->articleId(row));
        return ids;
    }

    // (command, target, article id) of the queued KB-usage commands.
    QList<QStringList> kbUsageCommands() const
    {
        QList<QStringList> rows;
        auto query = m_store.read(QStringLiteral(
            "SELECT target_id, payload FROM outbox WHERE command = 'kb_usage' ORDER BY id"));
        EXPECT_TRUE(query.ok());
        while (query.ok() && query.value().next()) {
            const QJsonObject payload =
                QJsonDocument::fromJson(query->value(1).toString().toUtf8()).object();
            rows.append({query->value(0).toString(), payload.value(u"article_id").toString()});
        }
        return rows;
    }

    std::unique_ptr<ui::KnowledgeBasePane> pane;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(KnowledgeBasePaneTest, TypingARussianQueryShowsArticlesWithHighlightedHits)
{
    EXPECT_EQ(pane->accessibleName(), u"Knowledge base");
    EXPECT_EQ(pane->searchField()->accessibleName(), u"Knowledge base search");
    EXPECT_EQ(pane->resultsView()->accessibleName(), u"Knowledge base results");
    EXPECT_EQ(pane->viewer()->accessibleName(), u"Knowledge base article");

    typeText(pane->searchField(), QStringLiteral("заказ"));
    EXPECT_EQ(pane->searchField()->text(), u"заказ");
    ASSERT_TRUE(waitUntil([&] { return pane->results()->rowCount() > 0; }));
    EXPECT_EQ(pane->results()->query(), u"заказ");
    ASSERT_TRUE(resultIds().contains(u"a1"));
    const QModelIndex hit = pane->results()->index(int(resultIds().indexOf(u"a1")), 0);
    const QString html = ui::KbResultDelegate::itemHtml(hit);
    EXPECT_TRUE(html.contains(u"<b>заказа</b>")) << html.toStdString();
    EXPECT_FALSE(html.contains(u'['));

    // The locale filter: English hides the Russian article, all shows it again.
    pane->setLocaleFilter(QStringLiteral("en"));
    EXPECT_FALSE(resultIds().contains(u"a1"));
    pane->setLocaleFilter(QString());
    EXPECT_TRUE(resultIds().contains(u"a1"));
}

TEST_F(KnowledgeBasePaneTest, ArticleMarkupIsShownAsTextAndTheViewerLoadsNoFiles)
{
    // Snippets are escaped before their hits are marked.
    EXPECT_EQ(ui::KbResultDelegate::snippetHtml(QStringLiteral("<b>[x]</b> & <img src=a>")),
              u"&lt;b&gt;<b>x</b>&lt;/b&gt; &amp; &lt;img src=a&gt;");

    pane->openArticle(QStringLiteral("a3"));
    ui::KbArticleViewer *viewer = pane->viewer();
    EXPECT_EQ(viewer->articleId(), u"a3");
    const QString shown = viewer->toPlainText();
    EXPECT_TRUE(shown.contains(u"Unsafe <b>title</b>")) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"<img src=\"file:///etc/passwd\">")) << shown.toStdString();
    EXPECT_TRUE(shown.contains(u"<b>bold</b>"));
    // No image made it into the document.
    EXPECT_FALSE(viewer->document()->toHtml().contains(u"<img"));

    EXPECT_FALSE(
        viewer
            ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd")))
            .isValid());
    EXPECT_FALSE(
        viewer->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("/etc/passwd")))
            .isValid());
    EXPECT_FALSE(viewer
                     ->loadResource(QTextDocument::ImageResource,
                                    QUrl(QStringLiteral("https://example.org/x.png")))
                     .isValid());
    EXPECT_TRUE(viewer
                    ->loadResource(QTextDocument::ImageResource,
                                   QUrl(QStringLiteral("qrc:/icons/frontline.svg")))
                    .isValid());
    EXPECT_FALSE(viewer->openLinks());
    EXPECT_FALSE(viewer->openExternalLinks());
}

TEST_F(KnowledgeBasePaneTest, InsertingAnExcerptEmitsItAndRecordsTheUsageOnTheTicket)
{
    pane->setCurrentTicket(QStringLiteral("t1"));
    pane->openArticle(QStringLiteral("a1"));
    ui::KbArticleViewer *viewer = pane->viewer();
    QTextCursor found = viewer->document()->find(QStringLiteral("личном кабинете"));
    ASSERT_FALSE(found.isNull());
    viewer->setTextCursor(found);
    viewer->setFocus();

    QSignalSpy inserted(pane.get(), &ui::KnowledgeBasePane::insertRequested);
    QTest::keyClick(viewer, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.at(0).at(0).toString(), u"личном кабинете");
    EXPECT_EQ(inserted.at(0).at(1).toString(), u"a1");
    // Read at once: the push may follow, but the command was queued for this ticket.
    EXPECT_EQ(kbUsageCommands(),
              (QList<QStringList>{{QStringLiteral("t1"), QStringLiteral("a1")}}));
    EXPECT_EQ(m_store.count(QStringLiteral("kb_usage")).value(), 1);

    // Without a selection: the paragraph under the cursor, never one the operator did not
    // choose. In the title there is none: nothing is inserted, the heading says what to do.
    viewer->moveCursor(QTextCursor::Start);
    QTest::keyClick(viewer, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_EQ(kbUsageCommands().size(), 1);
    // The keyboard moves the cursor to the last paragraph...
    QTest::keyClick(viewer, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(viewer, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(inserted.size(), 2);
    EXPECT_EQ(inserted.at(1).at(0).toString(), u"Если заказа нет в списке, спросите номер.");
    // ...and a click puts it in another one.
    QTextCursor middle = viewer->document()->find(QStringLiteral("Проверьте"));
    ASSERT_FALSE(middle.isNull());
    middle.clearSelection();
    QTest::mouseClick(viewer->viewport(), Qt::LeftButton, {},
                      viewer->cursorRect(middle).center() + QPoint(40, 0));
    EXPECT_FALSE(viewer->textCursor().hasSelection());
    QTest::keyClick(viewer, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(inserted.size(), 3);
    EXPECT_EQ(inserted.at(2).at(0).toString(), u"Проверьте статус заказа в личном кабинете.");
    // Ctrl+Shift+L: the title and link.
    QTest::keyClick(viewer, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(inserted.size(), 4);
    EXPECT_TRUE(inserted.at(3).at(0).toString().startsWith(u"Статус заказа <kb:ru/a1-slug>"));

    // The article now heads the recently used list of an empty search.
    pane->searchField()->clear();
    pane->searchNow();
    EXPECT_TRUE(pane->results()->showsRecent());
    EXPECT_EQ(resultIds(), QStringList{QStringLiteral("a1")});
    EXPECT_EQ(pane->resultsView()->currentIndex().row(), 0); // the article being read

    // Without a current ticket the text is still offered, but nothing is recorded.
    pane->setCurrentTicket(QString());
    QTest::keyClick(viewer, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(inserted.size(), 5);
    EXPECT_EQ(m_store.count(QStringLiteral("kb_usage")).value(), 1);
}

TEST_F(KnowledgeBasePaneTest, KeyboardMovesFromSearchToResultsToArticleAndBack)
{
    pane->searchField()->setFocus();
    QTest::keyClicks(pane->searchField(), QStringLiteral("order"));
    QTest::keyClick(pane->searchField(), Qt::Key_Down);
    EXPECT_EQ(QApplication::focusWidget(), pane->resultsView());
    ASSERT_TRUE(pane->resultsView()->currentIndex().isValid());
    EXPECT_EQ(pane->resultsView()->currentIndex().row(), 0);

    QTest::keyClick(pane->resultsView(), Qt::Key_Return);
    EXPECT_EQ(pane->viewer()->articleId(), resultIds().value(0));
    EXPECT_EQ(QApplication::focusWidget(), pane->viewer());

    QTest::keyClick(pane->viewer(), Qt::Key_Escape);
    EXPECT_EQ(QApplication::focusWidget(), pane->searchField());

    const auto shortcuts = ui::KnowledgeBasePane::shortcuts();
    EXPECT_TRUE(std::any_of(shortcuts.cbegin(), shortcuts.cend(), [](const auto &entry) {
        return entry.first == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    }));
}

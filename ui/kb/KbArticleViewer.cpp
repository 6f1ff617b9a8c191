#include "ui/kb/KbArticleViewer.h"

#include "app/models/KbArticleListModel.h"

#include <QRegularExpression>
#include <QTextBlock>

namespace frontline::ui {

KbArticleViewer::KbArticleViewer(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    setUndoRedoEnabled(false);
    setTextInteractionFlags(textInteractionFlags() | Qt::TextSelectableByKeyboard);
}

QString KbArticleViewer::paragraphAtCursor() const
{
    if (m_articleId.isEmpty())
        return {};
    const QTextBlock block = textCursor().block();
    if (!block.isValid() || block.blockFormat().headingLevel() > 0)
        return {};
    // A <br> inside a paragraph is a line separator in the document.
    return block.text().replace(QChar::LineSeparator, u'\n').trimmed();
}

QString KbArticleViewer::articleHtml(const QString &title, const QString &body)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    QString html = u"<h3>" + title.toHtmlEscaped() + u"</h3>";
    for (const QString &paragraph : body.split(blankLines, Qt::SkipEmptyParts)) {
        const QString text = paragraph.trimmed();
        if (text.isEmpty())
            continue;
        html += u"<p>" + text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + u"</p>";
    }
    return html;
}

void KbArticleViewer::showArticle(const app::KbArticleText &article)
{
    m_articleId = article.id;
    setHtml(articleHtml(article.title, article.body));
}

void KbArticleViewer::clearArticle()
{
    m_articleId.clear();
    clear();
}

QVariant KbArticleViewer::loadResource(int type, const QUrl &name)
{
    // Only our own resources; never file:, http: or a path relative to some folder.
    if (name.scheme() == u"qrc")
        return QTextBrowser::loadResource(type, name);
    return {};
}

} // namespace frontline::ui

#pragma once

#include <QTextBrowser>

namespace frontline::app {
struct KbArticleText;
}

namespace frontline::ui {

// Shows a KB article without ever loading what its text names: the HTML is generated here from
// escaped text, loadResource refuses everything but the app's own qrc: resources, and links are
// never followed by the browser itself.
class KbArticleViewer : public QTextBrowser
{
    Q_OBJECT
public:
    explicit KbArticleViewer(QWidget *parent = nullptr);

    void showArticle(const app::KbArticleText &article);
    void clearArticle();
    QString articleId() const { return m_articleId; }
    // The paragraph the text cursor is in, as plain text; empty in the title or without an
    // article. The arrow keys move the cursor, so the keyboard can choose a paragraph too.
    QString paragraphAtCursor() const;

    // The article's body as HTML: every character of `title` and `body` escaped, paragraphs
    // split on blank lines.
    static QString articleHtml(const QString &title, const QString &body);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    QString m_articleId;
};

} // namespace frontline::ui

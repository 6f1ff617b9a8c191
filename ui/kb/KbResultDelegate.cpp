#include "ui/kb/KbResultDelegate.h"

#include "app/models/KbArticleListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace frontline::ui {

namespace {

// A document that can load nothing: the HTML given to it is ours, but be strict anyway.
class InertDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

QString KbResultDelegate::snippetHtml(const QString &snippet)
{
    const QString escaped = snippet.toHtmlEscaped();
    QString html;
    html.reserve(escaped.size() + 32);
    bool open = false;
    for (const QChar c : escaped) {
        if (c == u'[' && !open) {
            html += QStringLiteral("<b>");
            open = true;
        } else if (c == u']' && open) {
            html += QStringLiteral("</b>");
            open = false;
        } else {
            html += c;
        }
    }
    if (open)
        html += QStringLiteral("</b>");
    return html;
}

QString KbResultDelegate::itemHtml(const QModelIndex &index)
{
    const QString title = index.data(app::KbArticleListModel::TitleRole).toString();
    const QString locale = index.data(app::KbArticleListModel::LocaleRole).toString();
    const QString snippet = index.data(app::KbArticleListModel::SnippetRole).toString();
    QString html = u"<b>" + title.toHtmlEscaped() + u"</b> <small>" +
                   locale.toUpper().toHtmlEscaped() + u"</small>";
    if (!snippet.isEmpty())
        html += u"<br><small>" + snippetHtml(snippet) + u"</small>";
    return html;
}

void KbResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    InertDocument document;
    document.setDefaultFont(option.font);
    document.setHtml(itemHtml(index));
    document.setTextWidth(option.rect.width() - 8);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text,
        option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(4, 2));
    painter->setClipRect(QRect(QPoint(), option.rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize KbResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    InertDocument document;
    document.setDefaultFont(option.font);
    document.setHtml(itemHtml(index));
    const int width = option.rect.width() > 0 ? option.rect.width() : 300;
    document.setTextWidth(width - 8);
    return {width, int(document.size().height()) + 4};
}

} // namespace frontline::ui

#pragma once

#include <QStyledItemDelegate>

namespace frontline::ui {

// Paints a KB hit as its title over its snippet, the matched words in bold. The snippet is
// escaped first and only then are its `[` `]` marks turned into bold, so article text never
// becomes live HTML.
class KbResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString snippetHtml(const QString &snippet);
    static QString itemHtml(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace frontline::ui

#pragma once

#include <QStyledItemDelegate>

namespace frontline::ui {

// Paints a board's cells: a figure that meets its target in the palette's green, one that misses
// it in red (the words say it too, in the accessible text), the totals row in bold, and a row an
// alert concerns on an amber background.
class BoardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace frontline::ui

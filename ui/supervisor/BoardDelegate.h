#pragma once

#include "ui/common/CellTextCache.h"

#include <QStyledItemDelegate>

namespace frontline::ui {

// Paints a board's cells: a figure that meets its target in the palette's green, one that misses
// it in red (the words say it too, in the accessible text), the totals row in bold, and a row an
// alert concerns on an amber background.
//
// Most cells are drawn here from a cached QStaticText (the style lays out and elides every cell's
// text anew on each repaint, the board's longest frame at 450 operators); the selected row and the
// cell with focus go through the style as before, so selection and the focus frame look the same.
class BoardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BoardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable CellTextCache m_texts;
};

} // namespace frontline::ui

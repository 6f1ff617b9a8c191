#include "ui/supervisor/BoardDelegate.h"

#include "app/board/BoardTableModel.h"

namespace frontline::ui {

void BoardDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Model = app::BoardTableModel;
    if (index.data(Model::TotalsRole).toBool())
        option->font.setBold(true);
    if (index.data(Model::HighlightRole).toBool()) {
        option->backgroundBrush = QColor(255, 224, 130); // amber: an alert concerns this row
        option->palette.setColor(QPalette::Text, Qt::black);
    }
    const QVariant met = index.data(Model::TargetMetRole);
    if (met.isValid()) {
        const QColor colour = met.toBool() ? QColor(0x1b, 0x7a, 0x2e) : QColor(0xb3, 0x26, 0x1e);
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::HighlightedText, colour.lighter(180));
    }
}

} // namespace frontline::ui

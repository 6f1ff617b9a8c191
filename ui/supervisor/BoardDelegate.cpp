#include "ui/supervisor/BoardDelegate.h"

#include "app/board/BoardTableModel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace frontline::ui {
namespace {

const QColor Amber(255, 224, 130); // an alert concerns this row
const QColor Met(0x1b, 0x7a, 0x2e);
const QColor Missed(0xb3, 0x26, 0x1e);

} // namespace

BoardDelegate::BoardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void BoardDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Model = app::BoardTableModel;
    if (index.data(Model::TotalsRole).toBool())
        option->font.setBold(true);
    if (index.data(Model::HighlightRole).toBool()) {
        option->backgroundBrush = Amber;
        option->palette.setColor(QPalette::Text, Qt::black);
    }
    const QVariant met = index.data(Model::TargetMetRole);
    if (met.isValid()) {
        const QColor colour = met.toBool() ? Met : Missed;
        option->palette.setColor(QPalette::Text, colour);
        option->palette.setColor(QPalette::HighlightedText, colour.lighter(180));
    }
}

void BoardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    // Selection, the focus frame and right-to-left text: the style's own drawing, one row at most.
    const QStyle::State styled =
        QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_Editing;
    if ((option.state & styled) || option.direction != Qt::LeftToRight || !option.widget ||
        (option.features & QStyleOptionViewItem::WrapText)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    m_texts.useFont(option.font);

    using Model = app::BoardTableModel;
    QStyleOptionViewItem opt = option;
    const bool totals = index.data(Model::TotalsRole).toBool();
    const bool highlighted = index.data(Model::HighlightRole).toBool();
    if (highlighted)
        opt.backgroundBrush = Amber;
    const QStyle *style = option.widget->style();
    // The background as the style draws it for an unselected item (an alert's amber, hover).
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, option.widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    QPalette::ColorGroup group = QPalette::Disabled;
    if (opt.state & QStyle::State_Enabled)
        group = (opt.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;
    QColor colour = highlighted ? QColor(Qt::black) : opt.palette.color(group, QPalette::Text);
    if (const QVariant met = index.data(Model::TargetMetRole); met.isValid())
        colour = met.toBool() ? Met : Missed;
    if (totals)
        opt.font.setBold(true);

    // Where the style puts the text: inside the focus frame's margin, centred as one line.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const CellTextCache::LaidOut &laid =
        m_texts.laidOut(text, opt.font, textRect.width(), opt.textElideMode);
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    const Qt::Alignment horizontal =
        Qt::Alignment(alignment.isValid() ? alignment.toInt() : int(opt.displayAlignment)) &
        Qt::AlignHorizontal_Mask;

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(colour);
    painter->drawStaticText(laid.origin(textRect, horizontal), laid.text);
    painter->restore();
}

} // namespace frontline::ui

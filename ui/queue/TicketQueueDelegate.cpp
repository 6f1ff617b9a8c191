#include "ui/queue/TicketQueueDelegate.h"

#include "app/models/TicketQueueModel.h"
#include "ui/common/DateText.h"
#include "ui/common/SlaPalette.h"

#include <QAbstractItemView>
#include <QFontMetricsF>
#include <QHash>
#include <QHelpEvent>
#include <QIcon>
#include <QPainter>
#include <QToolTip>
#include <QtMath>

namespace frontline::ui {
QIcon TicketQueueDelegate::channelIcon(const QString &channel)
{
    static QHash<QString, QIcon> icons;
    auto found = icons.find(channel);
    if (found == icons.end())
        found = icons.insert(channel, QIcon(u":/icons/channel-" + channel + u".svg"));
    return found.value();
}

QString TicketQueueDelegate::slaToolTip(const QModelIndex &index)
{
    using Model = app::TicketQueueModel;
    const QDateTime due = index.data(Model::SlaDueRole).toDateTime();
    if (!due.isValid())
        return QString();
    return index.data(Model::FirstResponseDueRole).toBool()
               ? tr("First response due %1").arg(dateTimeText(due))
               : tr("Resolution due %1").arg(dateTimeText(due));
}

bool TicketQueueDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip &&
        index.column() == int(app::TicketQueueColumn::Sla)) {
        if (const QString text = slaToolTip(index); !text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void TicketQueueDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Model = app::TicketQueueModel;
    if (index.data(Model::UnreadRole).toBool())
        option->font.setBold(true);
    const auto column = app::TicketQueueColumn(index.column());
    if (column == app::TicketQueueColumn::Channel) {
        option->icon = channelIcon(index.data(Model::ChannelRole).toString());
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationAlignment = Qt::AlignCenter;
        option->decorationSize = QSize(16, 16);
    }
    if (column == app::TicketQueueColumn::Sla) {
        const auto state = app::SlaClock::State(index.data(Model::SlaStateRole).toInt());
        if (state == app::SlaClock::State::AtRisk || state == app::SlaClock::State::Breached) {
            const QColor colour = SlaPalette::foreground(state, option->palette);
            option->palette.setColor(QPalette::Text, colour);
            option->font.setBold(true);
        }
    }
}

void TicketQueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    // Selection, the focus frame, the channel's icon and right-to-left text: the style's drawing.
    const QStyle::State styled =
        QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_Editing;
    if ((option.state & styled) || option.direction != Qt::LeftToRight || !option.widget ||
        (option.features & QStyleOptionViewItem::WrapText) ||
        index.column() == int(app::TicketQueueColumn::Channel)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    m_texts.useFont(option.font);

    // The same option the style would get (bold unread, the SLA's colour, alignment).
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QStyle *style = option.widget->style();
    // The background as the style draws it for an unselected item (alternate rows, hover).
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, option.widget);
    if (opt.text.isEmpty())
        return;
    if (opt.text.contains(u'\n')) { // the style shows a line break as a separator; rare
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QPalette::ColorGroup group = QPalette::Disabled;
    if (opt.state & QStyle::State_Enabled)
        group = (opt.state & QStyle::State_Active) ? QPalette::Normal : QPalette::Inactive;

    // Where the style puts the text: inside the focus frame's margin, centred as one line.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const CellTextCache::LaidOut &laid =
        m_texts.laidOut(opt.text, opt.font, textRect.width(), opt.textElideMode);
    const Qt::Alignment horizontal = opt.displayAlignment & Qt::AlignHorizontal_Mask;

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, QPalette::Text));
    painter->drawStaticText(laid.origin(textRect, horizontal), laid.text);
    painter->restore();
}

} // namespace frontline::ui

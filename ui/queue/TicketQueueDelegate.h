#pragma once

#include "ui/common/CellTextCache.h"

#include <QStyledItemDelegate>

namespace frontline::ui {

// Draws the queue's roles: the channel as an icon, unread tickets in bold, the SLA countdown in
// the SlaPalette's colours, the SLA's due time as the SLA cell's tooltip.
//
// A text cell is drawn here from a cached QStaticText (the style lays out and elides every cell
// anew on each repaint, most of the GUI thread's repaint while 1,000 contacts a minute arrive);
// the selected row, the cell with focus and the channel's icon go through the style as before.
class TicketQueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QIcon channelIcon(const QString &channel);
    // "First response due 14:30" for an SLA cell (the date too when not today); "" without one.
    static QString slaToolTip(const QModelIndex &index);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable CellTextCache m_texts;
};

} // namespace frontline::ui

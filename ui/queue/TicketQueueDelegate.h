#pragma once

#include <QStyledItemDelegate>

namespace frontline::ui {

// Draws the queue's roles: the channel as an icon, unread tickets in bold, the SLA countdown in
// the SlaPalette's colours, the SLA's due time as the SLA cell's tooltip.
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

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace frontline::ui

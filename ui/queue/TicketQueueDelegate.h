#pragma once

#include <QStyledItemDelegate>

namespace frontline::ui {

// Draws the queue's roles: the channel as an icon, unread tickets in bold, the SLA countdown in
// the SlaPalette's colours.
class TicketQueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QIcon channelIcon(const QString &channel);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace frontline::ui

#pragma once

#include <QStyledItemDelegate>

namespace frontline::ui {

// One open conversation in the chat pane's list: the ticket and customer on the left (elided,
// bold while it has unread customer messages) and how long the customer has been waiting in a
// rect of its own on the right, so a long name never runs into the time.
class ConversationListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // "5 min", "1 h 20 min": how long since `since`, as an operator reads it at a glance.
    static QString waitingText(qint64 seconds);

    // Where a row's two texts go inside `rect`, and the name as drawn (elided to fit).
    struct RowLayout
    {
        QRect name;
        QRect waiting;
        QString nameText;
        QString waitingText; // empty when the customer is not waiting for us
        QFont font;          // bold while the conversation has unread messages
    };
    static RowLayout layoutRow(const QRect &rect, const QFont &font, const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace frontline::ui

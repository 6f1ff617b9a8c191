#pragma once

#include <QStyledItemDelegate>

namespace frontline::ui {

// One open conversation in the chat pane's list: bold with its unread count while it has unread
// customer messages, and how long the customer has been waiting for an answer.
class ConversationListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // "5 min", "1 h 20 min": how long since `since`, as an operator reads it at a glance.
    static QString waitingText(qint64 seconds);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace frontline::ui

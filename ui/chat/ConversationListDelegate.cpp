#include "ui/chat/ConversationListDelegate.h"

#include "app/models/OpenConversationsModel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace frontline::ui {

using app::OpenConversationsModel;

namespace {
constexpr int Padding = 6;
constexpr int Gap = 10;

QFont rowFont(QFont font, const QModelIndex &index)
{
    if (index.data(OpenConversationsModel::UnreadRole).toInt() > 0)
        font.setBold(true);
    return font;
}
} // namespace

QString ConversationListDelegate::waitingText(qint64 seconds)
{
    if (seconds < 60)
        return tr("<1 min"); // short: it shares the row with the name
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

ConversationListDelegate::RowLayout
ConversationListDelegate::layoutRow(const QRect &rect, const QFont &font, const QModelIndex &index)
{
    RowLayout row;
    row.font = rowFont(font, index);
    const QFontMetrics metrics(row.font);
    const QRect inner = rect.adjusted(Padding, 0, -Padding, 0);
    const QDateTime since = index.data(OpenConversationsModel::WaitingSinceRole).toDateTime();
    if (since.isValid()) {
        const qint64 seconds = std::max<qint64>(0, since.secsTo(QDateTime::currentDateTimeUtc()));
        const QString time = waitingText(seconds);
        const int nameAtLeast = metrics.horizontalAdvance(QStringLiteral("#0000…")) + Gap;
        const int room = std::max(0, inner.width() - nameAtLeast);
        // The longest form that fits: "waiting 1 h 20 min" while the name keeps half the row,
        // "1 h 20 min", "1 h"; the name always keeps room for the ticket number.
        row.waitingText = tr("waiting %1").arg(time);
        if (metrics.horizontalAdvance(row.waitingText) > inner.width() / 2)
            row.waitingText = time;
        if (metrics.horizontalAdvance(row.waitingText) > room && seconds >= 3600)
            row.waitingText = tr("%1 h").arg(seconds / 3600);
        if (metrics.horizontalAdvance(row.waitingText) > room)
            row.waitingText = metrics.elidedText(row.waitingText, Qt::ElideRight, room);
        const int width = std::min(metrics.horizontalAdvance(row.waitingText), room);
        row.waiting = QRect(inner.right() - width + 1, inner.top(), width, inner.height());
    }
    const int nameRight = row.waitingText.isEmpty() ? inner.right() : row.waiting.left() - Gap;
    row.name =
        QRect(inner.left(), inner.top(), std::max(0, nameRight - inner.left() + 1), inner.height());
    // Customer names are plain text: drawn as they are, never interpreted as markup.
    row.nameText = metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                      row.name.width());
    return row;
}

void ConversationListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    panel.text.clear();
    const QWidget *view = option.widget;
    QStyle *style = view ? view->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, view);

    const RowLayout row = layoutRow(option.rect, option.font, index);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(row.font);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(row.name, Qt::AlignLeft | Qt::AlignVCenter, row.nameText);
    if (!row.waitingText.isEmpty()) {
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(row.waiting, Qt::AlignRight | Qt::AlignVCenter, row.waitingText);
    }
    painter->restore();
}

QSize ConversationListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    // No width of its own: a row is as wide as the list, and the name is elided to fit it.
    const QFontMetrics metrics(rowFont(option.font, index));
    return {2 * Padding, metrics.height() + 2 * Padding};
}

} // namespace frontline::ui

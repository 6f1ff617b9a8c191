#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
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
    struct TextKey
    {
        QString text;
        int width;
        bool bold;
        friend bool operator==(const TextKey &, const TextKey &) = default;
        friend size_t qHash(const TextKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.bold);
        }
    };
    struct LaidOut
    {
        QStaticText text; // elided to the cell's width, plain text (a subject is never markup)
        qreal width = 0;
        int lineHeight = 0;
    };

    // The cell's text laid out once for its font and width, and kept while it is shown.
    const LaidOut &laidOut(const QString &text, const QFont &font, int width,
                           Qt::TextElideMode elide) const;

    // Two generations: what the last repaints used stays, what no repaint asked for goes.
    mutable QHash<TextKey, LaidOut> m_current;
    mutable QHash<TextKey, LaidOut> m_previous;
    mutable QFont m_font; // the font the cached texts were laid out in (bold aside)
};

} // namespace frontline::ui

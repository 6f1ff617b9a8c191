#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace frontline::ui {

// Paints a board's cells: a figure that meets its target in the palette's green, one that misses
// it in red (the words say it too, in the accessible text), the totals row in bold, and a row an
// alert concerns on an amber background.
//
// Most cells are drawn here from a cached QStaticText (the style lays out and elides every cell's
// text anew on each repaint, the board's longest frame at 450 operators); the selected row and the
// cell with focus go through the style as before, so selection and the focus frame look the same.
class BoardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BoardDelegate(QObject *parent = nullptr);

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
        QStaticText text; // elided to the cell's width, plain text (names are never markup)
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

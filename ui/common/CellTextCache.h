#pragma once

#include <QFont>
#include <QHash>
#include <QPointF>
#include <QRect>
#include <QStaticText>
#include <QString>

namespace frontline::ui {

// Cells' texts laid out once for their font and width and kept while they are shown, so a table
// that repaints often (the live board, the ticket queue) does not lay out every visible text
// again. Two generations: what the last repaints used stays, what no repaint asked for goes.
class CellTextCache
{
public:
    struct LaidOut
    {
        QStaticText text; // elided to the cell's width, plain text (a name is never markup)
        qreal width = 0;
        int lineHeight = 0;

        // Where the text starts in `cell`: aligned horizontally as `horizontal` says, centred
        // vertically (the style's own placement of a table cell's one line).
        QPointF origin(const QRect &cell, Qt::Alignment horizontal) const;
    };

    // Forgets every layout when the view's font is not the one they were laid out in.
    void useFont(const QFont &font);
    const LaidOut &laidOut(const QString &text, const QFont &font, int width,
                           Qt::TextElideMode elide);

private:
    struct Key
    {
        QString text;
        int width;
        bool bold;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, key.bold);
        }
    };
    // About ten screens of cells; the older generation goes when the newer one is this full.
    static constexpr qsizetype Generation = 2048;

    QHash<Key, LaidOut> m_current;
    QHash<Key, LaidOut> m_previous;
    QFont m_font; // the font the cached texts were laid out in (bold aside)
};

} // namespace frontline::ui

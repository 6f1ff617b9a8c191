#include "ui/common/CellTextCache.h"

#include <QFontMetricsF>
#include <QtMath>

namespace frontline::ui {

void CellTextCache::useFont(const QFont &font)
{
    if (font == m_font)
        return;
    m_current.clear();
    m_previous.clear();
    m_font = font;
}

const CellTextCache::LaidOut &CellTextCache::laidOut(const QString &text, const QFont &font,
                                                     int width, Qt::TextElideMode elide)
{
    const Key key{text, width, font.bold()};
    if (auto found = m_current.find(key); found != m_current.end())
        return *found;
    if (m_current.size() >= Generation) {
        m_previous = std::move(m_current);
        m_current.clear();
    }
    if (auto kept = m_previous.find(key); kept != m_previous.end())
        return *m_current.insert(key, *kept);

    const QFontMetricsF metrics(font);
    const QString shown =
        metrics.horizontalAdvance(text) > width ? metrics.elidedText(text, elide, width) : text;
    LaidOut laid;
    laid.text.setTextFormat(Qt::PlainText);
    laid.text.setText(shown);
    laid.text.prepare({}, font);
    laid.width = metrics.horizontalAdvance(shown);
    laid.lineHeight = qCeil(metrics.height());
    return *m_current.insert(key, std::move(laid));
}

QPointF CellTextCache::LaidOut::origin(const QRect &cell, Qt::Alignment horizontal) const
{
    qreal x = cell.x();
    if (horizontal & Qt::AlignRight)
        x += cell.width() - width;
    else if (horizontal & Qt::AlignHCenter)
        x += (cell.width() - width) / 2;
    return QPointF(x, cell.y() + (cell.height() - lineHeight) / 2);
}

} // namespace frontline::ui

#include "ui/common/WindowTitle.h"

#include <QFontMetrics>
#include <QWidget>

#include <algorithm>

namespace frontline::ui {

int widthForTitle(const QWidget &window, const QString &title)
{
    QFont font = window.font();
    font.setBold(true); // most window managers draw titles in bold
    const QFontMetrics metrics(font);
    // An icon and three buttons (minimise, maximise, close) share the bar with the title.
    const int decorations = 5 * metrics.height() + 32;
    return metrics.horizontalAdvance(title) + decorations;
}

void fitWindowTitle(QWidget &window)
{
    window.setMinimumWidth(
        std::max(window.minimumWidth(), widthForTitle(window, window.windowTitle())));
}

} // namespace frontline::ui

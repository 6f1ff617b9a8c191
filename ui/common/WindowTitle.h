#pragma once

class QString;
class QWidget;

namespace frontline::ui {

// How wide a window must be for a window manager to show `title` uncut: the title in the title
// bar's bold font, with room for the window's icon and buttons.
int widthForTitle(const QWidget &window, const QString &title);
// Makes a (dialog) window at least widthForTitle() wide for its current title.
void fitWindowTitle(QWidget &window);

} // namespace frontline::ui

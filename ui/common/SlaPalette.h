#pragma once

#include "app/models/SlaClock.h"

#include <QColor>

class QPalette;

namespace frontline::ui {

// The one place the SLA colours come from: amber when at risk, red when breached, each chosen for
// enough contrast on the given palette's base (light or dark).
class SlaPalette
{
public:
    static QColor foreground(app::SlaClock::State state, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace frontline::ui

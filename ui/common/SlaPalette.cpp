#include "ui/common/SlaPalette.h"

#include <QPalette>

namespace frontline::ui {

bool SlaPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor SlaPalette::foreground(app::SlaClock::State state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case app::SlaClock::State::AtRisk:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x5b, 0x00);
    case app::SlaClock::State::Breached:
        return dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xc0, 0x1c, 0x1c);
    case app::SlaClock::State::None:
    case app::SlaClock::State::Running:
        break;
    }
    return palette.color(QPalette::Text);
}

} // namespace frontline::ui

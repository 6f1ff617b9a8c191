#pragma once

#include <QLocale>

class QCoreApplication;

namespace frontline::ui {

// Registers the embedded resources (icons, translations). Call once before building widgets.
void initResources();

// Installs Frontline's and Qt's own translations for `locale` (English when none matches);
// returns whether Frontline's catalogue for that language was found.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace frontline::ui

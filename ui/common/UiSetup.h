#pragma once

#include <QLocale>

class QAbstractItemModel;
class QCoreApplication;

namespace frontline::ui {

// Frontline's name, organisation and version for settings, paths and --version. No display
// name: the window system would append it to every title ("Frontline — Olga — Frontline"),
// and the main window's title names the app itself.
void nameApplication();

// Registers the embedded resources (icons, translations). Call once before building widgets.
void initResources();

// Installs Frontline's and Qt's own translations for `locale` (English when none matches) and
// makes it the default locale; returns whether Frontline's catalogue for that language was
// found. Replaces what an earlier call installed, so the language can change while Frontline
// runs: Qt then sends every widget a LanguageChange event and each one sets its texts again.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

// Tells the views of `model` that its texts (headers and cells) changed with the language.
void retranslateModel(QAbstractItemModel &model);

} // namespace frontline::ui

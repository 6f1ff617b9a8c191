#include "ui/shell/UiSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

static void initFrontlineQrc()
{
    Q_INIT_RESOURCE(frontline);
}

namespace frontline::ui {

void initResources()
{
    initFrontlineQrc();
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("frontline"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace frontline::ui

#include "ui/common/UiSettings.h"

#include <QSettings>

namespace frontline::ui {

QString UiSettings::language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void UiSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QLocale UiSettings::uiLocale()
{
    const QString chosen = language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

bool UiSettings::soundEnabled()
{
    return QSettings().value(QStringLiteral("notifications/sound"), true).toBool();
}

void UiSettings::setSoundEnabled(bool enabled)
{
    QSettings().setValue(QStringLiteral("notifications/sound"), enabled);
}

QStringList UiSettings::openedLinkSites()
{
    return QSettings().value(QStringLiteral("links/openedSites")).toStringList();
}

void UiSettings::addOpenedLinkSite(const QString &site)
{
    QStringList sites = openedLinkSites();
    if (sites.contains(site))
        return;
    constexpr qsizetype MaxSites = 500; // the oldest are asked about again
    sites.append(site);
    while (sites.size() > MaxSites)
        sites.removeFirst();
    QSettings().setValue(QStringLiteral("links/openedSites"), sites);
}

QByteArray UiSettings::windowGeometry()
{
    return QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), geometry);
}

QByteArray UiSettings::windowState()
{
    return QSettings().value(QStringLiteral("mainWindow/state")).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("mainWindow/state"), state);
}

QByteArray UiSettings::perspectiveLayout(const QString &perspective)
{
    return QSettings().value(u"mainWindow/layout/" + perspective).toByteArray();
}

void UiSettings::setPerspectiveLayout(const QString &perspective, const QByteArray &layout)
{
    QSettings().setValue(u"mainWindow/layout/" + perspective, layout);
}

QString UiSettings::lastServer()
{
    return QSettings().value(QStringLiteral("signIn/server")).toString();
}

QString UiSettings::lastUser()
{
    return QSettings().value(QStringLiteral("signIn/user")).toString();
}

bool UiSettings::lastWasDemo()
{
    return QSettings().value(QStringLiteral("signIn/demo"), true).toBool();
}

bool UiSettings::rememberMe()
{
    return QSettings().value(QStringLiteral("signIn/remember"), false).toBool();
}

void UiSettings::setLastSignIn(const QString &server, const QString &user, bool demo, bool remember)
{
    QSettings settings;
    settings.setValue(QStringLiteral("signIn/server"), server);
    settings.setValue(QStringLiteral("signIn/user"), remember ? user : QString());
    settings.setValue(QStringLiteral("signIn/demo"), demo);
    settings.setValue(QStringLiteral("signIn/remember"), remember);
}

} // namespace frontline::ui

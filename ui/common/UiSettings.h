#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace frontline::ui {

// The desktop's own preferences, kept in QSettings; every key lives here.
class UiSettings
{
public:
    // "" follows the system locale; otherwise "en" or "ru".
    static QString language();
    static void setLanguage(const QString &language);
    // The locale the UI is translated into: the chosen language, or the system's.
    static QLocale uiLocale();

    static bool soundEnabled();
    static void setSoundEnabled(bool enabled);

    // Sites (scheme, host and port) the operator has opened a customer's link to before: links
    // there open on a click, others ask first (ui/chat/LinkGuard).
    static QStringList openedLinkSites();
    static void addOpenedLinkSite(const QString &site);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    static QByteArray perspectiveLayout(const QString &perspective);
    static void setPerspectiveLayout(const QString &perspective, const QByteArray &layout);

    // The last sign-in, to pre-fill the login dialog (never the password).
    static QString lastServer();
    static QString lastUser();
    static bool lastWasDemo();
    static bool rememberMe();
    static void setLastSignIn(const QString &server, const QString &user, bool demo, bool remember);
};

} // namespace frontline::ui

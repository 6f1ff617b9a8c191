#pragma once

#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace frontline::app {
class ClientCore;
class EmbeddedBackOffice;
} // namespace frontline::app

namespace frontline::ui {

// The desktop app's round: the sign-in dialog, then the workspace, and back to the sign-in dialog
// on Sign out or Switch user (the session's token dropped, its kept credentials forgotten; each
// user keeps their own cache) until the operator quits or cancels signing in.
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    // `backOffice` may be null (no demo on this computer).
    DesktopSession(QNetworkAccessManager *network, app::EmbeddedBackOffice *backOffice,
                   const QString &dataDirectory, QObject *parent = nullptr);
    ~DesktopSession() override;

    // Shows the sign-in dialog (with the demo chosen when `offerDemo`), or opens the workspace
    // straight away when `resume` and a kept session lets it.
    void start(bool offerDemo, bool resume);

    LoginDialog *loginDialog() const { return m_login; }
    MainWindow *window() const { return m_window; }
    app::ClientCore *desk() const { return m_desk.get(); }

Q_SIGNALS:
    // The operator quit, or cancelled signing in: the program ends.
    void finished();
    // The workspace of a newly signed-in user is shown.
    void workspaceShown();

private:
    // `again`: after Sign out (`user` filled in) or Switch user (`user` empty).
    void showLogin(bool offerDemo, bool again, const QString &user);
    void openWorkspace();
    void signOut(bool switchUser);

    QNetworkAccessManager *m_network;
    app::EmbeddedBackOffice *m_backOffice;
    QString m_dataDirectory;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_window;
    std::unique_ptr<app::ClientCore> m_desk;
};

} // namespace frontline::ui

#include "ui/shell/DesktopSession.h"

#include "app/ClientCore.h"
#include "app/EmbeddedBackOffice.h"
#include "app/session/Session.h"

#include <QLineEdit>

namespace frontline::ui {

DesktopSession::DesktopSession(QNetworkAccessManager *network, app::EmbeddedBackOffice *backOffice,
                               const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_backOffice(backOffice)
    , m_dataDirectory(dataDirectory)
{}

DesktopSession::~DesktopSession()
{
    // The window goes before the desk it shows.
    delete m_window;
    delete m_login;
}

void DesktopSession::start(bool offerDemo, bool resume)
{
    showLogin(offerDemo, false, {});
    if (!resume || offerDemo || !m_login->canResume()) {
        m_login->open();
        return;
    }
    // "Remember me" last time: straight into the workspace, unless the back office refuses the
    // kept token, in which case the dialog opens and says so.
    connect(m_login, &LoginDialog::resumeFinished, this, [this](bool signedIn) {
        if (!signedIn && m_login)
            m_login->open();
    });
    m_login->resumeSession();
}

void DesktopSession::showLogin(bool offerDemo, bool again, const QString &user)
{
    auto *login = new LoginDialog(m_network, m_backOffice, m_dataDirectory);
    m_login = login;
    if (offerDemo)
        login->offerDemo();
    if (again) {
        // Switch user starts from an empty name; Sign out keeps it, as a new start would.
        login->setUser(user);
        login->setPassword({});
        (user.isEmpty() ? login->userField() : login->passwordField())->setFocus();
    }
    connect(login, &QDialog::finished, this, [this, login](int result) {
        login->deleteLater();
        if (result == QDialog::Accepted)
            openWorkspace();
        else
            Q_EMIT finished();
    });
}

void DesktopSession::openWorkspace()
{
    m_desk = m_login->takeDesk();
    auto *window = new MainWindow;
    m_window = window;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setAwayOnLeaving(true);
    if (m_backOffice && m_backOffice->state() != app::EmbeddedBackOffice::State::Stopped)
        window->watchBackOffice(m_backOffice);
    window->setClient(partsOf(*m_desk));
    // Queued: the window that asks is deleted by signOut().
    connect(window, &MainWindow::signOutRequested, this, &DesktopSession::signOut,
            Qt::QueuedConnection);
    connect(window, &MainWindow::closed, this, &DesktopSession::finished);
    window->show();
    Q_EMIT workspaceShown();
}

void DesktopSession::signOut(bool switchUser)
{
    const QString user = switchUser ? QString() : m_desk->user().username;
    // The window goes first: nothing may use the desk once it is being taken apart.
    delete m_window;
    // The token is revoked and forgotten (keychain or file) before the next sign-in; the user's
    // cache stays for their next sign-in.
    app::ClientCore *desk = m_desk.release();
    desk->session().logout([this, desk, user](const Result<void> &) {
        desk->deleteLater();
        showLogin(false, true, user);
        m_login->open();
    });
}

} // namespace frontline::ui

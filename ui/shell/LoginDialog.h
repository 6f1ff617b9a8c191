#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QUrl>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QRadioButton;

namespace frontline::app {
class EmbeddedBackOffice;
class ClientCore;
} // namespace frontline::app

namespace frontline::ui {

// Signing in: a back-office address or the demo on this computer (the embedded back office,
// started on demand), user, password and "remember me". Accepted once the client core is ready;
// takeDesk() hands it over. With the demo offered, signing in is one Enter away. A trainee of a
// training sandbox is asked where to work: the first sign-in looks her sandboxes up
// (`GET /me/workspaces`) and, when she has any, offers them beside production.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // `demo` may be null (no demo on this computer); `dataDirectory` holds sessions and caches.
    LoginDialog(QNetworkAccessManager *network, app::EmbeddedBackOffice *demo,
                const QString &dataDirectory, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // Chooses the demo and fills in a demo operator, so Enter signs in.
    void offerDemo();
    void setServer(const QString &address);
    void setUser(const QString &user);
    void setPassword(const QString &password);
    void setRemember(bool remember);
    void setDemo(bool demo);

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }
    // Production and the user's sandboxes, once looked up; hidden until she has one.
    QComboBox *workspaceField() const { return m_workspace; }
    bool isBusy() const { return m_busy; }

    // Whether "remember me" kept a session (not the demo's) that resumeSession() may bring back.
    bool canResume() const;
    // Signs in with the kept session, without a password; ends in resumeFinished(). Accepted
    // when it worked; otherwise the dialog says why (a refused token, say) when it is shown.
    void resumeSession();

    // The signed-in desk, once accepted.
    std::unique_ptr<app::ClientCore> takeDesk();
    // Where the session is kept, as the desk told it.
    QString storageNotice() const { return m_notice; }

public Q_SLOTS:
    void signIn();
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void resumeFinished(bool signedIn);

private:
    void nameFields();
    void signInTo(const QUrl &server);
    // Signs in to production to learn the user's sandboxes; offers them when she has any, else
    // goes on in production with that sign-in. A refused password is said at once.
    void lookUpWorkspaces(const QUrl &server);
    // Signs out the look-up's session when she does not work in it (another workspace, another
    // user or server, the dialog closed).
    void dropLookUp();
    void offerWorkspaces(const QList<QPair<QString, QString>> &sandboxes);
    void forgetWorkspaces();
    // A new desk for `folder`, wired to this dialog: accepted once ready, an error otherwise.
    void createDesk(const QString &folder, bool keychain);
    void setBusy(bool busy, const QString &status = {});
    // A sign-in refused or failed: says why and goes back to the password.
    void signInFailed(const QString &message);
    void showError(const QString &message);
    void updateNotice();
    QString demoFolder() const;

    QNetworkAccessManager *m_network;
    app::EmbeddedBackOffice *m_demoBackOffice;
    QString m_dataDirectory;
    std::unique_ptr<app::ClientCore> m_desk;
    QRadioButton *m_demo;
    QRadioButton *m_remote;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QComboBox *m_workspace;
    QLabel *m_workspaceLabel;
    QString m_workspacesOf; // "server user" whose sandboxes the choice shows; empty: not looked up
    QJsonObject m_lookUp; // the look-up's sign-in to production (its reply), until used or dropped
    QUrl m_lookUpServer;
    QLabel *m_storage;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QMetaObject::Connection m_waitForDemo;
    QString m_notice;
    bool m_busy = false;
};

} // namespace frontline::ui

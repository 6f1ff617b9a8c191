#include "ui/shell/LoginDialog.h"

#include "app/ClientCore.h"
#include "app/EmbeddedBackOffice.h"
#include "app/net/BackOfficeClient.h"
#include "app/session/Session.h"
#include "ui/common/SlaPalette.h"
#include "ui/common/UiSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace frontline::ui {
namespace {

app::ApiRequest request(const QByteArray &method, const QString &path)
{
    app::ApiRequest made;
    made.method = method;
    made.path = path;
    return made;
}

} // namespace

LoginDialog::LoginDialog(QNetworkAccessManager *network, app::EmbeddedBackOffice *demo,
                         const QString &dataDirectory, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_demoBackOffice(demo)
    , m_dataDirectory(dataDirectory)
    , m_demo(new QRadioButton(tr("&Demo on this computer"), this))
    , m_remote(new QRadioButton(tr("Back-office &server:"), this))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember me on this computer"), this))
    , m_workspace(new QComboBox(this))
    , m_workspaceLabel(new QLabel(tr("&Workspace:"), this))
    , m_storage(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Frontline"));
    setAccessibleName(tr("Sign in"));

    nameFields();
    m_demo->setEnabled(demo != nullptr);
    for (QLabel *label : {m_storage, m_error}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_storage->setObjectName(QStringLiteral("storageNotice"));
    m_storage->setAccessibleName(tr("Where the session is kept"));
    m_storage->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setAccessibleName(tr("Sign-in problem"));
    m_error->hide();
    // The error line keeps its room while hidden, so the dialog does not jump when it appears.
    QSizePolicy reserved = m_error->sizePolicy();
    reserved.setRetainSizeWhenHidden(true);
    m_error->setSizePolicy(reserved);
    m_error->setMinimumHeight(2 * m_error->fontMetrics().lineSpacing());
    m_storage->setMinimumHeight(3 * m_storage->fontMetrics().lineSpacing());
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_demo);
    form->addRow(m_remote, m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(m_workspaceLabel, m_workspace);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_storage);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remote, &QRadioButton::toggled, m_server, &QWidget::setEnabled);
    connect(m_remote, &QRadioButton::toggled, this, &LoginDialog::updateNotice);
    connect(m_remember, &QCheckBox::toggled, this, &LoginDialog::updateNotice);
    // Another user or server: her sandboxes are looked up again.
    for (QLineEdit *field : {m_server, m_user})
        connect(field, &QLineEdit::textEdited, this, &LoginDialog::forgetWorkspaces);
    connect(m_demo, &QRadioButton::toggled, this, &LoginDialog::forgetWorkspaces);
    forgetWorkspaces();

    m_server->setText(UiSettings::lastServer());
    m_user->setText(UiSettings::lastUser());
    m_remember->setChecked(UiSettings::rememberMe());
    setDemo(demo != nullptr && UiSettings::lastWasDemo());
    updateNotice();
}

LoginDialog::~LoginDialog()
{
    dropLookUp();
}

// Each field: its object name (tests), accessible name (screen readers), placeholder and echo.
void LoginDialog::nameFields()
{
    m_demo->setObjectName(QStringLiteral("demoChoice"));
    m_demo->setAccessibleName(tr("Demo on this computer"));
    m_remote->setObjectName(QStringLiteral("serverChoice"));
    m_remote->setAccessibleName(tr("Back-office server"));
    m_server->setObjectName(QStringLiteral("serverField"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("https://frontline.example.com"));
    m_user->setObjectName(QStringLiteral("userField"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_workspace->setObjectName(QStringLiteral("workspaceField"));
    m_workspace->setAccessibleName(tr("Workspace"));
    m_workspaceLabel->setBuddy(m_workspace);
    m_remember->setObjectName(QStringLiteral("rememberBox"));
    m_remember->setAccessibleName(tr("Remember me"));
}

void LoginDialog::offerDemo()
{
    setDemo(true);
    if (m_user->text().isEmpty())
        m_user->setText(QStringLiteral("olga"));
    m_password->setText(QStringLiteral("demo"));
    m_storage->setText(m_storage->text() + u"\n" +
                       tr("Demo users: olga, ivan, anna, maxim (operators), pavel (2nd line), "
                          "sofia (supervisor), tanya (trainer); the password is demo."));
    m_buttons->button(QDialogButtonBox::Ok)->setFocus();
}

void LoginDialog::setServer(const QString &address)
{
    m_server->setText(address);
}

void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
}

void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void LoginDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

void LoginDialog::setDemo(bool demo)
{
    (demo && m_demoBackOffice ? m_demo : m_remote)->setChecked(true);
    m_server->setEnabled(!m_demo->isChecked());
}

std::unique_ptr<app::ClientCore> LoginDialog::takeDesk()
{
    return std::move(m_desk);
}

void LoginDialog::accept()
{
    signIn();
}

QString LoginDialog::demoFolder() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("demo"));
}

void LoginDialog::updateNotice()
{
    if (m_demo->isChecked())
        m_storage->setText(tr("The demo's session ends when Frontline closes; its data stays on "
                              "this computer."));
    else if (m_remember->isChecked())
        m_storage->setText(tr("Your session is kept in the system keychain or, where none "
                              "answers, in a file only you can read."));
    else
        m_storage->setText(tr("Your session ends when Frontline closes."));
}

void LoginDialog::signIn()
{
    if (m_busy)
        return;
    m_error->hide();
    if (m_user->text().trimmed().isEmpty()) {
        m_user->setFocus();
        return showError(tr("Enter your user name."));
    }
    if (m_password->text().isEmpty()) {
        m_password->setFocus();
        return showError(tr("Enter your password."));
    }
    if (m_demo->isChecked()) {
        using State = app::EmbeddedBackOffice::State;
        if (m_demoBackOffice->state() == State::Running)
            return signInTo(m_demoBackOffice->baseUrl());
        setBusy(true, tr("Starting the demo back office…"));
        m_waitForDemo = connect(m_demoBackOffice, &app::EmbeddedBackOffice::stateChanged, this,
                                [this](State state) {
                                    if (state == State::Running) {
                                        disconnect(m_waitForDemo);
                                        signInTo(m_demoBackOffice->baseUrl());
                                    } else if (state == State::Failed || state == State::Stopped) {
                                        disconnect(m_waitForDemo);
                                        setBusy(false);
                                        showError(tr("The demo back office did not start: %1")
                                                      .arg(m_demoBackOffice->errorString()));
                                    }
                                });
        if (m_demoBackOffice->state() != State::Starting)
            m_demoBackOffice->start();
        return;
    }
    QString address = m_server->text().trimmed();
    if (!address.contains(u"://"))
        address.prepend(u"https://");
    const QUrl server(address, QUrl::StrictMode);
    if (!server.isValid() || server.host().isEmpty() ||
        (server.scheme() != u"https" && server.scheme() != u"http")) {
        m_server->setFocus();
        return showError(tr("Enter the back office's address, e.g. https://frontline.example.com"));
    }
    signInTo(server);
}

void LoginDialog::createDesk(const QString &folder, bool keychain)
{
    m_desk = std::make_unique<app::ClientCore>(m_network, folder);
    m_desk->setKeychainEnabled(keychain);
    connect(m_desk.get(), &app::ClientCore::notice, this,
            [this](const QString &text) { m_notice = text; });
    connect(m_desk.get(), &app::ClientCore::failed, this, [this](const QString &message) {
        // Deleted later: this runs inside one of the desk's own signals.
        m_desk.release()->deleteLater();
        signInFailed(message);
    });
}

void LoginDialog::signInFailed(const QString &message)
{
    setBusy(false);
    showError(message);
    // Back to the password (the fields were disabled while busy, so focus fell to Cancel).
    m_password->setFocus(Qt::OtherFocusReason);
    m_password->selectAll();
}

void LoginDialog::forgetWorkspaces()
{
    dropLookUp();
    m_workspacesOf.clear();
    m_workspace->clear();
    m_workspace->addItem(tr("Production"), QStringLiteral("production"));
    m_workspace->hide();
    m_workspaceLabel->hide();
}

void LoginDialog::dropLookUp()
{
    const QByteArray token = std::exchange(m_lookUp, {}).value(u"token").toString().toLatin1();
    if (token.isEmpty())
        return;
    // Owned by the network manager, so that the sign-out goes even when the dialog closes now.
    auto *client = new app::BackOfficeClient(m_network, m_network);
    client->setBaseUrl(m_lookUpServer);
    client->setToken(token);
    client->send(request(QByteArrayLiteral("POST"), QStringLiteral("/auth/logout")), client,
                 [client](const app::ApiReply &) { client->deleteLater(); });
}

void LoginDialog::reject()
{
    dropLookUp();
    QDialog::reject();
}

void LoginDialog::offerWorkspaces(const QList<QPair<QString, QString>> &sandboxes)
{
    for (const auto &[name, title] : sandboxes)
        m_workspace->addItem(tr("Training: %1 (%2)").arg(title, name), name);
    m_workspace->show();
    m_workspaceLabel->show();
    m_error->setText(tr("Choose where to work: production or a training sandbox, then sign in."));
    m_error->setPalette(palette());
    m_error->show();
    m_workspace->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::lookUpWorkspaces(const QUrl &server)
{
    const QString key = server.toString() + u' ' + m_user->text().trimmed();
    setBusy(true, tr("Signing in…"));
    auto *client = new app::BackOfficeClient(m_network, this);
    client->setBaseUrl(server);
    app::ApiRequest login{"POST",
                          QStringLiteral("/auth/login"),
                          QJsonObject{{QLatin1StringView("username"), m_user->text().trimmed()},
                                      {QLatin1StringView("password"), m_password->text()}},
                          true,
                          {},
                          false};
    client->send(login, this, [this, client, server, key](const app::ApiReply &reply) {
        if (!reply.ok()) {
            client->deleteLater();
            return signInFailed(reply.error.toError().message);
        }
        m_lookUp = reply.json;
        m_lookUpServer = server;
        client->setToken(reply.json.value(u"token").toString().toLatin1());
        client->send(
            request(QByteArrayLiteral("GET"), QStringLiteral("/me/workspaces")), this,
            [this, client, server, key](const app::ApiReply &list) {
                client->deleteLater();
                setBusy(false);
                QList<QPair<QString, QString>> sandboxes;
                for (const QJsonValue &each : list.json.value(u"workspaces").toArray()) {
                    if (each[u"kind"].toString() == u"sandbox")
                        sandboxes.append({each[u"name"].toString(), each[u"title"].toString()});
                }
                m_workspacesOf = key;
                if (sandboxes.isEmpty())
                    return signInTo(server);
                offerWorkspaces(sandboxes);
            });
    });
}

void LoginDialog::signInTo(const QUrl &server)
{
    const bool demo = m_demo->isChecked();
    const bool remember = m_remember->isChecked() && !demo;
    const QString user = m_user->text().trimmed();
    if (m_workspacesOf.isEmpty())
        return lookUpWorkspaces(server);
    const QString workspace = m_workspace->currentData().toString();
    setBusy(true, tr("Signing in…"));
    createDesk(demo ? demoFolder() : m_dataDirectory, remember);
    // A user's production and sandbox caches never share a file.
    const QString cacheName = workspace == u"production" ? user : user + u'@' + workspace;
    if (demo)
        m_desk->setCachePath(QDir(demoFolder()).filePath(cacheName + u"-cache.sqlite"));
    connect(m_desk.get(), &app::ClientCore::ready, this, [this, server, user, demo] {
        setBusy(false);
        UiSettings::setLastSignIn(demo ? UiSettings::lastServer() : server.toString(), user, demo,
                                  m_remember->isChecked());
        QDialog::accept();
    });
    // The look-up signed her in to production already: her password is not checked twice.
    if (workspace == u"production" && !m_lookUp.isEmpty())
        return m_desk->startSignedIn(server, user, workspace, std::exchange(m_lookUp, {}),
                                     remember);
    dropLookUp();
    m_desk->signIn(server, user, m_password->text(), workspace, remember);
}

bool LoginDialog::canResume() const
{
    return UiSettings::rememberMe() && !UiSettings::lastWasDemo() &&
           app::Session::hasKeptSession(m_dataDirectory);
}

void LoginDialog::resumeSession()
{
    if (m_busy || !canResume()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT resumeFinished(false); }, Qt::QueuedConnection);
        return;
    }
    setDemo(false);
    setBusy(true, tr("Signing in with your saved session…"));
    createDesk(m_dataDirectory, true);
    connect(m_desk.get(), &app::ClientCore::ready, this, [this] {
        setBusy(false);
        QDialog::accept();
        Q_EMIT resumeFinished(true);
    });
    connect(m_desk.get(), &app::ClientCore::failed, this, [this] {
        m_password->setFocus();
        Q_EMIT resumeFinished(false);
    });
    m_desk->resume();
}

void LoginDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_demo), static_cast<QWidget *>(m_remote),
          static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password),
          static_cast<QWidget *>(m_remember), static_cast<QWidget *>(m_workspace)})
        widget->setEnabled(!busy);
    m_demo->setEnabled(!busy && m_demoBackOffice);
    m_server->setEnabled(!busy && m_remote->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy) {
        m_error->setText(status);
        m_error->setPalette(palette());
        m_error->setVisible(!status.isEmpty());
    }
}

void LoginDialog::showError(const QString &message)
{
    m_error->setText(message);
    QPalette palette = this->palette();
    palette.setColor(QPalette::WindowText,
                     SlaPalette::foreground(app::SlaClock::State::Breached, palette));
    m_error->setPalette(palette);
    m_error->show();
}

} // namespace frontline::ui

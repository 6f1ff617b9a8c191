#include "ui/shell/MainWindow.h"

#include "app/EmbeddedBackOffice.h"
#include "app/session/SignedInUser.h"
#include "ui/chat/ConversationPane.h"
#include "ui/common/Pane.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/BackOfficeStatusLabel.h"
#include "ui/shell/DeskNotifier.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/PresenceSwitcher.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/SyncStatusWidget.h"
#include "ui/shell/UiSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QVBoxLayout>

namespace frontline::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_backOfficeStatus(new BackOfficeStatusLabel(this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_notifier(nullptr)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/frontline.svg")));
    setCentralWidget(placeholderPerspective(Placeholder::SigningIn));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_backOfficeStatus);
    m_backOfficeStatus->hide();
    m_notifier = new DeskNotifier(this, this);
    // Three columns need room: most of the screen the first time, the operator's size later.
    QSize size(1400, 900);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.expandedTo(screen->availableGeometry().size() * 0.92)
                   .boundedTo(screen->availableGeometry().size());
    resize(size);
    createActions();
    retranslateUi();
    restoreGeometry(UiSettings::windowGeometry());
}

void MainWindow::retranslateUi()
{
    if (!m_parts)
        setWindowTitle(tr("Frontline"));
    statusBar()->setAccessibleName(tr("Status bar"));
    m_fileMenu->setTitle(tr("&Frontline"));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    if (m_operator) {
        const QList<Pane *> panes = m_operator->panes();
        for (int i = 0; i < 4 && i < m_paneActions.size(); ++i)
            m_paneActions[i]->setText(
                tr("Go to pane %1 (%2)").arg(i + 1).arg(panes.at(i)->title()));
        if (m_paneActions.size() == 6) {
            m_paneActions[4]->setText(tr("Next pane"));
            m_paneActions[5]->setText(tr("Previous pane"));
        }
    }
    if (m_placeholder) {
        switch (m_placeholderKind) {
        case Placeholder::SigningIn:
            m_placeholder->setTitle(tr("Frontline"));
            m_placeholderText->setText(tr("Signing in…"));
            break;
        case Placeholder::Supervisor:
            m_placeholder->setTitle(tr("Supervisor board"));
            m_placeholderText->setText(
                tr("The live board of operators and queues comes here in a later version."));
            break;
        case Placeholder::Trainer:
            m_placeholder->setTitle(tr("Trainer workspace"));
            m_placeholderText->setText(
                tr("The sandbox, simulated customers and exams come here in a later version."));
            break;
        }
    }
    if (m_parts) {
        const app::SignedInUser &me = m_parts->user;
        const QString who = me.displayName.isEmpty() ? me.username : me.displayName;
        m_notifier->setBaseTitle(tr("Frontline — %1").arg(who));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    // Panes and status-bar widgets retranslate themselves on the same event.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

MainWindow::~MainWindow() = default;

QString MainWindow::perspectiveFor(const QString &role)
{
    if (role == u"supervisor" || role == u"admin")
        return QStringLiteral("supervisor");
    if (role == u"trainer")
        return QStringLiteral("trainer");
    return QStringLiteral("operator");
}

void MainWindow::setClient(const ClientParts &parts)
{
    m_parts = std::make_unique<ClientParts>(parts);
    m_perspectiveName = perspectiveFor(protocol::toString(parts.user.role));
    QWidget *old = centralWidget();
    if (m_perspectiveName == u"operator") {
        buildOperatorPerspective(parts);
    } else {
        setCentralWidget(placeholderPerspective(
            m_perspectiveName == u"supervisor" ? Placeholder::Supervisor : Placeholder::Trainer));
    }
    if (m_operator)
        m_placeholder = nullptr; // the sign-in stand-in goes below
    if (old && old != centralWidget())
        old->deleteLater();

    m_syncStatus->watch(&parts.engine);
    m_presence = new PresenceSwitcher(parts.store, parts.commands, parts.user.id, this);
    statusBar()->addPermanentWidget(m_presence);
    retranslateUi();
}

void MainWindow::buildOperatorPerspective(const ClientParts &parts)
{
    m_operator = new OperatorPerspective(parts, this);
    setCentralWidget(m_operator);
    m_operator->restoreLayout(UiSettings::perspectiveLayout(m_perspectiveName));
    ConversationPane *conversation = m_operator->conversationPane();
    connect(conversation, &ConversationPane::attentionNeeded, m_notifier,
            &DeskNotifier::notifyAttention);
    connect(conversation, &ConversationPane::unreadCountChanged, m_notifier,
            &DeskNotifier::setUnreadCount);
    connect(m_notifier, &DeskNotifier::ticketRequested, conversation,
            &ConversationPane::openTicket);
    connect(m_operator, &OperatorPerspective::refusalNotShown, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    addPaneShortcuts();
    m_operator->focusPane(0);
}

// Ctrl+1..4 focus a pane; F6 and Shift+F6 move between them.
void MainWindow::addPaneShortcuts()
{
    for (int i = 0; i < 4; ++i) {
        auto *focus = new QAction(this);
        m_paneActions.append(focus);
        focus->setObjectName(QStringLiteral("focusPane%1").arg(i + 1));
        focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(focus, &QAction::triggered, m_operator, [this, i] { m_operator->focusPane(i); });
        addAction(focus);
    }
    const std::pair<QString, QKeySequence> moves[] = {
        {QStringLiteral("nextPaneAction"), QKeySequence(Qt::Key_F6)},
        {QStringLiteral("previousPaneAction"), QKeySequence(Qt::SHIFT | Qt::Key_F6)}};
    for (const auto &[name, keys] : moves) {
        auto *move = new QAction(this);
        m_paneActions.append(move);
        move->setObjectName(name);
        move->setShortcut(keys);
        const int step = name.startsWith(u"next") ? 1 : -1;
        connect(move, &QAction::triggered, m_operator,
                [this, step] { m_operator->focusNextPane(step); });
        addAction(move);
    }
}

QWidget *MainWindow::placeholderPerspective(Placeholder kind)
{
    auto *pane = new Pane(this);
    pane->setObjectName(QStringLiteral("placeholderPerspective"));
    auto *label = new QLabel(pane);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    pane->layout()->addWidget(label);
    m_placeholder = pane;
    m_placeholderText = label;
    m_placeholderKind = kind;
    if (m_fileMenu)
        retranslateUi();
    return pane;
}

void MainWindow::createActions()
{
    QMenu *file = m_fileMenu = menuBar()->addMenu(QString());
    QMenu *help = m_helpMenu = menuBar()->addMenu(QString());

    auto *settings = m_settingsAction = file->addAction(QString());
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    file->addSeparator();
    auto *quit = m_quitAction = file->addAction(QString());
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *shortcuts = m_shortcutsAction = help->addAction(QString());
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::watchBackOffice(const app::EmbeddedBackOffice *backOffice)
{
    m_backOfficeStatus->show();
    const auto show = [this, backOffice] {
        m_backOfficeStatus->showState(backOffice->state(), backOffice->baseUrl(),
                                      backOffice->errorString());
    };
    connect(backOffice, &app::EmbeddedBackOffice::stateChanged, this, show);
    show();
}

void MainWindow::saveLayout()
{
    UiSettings::setWindowGeometry(saveGeometry());
    if (m_operator)
        UiSettings::setPerspectiveLayout(m_perspectiveName, m_operator->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace frontline::ui

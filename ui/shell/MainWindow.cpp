#include "ui/shell/MainWindow.h"

#include "app/EmbeddedBackOffice.h"
#include "app/commands/OperatorCommands.h"
#include "app/models/ChatsLeftBehind.h"
#include "app/session/SignedInUser.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncEngine.h"
#include "app/training/TrainingActions.h"
#include "ui/chat/ConversationPane.h"
#include "ui/client/StoreDesk.h"
#include "ui/common/Pane.h"
#include "ui/common/ShortcutTable.h"
#include "ui/common/UiSettings.h"
#include "ui/qa/CalibrationDialog.h"
#include "ui/qa/QualityWorkspace.h"
#include "ui/queue/TicketQueuePane.h"
#include "ui/shell/BackOfficeStatusLabel.h"
#include "ui/shell/DeskNotifier.h"
#include "ui/shell/OperatorPerspective.h"
#include "ui/shell/PresenceSwitcher.h"
#include "ui/shell/SandboxBand.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/ShortcutsDialog.h"
#include "ui/shell/StatusMessage.h"
#include "ui/shell/SyncStatusWidget.h"
#include "ui/supervisor/SupervisorDesk.h"
#include "ui/supervisor/SupervisorPerspective.h"
#include "ui/training/ExamsPage.h"
#include "ui/training/TrainerWorkspace.h"

#include <QAction>
#include <QCloseEvent>
#include <QEventLoop>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace frontline::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_backOfficeStatus(new BackOfficeStatusLabel(this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_statusMessage(new StatusMessage(this))
    , m_notifier(nullptr)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/frontline.svg")));
    setCentralWidget(placeholderPerspective(Placeholder::SigningIn));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_syncStatus);
    // Passing messages get a place of their own: QStatusBar's would be drawn over the labels.
    statusBar()->addWidget(m_statusMessage, 1);
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
    m_myStatusAction->setText(tr("My s&tatus…"));
    m_signOutAction->setText(tr("Sign &out…"));
    m_switchUserAction->setText(tr("S&witch user…"));
    m_quitAction->setText(tr("&Quit"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    if (m_exportAction)
        m_exportAction->setText(tr("&Export…"));
    if (m_auditAction)
        m_auditAction->setText(tr("&Audit log…"));
    if (m_qualityAction)
        m_qualityAction->setText(tr("&Quality reviews…"));
    if (m_myReviewsAction)
        m_myReviewsAction->setText(tr("My &reviews…"));
    if (m_myTrainingAction)
        m_myTrainingAction->setText(tr("My trai&ning…"));
    if (m_figuresAction)
        m_figuresAction->setText(tr("Operators' &figures…"));
    if (m_examQuestionsAction)
        m_examQuestionsAction->setText(tr("&Exam questions…"));
    if (m_qualityWindow)
        m_qualityWindow->setWindowTitle(m_myReviewsAction ? tr("My reviews")
                                                          : tr("Quality reviews"));
    if (m_calibrationAction)
        m_calibrationAction->setText(tr("&Calibration…"));
    if (m_trainerWorkspace)
        m_trainerWorkspace->setPageTitle(m_trainerQuality, tr("Quality"));
    retranslateTrainingPages();
    // The table's words, read now: a pane's own title may not have followed the language yet.
    for (QAction *action : std::as_const(m_paneActions))
        action->setText(ShortcutTable::actionText(Shortcut(action->data().toInt())));
    if (m_placeholder) {
        switch (m_placeholderKind) {
        case Placeholder::SigningIn:
            m_placeholder->setTitle(tr("Frontline"));
            m_placeholderText->setText(tr("Signing in…"));
            break;
        }
    }
    if (m_parts) {
        const app::SignedInUser &me = m_parts->user;
        const QString who = me.displayName.isEmpty() ? me.username : me.displayName;
        m_notifier->setBaseTitle(m_storeName.isEmpty()
                                     ? tr("Frontline — %1").arg(who)
                                     : tr("Frontline — %1 — %2").arg(m_storeName, who));
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
    if (role == u"client")
        return QStringLiteral("client");
    return QStringLiteral("operator");
}

void MainWindow::setClient(const ClientParts &parts)
{
    m_parts = std::make_unique<ClientParts>(parts);
    m_trainingActions = new app::TrainingActions(parts.client, this);
    m_perspectiveName = perspectiveFor(protocol::toString(parts.user.role));
    QWidget *old = centralWidget();
    if (m_perspectiveName == u"operator")
        buildOperatorPerspective(parts);
    else if (m_perspectiveName == u"supervisor")
        buildSupervisorPerspective(parts);
    else if (m_perspectiveName == u"client")
        buildStorePerspective(parts);
    else
        buildTrainerPerspective(parts);
    if (m_operator || m_supervisor || m_trainerQuality)
        m_placeholder = nullptr; // the sign-in stand-in goes below
    if (m_perspectiveName == u"supervisor" || m_perspectiveName == u"trainer")
        addCalibrationAction(parts);
    // Calibration beside the reviews, in the Quality workspace's tool bar too.
    if (m_trainerQuality && m_calibrationAction)
        m_trainerQuality->toolBar()->addAction(m_calibrationAction);
    if (old && old != centralWidget())
        old->deleteLater();

    if (parts.user.workspace != u"production")
        showSandboxBand(parts);
    if (parts.exam && m_sandboxBand)
        addExamParts(parts);
    m_syncStatus->watch(&parts.engine);
    // A store's client is not on the line: no presence to set.
    if (m_perspectiveName != u"client") {
        m_presence = new PresenceSwitcher(parts.store, parts.commands, parts.user.id, this);
        m_presence->setChatGraceSeconds(parts.user.chatGraceSeconds);
        statusBar()->addPermanentWidget(m_presence);
    }
    m_myStatusAction->setVisible(m_presence != nullptr);
    m_myStatusAction->setEnabled(m_presence != nullptr);
    retranslateUi();
}

// A tool bar that cannot be moved, floated or hidden, so the band is always there.
void MainWindow::showSandboxBand(const ClientParts &parts)
{
    m_sandboxBand = new SandboxBand(parts.user.workspace, this);
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("sandboxBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setVisible(false);
    bar->setContextMenuPolicy(Qt::PreventContextMenu);
    m_sandboxBand->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(m_sandboxBand);
    addToolBar(Qt::TopToolBarArea, bar);
    m_sandboxBand->fetchTitle(*m_trainingActions);
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
            [this](const QString &text) { showStatusMessage(text, 15000); });
    addPaneShortcuts();
    addQualityAction(Shortcut::OpenMyReviews, QStringLiteral("myReviewsAction"));
    addMyTrainingAction();
    connect(&parts.store, &app::LocalStore::changed, this,
            [this](const app::StoreChangeSet &changes) {
                if (!changes.qaReviews.isEmpty())
                    announceReviews(changes.qaReviews);
                if (!changes.coursesAssigned.isEmpty())
                    announceCourses(changes.coursesAssigned);
            });
    m_operator->focusPane(0);
}

// The trainer's workspace: Quality (reviews and calibration, issue 18) first, then training.
void MainWindow::buildTrainerPerspective(const ClientParts &parts)
{
    m_trainerWorkspace = new TrainerWorkspace(this);
    m_trainerQuality = new QualityWorkspace(parts.client, parts.store,
                                            QualityWorkspace::Reader::Reviewer, m_trainerWorkspace);
    m_trainerWorkspace->addPage(m_trainerQuality, tr("Quality"));
    addTrainingPages(parts);
    setCentralWidget(m_trainerWorkspace);
    m_trainerWorkspace->setFocus();
    addOperatorFiguresAction();
}

void MainWindow::addQualityAction(Shortcut id, const QString &name)
{
    QAction *action = addShortcutAction(id);
    action->setObjectName(name);
    m_fileMenu->insertAction(m_settingsAction, action);
    connect(action, &QAction::triggered, this, &MainWindow::openQualityWindow);
    (id == Shortcut::OpenMyReviews ? m_myReviewsAction : m_qualityAction) = action;
}

QualityWorkspace *MainWindow::qualityWorkspace() const
{
    return m_trainerQuality ? m_trainerQuality : m_qualityWindow.data();
}

void MainWindow::openQualityWindow()
{
    if (!m_parts || m_trainerQuality)
        return;
    if (!m_qualityWindow) {
        const auto reader = m_myReviewsAction ? QualityWorkspace::Reader::ReviewedOperator
                                              : QualityWorkspace::Reader::Reviewer;
        m_qualityWindow = new QualityWorkspace(m_parts->client, m_parts->store, reader, this);
        m_qualityWindow->setWindowFlag(Qt::Window);
        m_qualityWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_qualityWindow->resize(1000, 600);
        if (m_calibrationAction)
            m_qualityWindow->toolBar()->addAction(m_calibrationAction);
        retranslateUi();
    } else {
        m_qualityWindow->model()->reload();
    }
    m_qualityWindow->show();
    m_qualityWindow->raise();
    m_qualityWindow->activateWindow();
    m_qualityWindow->setFocus();
}

void MainWindow::announceReviews(const QList<QJsonObject> &reviews)
{
    QList<QJsonObject> added;
    QList<QJsonObject> answered;
    for (const QJsonObject &review : reviews) {
        const QString status = review.value(u"status").toString();
        if (status == u"new")
            added.append(review);
        else if (status == u"answered")
            answered.append(review);
    }
    const QString keys = ShortcutTable::keysText(Shortcut::OpenMyReviews);
    QString text;
    if (added.size() == 1) {
        const QJsonObject &review = added.first();
        text = tr("New QA review of ticket #%1 by %2: %3 % (My reviews: %4)")
                   .arg(review.value(u"ticket_number").toInteger())
                   .arg(review.value(u"reviewer_name").toString(),
                        QLocale().toString(review.value(u"score").toDouble(), 'f', 1), keys);
    } else if (added.size() > 1) {
        text = tr("%n new QA review(s) (My reviews: %1)", nullptr, int(added.size())).arg(keys);
    } else if (!answered.isEmpty()) {
        text = tr("Your dispute of the review of ticket #%1 was answered (My reviews: %2)")
                   .arg(answered.last().value(u"ticket_number").toInteger())
                   .arg(keys);
    }
    if (text.isEmpty())
        return;
    showStatusMessage(text, 30000);
    if (m_qualityWindow)
        m_qualityWindow->model()->reload();
}

void MainWindow::buildSupervisorPerspective(const ClientParts &parts)
{
    m_supervisor = new SupervisorPerspective(parts, this);
    setCentralWidget(m_supervisor);
    m_supervisor->restoreLayout(UiSettings::perspectiveLayout(m_perspectiveName));
    m_desk = new SupervisorDesk(parts, m_supervisor);
    connect(m_desk, &SupervisorDesk::notificationWanted, m_notifier,
            &DeskNotifier::notifyAttention);
    connect(m_notifier, &DeskNotifier::ticketRequested, m_desk, &SupervisorDesk::openTicket);
    connect(m_desk, &SupervisorDesk::statusMessage, this,
            [this](const QString &text) { showStatusMessage(text, 15000); });
    addExportAction();
    connect(m_exportAction, &QAction::triggered, m_desk, &SupervisorDesk::openExport);
    m_auditAction = addShortcutAction(Shortcut::OpenAuditLog);
    m_auditAction->setObjectName(QStringLiteral("auditLogAction"));
    m_fileMenu->insertAction(m_settingsAction, m_auditAction);
    connect(m_auditAction, &QAction::triggered, m_desk, &SupervisorDesk::openAuditLog);
    addQualityAction(Shortcut::OpenQualityReviews, QStringLiteral("qualityAction"));
    m_supervisor->focusPane(0);
}

// A store's client: its project's boards read-only, the charts, the exports and, when its
// contract shares them, the tickets with their conversations; none of the supervisor's actions.
void MainWindow::buildStorePerspective(const ClientParts &parts)
{
    m_supervisor = new SupervisorPerspective(parts, SupervisorPerspective::Audience::Store, this);
    setCentralWidget(m_supervisor);
    m_supervisor->restoreLayout(UiSettings::perspectiveLayout(m_perspectiveName));
    m_storeDesk = new StoreDesk(parts, m_supervisor);
    connect(m_storeDesk, &StoreDesk::statusMessage, this,
            [this](const QString &text) { showStatusMessage(text, 15000); });
    connect(m_storeDesk, &StoreDesk::projectLoaded, this, [this](const QString &name) {
        m_storeName = name;
        retranslateUi();
    });
    addExportAction();
    connect(m_exportAction, &QAction::triggered, m_storeDesk, &StoreDesk::openExport);
    m_supervisor->focusPane(0);
}

void MainWindow::addExportAction()
{
    m_exportAction = addShortcutAction(Shortcut::ExportReport);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_fileMenu->insertAction(m_settingsAction, m_exportAction);
}

CalibrationDialog *MainWindow::calibrationDialog() const
{
    return m_calibration;
}

// Calibration is the reviewers' (supervisors, trainers, admins): its own dialog over the
// back office's routes, opened from the menu or with Ctrl+Shift+K.
void MainWindow::addCalibrationAction(const ClientParts &parts)
{
    m_calibrationAction = addShortcutAction(Shortcut::OpenCalibration);
    m_calibrationAction->setObjectName(QStringLiteral("calibrationAction"));
    m_fileMenu->insertAction(m_settingsAction, m_calibrationAction);
    connect(m_calibrationAction, &QAction::triggered, this,
            [this, &client = parts.client, &store = parts.store, me = parts.user.id] {
                if (!m_calibration) {
                    m_calibration = new CalibrationDialog(client, store, me, this);
                    m_calibration->setAttribute(Qt::WA_DeleteOnClose);
                }
                m_calibration->show();
                m_calibration->raise();
                m_calibration->activateWindow();
            });
}

QAction *MainWindow::addShortcutAction(Shortcut id)
{
    auto *action = new QAction(this);
    action->setData(int(id));
    action->setShortcuts(ShortcutTable::keys(id));
    addAction(action);
    return action;
}

// Ctrl+1..4 focus a pane (Ctrl+2 the reply box, Alt+2 the open conversations); F6 and Shift+F6
// move between panes.
void MainWindow::addPaneShortcuts()
{
    const std::tuple<Shortcut, const char *, std::function<void()>> moves[] = {
        {Shortcut::FocusQueue, "focusPane1", [this] { m_operator->focusPane(0); }},
        {Shortcut::FocusReply, "focusPane2", [this] { m_operator->focusReply(); }},
        {Shortcut::FocusConversations, "focusConversations",
         [this] { m_operator->focusConversationList(); }},
        {Shortcut::FocusCustomer, "focusPane3", [this] { m_operator->focusPane(2); }},
        {Shortcut::FocusKnowledgeBase, "focusPane4", [this] { m_operator->focusPane(3); }},
        {Shortcut::NextPane, "nextPaneAction", [this] { m_operator->focusNextPane(1); }},
        {Shortcut::PreviousPane, "previousPaneAction", [this] { m_operator->focusNextPane(-1); }},
    };
    for (const auto &[id, name, move] : moves) {
        QAction *action = addShortcutAction(id);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, m_operator, move);
        m_paneActions.append(action);
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
    const auto add = [this](QMenu *menu, Shortcut id, const QString &name) {
        QAction *action = addShortcutAction(id);
        action->setObjectName(name);
        menu->addAction(action);
        return action;
    };

    m_settingsAction = add(file, Shortcut::Settings, QStringLiteral("settingsAction"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_myStatusAction = add(file, Shortcut::MyStatus, QStringLiteral("myStatusAction"));
    connect(m_myStatusAction, &QAction::triggered, this, [this] {
        if (m_presence && m_presence->isVisible())
            m_presence->showMenu(); // its choices, answered by the arrow keys and Enter
    });
    file->addSeparator();
    m_switchUserAction = add(file, Shortcut::SwitchUser, QStringLiteral("switchUserAction"));
    connect(m_switchUserAction, &QAction::triggered, this,
            [this] { leave(LeavingWarning::Leaving::SwitchUser); });
    m_signOutAction = add(file, Shortcut::SignOut, QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this,
            [this] { leave(LeavingWarning::Leaving::SignOut); });
    file->addSeparator();
    m_quitAction = add(file, Shortcut::Quit, QStringLiteral("quitAction"));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_shortcutsAction = add(help, Shortcut::ShowShortcuts, QStringLiteral("shortcutsAction"));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    m_statusMessage->showMessage(text, timeoutMs);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
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
    if (m_supervisor)
        UiSettings::setPerspectiveLayout(m_perspectiveName, m_supervisor->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_left && !goAway(LeavingWarning::Leaving::Quit)) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
    if (!m_left)
        Q_EMIT closed();
}

void MainWindow::leave(LeavingWarning::Leaving how)
{
    if (m_left || !m_parts || !goAway(how))
        return;
    m_left = true;
    saveLayout();
    Q_EMIT signOutRequested(how == LeavingWarning::Leaving::SwitchUser);
}

bool MainWindow::goAway(LeavingWarning::Leaving how)
{
    if (!m_parts || !m_awayOnLeaving)
        return true;
    const auto chats = app::ChatsLeftBehind::read(m_parts->store, m_parts->user.id);
    if (chats && !LeavingWarning::confirm(*chats, m_parts->user.chatGraceSeconds, how, this))
        return false;
    if (!m_presence || m_presence->status() == u"offline")
        return true;
    if (auto away = m_parts->commands.setPresence(QStringLiteral("offline")); !away)
        return true; // nothing queued to wait for; leaving must not be blocked by the cache
    // A few seconds for the outbox to tell the back office; what is not sent goes next time.
    app::SyncEngine &engine = m_parts->engine;
    QEventLoop wait;
    QTimer::singleShot(5000, &wait, &QEventLoop::quit);
    connect(&engine, &app::SyncEngine::pendingCountChanged, &wait, [&wait](int pending) {
        if (pending <= 0)
            wait.quit();
    });
    engine.syncNow();
    if (engine.pendingCount() > 0)
        wait.exec();
    return true;
}

} // namespace frontline::ui

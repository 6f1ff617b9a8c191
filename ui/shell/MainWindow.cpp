#include "ui/shell/MainWindow.h"

#include "app/EmbeddedBackOffice.h"
#include "ui/shell/BackOfficeStatusLabel.h"
#include "ui/shell/OperatorPerspective.h"

#include <QAction>
#include <QCloseEvent>
#include <QSettings>
#include <QStatusBar>

namespace frontline::ui {
namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString OperatorLayoutKey = QStringLiteral("mainWindow/operatorLayout");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_operator(new OperatorPerspective(this))
    , m_backOfficeStatus(new BackOfficeStatusLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Frontline"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/frontline.svg")));
    setCentralWidget(m_operator);
    statusBar()->addWidget(m_backOfficeStatus, 1);
    resize(1400, 900);

    auto *quit = new QAction(tr("Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::watchBackOffice(const app::EmbeddedBackOffice *backOffice)
{
    const auto show = [this, backOffice] {
        m_backOfficeStatus->showState(backOffice->state(), backOffice->baseUrl(),
                                      backOffice->errorString());
    };
    connect(backOffice, &app::EmbeddedBackOffice::stateChanged, this, show);
    show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(OperatorLayoutKey, m_operator->saveLayout());
    event->accept();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    m_operator->restoreLayout(settings.value(OperatorLayoutKey).toByteArray());
}

} // namespace frontline::ui

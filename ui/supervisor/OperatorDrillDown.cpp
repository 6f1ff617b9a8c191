#include "ui/supervisor/OperatorDrillDown.h"

#include "app/board/DrillDownTicketsModel.h"
#include "app/board/PresenceTimelineModel.h"
#include "app/models/OperatorDirectory.h"
#include "app/store/LocalStore.h"
#include "ui/common/ShortcutTable.h"
#include "ui/supervisor/PresenceTimelineView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

OperatorDrillDown::OperatorDrillDown(app::LocalStore &store, app::PresenceTimelineModel *presence,
                                     QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_open(new app::DrillDownTicketsModel(store, this))
    , m_handled(new app::DrillDownTicketsModel(store, this))
    , m_presence(presence)
    , m_summary(new QLabel)
    , m_tabs(new QTabWidget)
    , m_presenceList(new QListView)
    , m_presenceStatus(new QLabel)
    , m_monitorHint(new QLabel)
{
    m_presence->setParent(this);
    setObjectName(QStringLiteral("operatorDrillDown"));
    m_summary->setTextFormat(Qt::PlainText);
    m_openView =
        ticketView(m_open, QStringLiteral("operatorOpenTickets"), tr("Her open conversations"));
    m_handledView = ticketView(m_handled, QStringLiteral("operatorHandledTickets"),
                               tr("Tickets she handled today"));
    m_presenceList->setObjectName(QStringLiteral("operatorPresenceList"));
    m_presenceList->setAccessibleName(tr("Her presence today"));
    m_presenceList->setModel(m_presence);
    m_presenceStatus->setTextFormat(Qt::PlainText);
    auto *presencePage = new QWidget;
    auto *presenceLayout = new QVBoxLayout(presencePage);
    presenceLayout->addWidget(new PresenceTimelineView(*m_presence));
    presenceLayout->addWidget(m_presenceStatus);
    presenceLayout->addWidget(m_presenceList, 1);
    m_tabs->setObjectName(QStringLiteral("operatorDrillDownTabs"));
    m_tabs->setAccessibleName(tr("Her work today"));
    m_tabs->addTab(m_openView, tr("&Open conversations"));
    m_tabs->addTab(m_handledView, tr("&Handled today"));
    m_tabs->addTab(presencePage, tr("&Presence today"));

    auto *settings = new QPushButton(tr("&Queues and chat limit…"));
    settings->setObjectName(QStringLiteral("operatorSettingsButton"));
    settings->setAccessibleName(tr("Change her queues and chat limit"));
    connect(settings, &QPushButton::clicked, this,
            [this] { Q_EMIT settingsRequested(m_operatorId); });
    auto *monitor = new QPushButton(tr("&Monitor the chat live"));
    monitor->setObjectName(QStringLiteral("operatorMonitorButton"));
    monitor->setAccessibleName(tr("Monitor the selected open conversation live"));
    monitor->setToolTip(ShortcutTable::keysText(Shortcut::MonitorChat));
    connect(monitor, &QPushButton::clicked, this, &OperatorDrillDown::monitorSelected);
    ShortcutTable::install(Shortcut::MonitorChat, this, Qt::WindowShortcut,
                           [this] { monitorSelected(); });
    m_monitorHint->setObjectName(QStringLiteral("operatorMonitorHint"));
    m_monitorHint->setTextFormat(Qt::PlainText);
    m_monitorHint->setWordWrap(true);
    m_monitorHint->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(monitor, QDialogButtonBox::ActionRole);
    buttons->addButton(settings, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_monitorHint);
    layout->addWidget(buttons);
    connect(m_presence, &app::PresenceTimelineModel::loaded, this,
            &OperatorDrillDown::updateSummary);
    connect(m_presence, &app::PresenceTimelineModel::loadFailed, this, [this](const QString &why) {
        m_presenceStatus->setText(tr("Her presence could not be read: %1").arg(why));
    });
    for (auto *model : {m_open, m_handled})
        connect(model, &QAbstractItemModel::modelReset, this, &OperatorDrillDown::updateSummary);
    resize(640, 480);
}

QTableView *OperatorDrillDown::ticketView(app::DrillDownTicketsModel *model, const QString &name,
                                          const QString &accessibleName)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(app::DrillDownTicketsModel::SubjectColumn,
                                                   QHeaderView::Stretch);
    const auto open = [this, model](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openTicketRequested(model->ticketIdAt(index.row()));
    };
    connect(view, &QAbstractItemView::activated, this, open); // Enter or a double-click
    return view;
}

void OperatorDrillDown::showOperator(const QString &operatorId)
{
    m_operatorId = operatorId;
    m_monitorHint->hide();
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime dayStart(now.date(), QTime(0, 0));
    m_open->show(app::DrillDownTicketsModel::Scope::OperatorOpen, operatorId);
    m_handled->show(app::DrillDownTicketsModel::Scope::OperatorHandledToday, operatorId, dayStart);
    m_presenceStatus->setText(tr("Reading her presence…"));
    m_presence->load(operatorId, dayStart, now);
    const QString name = app::OperatorDirectory::displayName(m_store, operatorId);
    setWindowTitle(name.isEmpty() ? tr("Operator %1").arg(operatorId) : name);
    updateSummary();
    m_tabs->setCurrentIndex(0);
    m_openView->setFocus();
}

void OperatorDrillDown::monitorSelected()
{
    // Her open conversation in focus; with none chosen, her only one (never a guess among many).
    const QModelIndex current = m_openView->currentIndex();
    QString ticketId;
    if (current.isValid())
        ticketId = m_open->ticketIdAt(current.row());
    else if (m_open->rowCount() == 1)
        ticketId = m_open->ticketIdAt(0);
    if (!ticketId.isEmpty()) {
        m_monitorHint->hide();
        Q_EMIT monitorRequested(ticketId);
        return;
    }
    m_monitorHint->setText(
        m_open->rowCount() == 0
            ? tr("She has no open conversation to monitor.")
            : tr("She has %n open conversation(s): choose the one to monitor in the list, then "
                 "press %1 again.",
                 nullptr, m_open->rowCount())
                  .arg(ShortcutTable::keysText(Shortcut::MonitorChat)));
    m_monitorHint->setAccessibleName(m_monitorHint->text());
    m_monitorHint->show();
    m_tabs->setCurrentIndex(0);
    m_openView->setFocus(Qt::ShortcutFocusReason);
}

void OperatorDrillDown::updateSummary()
{
    const qint64 online = m_presence->onlineSeconds();
    m_summary->setText(
        tr("%1: %n open, %2 handled today, %3:%4 online", nullptr, m_open->rowCount())
            .arg(windowTitle())
            .arg(m_handled->rowCount())
            .arg(online / 3600)
            .arg((online / 60) % 60, 2, 10, QLatin1Char('0')));
    m_summary->setAccessibleName(m_summary->text());
    if (m_presence->timeline().operatorId == m_operatorId)
        m_presenceStatus->setText(
            m_presence->rowCount() == 0
                ? tr("No presence today")
                : tr("%n change(s) of presence today", nullptr, m_presence->rowCount()));
}

} // namespace frontline::ui

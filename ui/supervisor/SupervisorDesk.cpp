#include "ui/supervisor/SupervisorDesk.h"

#include "app/board/AlertEvaluator.h"
#include "app/board/AlertRuleBook.h"
#include "app/board/LiveBoard.h"
#include "app/board/OperatorBoardModel.h"
#include "app/board/PresenceTimelineModel.h"
#include "app/board/QueueBoardModel.h"
#include "app/board/SupervisorAlerts.h"
#include "app/reports/ReportFetcher.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncEngine.h"
#include "ui/chat/HelpFlagStrip.h"
#include "ui/supervisor/AlertList.h"
#include "ui/supervisor/AlertRulesDialog.h"
#include "ui/supervisor/AuditLogView.h"
#include "ui/supervisor/BoardCharts.h"
#include "ui/supervisor/BoardStorePicker.h"
#include "ui/supervisor/MonitorView.h"
#include "ui/supervisor/OperatorDrillDown.h"
#include "ui/supervisor/OperatorSettingsDialog.h"
#include "ui/supervisor/PresenceDayChart.h"
#include "ui/supervisor/QueueDrillDown.h"
#include "ui/supervisor/ReassignDialog.h"
#include "ui/supervisor/ReportExportDialog.h"
#include "ui/supervisor/SupervisorPerspective.h"
#include "ui/supervisor/TicketReader.h"

#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace frontline::ui {

SupervisorDesk::SupervisorDesk(const ClientParts &parts, SupervisorPerspective *perspective)
    : QObject(perspective)
    , m_parts(parts)
    , m_perspective(perspective)
    , m_evaluator(new app::AlertEvaluator({}, this))
    , m_rules(new app::AlertRuleBook(parts.client, this))
    , m_feeding(new app::SupervisorAlerts(parts.store, *m_evaluator, this))
    , m_centerBoard(new app::LiveBoard(parts.client, this))
    , m_alertList(new AlertList(*m_evaluator))
    , m_operatorDrill(new OperatorDrillDown(
          parts.store, new app::PresenceTimelineModel(parts.client), perspective))
    , m_queueDrill(new QueueDrillDown(parts.store, perspective))
    , m_reader(new TicketReader(parts.store, perspective))
    , m_flag(new HelpFlagStrip(parts.store, parts.commands, parts.user))
    , m_reassign(new ReassignDialog(parts.store, parts.commands, parts.engine, perspective))
    , m_settings(new OperatorSettingsDialog(parts.store, parts.commands, parts.engine, perspective))
    , m_fetcher(new app::ReportFetcher(parts.client, this))
    , m_charts(new BoardCharts(m_fetcher))
    , m_presence(new PresenceDayChart(parts.client))
    , m_export(new ReportExportDialog(*m_fetcher, perspective))
{
    wireAlerts();
    wireDrillDowns();
    wireReports();
    wireRefusals();
    m_rules->load();
}

SupervisorDesk::~SupervisorDesk() = default;

void SupervisorDesk::wireAlerts()
{
    connect(m_rules, &app::AlertRuleBook::rulesChanged, m_evaluator,
            &app::AlertEvaluator::setRules);
    connect(m_perspective->liveBoard(), &app::LiveBoard::updated, this, [this] {
        if (m_perspective->liveBoard()->projectId().isEmpty())
            m_evaluator->setBoard(m_perspective->liveBoard()->board());
        followBoard();
    });
    // While one store's board is shown, the alerts still watch the whole center: a board of its
    // own follows the same window, fetched only then (the back office serves one computation).
    connect(m_centerBoard, &app::LiveBoard::updated, this, [this] {
        if (!m_perspective->liveBoard()->projectId().isEmpty())
            m_evaluator->setBoard(m_centerBoard->board());
    });
    m_centerBoard->attachRealtime(m_parts.realtime);
    connect(m_perspective->liveBoard(), &app::LiveBoard::windowChanged, m_centerBoard,
            &app::LiveBoard::setWindow);
    connect(m_perspective->liveBoard(), &app::LiveBoard::projectChanged, this,
            [this](const QString &projectId) {
                if (projectId.isEmpty()) {
                    m_centerBoard->stop();
                } else if (!m_centerBoard->isRunning()) {
                    m_centerBoard->setWindow(m_perspective->liveBoard()->window());
                    m_centerBoard->start();
                }
            });
    // The rows an alert is about stand out on the boards.
    connect(m_evaluator, &app::AlertEvaluator::firingChanged, this, [this] {
        m_perspective->operatorsModel()->setHighlighted(m_evaluator->operatorsAlerting());
        m_perspective->queuesModel()->setHighlighted(m_evaluator->queuesAlerting());
    });
    connect(m_alertList, &AlertList::ticketRequested, this, &SupervisorDesk::openTicket);
    connect(m_alertList, &AlertList::operatorRequested, this, &SupervisorDesk::openOperator);
    connect(m_alertList, &AlertList::queueRequested, this, &SupervisorDesk::openQueue);
    connect(m_alertList, &AlertList::rulesRequested, this, &SupervisorDesk::openAlertRules);
    connect(m_alertList, &AlertList::notificationWanted, this, &SupervisorDesk::notificationWanted);
    m_perspective->setAlertList(m_alertList);
}

void SupervisorDesk::wireDrillDowns()
{
    connect(m_perspective, &SupervisorPerspective::operatorActivated, this,
            &SupervisorDesk::openOperator);
    connect(m_perspective, &SupervisorPerspective::queueActivated, this,
            &SupervisorDesk::openQueue);
    connect(m_operatorDrill, &OperatorDrillDown::openTicketRequested, this,
            &SupervisorDesk::openTicket);
    connect(m_queueDrill, &QueueDrillDown::openTicketRequested, this, &SupervisorDesk::openTicket);
    connect(m_reader, &TicketReader::monitorRequested, this, &SupervisorDesk::openMonitor);
    connect(m_operatorDrill, &OperatorDrillDown::monitorRequested, this,
            &SupervisorDesk::openMonitor);
    connect(m_reader, &TicketReader::reassignRequested, this, [this](const QString &ticketId) {
        m_reassign->setTicket(ticketId);
        m_reassign->open();
    });
    connect(m_operatorDrill, &OperatorDrillDown::settingsRequested, this,
            [this](const QString &operatorId) {
                m_settings->setOperator(operatorId);
                m_settings->open();
            });
    // A help flag is lowered where its conversation is read: the strip above the messages.
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_reader->layout()))
        layout->insertWidget(1, m_flag);
    connect(m_flag, &HelpFlagStrip::notice, this, &SupervisorDesk::statusMessage);
}

void SupervisorDesk::wireReports()
{
    m_charts->setObjectName(QStringLiteral("boardCharts"));
    m_presence->setObjectName(QStringLiteral("presenceDayChart"));
    m_charts->setPresenceChart(m_presence);
    m_perspective->setCharts(m_charts);
    app::LiveBoard *board = m_perspective->liveBoard();
    const auto follow = [this] { m_charts->setWindow(m_perspective->liveBoard()->reportWindow()); };
    connect(board, &app::LiveBoard::windowChanged, this, follow);
    connect(board, &app::LiveBoard::projectChanged, this, follow);
    follow();
    // The exports of one store carry its name, as its own account's do.
    if (BoardStorePicker *stores = m_perspective->storePicker()) {
        connect(stores, &BoardStorePicker::storeChosen, this,
                [this, stores] { m_export->setStore(stores->storeName(), stores->storeSlug()); });
    }
    connect(m_charts, &BoardCharts::failed, this, &SupervisorDesk::statusMessage);
    connect(m_presence, &PresenceDayChart::failed, this, &SupervisorDesk::statusMessage);
    connect(m_export, &ReportExportDialog::exported, this,
            [this](const QString &path) { Q_EMIT statusMessage(tr("Exported to %1").arg(path)); });
    connect(m_export, &ReportExportDialog::failed, this, &SupervisorDesk::statusMessage);
}

void SupervisorDesk::wireRefusals()
{
    using Kind = app::outbox::Kind;
    connect(&m_parts.engine, &app::SyncEngine::commandRefused, this,
            [this](Kind command, const QString &targetId, const QString &why) {
                if (command == Kind::Reassign) {
                    const auto cached = m_parts.store.ticket(targetId);
                    Q_EMIT statusMessage(cached && cached.value()
                                             ? tr("Ticket #%1 was not reassigned: %2")
                                                   .arg(cached.value()->ticket.number)
                                                   .arg(why)
                                             : tr("The ticket was not reassigned: %1").arg(why));
                } else if (command == Kind::ChangeOperator) {
                    Q_EMIT statusMessage(
                        tr("The operator's settings were not changed: %1").arg(why));
                } else if (command == Kind::LowerHelpFlag) {
                    Q_EMIT statusMessage(tr("The help flag was not lowered: %1").arg(why));
                }
            });
}

// The charts and exports offer the queues the board knows, the presence chart its operators;
// both change rarely. A live window's charts follow the board (paced in the charts).
void SupervisorDesk::followBoard()
{
    const QList<QPair<QString, QString>> now = queues();
    if (now != m_queues) {
        m_queues = now;
        m_charts->setQueues(now);
    }
    QList<QPair<QString, QString>> operators;
    for (const protocol::BoardOperatorRow &row : m_perspective->liveBoard()->board().operators)
        operators.append({row.id, row.name});
    std::sort(operators.begin(), operators.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    if (operators != m_operators) {
        m_operators = operators;
        m_presence->setOperators(operators);
    }
    if (!m_perspective->liveBoard()->window().endAt().isValid())
        m_charts->followBoard(m_perspective->liveBoard()->reportWindow());
    m_presence->followBoard();
}

QList<QPair<QString, QString>> SupervisorDesk::queues() const
{
    return m_perspective->queuesModel()->queues();
}

void SupervisorDesk::openTicket(const QString &ticketId)
{
    if (ticketId.isEmpty())
        return;
    m_reader->showTicket(ticketId);
    m_flag->showTicket(ticketId);
    m_reader->show();
    m_reader->raise();
}

void SupervisorDesk::openOperator(const QString &operatorId)
{
    m_operatorDrill->showOperator(operatorId);
    m_operatorDrill->show();
    m_operatorDrill->raise();
}

void SupervisorDesk::openQueue(const QString &queueId)
{
    m_queueDrill->showQueue(queueId);
    m_queueDrill->show();
    m_queueDrill->raise();
}

void SupervisorDesk::openAlertRules()
{
    auto *dialog = new AlertRulesDialog(*m_rules, queues(), m_perspective);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SupervisorDesk::openExport()
{
    m_export->setQueues(queues());
    m_export->setWindow(m_perspective->liveBoard()->reportWindow());
    m_export->open();
}

MonitorView *SupervisorDesk::monitorView(const QString &ticketId) const
{
    return m_monitors.value(ticketId);
}

void SupervisorDesk::openMonitor(const QString &ticketId)
{
    if (ticketId.isEmpty())
        return;
    m_monitors.removeIf([](const auto &entry) { return entry.value().isNull(); });
    QPointer<MonitorView> &view = m_monitors[ticketId];
    if (!view) {
        // Closing it stops the watch and deletes it: a chat watched again starts afresh.
        view = new MonitorView(m_parts, m_perspective);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->showTicket(ticketId);
    }
    view->show();
    view->raise();
    view->activateWindow();
}

AuditLogView *SupervisorDesk::auditLog() const
{
    return m_audit;
}

void SupervisorDesk::openAuditLog()
{
    if (!m_audit) {
        m_audit = new AuditLogView(m_parts.client, m_parts.store, m_perspective);
        m_audit->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_audit->applyFilters();
    }
    m_audit->show();
    m_audit->raise();
    m_audit->activateWindow();
}

} // namespace frontline::ui

#pragma once

#include "ui/common/ClientParts.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

namespace frontline::app {
class AlertEvaluator;
class AlertRuleBook;
class LiveBoard;
class ReportFetcher;
class SupervisorAlerts;
} // namespace frontline::app

namespace frontline::ui {

class AlertList;
class AuditLogView;
class BoardCharts;
class HelpFlagStrip;
class MonitorView;
class OperatorDrillDown;
class OperatorSettingsDialog;
class PresenceDayChart;
class QueueDrillDown;
class ReassignDialog;
class ReportExportDialog;
class SupervisorPerspective;
class TicketReader;

// What the supervisor does from her workspace beyond watching the boards: the alerts and their
// rules, the drill-downs into an operator, a queue or a ticket, reassigning a chat, an
// operator's settings, the charts and the exports. The shell owns it beside the perspective.
class SupervisorDesk : public QObject
{
    Q_OBJECT
public:
    // Its dialogs are the perspective's, so none outlives the evaluator, rules and cache it reads.
    SupervisorDesk(const ClientParts &parts, SupervisorPerspective *perspective);
    ~SupervisorDesk() override;

    app::AlertEvaluator *evaluator() const { return m_evaluator; }
    app::AlertRuleBook *rules() const { return m_rules; }
    // The whole center's board the alerts read while the perspective shows one store's.
    app::LiveBoard *centerBoard() const { return m_centerBoard; }
    AlertList *alertList() const { return m_alertList; }
    OperatorDrillDown *operatorDrillDown() const { return m_operatorDrill; }
    QueueDrillDown *queueDrillDown() const { return m_queueDrill; }
    TicketReader *ticketReader() const { return m_reader; }
    HelpFlagStrip *helpFlagStrip() const { return m_flag; }
    ReassignDialog *reassignDialog() const { return m_reassign; }
    OperatorSettingsDialog *operatorSettings() const { return m_settings; }
    BoardCharts *charts() const { return m_charts; }
    PresenceDayChart *presenceChart() const { return m_presence; }
    ReportExportDialog *exportDialog() const { return m_export; }
    // The open monitor view of `ticketId`; null when she does not watch it.
    MonitorView *monitorView(const QString &ticketId) const;
    // The open audit log; null when it is not open.
    AuditLogView *auditLog() const;
    // The board's queues, id and name, as the pickers of rules, charts and exports offer them.
    QList<QPair<QString, QString>> queues() const;

public Q_SLOTS:
    void openTicket(const QString &ticketId);
    // Watches the chat live in its own window (one per chat; raised again when open).
    void openMonitor(const QString &ticketId);
    void openOperator(const QString &operatorId);
    void openQueue(const QString &queueId);
    void openAlertRules();
    // The export dialog, on the board's window.
    void openExport();
    // The audit log of supervisors' actions (one window, raised again when open).
    void openAuditLog();

Q_SIGNALS:
    // For the desktop notification: a new alert on a ticket, or one that needs her eyes.
    void notificationWanted(const QString &ticketId, const QString &text);
    // A refusal arriving after its dialog was closed, or a passing result: for the status bar.
    void statusMessage(const QString &text);

private:
    void wireAlerts();
    void wireDrillDowns();
    void wireReports();
    void followBoard();
    void wireRefusals();

    ClientParts m_parts;
    SupervisorPerspective *m_perspective;
    app::AlertEvaluator *m_evaluator;
    app::AlertRuleBook *m_rules;
    app::SupervisorAlerts *m_feeding;
    app::LiveBoard *m_centerBoard; // the whole center's, for the alerts, while a store is shown
    AlertList *m_alertList;
    OperatorDrillDown *m_operatorDrill;
    QueueDrillDown *m_queueDrill;
    TicketReader *m_reader;
    HelpFlagStrip *m_flag;
    ReassignDialog *m_reassign;
    OperatorSettingsDialog *m_settings;
    app::ReportFetcher *m_fetcher;
    BoardCharts *m_charts;
    PresenceDayChart *m_presence;
    ReportExportDialog *m_export;
    QPointer<AuditLogView> m_audit;
    QHash<QString, QPointer<MonitorView>> m_monitors; // by ticket id
    QList<QPair<QString, QString>> m_queues;          // as last given to the charts
    QList<QPair<QString, QString>> m_operators;       // as last given to the presence chart
};

} // namespace frontline::ui

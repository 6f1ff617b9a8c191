#pragma once

#include "ui/common/ClientParts.h"

#include <QElapsedTimer>
#include <QObject>

namespace frontline::app {
class ReportFetcher;
class SharedConversationModel;
class StoreProject;
class StoreTicketsModel;
struct ReportWindow;
} // namespace frontline::app

namespace frontline::ui {

class BoardCharts;
class ReportExportDialog;
class StoreTicketsPane;
class SupervisorPerspective;
class TicketReader;

// What a store's client does beside reading its project's boards (the read-only
// SupervisorPerspective): the charts, the exports (the board and the tickets as CSV, the daily
// report as PDF, named after the store) and, only when the store's contract shares conversations,
// the window's tickets with their conversations read-only. The project comes from GET /projects
// at sign-in; until it answers there is no tickets list. The shell owns it beside the perspective.
class StoreDesk : public QObject
{
    Q_OBJECT
public:
    StoreDesk(const ClientParts &parts, SupervisorPerspective *perspective);
    ~StoreDesk() override;

    app::StoreProject *project() const { return m_project; }
    BoardCharts *charts() const { return m_charts; }
    ReportExportDialog *exportDialog() const { return m_export; }
    // None unless the store's contract shares conversations.
    StoreTicketsPane *ticketsPane() const { return m_ticketsPane; }
    app::StoreTicketsModel *ticketsModel() const { return m_tickets; }
    TicketReader *ticketReader() const { return m_reader; }

public Q_SLOTS:
    // The export dialog, on the board's window.
    void openExport();
    // The conversation of a ticket of the list, read-only.
    void openTicket(const QString &ticketId);

Q_SIGNALS:
    // The store's name is known (for the window title).
    void projectLoaded(const QString &name);
    // A failed read or a passing result: for the status bar.
    void statusMessage(const QString &text);

private:
    void onProjectLoaded();
    void shareConversations();
    void followBoard();
    app::ReportWindow reportWindow() const;

    ClientParts m_parts;
    SupervisorPerspective *m_perspective;
    app::StoreProject *m_project;
    app::ReportFetcher *m_fetcher;
    BoardCharts *m_charts;
    ReportExportDialog *m_export;
    app::StoreTicketsModel *m_tickets = nullptr;
    app::SharedConversationModel *m_conversation = nullptr;
    StoreTicketsPane *m_ticketsPane = nullptr;
    TicketReader *m_reader = nullptr;
    QElapsedTimer m_ticketsFetched; // a live window's tickets are read again at most each minute
    QList<QPair<QString, QString>> m_queues;
};

} // namespace frontline::ui

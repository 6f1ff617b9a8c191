#include "ui/client/StoreDesk.h"

#include "app/board/BoardWindow.h"
#include "app/board/LiveBoard.h"
#include "app/board/QueueBoardModel.h"
#include "app/board/SharedConversationModel.h"
#include "app/board/StoreProject.h"
#include "app/board/StoreTicketsModel.h"
#include "app/reports/ReportFetcher.h"
#include "app/session/SignedInUser.h"
#include "app/sync/RealtimeChannel.h"
#include "ui/client/StoreTicketsPane.h"
#include "ui/supervisor/BoardCharts.h"
#include "ui/supervisor/ReportExportDialog.h"
#include "ui/supervisor/SupervisorPerspective.h"
#include "ui/supervisor/TicketReader.h"

#include <QDateTime>

namespace frontline::ui {
namespace {

constexpr qint64 TicketsRefreshMs = 60 * 1000;

} // namespace

StoreDesk::StoreDesk(const ClientParts &parts, SupervisorPerspective *perspective)
    : QObject(perspective)
    , m_parts(parts)
    , m_perspective(perspective)
    , m_project(new app::StoreProject(parts.client, this))
    , m_fetcher(new app::ReportFetcher(parts.client, this))
    , m_charts(new BoardCharts(m_fetcher))
    , m_export(new ReportExportDialog(*m_fetcher, perspective))
{
    m_charts->setObjectName(QStringLiteral("boardCharts"));
    m_perspective->setCharts(m_charts);
    const auto follow = [this] {
        m_charts->setWindow(reportWindow());
        if (m_tickets) {
            m_tickets->setWindow(reportWindow());
            m_ticketsFetched.start();
        }
    };
    connect(m_perspective->liveBoard(), &app::LiveBoard::windowChanged, this, follow);
    follow();
    connect(m_perspective->liveBoard(), &app::LiveBoard::updated, this, &StoreDesk::followBoard);
    connect(m_charts, &BoardCharts::failed, this, &StoreDesk::statusMessage);
    connect(m_export, &ReportExportDialog::exported, this,
            [this](const QString &path) { Q_EMIT statusMessage(tr("Exported to %1").arg(path)); });
    connect(m_export, &ReportExportDialog::failed, this, &StoreDesk::statusMessage);
    connect(m_project, &app::StoreProject::loaded, this, &StoreDesk::onProjectLoaded);
    connect(m_project, &app::StoreProject::failed, this, [this](const QString &why) {
        Q_EMIT statusMessage(tr("The store's settings could not be read: %1").arg(why));
    });
    m_project->load(parts.user.projectId);
}

StoreDesk::~StoreDesk() = default;

void StoreDesk::onProjectLoaded()
{
    m_export->setStore(m_project->name(), m_project->slug());
    if (m_project->showConversations())
        shareConversations();
    Q_EMIT projectLoaded(m_project->name());
}

// Only a store whose contract shares conversations gets the list: never an empty list that
// fails when opened.
void StoreDesk::shareConversations()
{
    if (m_tickets)
        return;
    m_tickets = new app::StoreTicketsModel(*m_fetcher, this);
    m_conversation = new app::SharedConversationModel(m_parts.client, this);
    m_reader = new TicketReader(m_conversation, m_perspective);
    m_ticketsPane = new StoreTicketsPane(m_tickets);
    // The open conversation follows the store's board event, as the board does; a closed reader
    // asks for nothing.
    if (m_parts.realtime) {
        connect(m_parts.realtime, &app::RealtimeChannel::boardChanged, this, [this] {
            if (m_reader->isVisible())
                m_conversation->followNewer();
        });
    }
    connect(m_ticketsPane, &StoreTicketsPane::ticketActivated, this, &StoreDesk::openTicket);
    m_perspective->setStoreTickets(m_ticketsPane);
    followBoard();
    m_tickets->setWindow(reportWindow());
    m_ticketsFetched.start();
}

void StoreDesk::followBoard()
{
    const QList<QPair<QString, QString>> queues = m_perspective->queuesModel()->queues();
    if (queues != m_queues) {
        m_queues = queues;
        m_charts->setQueues(queues);
        QHash<QString, QString> names;
        for (const auto &[id, name] : queues)
            names.insert(id, name);
        if (m_tickets)
            m_tickets->setQueueNames(names);
    }
    // A live window's charts follow the board (paced in the charts), and it gains tickets as the
    // day goes; a closed one does neither.
    const app::BoardWindow window = m_perspective->liveBoard()->window();
    if (!window.endAt().isValid())
        m_charts->followBoard(reportWindow());
    if (m_tickets && !window.endAt().isValid() && !m_tickets->isLoading() &&
        m_ticketsFetched.isValid() && m_ticketsFetched.elapsed() >= TicketsRefreshMs) {
        m_tickets->setWindow(reportWindow());
        m_ticketsFetched.start();
    }
}

// The store's own scope is the back office's: its account reads its project without project_id.
app::ReportWindow StoreDesk::reportWindow() const
{
    return m_perspective->liveBoard()->reportWindow();
}

void StoreDesk::openExport()
{
    m_export->setQueues(m_queues);
    m_export->setWindow(reportWindow());
    m_export->open();
}

void StoreDesk::openTicket(const QString &ticketId)
{
    if (!m_tickets || !m_reader)
        return;
    const protocol::TicketFigures *ticket = m_tickets->ticketAt(m_tickets->rowOf(ticketId));
    if (!ticket)
        return;
    QString queue = ticket->queueId;
    for (const auto &[id, name] : std::as_const(m_queues))
        if (id == ticket->queueId)
            queue = name;
    m_reader->showSharedTicket(*ticket, queue);
    m_reader->show();
    m_reader->raise();
}

} // namespace frontline::ui

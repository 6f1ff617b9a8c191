#pragma once

#include "protocol/Board.h"
#include "protocol/Project.h"
#include "protocol/Reports.h"
#include "protocol/Result.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace frontline::app {

class BackOfficeClient;

// What a report covers: the window [from, to) and one queue, or all when `queueId` is empty; one
// store's figures when `projectId` is set (a store's account gets its own whether or not).
struct ReportWindow
{
    QDateTime from;
    QDateTime to;
    QString queueId;
    QString projectId{}; // brace-initialised windows may leave it out
};

// The reports' data from the back office (the board, the KPI series, the tickets of a window with
// their figures), for the desktop's exports and the command line alike. Each call answers once,
// on this object's thread, unless this object is gone by then.
class ReportFetcher : public QObject
{
    Q_OBJECT
public:
    explicit ReportFetcher(BackOfficeClient &client, QObject *parent = nullptr);

    void fetchBoard(const ReportWindow &window,
                    std::function<void(const Result<protocol::Board> &)> done);
    // `bucket`: "hour" or "day".
    void fetchSeries(const ReportWindow &window, const QString &bucket,
                     std::function<void(const Result<protocol::KpiSeries> &)> done);
    // Every page in order: `page` takes each (and may refuse, which stops the walk with its
    // error), then `done` gets the number of tickets or the first error.
    void fetchTickets(const ReportWindow &window,
                      std::function<Result<void>(const QList<protocol::TicketFigures> &)> page,
                      std::function<void(const Result<qint64> &)> done);

    // The store named by its slug or its id among those GET /projects gives this account (a
    // store's account: its own only), or not_found naming the ones it may report on.
    void fetchProject(const QString &slugOrId,
                      std::function<void(const Result<protocol::Project> &)> done);

    // The tickets asked for a page: few enough requests for a week, small enough answers.
    static constexpr int TicketsPerPage = 1000;

private:
    struct TicketWalk;
    void nextTicketPage(std::shared_ptr<TicketWalk> walk);
    static QString query(const ReportWindow &window);

    BackOfficeClient &m_client;
};

} // namespace frontline::app

#include "app/reports/ReportFetcher.h"

#include "app/net/BackOfficeClient.h"
#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"

#include <QJsonArray>
#include <QUrl>

namespace frontline::app {

struct ReportFetcher::TicketWalk
{
    ReportWindow window;
    std::function<Result<void>(const QList<protocol::TicketFigures> &)> page;
    std::function<void(const Result<qint64> &)> done;
    qint64 after = 0;
    qint64 count = 0;
};

ReportFetcher::ReportFetcher(BackOfficeClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString ReportFetcher::query(const ReportWindow &window)
{
    QString query = u"?from=" + protocol::json::formatTime(window.from) + u"&to=" +
                    protocol::json::formatTime(window.to);
    if (!window.queueId.isEmpty())
        query += u"&queue_id=" + QString::fromLatin1(QUrl::toPercentEncoding(window.queueId));
    if (!window.projectId.isEmpty())
        query += u"&project_id=" + QString::fromLatin1(QUrl::toPercentEncoding(window.projectId));
    return query;
}

void ReportFetcher::fetchBoard(const ReportWindow &window,
                               std::function<void(const Result<protocol::Board> &)> done)
{
    ApiRequest request;
    request.path = protocol::paths::MetricsBoard.toString() + query(window);
    m_client.send(request, this, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(reply.error.toError());
        done(protocol::Board::fromJson(reply.json));
    });
}

void ReportFetcher::fetchSeries(const ReportWindow &window, const QString &bucket,
                                std::function<void(const Result<protocol::KpiSeries> &)> done)
{
    ApiRequest request;
    request.path = protocol::paths::MetricsSeries.toString() + query(window) + u"&bucket=" +
                   QString::fromLatin1(QUrl::toPercentEncoding(bucket));
    m_client.send(request, this, [done](const ApiReply &reply) {
        if (!reply.ok())
            return done(reply.error.toError());
        done(protocol::KpiSeries::fromJson(reply.json));
    });
}

void ReportFetcher::fetchProject(const QString &slugOrId,
                                 std::function<void(const Result<protocol::Project> &)> done)
{
    ApiRequest request;
    request.path = protocol::paths::Projects.toString();
    m_client.send(request, this, [slugOrId, done](const ApiReply &reply) {
        if (!reply.ok())
            return done(reply.error.toError());
        QStringList known;
        for (const QJsonValue &each : reply.json.value(u"projects").toArray()) {
            auto project = protocol::Project::fromJson(each.toObject());
            if (!project)
                return done(project.error());
            if (project->slug == slugOrId || project->id == slugOrId)
                return done(project.value());
            known.append(project->slug);
        }
        return done(Error{QString(protocol::errors::NotFound),
                          tr("No store %1 here; this account may report on: %2")
                              .arg(slugOrId, known.isEmpty() ? tr("none") : known.join(u", "))});
    });
}

void ReportFetcher::fetchTickets(
    const ReportWindow &window,
    std::function<Result<void>(const QList<protocol::TicketFigures> &)> page,
    std::function<void(const Result<qint64> &)> done)
{
    auto walk = std::make_shared<TicketWalk>();
    walk->window = window;
    walk->page = std::move(page);
    walk->done = std::move(done);
    nextTicketPage(walk);
}

void ReportFetcher::nextTicketPage(std::shared_ptr<TicketWalk> walk)
{
    ApiRequest request;
    request.path = protocol::paths::MetricsTickets.toString() + query(walk->window) + u"&limit=" +
                   QString::number(TicketsPerPage);
    if (walk->after)
        request.path += u"&after=" + QString::number(walk->after);
    m_client.send(request, this, [this, walk](const ApiReply &reply) {
        if (!reply.ok())
            return walk->done(reply.error.toError());
        auto page = protocol::TicketFiguresPage::fromJson(reply.json);
        if (!page)
            return walk->done(page.error());
        if (auto taken = walk->page(page->tickets); !taken)
            return walk->done(taken.error());
        walk->count += page->tickets.size();
        // A next that does not move forward would loop for ever: stop there.
        if (page->next <= walk->after)
            return walk->done(walk->count);
        walk->after = page->next;
        nextTicketPage(walk);
    });
}

} // namespace frontline::app

#pragma once

#include "app/reports/ReportFetcher.h"

#include <QStringList>

namespace frontline::app {
class BackOfficeClient;
}

namespace frontline::cli {

// `frontline-cli report board|tickets|series`: a report of a window from the back office, as
// CSV (the desktop's export formats, app/reports) or JSON, to a file or standard output.
class ReportCommand
{
public:
    struct Request
    {
        QString kind;                                // board, tickets, series
        QString from;                                // RFC 3339 or a local date; default today
        QString to;                                  // RFC 3339 or a local date (exclusive); now
        QString format = QStringLiteral("csv");      // csv, json
        QString output;                              // a file; empty: standard output
        QString queueId;                             // tickets and series: one queue
        QString bucket = QStringLiteral("hour");     // series: hour, day
        QString table = QStringLiteral("operators"); // board as CSV: operators, queues
        QString project;                             // one store, by slug or id; empty: all
    };

    explicit ReportCommand(app::BackOfficeClient &client);

    // The process's exit code: 0, 1 when the back office or the file failed, 2 for bad usage
    // (a store this account may not report on included).
    int run(const Request &request);

    // "2026-12-06" is that day's local midnight; anything else must be an RFC 3339 time.
    static QDateTime parseTime(const QString &text);

private:
    // The id of the store `--project` names, from GET /projects.
    Result<QString> projectId(const QString &slugOrId);
    Result<QByteArray> board(const app::ReportWindow &window, const Request &request);
    Result<QByteArray> series(const app::ReportWindow &window, const Request &request);
    // Writes page by page to `sink`.
    Result<void> tickets(const app::ReportWindow &window, const Request &request,
                         const std::function<Result<void>(const QByteArray &)> &sink);

    app::BackOfficeClient &m_client;
};

} // namespace frontline::cli

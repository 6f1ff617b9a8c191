#include "cli/ReportCommand.h"

#include "app/net/BackOfficeClient.h"
#include "app/reports/BoardCsv.h"
#include "app/reports/SeriesCsv.h"
#include "app/reports/TicketsCsv.h"
#include "protocol/Json.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace frontline::cli {
namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "frontline-cli: %s\n", qPrintable(message.simplified()));
    return code;
}

QByteArray indented(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// Runs `start` and waits for the answer it hands to its callback.
template<typename T, typename Start>
Result<T> wait(Start start)
{
    QEventLoop loop;
    std::optional<Result<T>> answer;
    start([&](const Result<T> &result) {
        answer = result;
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return *answer;
}

} // namespace

ReportCommand::ReportCommand(app::BackOfficeClient &client)
    : m_client(client)
{}

QDateTime ReportCommand::parseTime(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return date.startOfDay();
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

int ReportCommand::run(const Request &request)
{
    if (request.kind != u"board" && request.kind != u"tickets" && request.kind != u"series")
        return fail(QCoreApplication::translate(
                        "frontline-cli",
                        "usage: report board|tickets|series [--from TIME] [--to TIME] "
                        "[--format csv|json] [--output FILE] [--project STORE]"),
                    2);
    if (request.format != u"csv" && request.format != u"json")
        return fail(QCoreApplication::translate("frontline-cli", "--format must be csv or json"),
                    2);
    if (request.table != u"operators" && request.table != u"queues")
        return fail(
            QCoreApplication::translate("frontline-cli", "--table must be operators or queues"), 2);
    app::ReportWindow window;
    window.from =
        request.from.isEmpty() ? QDate::currentDate().startOfDay() : parseTime(request.from);
    window.to = request.to.isEmpty() ? QDateTime::currentDateTime() : parseTime(request.to);
    window.queueId = request.queueId;
    if (!window.from.isValid() || !window.to.isValid())
        return fail(
            QCoreApplication::translate(
                "frontline-cli", "--from and --to take an RFC 3339 time or a date (YYYY-MM-DD)"),
            2);

    if (!request.project.isEmpty()) {
        auto project = projectId(request.project);
        if (!project)
            return fail(project.error().message, 2);
        window.projectId = project.value();
    }

    // A file is replaced only once the whole report is in: a failed run leaves the old one.
    QSaveFile file(request.output);
    if (!request.output.isEmpty() && !file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("frontline-cli", "cannot write %1: %2")
                        .arg(request.output, file.errorString()),
                    1);
    const auto sink = [&](const QByteArray &bytes) -> Result<void> {
        if (request.output.isEmpty()) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            return {};
        }
        if (file.write(bytes) != bytes.size())
            return Error{QStringLiteral("write_failed"), file.errorString()};
        return {};
    };

    Result<void> written;
    if (request.kind == u"tickets") {
        written = tickets(window, request, sink);
    } else {
        auto bytes = request.kind == u"board" ? board(window, request) : series(window, request);
        written = bytes ? sink(bytes.value()) : Result<void>(bytes.error());
    }
    if (!written) {
        file.cancelWriting();
        return fail(
            written.error().message.isEmpty() ? written.error().code : written.error().message, 1);
    }
    std::fflush(stdout);
    if (!request.output.isEmpty() && !file.commit())
        return fail(QCoreApplication::translate("frontline-cli", "cannot write %1: %2")
                        .arg(request.output, file.errorString()),
                    1);
    return 0;
}

Result<QString> ReportCommand::projectId(const QString &slugOrId)
{
    app::ReportFetcher fetcher(m_client);
    auto project = wait<protocol::Project>(
        [&](auto done) { fetcher.fetchProject(slugOrId, std::move(done)); });
    if (!project)
        return project.error();
    return project->id;
}

Result<QByteArray> ReportCommand::board(const app::ReportWindow &window, const Request &request)
{
    app::ReportFetcher fetcher(m_client);
    auto board =
        wait<protocol::Board>([&](auto done) { fetcher.fetchBoard(window, std::move(done)); });
    if (!board)
        return board.error();
    if (request.format == u"json")
        return indented(board->toJson());
    return request.table == u"queues" ? app::BoardCsv::queues(board.value())
                                      : app::BoardCsv::operators(board.value());
}

Result<QByteArray> ReportCommand::series(const app::ReportWindow &window, const Request &request)
{
    app::ReportFetcher fetcher(m_client);
    auto series = wait<protocol::KpiSeries>(
        [&](auto done) { fetcher.fetchSeries(window, request.bucket, std::move(done)); });
    if (!series)
        return series.error();
    return request.format == u"json" ? indented(series->toJson())
                                     : app::SeriesCsv::write(series.value());
}

Result<void> ReportCommand::tickets(const app::ReportWindow &window, const Request &request,
                                    const std::function<Result<void>(const QByteArray &)> &sink)
{
    const bool csv = request.format == u"csv";
    if (csv) {
        if (auto header = sink(app::TicketsCsv::header()); !header)
            return header;
    }
    QJsonArray all; // JSON is one document: gathered, then written
    app::ReportFetcher fetcher(m_client);
    auto count = wait<qint64>([&](auto done) {
        fetcher.fetchTickets(
            window,
            [&](const QList<protocol::TicketFigures> &page) -> Result<void> {
                if (csv)
                    return sink(app::TicketsCsv::rows(page));
                for (const protocol::TicketFigures &ticket : page)
                    all.append(ticket.toJson());
                return {};
            },
            std::move(done));
    });
    if (!count)
        return count.error();
    if (csv)
        return {};
    return sink(indented(
        QJsonObject{{QStringLiteral("from"), protocol::json::timeOrNull(window.from.toUTC())},
                    {QStringLiteral("to"), protocol::json::timeOrNull(window.to.toUTC())},
                    {QStringLiteral("tickets"), all}}));
}

} // namespace frontline::cli

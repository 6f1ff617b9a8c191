#pragma once

#include "app/net/ApiReply.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace frontline::app {

class BackOfficeClient;

// A CSV export the back office writes a page at a time (the audit log, the QA reviews): each
// page names the next in a response header, and starts with the same header line. The pages
// make one file with that line once; `done` gets it, or the first failure's message.
struct CsvPages
{
    // The request for the page after `next` (empty: the first page).
    std::function<ApiRequest(const QString &next)> request;
    QByteArray nextHeader; // "Next-Before", "Next-Cursor"
    std::function<void(const QByteArray &csv)> done;
    std::function<void(const QString &message)> failed;

    // Asks for every page through `client`; nothing more happens once `context` is gone.
    void fetch(BackOfficeClient &client, QObject *context) const;

private:
    void fetchFrom(BackOfficeClient &client, QObject *context, const QString &next,
                   QByteArray csv) const;
};

// A model's export as CsvPages: `generation` (the model's own counter) makes the newest export
// the only one that answers, through the model's exported(csv) and exportFailed(message) signals.
template<typename Model>
void exportCsvPages(Model &model, BackOfficeClient &client, int &generation,
                    std::function<ApiRequest(const QString &next)> request, QByteArray nextHeader)
{
    const int mine = ++generation;
    const auto current = [&generation, mine] { return generation == mine; };
    CsvPages pages;
    pages.request = std::move(request);
    pages.nextHeader = std::move(nextHeader);
    pages.done = [&model, current](const QByteArray &csv) {
        if (current())
            Q_EMIT model.exported(csv);
    };
    pages.failed = [&model, current](const QString &message) {
        if (current())
            Q_EMIT model.exportFailed(message);
    };
    pages.fetch(client, &model);
}

} // namespace frontline::app

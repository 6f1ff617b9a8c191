#pragma once

#include "app/net/ApiReply.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

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

} // namespace frontline::app

#include "app/net/CsvPages.h"

#include "app/net/BackOfficeClient.h"

namespace frontline::app {

void CsvPages::fetch(BackOfficeClient &client, QObject *context) const
{
    fetchFrom(client, context, {}, {});
}

void CsvPages::fetchFrom(BackOfficeClient &client, QObject *context, const QString &next,
                         QByteArray csv) const
{
    client.send(request(next), context,
                [pages = *this, &client, context, csv](const ApiReply &reply) mutable {
                    if (!reply.ok()) {
                        pages.failed(reply.error.message);
                        return;
                    }
                    // The header line has no quoted field: its first CRLF ends it.
                    if (csv.isEmpty())
                        csv = reply.body;
                    else
                        csv += reply.body.mid(reply.body.indexOf("\r\n") + 2);
                    const QByteArray after = reply.header(pages.nextHeader);
                    if (after.isEmpty())
                        pages.done(csv);
                    else
                        pages.fetchFrom(client, context, QString::fromLatin1(after), csv);
                });
}

} // namespace frontline::app

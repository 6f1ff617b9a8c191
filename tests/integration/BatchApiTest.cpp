// Many requests in flight at once: the back office handles them in batches that share one commit
// (a savepoint per request). Every request must still succeed or fail on its own, see what the
// requests before it wrote, and leave exactly its own changes in the feed.
#include "protocol/ApiPaths.h"
#include "tests/integration/ApiFixture.h"
#include "tests/support/TestEnvironment.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSet>
#include <QTcpSocket>
#include <QWebSocket>

#include <csignal>
#include <iostream>

using namespace frontline::test;

namespace {

const QLatin1StringView Id("id");
const QLatin1StringView Body("body");
const QLatin1StringView Seq("seq");

QString messagesPath(const QString &ticketId)
{
    return u"/api/v1/tickets/" + ticketId + u"/messages";
}

// Requests sent all at once over many connections (QNetworkAccessManager opens up to six per
// host, so several managers), then waited for together.
class Burst
{
public:
    Burst(QUrl baseUrl, QByteArray token)
        : m_baseUrl(std::move(baseUrl))
        , m_token(std::move(token))
    {
        for (int i = 0; i < 16; ++i)
            m_managers.push_back(std::make_unique<QNetworkAccessManager>());
    }

    // Returns the request's index in replies().
    qsizetype add(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        m_requests.append(Request{method, path, body, headers});
        return m_requests.size() - 1;
    }

    // Sends every request before waiting for any answer.
    void run()
    {
        QList<QNetworkReply *> pending;
        for (qsizetype i = 0; i < m_requests.size(); ++i) {
            const Request &request = m_requests.at(i);
            QUrl url = m_baseUrl;
            url.setPath(request.path);
            QNetworkRequest network(url);
            network.setTransferTimeout(30000);
            network.setRawHeader("Authorization", "Bearer " + m_token);
            network.setRawHeader("Content-Type", "application/json");
            for (const auto &[name, value] : request.headers)
                network.setRawHeader(name, value);
            QNetworkAccessManager &manager = *m_managers[std::size_t(i) % m_managers.size()];
            pending.append(manager.sendCustomRequest(network, request.method, request.body));
        }
        waitUntil(
            [&pending] {
                return std::all_of(pending.begin(), pending.end(),
                                   [](QNetworkReply *reply) { return reply->isFinished(); });
            },
            std::chrono::seconds(60));
        m_replies.clear();
        for (QNetworkReply *reply : pending) {
            HttpReply result;
            result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.body = reply->readAll();
            result.headers = reply->rawHeaderPairs();
            m_replies.append(result);
            reply->deleteLater();
        }
    }

    const HttpReply &reply(qsizetype index) const { return m_replies.at(index); }

private:
    struct Request
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    QUrl m_baseUrl;
    QByteArray m_token;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QList<Request> m_requests;
    QList<HttpReply> m_replies;
};

// Every change of the feed a supervisor sees, in order.
QJsonArray wholeFeed(HttpClient &client)
{
    QJsonArray all;
    qint64 since = 0;
    for (;;) {
        const QJsonObject page =
            client.get(QStringLiteral("/api/v1/changes?since=%1&limit=5000").arg(since)).json();
        for (const QJsonValue &change : page.value(QLatin1StringView("changes")).toArray())
            all.append(change);
        since = page.value(QLatin1StringView("next")).toInteger();
        if (!page.value(QLatin1StringView("more")).toBool())
            return all;
    }
}

// The seq of the newest change a supervisor sees.
qint64 feedHead(HttpClient &client)
{
    const QJsonArray all = wholeFeed(client);
    return all.isEmpty() ? 0 : all.last()[QLatin1StringView("seq")].toInteger();
}

QByteArray messageBody(const QString &text)
{
    return QJsonDocument(QJsonObject{{Body, text}}).toJson(QJsonDocument::Compact);
}

// The requests of one burst, by what each should get: posts of new messages, invalid posts,
// pairs of the same post twice, ticket reads, and two edits of the same version.
struct BurstPlan
{
    QList<qsizetype> posts;
    QList<qsizetype> invalid;
    QList<QPair<qsizetype, qsizetype>> replays;
    QList<qsizetype> reads;
    QList<qsizetype> patches;
    QSet<QString> expectedBodies; // every message that should be stored
};

BurstPlan planBurst(Burst &burst, const QString &ticket, const QString &contested)
{
    BurstPlan plan;
    auto &[posts, invalid, replays, reads, patches, expectedBodies] = plan;
    for (int round = 0; round < 4; ++round) {
        for (int i = 0; i < 10; ++i) {
            const QString text = QStringLiteral("Burst message %1-%2").arg(round).arg(i);
            expectedBodies.insert(text);
            posts.append(burst.add(
                "POST", messagesPath(ticket), messageBody(text),
                {{"Idempotency-Key", QStringLiteral("burst-%1-%2").arg(round).arg(i).toLatin1()}}));
        }
        // Refused before writing anything: an empty body, and a body that is not JSON.
        invalid.append(burst.add("POST", messagesPath(ticket), messageBody(QStringLiteral(" ")),
                                 {{"Idempotency-Key", "empty-" + QByteArray::number(round)}}));
        invalid.append(burst.add("POST", messagesPath(ticket), "{\"body\": 5}",
                                 {{"Idempotency-Key", "number-" + QByteArray::number(round)}}));
        // The same key and body twice in the same burst: one message, one replay.
        const QString duplicate = QStringLiteral("Sent twice %1").arg(round);
        expectedBodies.insert(duplicate);
        const QByteArray key = "twice-" + QByteArray::number(round);
        const qsizetype first = burst.add("POST", messagesPath(ticket), messageBody(duplicate),
                                          {{"Idempotency-Key", key}});
        const qsizetype second = burst.add("POST", messagesPath(ticket), messageBody(duplicate),
                                           {{"Idempotency-Key", key}});
        replays.append({first, second});
        reads.append(burst.add("GET", u"/api/v1/tickets/" + ticket));
    }
    // Two edits of the same version: exactly one may win.
    for (const char *priority : {"high", "low"}) {
        patches.append(burst.add("PATCH", u"/api/v1/tickets/" + contested,
                                 QByteArray("{\"priority\":\"") + priority + "\"}",
                                 {{"If-Match", "\"1\""}}));
    }
    return plan;
}

// The feed after `headBefore`: in seq order, each stored message exactly once, and one change of
// the contested ticket (the winning edit).
void expectEachChangeOnce(HttpClient &sofia, qint64 headBefore, const QSet<QString> &storedIds,
                          const QString &contested)
{
    QMap<QString, int> messageChanges;
    int contestedChanges = 0;
    qint64 previousSeq = 0;
    for (const QJsonValue &change : wholeFeed(sofia)) {
        const qint64 seq = change[Seq].toInteger();
        EXPECT_GT(seq, previousSeq);
        previousSeq = seq;
        if (seq <= headBefore)
            continue;
        const QString entity = change[QLatin1StringView("entity")].toString();
        if (entity == u"message")
            ++messageChanges[change[Id].toString()];
        else if (entity == u"ticket" && change[Id].toString() == contested)
            ++contestedChanges;
    }
    EXPECT_EQ(messageChanges.size(), 44);
    for (auto it = messageChanges.cbegin(); it != messageChanges.cend(); ++it) {
        EXPECT_TRUE(storedIds.contains(it.key())) << it.key().toStdString();
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
    }
    EXPECT_EQ(contestedChanges, 1);
}

} // namespace

TEST_P(ApiTest, ABurstOfConcurrentRequestsSucceedsAndFailsRequestByRequest)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*olga, QStringLiteral("orders")).value(Id).toString();
    const QString contested = createTicket(*olga, QStringLiteral("orders")).value(Id).toString();
    const qint64 headBefore = feedHead(*sofia);

    Burst burst(backOffice->baseUrl(), olga->token());
    const BurstPlan plan = planBurst(burst, ticket, contested);
    const auto &[posts, invalid, replays, reads, patches, expectedBodies] = plan;
    burst.run();
    // How the server grouped them depends on scheduling, so it is reported, not asserted.
    const QByteArray metrics = anonymous()->get(QStringLiteral("/metrics")).body;
    for (const QByteArray &line : metrics.split('\n')) {
        if (line.startsWith("frontline_http_batch_requests_count") ||
            line.startsWith("frontline_http_batch_requests_sum"))
            std::cout << "  " << line.toStdString() << '\n';
    }

    QSet<QString> storedIds;
    for (qsizetype index : posts) {
        const HttpReply &reply = burst.reply(index);
        ASSERT_EQ(reply.status, 201) << reply.body.toStdString();
        EXPECT_TRUE(reply.header("Idempotent-Replayed").isEmpty());
        storedIds.insert(reply.json().value(Id).toString());
    }
    for (qsizetype index : invalid) {
        EXPECT_EQ(burst.reply(index).status, 422) << burst.reply(index).body.toStdString();
        EXPECT_EQ(errorCode(burst.reply(index)), u"invalid_field");
    }
    for (const auto &[first, second] : replays) {
        const HttpReply &a = burst.reply(first);
        const HttpReply &b = burst.reply(second);
        ASSERT_EQ(a.status, 201) << a.body.toStdString();
        ASSERT_EQ(b.status, 201) << b.body.toStdString();
        EXPECT_EQ(a.body, b.body) << "a replay answers with the first response";
        const int replayed = int(a.header("Idempotent-Replayed") == "true") +
                             int(b.header("Idempotent-Replayed") == "true");
        EXPECT_EQ(replayed, 1);
        storedIds.insert(a.json().value(Id).toString());
    }
    for (qsizetype index : reads)
        EXPECT_EQ(burst.reply(index).status, 200);
    const HttpReply &p0 = burst.reply(patches[0]);
    const HttpReply &p1 = burst.reply(patches[1]);
    ASSERT_EQ(QSet<int>({p0.status, p1.status}), QSet<int>({200, 412}))
        << p0.body.toStdString() << " / " << p1.body.toStdString();
    const HttpReply &winner = p0.status == 200 ? p0 : p1;

    // What is stored: each valid message once, nothing from refused requests or replays.
    EXPECT_EQ(storedIds.size(), 44);
    const QJsonArray messages = olga->get(messagesPath(ticket) + u"?limit=500")
                                    .json()
                                    .value(QLatin1StringView("messages"))
                                    .toArray();
    QSet<QString> bodies, ids;
    for (const QJsonValue &message : messages) {
        bodies.insert(message[Body].toString());
        ids.insert(message[Id].toString());
    }
    EXPECT_EQ(messages.size(), 44);
    EXPECT_EQ(bodies, expectedBodies);
    EXPECT_EQ(ids, storedIds);
    // Each stored message touched the ticket once: replays and refusals did not.
    const QJsonObject after = olga->get(u"/api/v1/tickets/" + ticket).json();
    EXPECT_EQ(after.value(QLatin1StringView("version")).toInteger(), 1 + 44);
    const QJsonObject contestedAfter = olga->get(u"/api/v1/tickets/" + contested).json();
    EXPECT_EQ(contestedAfter.value(QLatin1StringView("version")).toInteger(), 2);
    EXPECT_EQ(contestedAfter.value(QLatin1StringView("priority")),
              winner.json().value(QLatin1StringView("priority")));

    // The feed: every stored message exactly once, in seq order, and only the winning edit.
    expectEachChangeOnce(*sofia, headBefore, storedIds, contested);
}

TEST_P(ApiTest, APokeDuringABurstNamesAChangeTheFeedAlreadyHas)
{
    auto olga = signIn(QStringLiteral("olga"));
    auto sofia = signIn(QStringLiteral("sofia"));
    const QString ticket = createTicket(*olga, QStringLiteral("orders")).value(Id).toString();

    QUrl url = backOffice->baseUrl();
    url.setScheme(QStringLiteral("ws"));
    url.setPath(frontline::protocol::paths::Events.toString());
    QNetworkRequest upgrade(url);
    upgrade.setRawHeader("Authorization", "Bearer " + sofia->token());
    QWebSocket events;
    // Each poke is answered at once with a read of the change it names, sent before the next
    // batch can commit anything: that change must already be in the feed.
    QNetworkAccessManager network;
    QList<qint64> pokes;
    QList<QPair<qint64, QNetworkReply *>> reads;
    bool welcomed = false;
    QObject::connect(&events, &QWebSocket::textMessageReceived, &events, [&](const QString &text) {
        const QJsonObject event = QJsonDocument::fromJson(text.toUtf8()).object();
        if (event.value(u"type").toString() == u"welcome") {
            welcomed = true;
            return;
        }
        const qint64 seq = event[Seq].toInteger();
        pokes.append(seq);
        QUrl feed = backOffice->baseUrl();
        feed.setPath(QStringLiteral("/api/v1/changes"));
        feed.setQuery(QStringLiteral("since=%1&limit=1").arg(seq - 1));
        QNetworkRequest read(feed);
        read.setRawHeader("Authorization", "Bearer " + sofia->token());
        reads.append({seq, network.get(read)});
    });
    events.open(upgrade);
    ASSERT_TRUE(waitUntil([&] { return welcomed; }));

    Burst burst(backOffice->baseUrl(), olga->token());
    for (int i = 0; i < 48; ++i) {
        burst.add("POST", messagesPath(ticket), messageBody(QStringLiteral("Poke %1").arg(i)),
                  {{"Idempotency-Key", "poke-" + QByteArray::number(i)}});
    }
    burst.run();
    const qint64 head = feedHead(*sofia);
    // Pokes carry the highest seq per listener; the last one names the head.
    ASSERT_TRUE(waitUntil([&] { return !pokes.isEmpty() && pokes.last() == head; }));
    ASSERT_TRUE(waitUntil([&] {
        return std::all_of(reads.begin(), reads.end(),
                           [](const auto &read) { return read.second->isFinished(); });
    }));
    EXPECT_TRUE(std::is_sorted(pokes.begin(), pokes.end()));
    for (const auto &[seq, reply] : reads) {
        const QJsonArray changes = QJsonDocument::fromJson(reply->readAll())
                                       .object()[QLatin1StringView("changes")]
                                       .toArray();
        ASSERT_EQ(changes.size(), 1) << "poke for seq " << seq << " came before its change";
        EXPECT_EQ(changes.first()[Seq].toInteger(), seq);
        reply->deleteLater();
    }
}

TEST_P(ApiTest, SigtermStopsTheBackOfficeCleanlyWithConnectionsOpen)
{
    auto olga = signIn(QStringLiteral("olga"));
    const QByteArray token = olga->token();
    const QString database = backOffice->databaseUrl();
    olga.reset();
    backOffice->stop();

    // The same database, in a process of our own, to see how it ends.
    QProcess process;
    process.start(backOfficeProgram(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                        QStringLiteral("--database"), database});
    ASSERT_TRUE(process.waitForStarted(10000));
    QByteArray out;
    ASSERT_TRUE(waitUntil(
        [&] {
            out += process.readAllStandardOutput();
            return out.contains('\n') || process.state() != QProcess::Running;
        },
        std::chrono::seconds(30)));
    const qsizetype at = out.indexOf("http://");
    ASSERT_GE(at, 0) << out.toStdString();
    const QUrl base(QString::fromLatin1(out.mid(at).trimmed()));
    HttpClient client(base);
    client.setBearerToken(token);
    ASSERT_EQ(client.get(QStringLiteral("/api/v1/me")).status, 200);
    const QString ticket = createTicket(client, QStringLiteral("orders")).value(Id).toString();

    // A listening WebSocket, an idle keep-alive connection, a request whose body never ends, and
    // requests still in flight.
    QUrl url = base;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(frontline::protocol::paths::Events.toString());
    QNetworkRequest upgrade(url);
    upgrade.setRawHeader("Authorization", "Bearer " + token);
    QWebSocket events;
    events.open(upgrade);
    ASSERT_TRUE(waitUntil([&] { return events.state() == QAbstractSocket::ConnectedState; }));
    QTcpSocket partial;
    partial.connectToHost(base.host(), quint16(base.port()));
    ASSERT_TRUE(partial.waitForConnected(5000));
    partial.write("POST " + messagesPath(ticket).toLatin1() +
                  " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                  "100\r\n\r\n{\"body\":");
    partial.flush();
    Burst burst(base, token);
    for (int i = 0; i < 16; ++i) {
        burst.add("POST", messagesPath(ticket), messageBody(QStringLiteral("Last %1").arg(i)),
                  {{"Idempotency-Key", "last-" + QByteArray::number(i)}});
    }
    burst.run(); // leaves 16 keep-alive connections open

    ::kill(pid_t(process.processId()), SIGTERM);
    ASSERT_TRUE(process.waitForFinished(30000)) << "the back office ignored SIGTERM";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    const QByteArray errors = process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), 0) << errors.right(6000).toStdString(); // a sanitizer's report
    // Qt's complaints about objects used from the wrong thread would show here.
    EXPECT_FALSE(errors.contains("thread")) << errors.toStdString();
    EXPECT_FALSE(errors.contains("QObject")) << errors.toStdString();
    EXPECT_TRUE(waitUntil([&] { return events.state() == QAbstractSocket::UnconnectedState; }));
}

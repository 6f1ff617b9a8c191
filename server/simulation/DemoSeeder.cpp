#include "server/simulation/DemoSeeder.h"

#include "protocol/Customer.h"
#include "protocol/Escalation.h"
#include "protocol/Message.h"
#include "server/auth/AuthService.h"
#include "server/domain/TicketService.h"
#include "server/feed/ChangeLog.h"
#include "server/kb/KbImporter.h"
#include "server/storage/SqlValues.h"
#include "server/storage/Store.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcDemo, "backoffice.demo")

namespace frontline::server {
namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// Concurrent chats of every demo operator.
constexpr int DemoMaxChats = 3;

struct DemoOperator
{
    const char *username;
    const char *displayName;
    protocol::Role role;
    int line;
    const char *team;
    const char *queues;
    const char *locale;
};

// The demo staff; README and docs name them. Every password is "demo".
constexpr DemoOperator Staff[] = {
    {"olga", "Olga Smirnova", protocol::Role::Operator, 1, "first-line", "orders,returns", "ru"},
    {"ivan", "Ivan Petrov", protocol::Role::Operator, 1, "first-line", "delivery,payment,orders",
     "ru"},
    {"anna", "Anna Kuznetsova", protocol::Role::Operator, 1, "first-line", "returns,delivery",
     "ru"},
    {"maxim", "Maxim Volkov", protocol::Role::Operator, 1, "first-line", "payment,orders", "en"},
    {"pavel", "Pavel Sokolov", protocol::Role::Operator, 2, "second-line", "", "ru"},
    {"sofia", "Sofia Morozova", protocol::Role::Supervisor, 1, "", "", "ru"},
    {"tanya", "Tatiana Lebedeva", protocol::Role::Trainer, 1, "", "", "ru"},
    {"admin", "Administrator", protocol::Role::Admin, 1, "", "", "en"},
};

const char *const Queues[][2] = {{"orders", "Orders"},
                                 {"returns", "Returns and claims"},
                                 {"delivery", "Delivery"},
                                 {"payment", "Payment"}};

class Random
{
public:
    explicit Random(quint32 seed)
        : m_rng(seed)
    {}
    int below(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    qint64 between(qint64 low, qint64 high)
    {
        return low + qint64(m_rng.generateDouble() * double(high - low));
    }
    QJsonValue pick(const QJsonArray &array) { return array.at(below(int(array.size()))); }
    QString pickText(const QJsonArray &array) { return pick(array).toString(); }

private:
    QRandomGenerator m_rng;
};

struct Seeded
{
    qint64 id;
    QString name;
    QString locale;
    QStringList orderNumbers;
};

QString fill(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

Result<QJsonObject> loadScenarios()
{
    QFile file(QStringLiteral(":/demo/scenarios.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("demo_data_missing"),
                     QStringLiteral("The demo scenarios are not built into this back office")};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

DemoSeeder::DemoSeeder(Store &store, AuthService &auth, TicketService &tickets, ChangeLog &changes,
                       Clock clock)
    : m_store(store)
    , m_auth(auth)
    , m_tickets(tickets)
    , m_changes(changes)
    , m_clock(std::move(clock))
{}

Result<bool> DemoSeeder::seed(quint32 seed, const DemoSize &size)
{
    auto existing = m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM operators"));
    if (!existing)
        return existing.error();
    if (existing.value().toLongLong() > 0)
        return false;
    auto scenarios = loadScenarios();
    if (!scenarios)
        return scenarios.error();
    const QJsonObject &data = scenarios.value();
    Random random(seed);
    const qint64 now = m_clock();

    for (const auto &queue : Queues) {
        auto inserted = m_store.run(
            QStringLiteral("INSERT INTO queues (id, title, created_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET title = excluded.title"),
            {QString::fromLatin1(queue[0]), QString::fromLatin1(queue[1]), now - size.days * Day});
        if (!inserted)
            return inserted.error();
    }

    QHash<QString, QList<qint64>> agentsByQueue; // first-line operators who work each queue
    QHash<qint64, QString> names;
    qint64 secondLine = 0;
    for (const DemoOperator &person : Staff) {
        NewOperator account;
        account.username = QString::fromLatin1(person.username);
        account.displayName = QString::fromUtf8(person.displayName);
        account.role = person.role;
        account.password = QStringLiteral("demo");
        account.line = person.line;
        account.team = QString::fromLatin1(person.team);
        account.locale = QString::fromLatin1(person.locale);
        account.maxChats = DemoMaxChats;
        account.queues = QString::fromLatin1(person.queues).split(u',', Qt::SkipEmptyParts);
        auto id = m_auth.createOperator(m_store, account);
        if (!id)
            return id.error();
        names.insert(id.value(), account.displayName);
        if (person.role == protocol::Role::Operator && person.line == 1) {
            for (const QString &queue : account.queues)
                agentsByQueue[queue].append(id.value());
        }
        if (person.line == 2)
            secondLine = id.value();
    }

    for (const char *locale : {"en", "ru"}) {
        auto imported = importKnowledgeBase(
            m_store, m_changes, QStringLiteral(":/demo/kb/") + QLatin1StringView(locale),
            QString::fromLatin1(locale), now);
        if (!imported)
            return imported.error();
    }
    if (auto macros = importMacros(m_store, m_changes, QStringLiteral(":/demo/macros.json"), now);
        !macros)
        return macros.error();

    Transaction transaction(m_store);
    if (!transaction.started())
        return transaction.started().error();

    // Customers with orders and their timelines.
    const QJsonObject people = data.value(u"customers").toObject();
    const QJsonArray products = data.value(u"products").toArray();
    static const QStringList flow{QStringLiteral("created"),    QStringLiteral("paid"),
                                  QStringLiteral("assembling"), QStringLiteral("handed_to_courier"),
                                  QStringLiteral("in_transit"), QStringLiteral("at_pickup_point"),
                                  QStringLiteral("delivered")};
    static const QStringList deliveries{QStringLiteral("courier"), QStringLiteral("pickup_point"),
                                        QStringLiteral("post")};
    QList<Seeded> customers;
    for (int c = 0; c < size.customers; ++c) {
        const QString locale = random.chance(0.7) ? QStringLiteral("ru") : QStringLiteral("en");
        const QString name = random.pickText(people.value(u"first_names")[locale].toArray()) +
                             u' ' + random.pickText(people.value(u"last_names")[locale].toArray());
        const QString city = random.pickText(people.value(u"cities")[locale].toArray());
        const qint64 created = now - random.between(40 * Day, 400 * Day);
        const QString externalId = QStringLiteral("store-%1").arg(100000 + c);
        const QString email = QStringLiteral("customer%1@mail.example").arg(100000 + c);
        const QString phone = QStringLiteral("+7 9%1").arg(100000000 + random.below(899999999));
        auto customerId = m_store.insert(
            QStringLiteral("INSERT INTO customers (external_id, name, email, phone, city, locale, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {externalId, name, email, phone, city, locale, created, created});
        if (!customerId)
            return customerId.error();
        Seeded customer{customerId.value(), name, locale, {}};

        protocol::Customer profile;
        profile.id = QString::number(customer.id);
        profile.externalId = externalId;
        profile.name = name;
        profile.email = email; // the card the operator sees carries how to reach the customer
        profile.phone = phone;
        profile.city = city;
        profile.locale = locale;
        profile.createdAt = sql::time(created);
        QJsonArray orderJson;
        const int orderCount = 1 + random.below(3);
        for (int o = 0; o < orderCount; ++o) {
            const qint64 placed = now - random.between(Hour, size.days * Day + 10 * Day);
            QJsonArray items;
            qint64 total = 0;
            for (int i = 0, n = 1 + random.below(3); i < n; ++i) {
                const QJsonObject product = random.pick(products).toObject();
                const qint64 price = qint64(product.value(u"price_rub").toDouble()) * 100;
                const int quantity = 1 + (random.chance(0.2) ? 1 : 0);
                items.append(QJsonObject{
                    {QLatin1StringView("name"), product.value(u"name")[locale].toString()},
                    {QLatin1StringView("quantity"), quantity},
                    {QLatin1StringView("price_cents"), price}});
                total += price * quantity;
            }
            // How far the order got, by its age; some are cancelled or returned.
            const qint64 age = now - placed;
            QStringList steps = flow.mid(0, std::min<qint64>(flow.size(), 1 + age / (9 * Hour)));
            if (steps.size() > 5 && steps.last() == u"delivered" && random.chance(0.5))
                steps.removeAt(5); // courier delivery skips the pickup point
            if (steps.size() >= 2 && random.chance(0.08))
                steps = QStringList{flow[0], flow[1], QStringLiteral("cancelled")};
            else if (steps.last() == u"delivered" && random.chance(0.08))
                steps.append(QStringLiteral("returned"));
            const QString number = QStringLiteral("HP-%1").arg(10000000 + random.below(89999999));
            customer.orderNumbers.append(number);
            const qint64 updated = placed + qint64(steps.size() - 1) * 8 * Hour;
            auto orderId = m_store.insert(
                QStringLiteral("INSERT INTO orders (customer_id, number, status, total_cents, "
                               "currency, items, delivery_method, created_at, updated_at) VALUES "
                               "(?, ?, ?, ?, 'RUB', ?, ?, ?, ?) RETURNING id"),
                {customer.id, number, steps.last(), total,
                 QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)),
                 deliveries[random.below(3)], placed, std::min(updated, now)});
            if (!orderId)
                return orderId.error();
            protocol::Order order;
            order.id = QString::number(orderId.value());
            order.number = number;
            order.status = steps.last();
            order.totalCents = total;
            order.items = items;
            order.createdAt = sql::time(placed);
            order.updatedAt = sql::time(std::min(updated, now));
            for (qsizetype s = 0; s < steps.size(); ++s) {
                const qint64 at = std::min(placed + s * 8 * Hour, now);
                auto step =
                    m_store.run(QStringLiteral("INSERT INTO order_status_history "
                                               "(order_id, status, note, at) VALUES (?, ?, '', ?)"),
                                {orderId.value(), steps[s], at});
                if (!step)
                    return step.error();
                order.history.append(protocol::OrderEvent{steps[s], QString(), sql::time(at)});
            }
            orderJson.append(order.toJson());
        }
        QJsonObject card = profile.toJson();
        card.insert(QLatin1StringView("orders"), orderJson);
        if (auto seq =
                m_changes.append(m_store, QStringLiteral("customer"), profile.id,
                                 QStringLiteral("create"), card, ChangeAudience::everyone(), now);
            !seq)
            return seq.error();
        customers.append(customer);
    }

    // Past tickets with conversations, spread over the last `days`.
    const QJsonArray topics = data.value(u"topics").toArray();
    static const QStringList channels{QStringLiteral("chat"),   QStringLiteral("chat"),
                                      QStringLiteral("chat"),   QStringLiteral("email"),
                                      QStringLiteral("email"),  QStringLiteral("web_form"),
                                      QStringLiteral("social"), QStringLiteral("phone")};
    int escalations = 0;
    QHash<qint64, int> liveChats; // chats in progress per operator
    for (int t = 0; t < size.tickets; ++t) {
        const Seeded &customer = customers[random.below(int(customers.size()))];
        const QJsonObject topic = random.pick(topics).toObject();
        const QString locale = customer.locale;
        const QString queue = topic.value(u"queue").toString();
        const QString channel = channels[random.below(int(channels.size()))];
        // Older tickets are finished; the last day holds the live work.
        // One in eight is from this shift, so the demo opens on live work.
        const qint64 created = random.chance(0.125)
                                   ? now - random.between(5 * Minute, 6 * Hour)
                                   : now - random.between(10 * Minute, size.days * Day);
        const bool recent = now - created < Day;
        QString status;
        if (!recent)
            status = random.chance(0.7) ? QStringLiteral("closed") : QStringLiteral("resolved");
        else {
            static const QStringList live{QStringLiteral("new"), QStringLiteral("open"),
                                          QStringLiteral("open"), QStringLiteral("pending"),
                                          QStringLiteral("resolved")};
            status = live[random.below(int(live.size()))];
        }
        const QList<qint64> &agents = agentsByQueue.value(queue);
        qint64 assignee =
            status == u"new" || agents.isEmpty() ? 0 : agents[random.below(int(agents.size()))];
        // A chat in progress takes one of its operator's places (routing never gives more than
        // DemoMaxChats); with none left it waits in its queue instead, as routing would leave it.
        if (assignee != 0 && channel == u"chat" && (status == u"open" || status == u"pending")) {
            if (liveChats.value(assignee) >= DemoMaxChats) {
                assignee = 0;
                status = QStringLiteral("new");
            } else {
                ++liveChats[assignee];
            }
        }
        const QString orderNumber =
            customer.orderNumbers[random.below(int(customer.orderNumbers.size()))];
        const QHash<QString, QString> values{
            {QStringLiteral("order_number"), orderNumber},
            {QStringLiteral("customer_name"), customer.name.section(u' ', 0, 0)},
            {QStringLiteral("operator_name"), names.value(assignee).section(u' ', 0, 0)},
            {QStringLiteral("tracking_number"),
             QStringLiteral("RP%1RU").arg(100000000 + random.below(899999999))},
            {QStringLiteral("date"),
             sql::time(created + 3 * Day).toString(QStringLiteral("dd.MM.yyyy"))},
            {QStringLiteral("amount"), QString::number(1000 + random.below(90000))},
            {QStringLiteral("claim_number"),
             QStringLiteral("CL-%1").arg(100000 + random.below(899999))},
        };
        const QString subject =
            fill(random.pickText(topic.value(u"subjects")[locale].toArray()), values);
        const bool isChat = channel == u"chat";
        const qint64 firstDue = created + (isChat ? Minute : 4 * Hour);

        // The conversation, in time order.
        struct Line
        {
            protocol::AuthorKind kind;
            qint64 author;
            bool internal;
            QString text;
            qint64 at;
        };
        QList<Line> lines;
        qint64 clock = created;
        if (isChat && random.chance(0.6)) {
            const QJsonArray transcript =
                random.pick(topic.value(u"bot_transcripts")[locale].toArray()).toArray();
            clock -= qint64(transcript.size()) * 20 * 1000;
            for (const QJsonValue &turn : transcript) {
                const bool bot = turn[QLatin1StringView("author")].toString() == u"bot";
                lines.append({bot ? protocol::AuthorKind::Bot : protocol::AuthorKind::Customer, 0,
                              false, fill(turn[QLatin1StringView("text")].toString(), values),
                              clock});
                clock += 20 * 1000;
            }
            clock = created;
        }
        lines.append({protocol::AuthorKind::Customer, 0, false,
                      fill(random.pickText(topic.value(u"openings")[locale].toArray()), values),
                      clock});
        qint64 firstResponse = 0;
        if (assignee != 0) {
            clock += isChat ? random.between(15 * 1000, 3 * Minute)
                            : random.between(20 * Minute, 6 * Hour);
            firstResponse = clock;
            lines.append(
                {protocol::AuthorKind::Operator, assignee, false,
                 fill(random.pickText(topic.value(u"operator_replies")[locale].toArray()), values),
                 clock});
            if (random.chance(0.15)) {
                clock += 30 * 1000;
                lines.append(
                    {protocol::AuthorKind::Operator, assignee, true,
                     locale == u"ru"
                         ? QStringLiteral("Проверил заказ %1 в системе.").arg(orderNumber)
                         : QStringLiteral("Checked order %1 in the back office.").arg(orderNumber),
                     clock});
            }
            if (random.chance(0.7)) {
                clock += isChat ? random.between(20 * 1000, 4 * Minute)
                                : random.between(Hour, 20 * Hour);
                lines.append(
                    {protocol::AuthorKind::Customer, 0, false,
                     fill(random.pickText(topic.value(u"follow_ups")[locale].toArray()), values),
                     clock});
                if (status != u"open" || random.chance(0.5)) {
                    clock += isChat ? random.between(15 * 1000, 2 * Minute)
                                    : random.between(30 * Minute, 5 * Hour);
                    lines.append(
                        {protocol::AuthorKind::Operator, assignee, false,
                         fill(random.pickText(topic.value(u"operator_replies")[locale].toArray()),
                              values),
                         clock});
                }
            }
        }
        // A ticket opened minutes ago cannot hold hours of conversation: squeeze the turns after
        // its opening into the time there was, in the same order, so nothing is in the future.
        if (const qint64 last = lines.last().at; last > now) {
            const double scale = double(now - created) / double(last - created);
            const auto squeeze = [&](qint64 at) {
                return at <= created ? at : created + qint64(double(at - created) * scale);
            };
            for (Line &line : lines)
                line.at = squeeze(line.at);
            firstResponse = firstResponse == 0 ? 0 : squeeze(firstResponse);
            clock = squeeze(clock);
        }
        const qint64 lastCustomer = [&] {
            qint64 at = created;
            for (const Line &line : lines)
                if (line.kind == protocol::AuthorKind::Customer)
                    at = line.at;
            return at;
        }();
        clock = std::min(clock, now);
        const bool finished = status == u"resolved" || status == u"closed";
        const QString resolution =
            finished ? random.pickText(topic.value(u"resolution_codes").toArray()) : QString();

        auto number = TicketService::nextNumber(m_store);
        if (!number)
            return number.error();
        auto ticketId = m_store.insert(
            QStringLiteral(
                "INSERT INTO tickets (number, channel, status, priority, queue_id, subject, "
                "customer_id, assignee_id, first_response_due, resolution_due, "
                "first_response_at, pending_since, resolved_at, resolution_code, "
                "last_customer_message_at, queued_at, assigned_at, created_at, updated_at) VALUES "
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {number.value(), channel, status,
             random.chance(0.1) ? QStringLiteral("high") : QStringLiteral("normal"), queue, subject,
             customer.id, sql::nullableId(assignee), firstDue, created + Day,
             sql::nullableId(firstResponse), status == u"pending" ? QVariant(clock) : QVariant(),
             finished ? QVariant(clock) : QVariant(), resolution, lastCustomer, created,
             assignee ? QVariant(created) : QVariant(), created, clock});
        if (!ticketId)
            return ticketId.error();
        auto ticket = m_tickets.get(m_store, ticketId.value());
        if (!ticket)
            return ticket.error();

        ChangeAudience audience;
        audience.scope = ChangeAudience::Scope::Ticket;
        audience.queueId = queue;
        audience.assigneeId = assignee;
        // Their changes are written once the escalation (if any) is known: a live escalation's
        // line sees the conversation, as EscalationService::create shares it.
        QList<protocol::Message> conversation;
        for (const Line &line : lines) {
            auto messageId = m_store.insert(
                QStringLiteral("INSERT INTO messages (ticket_id, author_kind, author_id, internal, "
                               "body, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                {ticketId.value(), protocol::toString(line.kind), sql::nullableId(line.author),
                 line.internal ? 1 : 0, line.text, line.at});
            if (!messageId)
                return messageId.error();
            protocol::Message message;
            message.id = QString::number(messageId.value());
            message.ticketId = ticket->id;
            message.authorKind = line.kind;
            message.authorId = line.author ? QString::number(line.author) : QString();
            message.authorName = names.value(line.author);
            message.internal = line.internal;
            message.body = line.text;
            message.createdAt = sql::time(line.at);
            conversation.append(message);
        }

        // Some conversations needed the 2nd line; a few of those were sent back.
        const QJsonObject escalation = topic.value(u"escalation").toObject();
        if (assignee != 0 && secondLine != 0 &&
            random.chance(escalation.value(u"probability").toDouble(0.1))) {
            const bool live = !finished;
            const QString outcome =
                live ? (random.chance(0.5) ? QStringLiteral("open") : QStringLiteral("accepted"))
                     : (random.chance(0.75) ? QStringLiteral("resolved")
                                            : QStringLiteral("returned"));
            const QString reason = random.pickText(escalation.value(u"reason_codes").toArray());
            const qint64 at = std::min(firstResponse + 2 * Minute, now);
            auto escalationId = m_store.insert(
                QStringLiteral(
                    "INSERT INTO escalations (ticket_id, from_operator_id, target_line, "
                    "reason_code, note, priority, status, handled_by, return_reason, "
                    "created_at, updated_at) VALUES (?, ?, 2, ?, ?, 'normal', ?, ?, ?, ?, ?) "
                    "RETURNING id"),
                {ticketId.value(), assignee, reason,
                 locale == u"ru"
                     ? QStringLiteral("Клиент просит решение, нужен второй уровень.")
                     : QStringLiteral("The customer needs a decision from the 2nd line."),
                 outcome, outcome == u"open" ? QVariant() : QVariant(secondLine),
                 outcome == u"returned" ? QStringLiteral("answer_in_kb") : QString(), at,
                 std::min(at + 30 * Minute, now)});
            if (!escalationId)
                return escalationId.error();
            if (live) {
                auto marked = m_store.run(
                    QStringLiteral("UPDATE tickets SET escalation_line = 2 WHERE id = ?"),
                    {ticketId.value()});
                if (!marked)
                    return marked.error();
                ticket = m_tickets.get(m_store, ticketId.value());
                if (!ticket)
                    return ticket.error();
                audience.escalationLine = 2;
            }
            protocol::Escalation record;
            record.id = QString::number(escalationId.value());
            record.ticketId = ticket->id;
            record.fromOperatorId = QString::number(assignee);
            record.targetLine = 2;
            record.reasonCode = reason;
            record.status = protocol::escalationStatusFromString(outcome).value_or(
                protocol::EscalationStatus::Open);
            record.handledBy = outcome == u"open" ? QString() : QString::number(secondLine);
            record.returnReason =
                outcome == u"returned" ? QStringLiteral("answer_in_kb") : QString();
            record.createdAt = sql::time(at);
            record.updatedAt = sql::time(std::min(at + 30 * Minute, now));
            ChangeAudience escalationAudience = audience;
            escalationAudience.escalationLine = 2;
            if (auto written = appendMessages(conversation, audience, now); !written)
                return written.error();
            conversation.clear();
            if (auto seq = m_changes.append(m_store, QStringLiteral("escalation"), record.id,
                                            QStringLiteral("create"), record.toJson(),
                                            escalationAudience, now);
                !seq)
                return seq.error();
            ++escalations;
        }
        if (auto written = appendMessages(conversation, audience, now); !written)
            return written.error();
        if (auto seq =
                m_tickets.recordChange(m_store, ticket.value(), QStringLiteral("create"), {}, 0);
            !seq)
            return seq.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcDemo) << "seeded" << customers.size() << "customers," << size.tickets << "tickets,"
                   << escalations << "escalations";
    return true;
}

Result<void> DemoSeeder::appendMessages(const QList<protocol::Message> &messages,
                                        const ChangeAudience &audience, qint64 now)
{
    for (const protocol::Message &message : messages) {
        if (auto seq = m_changes.append(m_store, QStringLiteral("message"), message.id,
                                        QStringLiteral("create"), message.toJson(), audience, now);
            !seq)
            return seq.error();
    }
    return {};
}

} // namespace frontline::server

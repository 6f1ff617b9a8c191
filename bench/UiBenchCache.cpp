#include "bench/UiBenchCache.h"

#include "app/store/ChangeFeedApplier.h"
#include "app/store/LocalStore.h"
#include "protocol/Ticket.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace frontline::bench {

static QStringList vocabulary()
{
    static const QStringList words{
        QStringLiteral("заказ"),    QStringLiteral("доставка"), QStringLiteral("возврат"),
        QStringLiteral("оплата"),   QStringLiteral("курьер"),   QStringLiteral("посылка"),
        QStringLiteral("карта"),    QStringLiteral("скидка"),   QStringLiteral("гарантия"),
        QStringLiteral("адрес"),    QStringLiteral("order"),    QStringLiteral("refund"),
        QStringLiteral("delivery"), QStringLiteral("payment"),  QStringLiteral("courier"),
        QStringLiteral("parcel"),   QStringLiteral("warranty"), QStringLiteral("discount"),
        QStringLiteral("address"),  QStringLiteral("invoice"),  QStringLiteral("status"),
        QStringLiteral("account"),  QStringLiteral("password"), QStringLiteral("bonus")};
    static const QStringList syllables{
        QStringLiteral("ка"), QStringLiteral("ро"), QStringLiteral("ми"), QStringLiteral("ст"),
        QStringLiteral("ве"), QStringLiteral("ol"), QStringLiteral("ar"), QStringLiteral("en"),
        QStringLiteral("ti"), QStringLiteral("us")};
    QStringList list = words;
    QRandomGenerator random(7);
    while (list.size() < 5000) {
        QString word;
        for (int i = 0, n = 2 + random.bounded(3); i < n; ++i)
            word += syllables.at(random.bounded(syllables.size()));
        list.append(word);
    }
    return list;
}

QString words(QRandomGenerator &random, int count)
{
    static const QStringList all = vocabulary();
    QStringList text;
    for (int i = 0; i < count; ++i) {
        const double u = random.generateDouble(); // skewed: the first words are common
        text.append(all.at(std::min<qsizetype>(all.size() - 1, qsizetype(u * u * u * all.size()))));
    }
    return text.join(u' ');
}

QString iso(const QDateTime &time)
{
    return time.toString(Qt::ISODateWithMs);
}

QJsonObject messageJson(const QString &id, const QString &ticketId, bool customer,
                        const QString &body, const QDateTime &at)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("ticket_id"), ticketId},
            {QStringLiteral("author_kind"),
             customer ? QStringLiteral("customer") : QStringLiteral("operator")},
            {QStringLiteral("author_id"), customer ? QString() : Me},
            {QStringLiteral("author_name"),
             customer ? QStringLiteral("Анна Иванова") : QStringLiteral("Ольга")},
            {QStringLiteral("internal"), false},
            {QStringLiteral("body"), body},
            {QStringLiteral("created_at"), iso(at)}};
}

namespace {

QString customerName(int n)
{
    static const QStringList first{
        QStringLiteral("Анна"),    QStringLiteral("Борис"),   QStringLiteral("Виктор"),
        QStringLiteral("Галина"),  QStringLiteral("Дмитрий"), QStringLiteral("Елена"),
        QStringLiteral("Жанна"),   QStringLiteral("Игорь"),   QStringLiteral("Ксения"),
        QStringLiteral("Олег"),    QStringLiteral("John"),    QStringLiteral("Maria"),
        QStringLiteral("Aigerim"), QStringLiteral("Nurlan"),  QStringLiteral("Светлана")};
    static const QStringList last{
        QStringLiteral("Иванова"),  QStringLiteral("Петров"),   QStringLiteral("Смирнова"),
        QStringLiteral("Кузнецов"), QStringLiteral("Попова"),   QStringLiteral("Соколов"),
        QStringLiteral("Лебедева"), QStringLiteral("Козлов"),   QStringLiteral("Новикова"),
        QStringLiteral("Морозов"),  QStringLiteral("Smith"),    QStringLiteral("Garcia"),
        QStringLiteral("Ахметова"), QStringLiteral("Сейткали"), QStringLiteral("Волков"),
        QStringLiteral("Зайцева"),  QStringLiteral("Павлов"),   QStringLiteral("Семенова")};
    return first.at(n % first.size()) + u' ' + last.at((n / first.size()) % last.size()) + u' ' +
           QString::number(n);
}

// Feeds changes to ChangeFeedApplier in pages of 500, as the sync engine does.
class FeedWriter
{
public:
    explicit FeedWriter(app::LocalStore &store)
        : m_store(store)
    {}
    ~FeedWriter() { flush(); }

    void add(const QString &entity, const QString &id, const QJsonObject &data)
    {
        m_page.append(QJsonObject{{QStringLiteral("seq"), ++m_seq},
                                  {QStringLiteral("entity"), entity},
                                  {QStringLiteral("id"), id},
                                  {QStringLiteral("op"), QStringLiteral("upsert")},
                                  {QStringLiteral("data"), data}});
        ++m_count;
        if (m_page.size() == 500)
            flush();
    }
    void flush()
    {
        if (m_page.isEmpty())
            return;
        auto applied = app::ChangeFeedApplier(m_store).applyPage(
            {{QStringLiteral("changes"), m_page}, {QStringLiteral("next"), m_seq}});
        if (!applied)
            qFatal("feed page: %s", qPrintable(applied.error().message));
        m_page = {};
    }
    qint64 count() const { return m_count; }

private:
    app::LocalStore &m_store;
    QJsonArray m_page;
    qint64 m_seq = 0;
    qint64 m_count = 0;
};

void addOperatorsAndCustomers(FeedWriter &feed)
{
    for (int o = 1; o <= Operators; ++o) {
        const QString id = u"op" + QString::number(o);
        feed.add(QStringLiteral("operator"), id,
                 {{QStringLiteral("id"), id},
                  {QStringLiteral("display_name"),
                   o == 1 ? QStringLiteral("Ольга") : QString(u"Operator " + QString::number(o))},
                  {QStringLiteral("line"), o == 12 ? 2 : 1},
                  {QStringLiteral("team"), QStringLiteral("orders")}});
    }
    for (int c = 1; c <= Customers; ++c) {
        const QString id = u"c" + QString::number(c);
        feed.add(QStringLiteral("customer"), id,
                 {{QStringLiteral("id"), id},
                  {QStringLiteral("name"), customerName(c)},
                  {QStringLiteral("email"), QStringLiteral("customer%1@example.org").arg(c)},
                  {QStringLiteral("phone"), QStringLiteral("+7 900 %1").arg(c, 7, 10, QChar(u'0'))},
                  {QStringLiteral("city"), QStringLiteral("Москва")},
                  {QStringLiteral("locale"), QStringLiteral("ru")},
                  {QStringLiteral("orders"), QJsonArray()}});
    }
}

void addArticlesAndMacros(FeedWriter &feed, QRandomGenerator &random, const QDateTime &now)
{
    for (int a = 1; a <= 500; ++a) {
        const QString id = u"kb" + QString::number(a);
        feed.add(
            QStringLiteral("kb_article"), id,
            {{QStringLiteral("id"), id},
             {QStringLiteral("slug"), QString(u"article-" + QString::number(a))},
             {QStringLiteral("locale"), a % 3 == 0 ? QStringLiteral("en") : QStringLiteral("ru")},
             {QStringLiteral("title"), words(random, 5)},
             {QStringLiteral("body"), words(random, 120)},
             {QStringLiteral("tags"), QJsonArray()},
             {QStringLiteral("version"), 1},
             {QStringLiteral("updated_at"), iso(now.addDays(-30))}});
    }
    for (int m = 1; m <= 40; ++m) {
        const QString id = u"macro" + QString::number(m);
        feed.add(QStringLiteral("macro"), id,
                 {{QStringLiteral("id"), id},
                  {QStringLiteral("slug"), id},
                  {QStringLiteral("locale"), QStringLiteral("ru")},
                  {QStringLiteral("title"), words(random, 3)},
                  {QStringLiteral("shortcut"), QString()},
                  {QStringLiteral("body"), words(random, 25)}});
    }
}

protocol::TicketStatus statusOf(QRandomGenerator &random, bool newest)
{
    const int s = random.bounded(100);
    using Status = protocol::TicketStatus;
    if (newest) {
        return s < 25   ? Status::New
               : s < 60 ? Status::Open
               : s < 75 ? Status::Pending
               : s < 90 ? Status::Resolved
                        : Status::Closed;
    }
    return s < 1    ? Status::Open
           : s < 2  ? Status::Pending
           : s < 32 ? Status::Resolved
                    : Status::Closed;
}

// Ticket `n` of `tickets`, created over the last half year; `conversation`: one of mine with a
// long conversation.
protocol::Ticket synthesizeTicket(QRandomGenerator &random, int n, int tickets,
                                  const QDateTime &now, bool conversation)
{
    static const char *channels[] = {"chat",  "chat",     "chat",  "chat",  "email",
                                     "email", "web_form", "phone", "phone", "social"};
    static const char *queues[] = {"orders", "returns", "payments", "delivery"};
    const qint64 span = 180LL * 24 * 3600;
    protocol::Ticket ticket;
    ticket.id = u"t" + QString::number(n);
    ticket.number = n;
    const QString channel = QString::fromLatin1(channels[random.bounded(10)]);
    ticket.channel = protocol::channelFromString(channel).value();
    ticket.queue = QString::fromLatin1(queues[random.bounded(4)]);
    const int p = random.bounded(100);
    ticket.priority = p < 10   ? protocol::Priority::Low
                      : p < 70 ? protocol::Priority::Normal
                      : p < 92 ? protocol::Priority::High
                               : protocol::Priority::Urgent;
    ticket.subject = words(random, 3 + random.bounded(5));
    ticket.customerId = u"c" + QString::number(1 + random.bounded(Customers));
    ticket.createdAt = now.addSecs(-span + span * n / tickets);
    ticket.status = statusOf(random, n > tickets * 9 / 10);
    if (conversation)
        ticket.status = protocol::TicketStatus::Open;
    if (ticket.status != protocol::TicketStatus::New || random.bounded(100) < 15)
        ticket.assigneeId = u"op" + QString::number(1 + random.bounded(Operators));
    if (conversation)
        ticket.assigneeId = Me;
    const int firstResponse = channel == u"chat" ? 2 * 60 : channel == u"email" ? 4 * 3600 : 3600;
    ticket.firstResponseDue = ticket.createdAt.addSecs(firstResponse);
    ticket.resolutionDue = ticket.createdAt.addSecs(channel == u"chat" ? 86400 : 3 * 86400);
    if (ticket.status != protocol::TicketStatus::New)
        ticket.firstResponseAt = ticket.createdAt.addSecs(random.bounded(firstResponse * 2));
    ticket.lastCustomerMessageAt = ticket.createdAt.addSecs(random.bounded(3600));
    if (ticket.status == protocol::TicketStatus::Resolved ||
        ticket.status == protocol::TicketStatus::Closed)
        ticket.resolutionCode = QStringLiteral("answered");
    ticket.version = 1 + random.bounded(6);
    ticket.updatedAt = ticket.lastCustomerMessageAt;
    return ticket;
}

void addMessages(FeedWriter &feed, QRandomGenerator &random, const protocol::Ticket &ticket,
                 int count, int &seqMessage)
{
    QDateTime at = ticket.createdAt;
    for (int m = 0; m < count; ++m) {
        const QString id = u"m" + QString::number(++seqMessage);
        const bool customer = m % 2 == 0;
        QString body = words(random, 5 + random.bounded(40));
        if (m % 17 == 5)
            body += QStringLiteral(" https://shop.example.org/orders/%1").arg(ticket.number);
        feed.add(QStringLiteral("message"), id, messageJson(id, ticket.id, customer, body, at));
        at = at.addSecs(20 + random.bounded(120));
    }
}

void addTickets(FeedWriter &feed, QRandomGenerator &random, const QDateTime &now, int tickets,
                int messages, CacheFacts &facts)
{
    const int conversationA = tickets - 3;
    const int conversationB = tickets - 7;
    int seqMessage = 0;
    for (int n = 1; n <= tickets; ++n) {
        const bool conversation = n == conversationA || n == conversationB;
        const protocol::Ticket ticket = synthesizeTicket(random, n, tickets, now, conversation);
        using Status = protocol::TicketStatus;
        feed.add(QStringLiteral("ticket"), ticket.id, ticket.toJson());
        ++facts.tickets;
        if (ticket.status != Status::New && ticket.status != Status::Open &&
            ticket.status != Status::Pending)
            continue;
        ++facts.active;
        if (ticket.assigneeId == Me)
            ++facts.mine;
        addMessages(feed, random, ticket,
                    conversation ? messages : (ticket.status == Status::New ? 1 : 2), seqMessage);
    }
    facts.conversations = {u"t" + QString::number(conversationA),
                           u"t" + QString::number(conversationB)};
}

} // namespace

CacheFacts buildCache(const QString &path, int tickets, int messages)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal");
    QFile::remove(path + u"-shm");
    app::LocalStore store;
    if (auto opened = store.open(path); !opened)
        qFatal("%s", qPrintable(opened.error().message));
    CacheFacts facts;
    QRandomGenerator random(42);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        FeedWriter feed(store);
        addOperatorsAndCustomers(feed);
        addArticlesAndMacros(feed, random, now);
        addTickets(feed, random, now, tickets, messages, facts);
        feed.flush();
        facts.changes = feed.count();
    }
    store.close();
    return facts;
}

} // namespace frontline::bench

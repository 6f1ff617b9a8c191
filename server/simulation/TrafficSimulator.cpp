#include "server/simulation/TrafficSimulator.h"

#include "server/domain/IntakeService.h"
#include "server/metrics/CsatService.h"
#include "server/storage/Store.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSimulator, "backoffice.simulator")

namespace frontline::server {
namespace {

// Hopper's topics: order status, cancellation, order change, return/claim, delivery, payment;
// then Lavka's: its orders (missing items, substitutions, refunds) and its deliveries.
// [topic][0 = en, 1 = ru][variant]; %1 is an order number.
constexpr int HopperTopics = 6;
constexpr int Topics = 8;
constexpr const char *Openings[Topics][2][3] = {
    {{"Hi, where is my order %1? It was supposed to arrive yesterday.",
      "Can you tell me the status of order %1?", "My order %1 still says 'processing'. Why?"},
     {"Здравствуйте, где мой заказ %1? Обещали доставить вчера.",
      "Подскажите статус заказа %1, пожалуйста.", "Заказ %1 всё ещё «в обработке». Почему?"}},
    {{"I want to cancel order %1, please.", "Please cancel %1, I ordered the wrong size.",
      "How do I cancel my order %1? It has not shipped yet."},
     {"Хочу отменить заказ %1.", "Отмените, пожалуйста, заказ %1 — ошиблась с размером.",
      "Как отменить заказ %1? Он ещё не отправлен."}},
    {{"Can I change the delivery address of order %1?", "I'd like to add an item to order %1.",
      "Please change the colour in order %1 to black."},
     {"Можно изменить адрес доставки заказа %1?", "Хочу добавить товар в заказ %1.",
      "Поменяйте, пожалуйста, цвет в заказе %1 на чёрный."}},
    {{"The kettle from order %1 arrived broken. I want a refund.",
      "How do I return an item from order %1?", "Order %1: wrong item in the box, need a claim."},
     {"Чайник из заказа %1 пришёл разбитым. Хочу вернуть деньги.",
      "Как вернуть товар из заказа %1?", "Заказ %1: в коробке не тот товар, хочу претензию."}},
    {{"The courier did not come for order %1.", "Can order %1 go to a pickup point instead?",
      "Tracking for %1 has not moved for five days."},
     {"Курьер так и не приехал с заказом %1.", "Можно доставить заказ %1 в пункт выдачи?",
      "Трек заказа %1 не обновляется пять дней."}},
    {{"I was charged twice for order %1.", "Payment for %1 failed but money left my card.",
      "Can I pay for order %1 on delivery?"},
     {"С меня дважды списали деньги за заказ %1.", "Оплата заказа %1 не прошла, а деньги списаны.",
      "Можно оплатить заказ %1 при получении?"}},
    {{"There's no milk in my bag, order %1.", "They replaced the cheese in %1 without asking.",
      "The strawberries in order %1 were mouldy."},
     {"В пакете нет молока, заказ %1.", "В заказе %1 заменили сыр без спроса.",
      "Клубника в заказе %1 с плесенью."}},
    {{"My groceries %1 are 40 minutes late.", "The courier with %1 is not moving on the map.",
      "Can the courier with %1 leave it at the door?"},
     {"Продукты %1 опаздывают на 40 минут.", "Курьер с заказом %1 стоит на карте.",
      "Может курьер оставить заказ %1 у двери?"}},
};

constexpr const char *Answers[Topics][2][3] = {
    {{"Thanks. Any date yet?", "OK, I'll wait.", "It still hasn't come..."},
     {"Спасибо. А когда примерно?", "Хорошо, жду.", "Всё ещё не пришёл..."}},
    {{"Yes, please cancel it.", "When will I get the money back?", "Thank you!"},
     {"Да, отменяйте.", "Когда вернутся деньги?", "Спасибо!"}},
    {{"The new address is Lenina 5, flat 12.", "Great, thanks.", "Will the price change?"},
     {"Новый адрес: Ленина 5, кв. 12.", "Отлично, спасибо.", "А цена изменится?"}},
    {{"I've attached a photo.", "Where do I bring it?", "OK, thanks."},
     {"Приложила фото.", "Куда его привезти?", "Хорошо, спасибо."}},
    {{"I'll be home after 6 pm.", "Pickup point is fine.", "Thanks for checking."},
     {"Я буду дома после 18:00.", "Пункт выдачи подходит.", "Спасибо, что проверили."}},
    {{"Here is the receipt.", "How long will the refund take?", "Thanks, that helps."},
     {"Вот чек.", "Сколько ждать возврата?", "Спасибо, помогло."}},
    {{"Can it go to my Lavka account?", "OK, thanks.", "Here's a photo."},
     {"А можно на счёт в Лавке?", "Хорошо, спасибо.", "Вот фото."}},
    {{"I'm at home, entrance 2.", "OK, I'll wait.", "Thanks for the credit."},
     {"Я дома, второй подъезд.", "Хорошо, подожду.", "Спасибо за баллы."}},
};

// The queue of each topic.
const char *const TopicQueues[Topics] = {"orders",   "orders",  "orders",       "returns",
                                         "delivery", "payment", "lavka-orders", "lavka-delivery"};

constexpr const char *BotTurns[2][3] = {
    {"operator", "I can help with orders, delivery and returns. What happened?",
     "I'm passing you to an operator."},
    {"оператор", "Я помогу с заказами, доставкой и возвратами. Что случилось?",
     "Передаю вас оператору."},
};

} // namespace

TrafficSimulator::TrafficSimulator(Store &store, IntakeService &intake, CsatService &csat,
                                   Clock clock, Options options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_intake(intake)
    , m_csat(csat)
    , m_clock(std::move(clock))
    , m_options(options)
    , m_random(options.seed)
    , m_replies(options.seed + 1)
{}

TrafficSimulator::~TrafficSimulator() = default;

void TrafficSimulator::start()
{
    if (m_contacts || m_options.contactsPerMinute <= 0)
        return;
    if (auto loaded = loadCustomers(); !loaded) {
        qCWarning(lcSimulator).noquote() << "not starting:" << loaded.error().message;
        return;
    }
    m_contacts = new QTimer(this);
    const int interval = std::max(1, 60000 / m_options.contactsPerMinute);
    const int perTick = std::max(1, m_options.contactsPerMinute / 60000);
    connect(m_contacts, &QTimer::timeout, this, [this, perTick] {
        for (int i = 0; i < perTick; ++i) {
            if (auto made = makeContact(); !made) {
                qCWarning(lcSimulator).noquote() << "contact:" << made.error().message;
                return;
            }
        }
    });
    m_contacts->start(interval);
    m_followUps = new QTimer(this);
    connect(m_followUps, &QTimer::timeout, this, [this] {
        if (auto done = followUp(); !done)
            qCWarning(lcSimulator).noquote() << "follow-up:" << done.error().message;
    });
    m_followUps->start(2000);
    qCInfo(lcSimulator) << "simulating" << m_options.contactsPerMinute << "contacts a minute from"
                        << m_customers.size() << "customers";
}

Result<void> TrafficSimulator::loadCustomers()
{
    auto query = m_store.run(QStringLiteral(
        "SELECT c.external_id, c.name, c.locale, COALESCE((SELECT MIN(o.number) FROM orders o "
        "WHERE o.customer_id = c.id), ''), COALESCE(p.slug, '') FROM customers c "
        "LEFT JOIN projects p ON p.id = c.project_id WHERE c.external_id IS NOT NULL "
        "ORDER BY c.id LIMIT 1000"));
    if (!query)
        return query.error();
    m_customers.clear();
    while (query.value()->next()) {
        const QSqlQuery &row = *query.value();
        // The intake finds each again in their store by this id.
        m_customers.append(Customer{row.value(0).toString(), row.value(1).toString(),
                                    row.value(2).toString(), row.value(3).toString(),
                                    row.value(4).toString() == u"lavka"});
    }
    query.value()->finish();
    if (m_customers.isEmpty()) {
        for (int i = 0; i < 50; ++i) {
            const bool russian = i % 3 != 0;
            m_customers.append(Customer{QStringLiteral("sim-%1").arg(i),
                                        russian ? QStringLiteral("Покупатель %1").arg(i)
                                                : QStringLiteral("Customer %1").arg(i),
                                        russian ? QStringLiteral("ru") : QStringLiteral("en"),
                                        QStringLiteral("HP-%1").arg(20000000 + i), false});
        }
    }
    return {};
}

QString TrafficSimulator::say(const Conversation &conversation, const char *const (&lines)[8][2][3],
                              QRandomGenerator &random)
{
    const Customer &customer = m_customers.at(conversation.customer);
    const int language = customer.locale == u"ru" ? 1 : 0;
    const QString order =
        customer.orderNumber.isEmpty() ? QStringLiteral("HP-10000001") : customer.orderNumber;
    const QString text = QString::fromUtf8(lines[conversation.topic][language][random.bounded(3)]);
    return text.contains(u"%1") ? text.arg(order) : text;
}

Result<void> TrafficSimulator::send(qint64 ticketId, Conversation &conversation,
                                    const QString &text)
{
    const Customer &customer = m_customers.at(conversation.customer);
    QJsonObject body{
        {QLatin1StringView("channel"), conversation.channel},
        {QLatin1StringView("external_message_id"),
         QStringLiteral("sim-%1-%2-%3").arg(m_options.seed).arg(m_clock()).arg(++m_serial)},
        {QLatin1StringView("customer"),
         QJsonObject{{QLatin1StringView("external_id"), customer.externalId},
                     {QLatin1StringView("name"), customer.name}}},
        {QLatin1StringView("text"), text},
    };
    auto queue = m_store.scalar(QStringLiteral("SELECT id FROM queues WHERE id = ?"),
                                {QString::fromLatin1(TopicQueues[conversation.topic])});
    if (!queue)
        return queue.error();
    if (!queue.value().isNull())
        body.insert(QLatin1StringView("queue"), queue.value().toString());
    if (ticketId == 0 && conversation.channel == u"chat" && m_random.bounded(10) < 7) {
        // Most chats come from the chatbot, which could not help.
        const int language = customer.locale == u"ru" ? 1 : 0;
        QJsonArray transcript;
        for (int turn = 0; turn < 3; ++turn) {
            transcript.append(QJsonObject{
                {QLatin1StringView("author"),
                 turn == 0 ? QStringLiteral("customer") : QStringLiteral("bot")},
                {QLatin1StringView("text"), QString::fromUtf8(BotTurns[language][turn])}});
        }
        body.insert(QLatin1StringView("bot_transcript"), transcript);
    }
    if (conversation.channel == u"email" || conversation.channel == u"web_form")
        body.insert(QLatin1StringView("subject"), text.left(60));
    if (ticketId != 0 && conversation.channel == u"chat" && m_customerTyping) {
        // As a chat widget reports its customer's keystrokes, found as an adapter would find it.
        auto open = m_intake.conversationOf(m_store, body);
        if (open) {
            if (auto told = m_customerTyping(m_store, open.value()); !told)
                return told.error();
        } else if (open.error().code != u"not_found") {
            return open.error();
        }
    }
    auto received = m_intake.receive(m_store, 0, body); // the simulator has no account
    if (!received)
        return received.error();
    m_conversations.insert(received->ticketId.toLongLong(), conversation);
    return {};
}

Result<QString> TrafficSimulator::makeContact()
{
    if (m_customers.isEmpty()) {
        if (auto loaded = loadCustomers(); !loaded)
            return loaded.error();
    }
    Conversation conversation;
    conversation.customer = int(m_random.bounded(quint32(m_customers.size())));
    const bool lavka = m_customers.at(conversation.customer).lavka;
    conversation.topic = lavka ? HopperTopics + int(m_random.bounded(Topics - HopperTopics))
                               : int(m_random.bounded(HopperTopics));
    const int roll = int(m_random.bounded(100));
    conversation.channel = roll < 60   ? QStringLiteral("chat")
                           : roll < 80 ? QStringLiteral("email")
                           : roll < 90 ? QStringLiteral("web_form")
                                       : QStringLiteral("social");
    const QString text = say(conversation, Openings, m_random);
    if (auto sent = send(0, conversation, text); !sent)
        return sent.error();
    return text;
}

Result<void> TrafficSimulator::followUp()
{
    if (m_conversations.isEmpty())
        return {};
    // Replies to our customers: read them (as their channel adapter) and maybe answer.
    auto replies = m_store.run(QStringLiteral(
        "SELECT id, ticket_id FROM outbound WHERE acked_at IS NULL ORDER BY id LIMIT 500"));
    if (!replies)
        return replies.error();
    QList<QPair<qint64, qint64>> ours;
    while (replies.value()->next()) {
        const qint64 ticketId = replies.value()->value(1).toLongLong();
        if (m_conversations.contains(ticketId))
            ours.append({replies.value()->value(0).toLongLong(), ticketId});
    }
    replies.value()->finish();
    for (const auto &[outboundId, ticketId] : std::as_const(ours)) {
        auto acked = m_store.run(
            QStringLiteral("UPDATE outbound SET acked_at = ? WHERE id = ? AND acked_at IS NULL"),
            {m_clock(), outboundId});
        if (!acked)
            return acked.error();
        Conversation conversation = m_conversations.value(ticketId);
        if (conversation.left)
            continue;
        const int roll = int(m_replies.bounded(100));
        if (roll < 15) {
            conversation.left = true; // the customer got bored and closed the window
        } else if (roll < 75 && conversation.answers < 3) {
            ++conversation.answers;
            if (auto sent = send(ticketId, conversation, say(conversation, Answers, m_replies));
                !sent)
                return sent.error();
        }
        m_conversations.insert(ticketId, conversation);
    }

    // Resolved tickets: most customers leave a score, mostly good.
    QList<qint64> resolved;
    auto statuses = m_store.run(
        QStringLiteral(
            "SELECT id FROM tickets WHERE status IN ('resolved', 'closed') AND updated_at >= ? "
            "ORDER BY id"),
        {m_clock() - 10 * 60 * 1000});
    if (!statuses)
        return statuses.error();
    while (statuses.value()->next()) {
        const qint64 id = statuses.value()->value(0).toLongLong();
        if (m_conversations.contains(id))
            resolved.append(id);
    }
    statuses.value()->finish();
    for (qint64 ticketId : std::as_const(resolved)) {
        m_conversations.remove(ticketId);
        if (m_replies.bounded(10) >= 7)
            continue;
        static constexpr int Scores[] = {5, 5, 5, 4, 4, 4, 3, 2, 1, 5};
        const int score = Scores[m_replies.bounded(10)];
        auto recorded = m_csat.record(
            m_store, QJsonObject{{QLatin1StringView("ticket_id"), QString::number(ticketId)},
                                 {QLatin1StringView("score"), score}});
        if (!recorded)
            return recorded.error();
    }
    return {};
}

} // namespace frontline::server

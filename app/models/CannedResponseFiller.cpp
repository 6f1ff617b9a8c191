#include "app/models/CannedResponseFiller.h"

#include "app/store/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace frontline::app {

namespace {

// Words the customer reads, in the response's language, not the operator's: the screen's
// translations (tr) would put English words into a Russian reply and the other way round.
QString orderStatusFor(const QString &status, const QString &locale)
{
    static const QHash<QString, std::pair<QString, QString>> names{
        {QStringLiteral("created"), {QStringLiteral("placed"), QStringLiteral("оформлен")}},
        {QStringLiteral("paid"), {QStringLiteral("paid"), QStringLiteral("оплачен")}},
        {QStringLiteral("assembling"),
         {QStringLiteral("being assembled"), QStringLiteral("собирается")}},
        {QStringLiteral("handed_to_courier"),
         {QStringLiteral("handed to the courier"), QStringLiteral("передан курьеру")}},
        {QStringLiteral("in_transit"), {QStringLiteral("in transit"), QStringLiteral("в пути")}},
        {QStringLiteral("at_pickup_point"),
         {QStringLiteral("at the pickup point"), QStringLiteral("в пункте выдачи")}},
        {QStringLiteral("delivered"), {QStringLiteral("delivered"), QStringLiteral("доставлен")}},
        {QStringLiteral("cancelled"), {QStringLiteral("cancelled"), QStringLiteral("отменён")}},
        {QStringLiteral("returned"), {QStringLiteral("returned"), QStringLiteral("возвращён")}},
    };
    const auto found = names.constFind(status);
    if (found == names.constEnd())
        return QString(status).replace(u'_', u' ');
    return locale == u"ru" ? found->second : found->first;
}

QString deliveryFor(const QString &method, const QString &locale)
{
    static const QHash<QString, std::pair<QString, QString>> names{
        {QStringLiteral("courier"), {QStringLiteral("courier"), QStringLiteral("курьер")}},
        {QStringLiteral("pickup_point"),
         {QStringLiteral("pickup point"), QStringLiteral("пункт выдачи")}},
        {QStringLiteral("post"), {QStringLiteral("Russian Post"), QStringLiteral("Почта России")}},
    };
    const auto found = names.constFind(method);
    if (found == names.constEnd())
        return QString(method).replace(u'_', u' ');
    return locale == u"ru" ? found->second : found->first;
}

QString totalFor(const protocol::Order &order, const QLocale &locale)
{
    const QString symbol = order.currency == u"RUB" || order.currency.isEmpty()
                               ? QStringLiteral("₽")
                               : order.currency;
    const int decimals = order.totalCents % 100 == 0 ? 0 : 2;
    return locale.toString(double(order.totalCents) / 100.0, 'f', decimals) + u'\u00a0' + symbol;
}

QString itemsOf(const protocol::Order &order)
{
    QStringList names;
    for (const QJsonValue &item : order.items) {
        const QString name = item.toObject().value(u"name").toString();
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

CannedResponseFiller::CannedResponseFiller(const LocalStore &store, const QString &operatorName)
    : m_store(store)
    , m_operatorName(operatorName)
{}

QString CannedResponseFiller::firstName(const QString &fullName)
{
    return fullName.simplified().section(u' ', 0, 0);
}

QList<Placeholder> CannedResponseFiller::placeholdersIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z][a-z0-9_]*)\\}"));
    QList<Placeholder> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found.append(Placeholder{int(match.capturedStart()), int(match.capturedLength()),
                                 match.captured(1)});
    }
    return found;
}

QString CannedResponseFiller::fillWith(const QString &body, const QHash<QString, QString> &values)
{
    QString filled;
    int from = 0;
    for (const Placeholder &placeholder : placeholdersIn(body)) {
        const QString value = values.value(placeholder.name);
        if (value.isEmpty())
            continue; // an empty value would leave a hole no one notices: keep it to be edited
        filled += QStringView(body).mid(from, placeholder.position - from);
        filled += value;
        from = placeholder.position + placeholder.length;
    }
    filled += QStringView(body).mid(from);
    return filled;
}

Result<QString> CannedResponseFiller::fill(const QString &body, const QString &ticketId,
                                           const QString &locale) const
{
    if (placeholdersIn(body).isEmpty())
        return body;
    auto values = valuesFor(ticketId, locale);
    if (!values)
        return values.error();
    return fillWith(body, values.value());
}

Result<QHash<QString, QString>> CannedResponseFiller::valuesFor(const QString &ticketId,
                                                                const QString &locale) const
{
    QHash<QString, QString> values;
    if (const QString name = firstName(m_operatorName); !name.isEmpty())
        values.insert(QStringLiteral("operator_name"), name);
    auto cached = m_store.ticket(ticketId);
    if (!cached)
        return cached.error();
    if (!cached.value())
        return values;
    const protocol::Ticket &ticket = cached.value()->ticket;
    if (ticket.number > 0)
        values.insert(QStringLiteral("ticket_number"), QString::number(ticket.number));
    if (!ticket.customerId.isEmpty()) {
        auto name = m_store.read(QStringLiteral("SELECT name FROM customers WHERE id = ?"),
                                 {ticket.customerId});
        if (!name)
            return name.error();
        if (name.value().next() && !firstName(name->value(0).toString()).isEmpty())
            values.insert(QStringLiteral("customer_name"), firstName(name->value(0).toString()));
    }
    auto order = orderOf(ticketId);
    if (!order)
        return order.error();
    if (const std::optional<protocol::Order> &o = order.value()) {
        const QLocale language(locale.isEmpty() ? QStringLiteral("en") : locale);
        values.insert(QStringLiteral("order_number"), o->number);
        values.insert(QStringLiteral("order_status"), orderStatusFor(o->status, locale));
        if (o->createdAt.isValid()) {
            values.insert(QStringLiteral("order_date"),
                          language.toString(o->createdAt.toLocalTime().date(),
                                            QStringLiteral("d MMMM yyyy")));
        }
        values.insert(QStringLiteral("order_total"), totalFor(*o, language));
        values.insert(QStringLiteral("delivery_method"), deliveryFor(o->deliveryMethod, locale));
        values.insert(QStringLiteral("order_items"), itemsOf(*o));
    }
    // Only what the cache holds: a field the order lacks stays a placeholder (fillWith).
    for (auto it = values.begin(); it != values.end();)
        it = it->isEmpty() ? values.erase(it) : std::next(it);
    return values;
}

Result<QString> CannedResponseFiller::customerLocale(const QString &ticketId) const
{
    auto locale = m_store.read(
        QStringLiteral("SELECT json_extract(c.json, '$.locale') FROM tickets t JOIN customers c "
                       "ON c.id = t.customer_id WHERE t.id = ?"),
        {ticketId});
    if (!locale)
        return locale.error();
    return locale.value().next() ? locale->value(0).toString() : QString();
}

Result<std::optional<protocol::Order>> CannedResponseFiller::orderOf(const QString &ticketId) const
{
    auto cached = m_store.ticket(ticketId);
    if (!cached)
        return cached.error();
    if (!cached.value() || cached.value()->ticket.customerId.isEmpty())
        return std::optional<protocol::Order>{};
    const protocol::Ticket &ticket = cached.value()->ticket;
    auto rows = m_store.read(QStringLiteral("SELECT json FROM orders WHERE customer_id = ?"),
                             {ticket.customerId});
    if (!rows)
        return rows.error();
    QList<protocol::Order> orders;
    while (rows.value().next()) {
        orders.append(protocol::Order::fromJson(
            QJsonDocument::fromJson(rows->value(0).toString().toUtf8()).object()));
    }
    if (orders.isEmpty())
        return std::optional<protocol::Order>{};
    // The order mentioned last wins: the customer may correct the number they gave first. The
    // subject counts as the oldest mention (seq 0).
    std::optional<protocol::Order> named;
    qint64 namedAt = -1;
    for (const protocol::Order &order : orders) {
        if (order.number.isEmpty())
            continue;
        auto seq = m_store.read(QStringLiteral("SELECT MAX(seq) FROM messages WHERE ticket_id = ? "
                                               "AND instr(body, ?) > 0"),
                                {ticketId, order.number});
        if (!seq)
            return seq.error();
        qint64 at = -1;
        if (seq.value().next() && !seq->value(0).isNull())
            at = seq->value(0).toLongLong();
        else if (ticket.subject.contains(order.number))
            at = 0;
        if (at > namedAt) {
            namedAt = at;
            named = order;
        }
    }
    if (named)
        return named;
    return std::optional<protocol::Order>{*std::max_element(
        orders.cbegin(), orders.cend(), [](const protocol::Order &a, const protocol::Order &b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
        })};
}

} // namespace frontline::app

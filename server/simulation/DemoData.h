#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace frontline::server {

class ChangeLog;
class Store;

// What the demo seeder's steps share: times, the random sequence they all draw from in a fixed
// order (so a seed always gives the same contact center), and what earlier steps made.
namespace demo {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
// Concurrent chats of every demo operator.
constexpr int MaxChats = 3;

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

// When each operator was online over the demo's history (shifts less their breaks), so that
// every ticket is handled while its operator is on the line.
struct Span
{
    qint64 start;
    qint64 end;
};
struct Calendar
{
    QHash<qint64, QList<Span>> online; // by operator id, in time order
};

// Where the steps write and what they draw from.
struct Context
{
    Store &store;
    ChangeLog &changes;
    const QJsonObject &scenarios; // resources/demo/scenarios.json
    Random &random;
    qint64 now = 0;
    int days = 30;                      // how far back the history goes
    const Calendar *calendar = nullptr; // once the shifts are drawn
    // The history's own draws (shifts, its contacts, when the demo's tickets were handled):
    // apart, so the demo's own tickets stay what they were for a seed.
    Random *historyRandom = nullptr;
    QHash<QString, qint64> projects; // the stores' project ids by slug
};

// The demo's two stores (projects), as the README names them.
inline const QString Hopper = QStringLiteral("hopper");
inline const QString Lavka = QStringLiteral("lavka");

// The store a scenario topic belongs to (its "store", Hopper when it names none).
inline QString storeOf(const QJsonObject &topic)
{
    return topic.value(u"store").toString(Hopper);
}

struct Customer
{
    qint64 id;
    QString name;
    QString locale;
    QStringList orderNumbers;
    QStringList orderStatuses; // each order's current status, as orderNumbers
    QString store;             // the project the customer buys from
};

struct Staff
{
    QHash<QString, QList<qint64>> agentsByQueue; // first-line operators who work each queue
    QHash<qint64, QString> names;
    qint64 secondLine = 0;
    QHash<qint64, QStringList> queuesOf; // every operator's queues (the 2nd line: none)
    QHash<qint64, QStringList> storesOf; // the stores whose queues each operator works
};

// `text` with each {key} replaced by its value.
inline QString fill(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

} // namespace demo
} // namespace frontline::server

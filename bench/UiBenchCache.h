#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// The workspace benchmark's synthetic cache, written through LocalStore and ChangeFeedApplier
// (the sync engine's path).
namespace frontline::bench {

inline const QString Me = QStringLiteral("op1"); // the signed-in operator
inline constexpr int Operators = 12;
inline constexpr int Customers = 20000;

struct CacheFacts
{
    int tickets = 0;
    int active = 0;
    int mine = 0;
    qint64 changes = 0;
    QStringList conversations; // tickets with the long conversations
};

// `count` words of a skewed vocabulary of Russian and English (the first words are common).
QString words(QRandomGenerator &random, int count);
QString iso(const QDateTime &time);
// A message as the change feed carries it, from the customer or from me.
QJsonObject messageJson(const QString &id, const QString &ticketId, bool customer,
                        const QString &body, const QDateTime &at);

// 100,000 tickets over half a year: most of them resolved or closed, the newest tenth mostly
// active; 12 operators (op1 is the signed-in one), 20,000 customers, a customer message and a
// reply on every active ticket, two tickets of mine with `messages` messages each, 500 KB
// articles and 40 canned responses.
CacheFacts buildCache(const QString &path, int tickets, int messages);

} // namespace frontline::bench

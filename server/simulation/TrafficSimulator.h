#pragma once

#include "protocol/Result.h"
#include "protocol/Ticket.h"
#include "server/clock/Clock.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>

class QTimer;

namespace frontline::server {

class CsatService;
class IntakeService;
class Store;

// Live traffic for the demo and load tests (`--demo --simulate N`): N contacts a minute from the
// customers of both demo stores, in English and Russian, each into its store's queues: Hopper's
// about order status, cancellation, changes, returns and claims, delivery and payment, Lavka's
// about missing items, substitutions, refunds and late groceries; chats often come from the chatbot
// with its transcript. Simulated customers read operators' replies (they act as the channel adapter
// and acknowledge them), answer some, sometimes leave, and score resolved tickets. Everything goes
// through IntakeService and CsatService, exactly as the HTTP routes do. What they say follows
// from the seed.
class TrafficSimulator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int contactsPerMinute = 6;
        quint32 seed = 1;
    };

    TrafficSimulator(Store &store, IntakeService &intake, CsatService &csat, Clock clock,
                     Options options, QObject *parent = nullptr);
    ~TrafficSimulator() override;

    void start();
    // Customers type before they write again in an open conversation (issue 18): the back office
    // tells its operator and the supervisors watching it.
    using CustomerTyping = std::function<Result<void>(Store &, const protocol::Ticket &)>;
    void setCustomerTyping(CustomerTyping typing) { m_customerTyping = std::move(typing); }
    // One new contact; public so tests and benchmarks can drive it without timers.
    Result<QString> makeContact();
    // Customers read and answer replies, and score resolved tickets.
    Result<void> followUp();

private:
    struct Customer
    {
        QString externalId;
        QString name;
        QString locale;
        QString orderNumber;
        bool lavka = false; // a customer of Lavka, the grocery store, else of Hopper
    };
    struct Conversation
    {
        int customer = 0;
        int topic = 0;
        QString channel;
        int answers = 0;
        bool left = false;
    };

    Result<void> loadCustomers();
    Result<void> send(qint64 ticketId, Conversation &conversation, const QString &text);
    QString say(const Conversation &conversation, const char *const (&lines)[8][2][3],
                QRandomGenerator &random);

    Store &m_store;
    IntakeService &m_intake;
    CsatService &m_csat;
    Clock m_clock;
    Options m_options;
    QRandomGenerator m_random;  // new contacts: the same seed gives the same contacts
    QRandomGenerator m_replies; // customers' follow-ups, which depend on operators' timing
    QList<Customer> m_customers;
    QHash<qint64, Conversation> m_conversations; // by ticket id
    qint64 m_serial = 0;
    CustomerTyping m_customerTyping;
    QTimer *m_contacts = nullptr;
    QTimer *m_followUps = nullptr;
};

} // namespace frontline::server

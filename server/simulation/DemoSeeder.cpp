#include "server/simulation/DemoSeeder.h"

#include "server/alerts/AlertRuleService.h"
#include "server/auth/AuthService.h"
#include "server/auth/PasswordHash.h"
#include "server/kb/KbImporter.h"
#include "server/metrics/KpiTargets.h"
#include "server/simulation/DemoCustomers.h"
#include "server/simulation/DemoHistory.h"
#include "server/simulation/DemoReviews.h"
#include "server/simulation/DemoTickets.h"
#include "server/storage/Store.h"
#include "server/training/PackService.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "backoffice.demo")

namespace frontline::server {
namespace {

// The trainer's demo scenario packs (issue 19), in English and Russian, on the KB just imported:
// a pack that names an article or macro the demo lacks stops the seeding, as a broken KB would.
Result<void> importDemoPacks(Store &store, qint64 now)
{
    for (const char *file : {":/training/demo-pack-en.json", ":/training/demo-pack-ru.json"}) {
        QFile source(QString::fromLatin1(file));
        if (!source.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("demo_data"), u"cannot read " + source.fileName()};
        auto pack =
            protocol::ScenarioPack::fromJson(QJsonDocument::fromJson(source.readAll()).object());
        if (!pack)
            return Error{QStringLiteral("demo_data"),
                         source.fileName() + u": " + pack.error().message};
        auto missing = PackService::missingInWorkspace(store, pack.value());
        if (!missing)
            return missing.error();
        if (!missing->isEmpty())
            return Error{QStringLiteral("demo_data"),
                         source.fileName() + u": " + missing->first().toString()};
        if (auto inserted = PackService::insert(store, pack.value(), 0, now); !inserted)
            return inserted.error();
    }
    return {};
}

struct DemoOperator
{
    const char *username;
    const char *displayName;
    protocol::Role role;
    int line;
    const char *team;
    const char *queues;
    const char *locale;
    const char *store = ""; // a client account's project
};

// The demo staff; README and docs name them. Every password is "demo".
constexpr DemoOperator Staff[] = {
    {"olga", "Olga Smirnova", protocol::Role::Operator, 1, "first-line", "orders,returns", "ru"},
    {"ivan", "Ivan Petrov", protocol::Role::Operator, 1, "first-line",
     "delivery,payment,orders,lavka-orders,lavka-delivery", "ru"},
    {"anna", "Anna Kuznetsova", protocol::Role::Operator, 1, "first-line",
     "returns,delivery,lavka-orders,lavka-delivery", "ru"},
    {"maxim", "Maxim Volkov", protocol::Role::Operator, 1, "first-line", "payment,orders", "en"},
    {"pavel", "Pavel Sokolov", protocol::Role::Operator, 2, "second-line", "", "ru"},
    {"sofia", "Sofia Morozova", protocol::Role::Supervisor, 1, "", "", "ru"},
    {"tanya", "Tatiana Lebedeva", protocol::Role::Trainer, 1, "", "", "ru"},
    {"admin", "Administrator", protocol::Role::Admin, 1, "", "", "en"},
    // The stores' own accounts: each reads its store's board.
    {"kira", "Kira Belova", protocol::Role::Client, 1, "", "", "ru", "hopper"},
    {"lev", "Lev Orlov", protocol::Role::Client, 1, "", "", "ru", "lavka"},
};

// The stores the center serves: Hopper, the electronics store, shares its conversations with its
// account; Lavka, the grocery delivery, does not (the default).
struct DemoProject
{
    const char *slug;
    const char *name;
    bool showConversations;
};
constexpr DemoProject Projects[] = {{"hopper", "Hopper", true}, {"lavka", "Lavka", false}};

// Each queue with its store.
const char *const Queues[][3] = {{"orders", "Orders", "hopper"},
                                 {"returns", "Returns and claims", "hopper"},
                                 {"delivery", "Delivery", "hopper"},
                                 {"payment", "Payment", "hopper"},
                                 {"lavka-orders", "Lavka: orders", "lavka"},
                                 {"lavka-delivery", "Lavka: delivery", "lavka"}};

QString storeOfQueue(const QString &queue)
{
    for (const auto &row : Queues) {
        if (queue == QLatin1StringView(row[0]))
            return QString::fromLatin1(row[2]);
    }
    return {};
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

// A supervisor's first alert rules, so `--demo --simulate` fires some: a queue backing up, a long
// wait, service level slipping, breaches, an idle operator, a low CSAT and every help flag.
Result<void> seedAlertRules(Store &store, qint64 supervisorId, qint64 now)
{
    using protocol::AlertKind;
    const std::pair<AlertKind, double> rules[] = {
        {AlertKind::QueueWaiting, 5}, {AlertKind::OldestWait, 120},  {AlertKind::ServiceLevel, 80},
        {AlertKind::SlaBreach, 0},    {AlertKind::OperatorIdle, 10}, {AlertKind::OperatorCsat, 70},
        {AlertKind::HelpFlag, 0},
    };
    for (const auto &[kind, threshold] : rules) {
        protocol::AlertRule rule;
        rule.kind = kind;
        rule.threshold = threshold;
        if (auto inserted = AlertRuleService::insert(store, supervisorId, rule, now); !inserted)
            return inserted.error();
    }
    return {};
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
    demo::Random random(seed);
    demo::Random historyRandom(seed ^ 0x4157u);
    demo::Context context{m_store,   m_changes, scenarios.value(), random, m_clock(),
                          size.days, nullptr,   &historyRandom,    {}};
    auto projects = seedProjects(context.now - size.days * demo::Day);
    if (!projects)
        return projects.error();
    context.projects = projects.value();
    if (auto queues = seedQueues(context.now - size.days * demo::Day, context.projects); !queues)
        return queues.error();
    auto staff = seedStaff(context.projects);
    if (!staff)
        return staff.error();
    if (auto knowledge = importKnowledge(context.now); !knowledge)
        return knowledge.error();
    if (auto packs = importDemoPacks(m_store, context.now); !packs)
        return packs.error();
    if (auto targets = seedTargets(context.projects); !targets)
        return targets.error();

    Transaction transaction(m_store);
    if (!transaction.started())
        return transaction.started().error();
    auto customers = DemoCustomers(context).seed(size.customers);
    if (!customers)
        return customers.error();
    DemoHistory history(context, staff.value(), customers.value());
    auto calendar = history.seedShifts();
    if (!calendar)
        return calendar.error();
    context.calendar = &calendar.value();
    auto escalations =
        DemoTickets(context, m_tickets, staff.value(), customers.value()).seed(size.tickets);
    if (!escalations)
        return escalations.error();
    auto contacts = history.seedContacts(calendar.value());
    if (!contacts)
        return contacts.error();
    demo::Random reviewRandom(seed ^ 0x5141u);
    auto reviews = seedDemoReviews(m_store, m_changes, reviewRandom, context.now);
    if (!reviews)
        return reviews.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    qCInfo(lcDemo) << "seeded" << customers->size() << "customers," << size.tickets << "tickets,"
                   << escalations.value() << "escalations," << contacts.value()
                   << "contacts of the month's history," << reviews.value() << "QA reviews";
    return true;
}

// The contracts' targets, as the centers we serve report them each day and quarter: the whole
// center's, Hopper's (the same) and Lavka's (groceries: shorter contacts, a faster answer).
Result<void> DemoSeeder::seedTargets(const QHash<QString, qint64> &projects)
{
    QList<StoredTarget> targets;
    const auto add = [&](qint64 project, const char *figure, const char *period, double value,
                         bool atMost) {
        targets.append(
            StoredTarget{project, protocol::KpiTarget{QString::fromLatin1(figure),
                                                      QString::fromLatin1(period), value, atMost}});
    };
    for (const qint64 project : {qint64(0), projects.value(demo::Hopper)}) {
        for (const char *period : {"day", "quarter"}) {
            add(project, "fcr", period, 0.85, false);
            add(project, "aht_seconds", period, 480, true);
            add(project, "csat", period, 80, false);
            add(project, "service_level", period, 0.8, false);
            add(project, "utilization", period, 0.6, false);
        }
        add(project, "sla_compliance", "day", 0.9, false);
    }
    const qint64 lavka = projects.value(demo::Lavka);
    for (const char *period : {"day", "quarter"}) {
        add(lavka, "fcr", period, 0.8, false);
        add(lavka, "aht_seconds", period, 360, true);
        add(lavka, "csat", period, 85, false);
        add(lavka, "service_level", period, 0.9, false);
    }
    add(lavka, "sla_compliance", "day", 0.95, false);
    return kpi_targets::replace(m_store, targets, m_changes, m_clock());
}

// The stores, with plain SQL: the seeder writes them once, before anything belongs to them.
Result<QHash<QString, qint64>> DemoSeeder::seedProjects(qint64 since)
{
    QHash<QString, qint64> ids;
    for (const DemoProject &project : Projects) {
        auto id = m_store.insert(
            QStringLiteral("INSERT INTO projects (slug, name, show_conversations, version, "
                           "created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?) RETURNING id"),
            {QString::fromLatin1(project.slug), QString::fromLatin1(project.name),
             project.showConversations ? 1 : 0, since, since});
        if (!id)
            return id.error();
        ids.insert(QString::fromLatin1(project.slug), id.value());
    }
    return ids;
}

Result<void> DemoSeeder::seedQueues(qint64 since, const QHash<QString, qint64> &projects)
{
    for (const auto &queue : Queues) {
        auto inserted = m_store.run(
            QStringLiteral("INSERT INTO queues (id, title, project_id, created_at) VALUES (?, ?, "
                           "?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                           "project_id = excluded.project_id"),
            {QString::fromLatin1(queue[0]), QString::fromLatin1(queue[1]),
             projects.value(QString::fromLatin1(queue[2])), since});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<demo::Staff> DemoSeeder::seedStaff(const QHash<QString, qint64> &projects)
{
    // Every demo account's password is "demo": hashed once (argon2id's cost is meant for one
    // sign-in, not for ten accounts at every start), each account keeps the same string.
    auto demoHash = password::hash(QStringLiteral("demo"));
    if (!demoHash)
        return demoHash.error();
    demo::Staff staff;
    for (const DemoOperator &person : Staff) {
        NewOperator account;
        account.username = QString::fromLatin1(person.username);
        account.displayName = QString::fromUtf8(person.displayName);
        account.role = person.role;
        account.passwordHash = demoHash.value();
        account.line = person.line;
        account.team = QString::fromLatin1(person.team);
        account.locale = QString::fromLatin1(person.locale);
        account.maxChats = demo::MaxChats;
        account.queues = QString::fromLatin1(person.queues).split(u',', Qt::SkipEmptyParts);
        account.projectId = projects.value(QString::fromLatin1(person.store));
        auto id = m_auth.createOperator(m_store, account);
        if (!id)
            return id.error();
        staff.names.insert(id.value(), account.displayName);
        if (person.role == protocol::Role::Operator && person.line == 1) {
            for (const QString &queue : account.queues)
                staff.agentsByQueue[queue].append(id.value());
        }
        if (person.line == 2)
            staff.secondLine = id.value();
        if (person.role == protocol::Role::Supervisor) {
            if (auto rules = seedAlertRules(m_store, id.value(), m_clock()); !rules)
                return rules.error();
        }
        if (person.role == protocol::Role::Operator) {
            staff.queuesOf.insert(id.value(), account.queues);
            QStringList stores;
            for (const QString &queue : std::as_const(account.queues)) {
                if (const QString store = storeOfQueue(queue); !stores.contains(store))
                    stores.append(store);
            }
            staff.storesOf.insert(id.value(), stores);
        }
    }
    return staff;
}

// The articles for every store, then each store's own (kb-stores, front matter "project:"); the
// same for canned responses.
Result<void> DemoSeeder::importKnowledge(qint64 now)
{
    for (const char *folder : {":/demo/kb/", ":/demo/kb-stores/"}) {
        for (const char *locale : {"en", "ru"}) {
            auto imported = importKnowledgeBase(
                m_store, m_changes, QLatin1StringView(folder) + QLatin1StringView(locale),
                QString::fromLatin1(locale), now);
            if (!imported)
                return imported.error();
        }
    }
    // The canned responses for every store, then each store's own ("project" in each entry).
    for (const char *file : {":/demo/macros.json", ":/demo/macros-stores.json"}) {
        if (auto macros = importMacros(m_store, m_changes, QString::fromLatin1(file), now); !macros)
            return macros.error();
    }
    return {};
}

} // namespace frontline::server

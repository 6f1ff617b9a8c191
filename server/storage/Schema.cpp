#include "server/storage/Schema.h"

#include "server/storage/SchemaCourses.h"
#include "server/storage/SchemaExams.h"
#include "server/storage/SchemaPacks.h"
#include "server/storage/SchemaSandboxes.h"
#include "server/storage/SchemaSupervision.h"

// Times are INTEGER milliseconds since the Unix epoch (UTC) on both dialects; flags are INTEGER
// 0/1; ids are integers here and strings on the wire.
namespace frontline::server::schema {
namespace {

QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE queues (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            created_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE operators (
            id {{ID}},
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN
                ('operator', 'supervisor', 'trainer', 'admin', 'integration')),
            password_hash TEXT,
            line INTEGER NOT NULL DEFAULT 1,
            team TEXT NOT NULL DEFAULT '',
            max_chats INTEGER NOT NULL DEFAULT 3,
            locale TEXT NOT NULL DEFAULT 'en',
            active INTEGER NOT NULL DEFAULT 1,
            version BIGINT NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE operator_queues (
            operator_id BIGINT NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
            queue_id TEXT NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
            PRIMARY KEY (operator_id, queue_id)))"),
        QStringLiteral(R"(CREATE TABLE tokens (
            token_hash TEXT PRIMARY KEY,
            operator_id BIGINT NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
            name TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            expires_at BIGINT,
            last_used_at BIGINT,
            revoked_at BIGINT))"),
        QStringLiteral("CREATE INDEX tokens_operator ON tokens (operator_id)"),
        QStringLiteral(R"(CREATE TABLE customers (
            id {{ID}},
            external_id TEXT UNIQUE,
            name TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            locale TEXT NOT NULL DEFAULT 'en',
            version BIGINT NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE orders (
            id {{ID}},
            customer_id BIGINT NOT NULL REFERENCES customers(id),
            number TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL,
            total_cents BIGINT NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT 'RUB',
            items TEXT NOT NULL DEFAULT '[]',
            delivery_method TEXT NOT NULL DEFAULT '',
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id)"),
        QStringLiteral(R"(CREATE TABLE order_status_history (
            id {{ID}},
            order_id BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            at BIGINT NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX order_status_history_order ON order_status_history (order_id)"),
        QStringLiteral(R"(CREATE TABLE tickets (
            id {{ID}},
            number BIGINT NOT NULL UNIQUE,
            channel TEXT NOT NULL CHECK (channel IN
                ('chat', 'email', 'web_form', 'phone', 'social')),
            status TEXT NOT NULL CHECK (status IN
                ('new', 'open', 'pending', 'resolved', 'closed')),
            priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
            queue_id TEXT NOT NULL REFERENCES queues(id),
            subject TEXT NOT NULL DEFAULT '',
            customer_id BIGINT REFERENCES customers(id),
            assignee_id BIGINT REFERENCES operators(id),
            first_response_due BIGINT,
            resolution_due BIGINT,
            first_response_at BIGINT,
            pending_since BIGINT,
            sla_paused_ms BIGINT NOT NULL DEFAULT 0,
            resolved_at BIGINT,
            resolution_code TEXT NOT NULL DEFAULT '',
            last_customer_message_at BIGINT,
            version BIGINT NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX tickets_queue_status ON tickets (queue_id, status)"),
        QStringLiteral("CREATE INDEX tickets_assignee_status ON tickets (assignee_id, status)"),
        QStringLiteral("CREATE INDEX tickets_customer ON tickets (customer_id)"),
        QStringLiteral(R"(CREATE TABLE messages (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            author_kind TEXT NOT NULL CHECK (author_kind IN
                ('customer', 'bot', 'operator', 'system')),
            author_id BIGINT REFERENCES operators(id),
            internal INTEGER NOT NULL DEFAULT 0,
            body TEXT NOT NULL,
            external_id TEXT,
            created_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX messages_ticket ON messages (ticket_id, id)"),
        // Only channel messages carry one; a partial index keeps operator replies out of it.
        QStringLiteral("CREATE UNIQUE INDEX messages_external ON messages (external_id) "
                       "WHERE external_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE escalations (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            from_operator_id BIGINT REFERENCES operators(id),
            target_line INTEGER,
            target_team TEXT NOT NULL DEFAULT '',
            reason_code TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            priority TEXT NOT NULL DEFAULT 'normal',
            status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'returned', 'resolved')),
            handled_by BIGINT REFERENCES operators(id),
            return_reason TEXT NOT NULL DEFAULT '',
            resolution_note TEXT NOT NULL DEFAULT '',
            version BIGINT NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX escalations_ticket ON escalations (ticket_id)"),
        QStringLiteral("CREATE INDEX escalations_status ON escalations (status, target_line)"),
        QStringLiteral(R"(CREATE TABLE kb_articles (
            id {{ID}},
            slug TEXT NOT NULL,
            locale TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            version BIGINT NOT NULL DEFAULT 1,
            updated_by BIGINT REFERENCES operators(id),
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            UNIQUE (locale, slug)))"),
        QStringLiteral(R"(CREATE TABLE kb_article_versions (
            article_id BIGINT NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
            version BIGINT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            tags TEXT NOT NULL DEFAULT '',
            updated_by BIGINT REFERENCES operators(id),
            updated_at BIGINT NOT NULL,
            PRIMARY KEY (article_id, version)))"),
        QStringLiteral(R"(CREATE TABLE ticket_kb_usage (
            ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            article_id BIGINT NOT NULL REFERENCES kb_articles(id) ON DELETE CASCADE,
            operator_id BIGINT REFERENCES operators(id),
            used_at BIGINT NOT NULL,
            PRIMARY KEY (ticket_id, article_id)))"),
        QStringLiteral(R"(CREATE TABLE macros (
            id {{ID}},
            slug TEXT NOT NULL UNIQUE,
            locale TEXT NOT NULL,
            title TEXT NOT NULL,
            shortcut TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            version BIGINT NOT NULL DEFAULT 1,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE presence_intervals (
            id {{ID}},
            operator_id BIGINT NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('online', 'break', 'offline')),
            reason TEXT NOT NULL DEFAULT '',
            started_at BIGINT NOT NULL,
            ended_at BIGINT))"),
        QStringLiteral(
            "CREATE INDEX presence_operator ON presence_intervals (operator_id, started_at)"),
        QStringLiteral(R"(CREATE TABLE idempotency_keys (
            operator_id BIGINT NOT NULL,
            idempotency_key TEXT NOT NULL,
            request_hash TEXT NOT NULL,
            status INTEGER NOT NULL,
            response_body TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (operator_id, idempotency_key)) {{WITHOUT_ROWID}})"),
        // The change feed. `queue_id`/`assignee_id` (and their previous values) say which
        // operators may see a ticket-scoped change; `scope` is 'all', 'ticket', 'staff'
        // (supervisors and admins) or 'operator' (only `operator_id`).
        QStringLiteral(R"(CREATE TABLE changes (
            seq {{ID}},
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
            data TEXT NOT NULL,
            scope TEXT NOT NULL CHECK (scope IN ('all', 'ticket', 'staff', 'operator')),
            queue_id TEXT,
            prev_queue_id TEXT,
            assignee_id BIGINT,
            prev_assignee_id BIGINT,
            operator_id BIGINT,
            created_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            value BIGINT NOT NULL))"),
        QStringLiteral("INSERT INTO counters (name, value) VALUES ('ticket_number', 1000)"),
    };
}

// Escalations route a ticket to the 2nd line or a team without moving it out of its queue: the
// ticket and every change of it carry the target, so the helpers see it while it is escalated.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE tickets ADD COLUMN escalation_line INTEGER"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN escalation_team TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE changes ADD COLUMN escalation_line INTEGER"),
        QStringLiteral("ALTER TABLE changes ADD COLUMN escalation_team TEXT"),
        QStringLiteral(
            "CREATE INDEX tickets_escalation ON tickets (escalation_line, escalation_team)"),
    };
}

// KB search folds case in C++ (SQLite's LOWER() folds ASCII only, so "ЗАКАЗ" would miss
// "заказ"): these columns hold the folded title and the folded title + tags + body. The backfill
// uses LOWER() as the best the SQL can do; every write through KbService refolds properly.
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE kb_articles ADD COLUMN search_title TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE kb_articles ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE kb_articles SET search_title = LOWER(title), "
                       "search_text = LOWER(title || ' ' || tags || ' ' || body)"),
        QStringLiteral(
            "CREATE INDEX kb_articles_locale_updated ON kb_articles (locale, updated_at)"),
        QStringLiteral("CREATE INDEX ticket_kb_usage_article ON ticket_kb_usage (article_id)"),
    };
}

// Operators' replies on the written channels wait here until the channel's adapter delivers
// them (GET /outbound, POST /outbound/{id}/ack).
QStringList version4()
{
    return {
        QStringLiteral(R"(CREATE TABLE outbound (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            message_id BIGINT NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            customer_id BIGINT NOT NULL REFERENCES customers(id),
            body TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            acked_at BIGINT,
            acked_by BIGINT REFERENCES operators(id)))"),
        QStringLiteral("CREATE INDEX outbound_pending ON outbound (channel, id) "
                       "WHERE acked_at IS NULL"),
    };
}

// Contact flow: routing keeps who had a ticket when (for "no double assignment", AHT and
// utilization), SLA breaches are recorded once per ticket and kind, CSAT comes from the channels.
QStringList version5()
{
    return {
        QStringLiteral("ALTER TABLE operators ADD COLUMN last_assigned_at BIGINT"),
        // When the ticket (re)entered its queue's waiting line, and when its assignee got it.
        QStringLiteral("ALTER TABLE tickets ADD COLUMN queued_at BIGINT"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN assigned_at BIGINT"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN first_response_breached_at BIGINT"),
        QStringLiteral("ALTER TABLE tickets ADD COLUMN resolution_breached_at BIGINT"),
        QStringLiteral("UPDATE tickets SET queued_at = created_at"),
        QStringLiteral("UPDATE tickets SET assigned_at = created_at WHERE assignee_id IS NOT NULL"),
        // The breach scan reads only the tickets whose clock still runs.
        QStringLiteral("CREATE INDEX tickets_first_response_clock ON tickets (first_response_due) "
                       "WHERE first_response_at IS NULL AND first_response_breached_at IS NULL"),
        QStringLiteral("CREATE INDEX tickets_resolution_clock ON tickets (resolution_due) "
                       "WHERE resolved_at IS NULL AND resolution_breached_at IS NULL"),
        // The waiting line of each queue: unassigned tickets, oldest first.
        QStringLiteral("CREATE INDEX tickets_waiting ON tickets (queue_id, channel, queued_at) "
                       "WHERE assignee_id IS NULL"),
        QStringLiteral(R"(CREATE TABLE ticket_assignments (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            operator_id BIGINT NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,
            reason TEXT NOT NULL,
            assigned_at BIGINT NOT NULL,
            ended_at BIGINT,
            end_reason TEXT NOT NULL DEFAULT ''))"),
        // At most one open assignment per ticket, whatever races: the database refuses a second.
        QStringLiteral("CREATE UNIQUE INDEX ticket_assignments_open ON ticket_assignments "
                       "(ticket_id) WHERE ended_at IS NULL"),
        QStringLiteral("CREATE INDEX ticket_assignments_operator ON ticket_assignments "
                       "(operator_id, assigned_at)"),
        QStringLiteral(R"(CREATE TABLE sla_breaches (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('first_response', 'resolution')),
            queue_id TEXT NOT NULL,
            assignee_id BIGINT,
            due_at BIGINT NOT NULL,
            breached_at BIGINT NOT NULL,
            UNIQUE (ticket_id, kind)))"),
        QStringLiteral("CREATE INDEX sla_breaches_queue ON sla_breaches (queue_id, breached_at)"),
        QStringLiteral(R"(CREATE TABLE csat_responses (
            ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id) ON DELETE CASCADE,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            comment TEXT NOT NULL DEFAULT '',
            operator_id BIGINT REFERENCES operators(id),
            received_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX csat_operator ON csat_responses (operator_id, received_at)"),
        QStringLiteral("CREATE INDEX tickets_resolved ON tickets (assignee_id, resolved_at)"),
        QStringLiteral(
            "CREATE INDEX escalations_from ON escalations (from_operator_id, created_at)"),
    };
}

// Routing counts each candidate's active chats for every chat it routes: an index of exactly
// those tickets, holding every column the count tests, makes it an index-only range of at most
// max_chats entries instead of a table lookup for each of the operator's tickets.
QStringList version6()
{
    return {
        QStringLiteral(
            "CREATE INDEX tickets_active_chats ON tickets (assignee_id, status, channel) "
            "WHERE channel = 'chat' AND status IN ('new', 'open', 'pending')"),
    };
}

// The change that announced each account's public profile (the `operator` feed entity), so that a
// start finds accounts not yet announced (made by an older back office) without reading the
// change log; filled once here from the log.
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE operators ADD COLUMN profile_seq BIGINT"),
        QStringLiteral("UPDATE operators SET profile_seq = (SELECT MAX(c.seq) FROM changes c WHERE "
                       "c.entity = 'operator' AND c.scope = 'all' AND c.entity_id = "
                       "CAST(operators.id AS TEXT))"),
    };
}

// Intake de-duplication is per integration account and channel: two adapters (or two channels of
// one) may use the same message ids. Messages from before keep the one integration account there
// was, if there was one; 0 stands for no account (the traffic simulator, or several accounts).
QStringList version8()
{
    return {
        QStringLiteral(
            "ALTER TABLE messages ADD COLUMN intake_account_id BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN intake_channel TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "UPDATE messages SET intake_channel = (SELECT t.channel FROM tickets t WHERE "
            "t.id = messages.ticket_id) WHERE external_id IS NOT NULL"),
        QStringLiteral("UPDATE messages SET intake_account_id = (SELECT MIN(o.id) FROM operators o "
                       "WHERE o.role = 'integration') WHERE external_id IS NOT NULL AND (SELECT "
                       "COUNT(*) FROM operators o WHERE o.role = 'integration') = 1"),
        QStringLiteral("DROP INDEX messages_external"),
        QStringLiteral("CREATE UNIQUE INDEX messages_external ON messages (intake_account_id, "
                       "intake_channel, external_id) WHERE external_id IS NOT NULL"),
    };
}

// The row a creating POST made keeps the Idempotency-Key it came with (and the request's hash), so
// a retry finds it at any age, after the key's 48-hour record is gone: no retry posts twice.
QStringList version9()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN client_key TEXT"),
        QStringLiteral("ALTER TABLE messages ADD COLUMN client_request_hash TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX messages_client_key ON messages (author_id, "
                       "client_key) WHERE client_key IS NOT NULL"),
        QStringLiteral("ALTER TABLE escalations ADD COLUMN client_key TEXT"),
        QStringLiteral("ALTER TABLE escalations ADD COLUMN client_request_hash TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX escalations_client_key ON escalations "
                       "(from_operator_id, client_key) WHERE client_key IS NOT NULL"),
    };
}

// The live board (issue 17): the contract's targets per figure and period (a project id, null for
// the whole center, without a foreign key: projects come later), and the indexes that let one
// set-based pass compute every operator's and queue's figures over a window by range scans
// instead of reading each operator's whole history.
QStringList version10()
{
    return {
        QStringLiteral(R"(CREATE TABLE kpi_targets (
            id {{ID}},
            project_id BIGINT,
            figure TEXT NOT NULL,
            period TEXT NOT NULL CHECK (period IN ('day', 'week', 'month', 'quarter')),
            value DOUBLE PRECISION NOT NULL,
            at_most INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral("CREATE INDEX tickets_created ON tickets (created_at)"),
        QStringLiteral("CREATE INDEX tickets_resolved_at ON tickets (resolved_at)"),
        QStringLiteral("CREATE INDEX tickets_first_response_due ON tickets (first_response_due)"),
        QStringLiteral("CREATE INDEX tickets_first_response_at ON tickets (first_response_at)"),
        QStringLiteral("CREATE INDEX ticket_assignments_ticket ON ticket_assignments "
                       "(ticket_id, operator_id)"),
        QStringLiteral("CREATE INDEX ticket_assignments_ended ON ticket_assignments (ended_at)"),
        // An operator's last chat: when she became idle.
        QStringLiteral("CREATE INDEX ticket_assignments_last_chat ON ticket_assignments "
                       "(operator_id, channel, ended_at)"),
        QStringLiteral("CREATE INDEX presence_ended ON presence_intervals (ended_at)"),
        QStringLiteral("CREATE INDEX csat_received ON csat_responses (received_at)"),
        QStringLiteral("CREATE INDEX escalations_created ON escalations (created_at)"),
    };
}

// Help flags (an operator's call for a supervisor on one conversation, with who raised and lowered
// it and when) and each supervisor's alert rules for the live board (issue 17).
QStringList version11()
{
    return {
        QStringLiteral(R"(CREATE TABLE help_flags (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            raised_by BIGINT NOT NULL REFERENCES operators(id),
            note TEXT NOT NULL DEFAULT '',
            raised_at BIGINT NOT NULL,
            lowered_by BIGINT REFERENCES operators(id),
            lowered_at BIGINT,
            client_key TEXT,
            client_request_hash TEXT))"),
        // One raised flag per ticket at a time, whatever races: the database refuses a second.
        QStringLiteral("CREATE UNIQUE INDEX help_flags_raised ON help_flags (ticket_id) "
                       "WHERE lowered_at IS NULL"),
        QStringLiteral("CREATE INDEX help_flags_operator ON help_flags (raised_by, raised_at)"),
        QStringLiteral("CREATE UNIQUE INDEX help_flags_client_key ON help_flags (raised_by, "
                       "client_key) WHERE client_key IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE alert_rules (
            id {{ID}},
            supervisor_id BIGINT NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            threshold DOUBLE PRECISION NOT NULL DEFAULT 0,
            queue_id TEXT,
            enabled INTEGER NOT NULL DEFAULT 1,
            version BIGINT NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX alert_rules_supervisor ON alert_rules (supervisor_id, id)"),
    };
}

// A supervisor's reassignment keeps who made it and why with the assignment it opened (issue 17).
QStringList version13()
{
    return {
        QStringLiteral("ALTER TABLE ticket_assignments ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE ticket_assignments ADD COLUMN assigned_by BIGINT"),
    };
}

// The time a ticket is open in front of an operator (reported by her desktop, or by the traffic
// simulator's operators): handle time comes from these (docs/kpis.md). One row per stretch; the
// same stretch reported twice is kept once.
QStringList version12()
{
    return {
        QStringLiteral(R"(CREATE TABLE work_intervals (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            operator_id BIGINT NOT NULL REFERENCES operators(id) ON DELETE CASCADE,
            started_at BIGINT NOT NULL,
            ended_at BIGINT NOT NULL,
            UNIQUE (ticket_id, operator_id, started_at)))"),
        // The handled tickets' assignments are read by ticket: migration 10's indexes
        // tickets_resolved_at and ticket_assignments_ticket serve it.
    };
}

// Projects: the online stores the center answers for, each a part of a workspace with its queues,
// customers and knowledge-base scope; and the `client` role, a store's account that reads its own
// project's figures (issue 17). SQLite cannot alter a CHECK constraint: its schema text is widened
// in place (sqlite.org, "ALTER TABLE", section 7; every stored role stays valid), and the
// CREATE TABLE after it makes every connection read the schema again.
QStringList version14()
{
    return {
        QStringLiteral("{{POSTGRESQL}}ALTER TABLE operators DROP CONSTRAINT operators_role_check"),
        QStringLiteral("{{POSTGRESQL}}ALTER TABLE operators ADD CONSTRAINT operators_role_check "
                       "CHECK (role IN ('operator', 'supervisor', 'trainer', 'admin', "
                       "'integration', 'client'))"),
        QStringLiteral("{{SQLITE}}PRAGMA writable_schema = ON"),
        QStringLiteral("{{SQLITE}}UPDATE sqlite_schema SET sql = replace(sql, '''admin'', "
                       "''integration'')', '''admin'', ''integration'', ''client'')') WHERE type "
                       "= 'table' AND name = 'operators'"),
        QStringLiteral("{{SQLITE}}PRAGMA writable_schema = RESET"),
        QStringLiteral(R"(CREATE TABLE projects (
            id {{ID}},
            slug TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            show_conversations INTEGER NOT NULL DEFAULT 0,
            version BIGINT NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        // Null: the center's own (a queue in no project, an article for every store).
        QStringLiteral("ALTER TABLE queues ADD COLUMN project_id BIGINT"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN project_id BIGINT"),
        QStringLiteral("ALTER TABLE kb_articles ADD COLUMN project_id BIGINT"),
        QStringLiteral("ALTER TABLE operators ADD COLUMN project_id BIGINT"),
        QStringLiteral("CREATE INDEX queues_project ON queues (project_id)"),
        QStringLiteral("CREATE INDEX customers_project ON customers (project_id)"),
    };
}

// A store's customers are keyed by (store, channel id) instead of a prefix in the channel id
// (issue 17, item 11): the same email at two stores is two customers, and the center's own
// (no project, 0 in the key) stay unique among themselves. SQLite cannot drop a column's UNIQUE:
// the table is rebuilt as it is, without it, keeping the ids it has handed out.
QStringList version15()
{
    return {
        QStringLiteral(
            "{{POSTGRESQL}}ALTER TABLE customers DROP CONSTRAINT customers_external_id_key"),
        QStringLiteral(R"({{SQLITE}}CREATE TABLE customers_rebuilt (
            id {{ID}},
            external_id TEXT,
            name TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            locale TEXT NOT NULL DEFAULT 'en',
            version BIGINT NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            project_id BIGINT))"),
        QStringLiteral("{{SQLITE}}INSERT INTO customers_rebuilt (id, external_id, name, email, "
                       "phone, city, locale, version, created_at, updated_at, project_id) SELECT "
                       "id, external_id, name, email, phone, city, locale, version, created_at, "
                       "updated_at, project_id FROM customers"),
        QStringLiteral("{{SQLITE}}DELETE FROM sqlite_sequence WHERE name = 'customers_rebuilt'"),
        QStringLiteral("{{SQLITE}}UPDATE sqlite_sequence SET name = 'customers_rebuilt' WHERE name "
                       "= 'customers'"),
        QStringLiteral("{{SQLITE}}DROP TABLE customers"),
        QStringLiteral("{{SQLITE}}ALTER TABLE customers_rebuilt RENAME TO customers"),
        QStringLiteral("{{SQLITE}}CREATE INDEX customers_project ON customers (project_id)"),
        // "project-2:anna@mail.example" of project 2 is "anna@mail.example" again.
        QStringLiteral("UPDATE customers SET external_id = substr(external_id, length('project-' "
                       "|| project_id || ':') + 1) WHERE project_id IS NOT NULL AND "
                       "substr(external_id, 1, length('project-' || project_id || ':')) = "
                       "'project-' || project_id || ':'"),
        QStringLiteral("CREATE UNIQUE INDEX customers_external ON customers "
                       "((COALESCE(project_id, 0)), external_id)"),
    };
}

// Canned responses belong to a store as its articles do (issue 17, item 11): null for every store
// the center serves, else the project's own (its greeting names it).
QStringList version16()
{
    return {QStringLiteral("ALTER TABLE macros ADD COLUMN project_id BIGINT")};
}

} // namespace

bool forDialect(QString *statement, bool postgresql)
{
    static const QString sqlite = QStringLiteral("{{SQLITE}}");
    static const QString postgres = QStringLiteral("{{POSTGRESQL}}");
    if (statement->startsWith(sqlite)) {
        statement->remove(0, sqlite.size());
        return !postgresql;
    }
    if (statement->startsWith(postgres)) {
        statement->remove(0, postgres.size());
        return postgresql;
    }
    return true;
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1, version1()},
        {2, version2()},
        {3, version3()},
        {4, version4()},
        {5, version5()},
        {6, version6()},
        {7, version7()},
        {8, version8()},
        {9, version9()},
        {10, version10()},
        {11, version11()},
        {12, version12()},
        {13, version13()},
        {14, version14()},
        {15, version15(), true},
        {16, version16()},
        {17, supervision::version17()},
        {18, supervision::version18()},
        {19, supervision::version19()},
        {20, supervision::version20()},
        {21, sandboxes::version21()},
        {22, packs::version22()},
        {23, courses::version23()},
        {24, exams::version24()},
        {25, exams::version25()},
        {26, sandboxes::version26()},
    };
    return all;
}

int latestVersion()
{
    return migrations().back().version;
}

} // namespace frontline::server::schema

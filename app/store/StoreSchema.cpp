#include "app/store/StoreSchema.h"

namespace frontline::app {

const QList<QStringList> &storeMigrations()
{
    static const QList<QStringList> migrations{
        // 1: the entities the change feed carries, the outbox, the cursor, conflicts, FTS.
        {
            QStringLiteral("CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // Display columns carry local echo; server_json is the back office's own state.
            QStringLiteral("CREATE TABLE tickets (id TEXT PRIMARY KEY, number INTEGER NOT NULL, "
                           "channel TEXT, status TEXT, priority TEXT, queue TEXT, subject TEXT, "
                           "customer_id TEXT, assignee_id TEXT, version INTEGER NOT NULL, "
                           "updated_at TEXT, server_json TEXT NOT NULL, "
                           "local_pending INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX tickets_updated ON tickets (updated_at)"),
            QStringLiteral("CREATE TABLE messages (seq INTEGER PRIMARY KEY, id TEXT NOT NULL "
                           "UNIQUE, ticket_id TEXT NOT NULL, author_kind TEXT, author_id TEXT, "
                           "author_name TEXT, internal INTEGER NOT NULL DEFAULT 0, body TEXT NOT "
                           "NULL, created_at TEXT, state TEXT NOT NULL DEFAULT 'synced')"),
            QStringLiteral("CREATE INDEX messages_ticket ON messages (ticket_id, seq)"),
            QStringLiteral("CREATE TABLE escalations (id TEXT PRIMARY KEY, ticket_id TEXT, "
                           "status TEXT, version INTEGER, json TEXT NOT NULL, "
                           "local_pending INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE customers (id TEXT PRIMARY KEY, name TEXT, "
                           "json TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE orders (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, "
                           "number TEXT, status TEXT, json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX orders_customer ON orders (customer_id)"),
            QStringLiteral(
                "CREATE TABLE kb_articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL "
                "UNIQUE, slug TEXT, locale TEXT, title TEXT NOT NULL, body TEXT NOT "
                "NULL, tags TEXT NOT NULL DEFAULT '', version INTEGER, updated_at TEXT)"),
            QStringLiteral("CREATE TABLE kb_usage (ticket_id TEXT NOT NULL, article_id TEXT NOT "
                           "NULL, PRIMARY KEY (ticket_id, article_id))"),
            QStringLiteral("CREATE TABLE macros (id TEXT PRIMARY KEY, slug TEXT, locale TEXT, "
                           "title TEXT, shortcut TEXT, body TEXT)"),
            QStringLiteral("CREATE TABLE presence (operator_id TEXT PRIMARY KEY, name TEXT, "
                           "status TEXT, reason TEXT, since TEXT)"),
            QStringLiteral("CREATE TABLE operators (id TEXT PRIMARY KEY, json TEXT NOT NULL)"),
            // Pending commands, oldest first; the retry state lives here, not in memory.
            QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "command TEXT NOT NULL, target_id TEXT NOT NULL, payload TEXT NOT "
                           "NULL, idempotency_key TEXT NOT NULL UNIQUE, base_version INTEGER NOT "
                           "NULL DEFAULT 0, local_id TEXT NOT NULL DEFAULT '', attempts INTEGER "
                           "NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0, "
                           "last_error TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT "
                           "'pending', created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_state ON outbox (state, id)"),
            QStringLiteral("CREATE TABLE conflicts (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "entity TEXT NOT NULL, entity_id TEXT NOT NULL, command TEXT NOT NULL, "
                           "mine TEXT NOT NULL, theirs TEXT NOT NULL, base_version INTEGER NOT "
                           "NULL, created_at INTEGER NOT NULL)"),
            // Full-text indexes: unicode61 folds case for Russian and English, but SQLite 3.40
            // does not fold ё to е, so the triggers index ё as е (same length, so snippets of
            // the original text still line up); prefix queries stand in for stemming.
            QStringLiteral("CREATE VIRTUAL TABLE kb_fts USING fts5(title, body, tags, "
                           "content='kb_articles', content_rowid='seq', "
                           "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
            QStringLiteral(
                "CREATE TRIGGER kb_fts_insert AFTER INSERT ON kb_articles BEGIN "
                "INSERT INTO kb_fts (rowid, title, body, tags) VALUES (new.seq, "
                "replace(replace(new.title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(new.body, 'ё', "
                "'е'), 'Ё', 'Е'), replace(replace(new.tags, 'ё', 'е'), 'Ё', 'Е')); END"),
            QStringLiteral("CREATE TRIGGER kb_fts_delete AFTER DELETE ON kb_articles BEGIN "
                           "INSERT INTO kb_fts (kb_fts, rowid, title, body, tags) VALUES "
                           "('delete', old.seq, replace(replace(old.title, 'ё', 'е'), 'Ё', 'Е'), "
                           "replace(replace(old.body, 'ё', 'е'), 'Ё', 'Е'), "
                           "replace(replace(old.tags, 'ё', 'е'), 'Ё', 'Е')); END"),
            QStringLiteral(
                "CREATE TRIGGER kb_fts_update AFTER UPDATE ON kb_articles BEGIN "
                "INSERT INTO kb_fts (kb_fts, rowid, title, body, tags) VALUES "
                "('delete', old.seq, replace(replace(old.title, 'ё', 'е'), 'Ё', 'Е'), "
                "replace(replace(old.body, 'ё', 'е'), 'Ё', 'Е'), replace(replace(old.tags, 'ё', "
                "'е'), 'Ё', 'Е')); "
                "INSERT INTO kb_fts (rowid, title, body, tags) VALUES (new.seq, "
                "replace(replace(new.title, 'ё', 'е'), 'Ё', 'Е'), replace(replace(new.body, 'ё', "
                "'е'), 'Ё', 'Е'), replace(replace(new.tags, 'ё', 'е'), 'Ё', 'Е')); END"),
            QStringLiteral("CREATE VIRTUAL TABLE message_fts USING fts5(body, "
                           "content='messages', content_rowid='seq', "
                           "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
            QStringLiteral("CREATE TRIGGER message_fts_insert AFTER INSERT ON messages BEGIN "
                           "INSERT INTO message_fts (rowid, body) VALUES (new.seq, "
                           "replace(replace(new.body, 'ё', 'е'), 'Ё', 'Е')); END"),
            QStringLiteral("CREATE TRIGGER message_fts_delete AFTER DELETE ON messages BEGIN "
                           "INSERT INTO message_fts (message_fts, rowid, body) VALUES ('delete', "
                           "old.seq, replace(replace(old.body, 'ё', 'е'), 'Ё', 'Е')); END"),
            QStringLiteral("CREATE TRIGGER message_fts_update AFTER UPDATE OF body ON messages "
                           "BEGIN INSERT INTO message_fts (message_fts, rowid, body) VALUES "
                           "('delete', old.seq, replace(replace(old.body, 'ё', 'е'), 'Ё', 'Е')); "
                           "INSERT INTO message_fts (rowid, body) "
                           "VALUES (new.seq, replace(replace(new.body, 'ё', 'е'), 'Ё', 'Е')); END"),
        },
        // 2: the reply the operator is writing, per ticket, so it survives a restart.
        {
            QStringLiteral("CREATE TABLE reply_drafts (ticket_id TEXT PRIMARY KEY, body TEXT NOT "
                           "NULL, internal INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT "
                           "NULL)"),
        },
        // 3: read marks behind the queue's unread markers: the last message seq the operator
        // had when they opened the ticket. Local only; the back office does not know them.
        {
            QStringLiteral("CREATE TABLE ticket_reads (ticket_id TEXT PRIMARY KEY, "
                           "last_read_seq INTEGER NOT NULL)"),
        },
        // 4: the ticket queue at 100,000 tickets (docs/performance.md, issue 6). The SLA and
        // waiting times become columns (copied from server_json by storeServerTicket), the two
        // sort keys generated columns over them, and each sort order an index that also holds
        // what the filters and the search read, so a page is a short walk of one index instead
        // of a scan of every ticket's JSON and a sort. TicketQueueQuery's SQL names these exact
        // expressions; the planner test in TicketQueueModelTest keeps them in use.
        {
            QStringLiteral("ALTER TABLE tickets ADD COLUMN first_response_due TEXT"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN resolution_due TEXT"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN first_response_at TEXT"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN last_customer_message_at TEXT"),
            QStringLiteral(
                "UPDATE tickets SET first_response_due = json_extract(server_json, "
                "'$.first_response_due'), resolution_due = json_extract(server_json, "
                "'$.resolution_due'), first_response_at = json_extract(server_json, "
                "'$.first_response_at'), last_customer_message_at = json_extract(server_json, "
                "'$.last_customer_message_at')"),
            // The display status (with local echo) decides whether a clock runs, as before.
            QStringLiteral("ALTER TABLE tickets ADD COLUMN sla_due TEXT GENERATED ALWAYS AS "
                           "(CASE WHEN status IN ('resolved', 'closed') THEN NULL WHEN "
                           "first_response_at IS NULL THEN first_response_due ELSE "
                           "resolution_due END) VIRTUAL"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN waiting_since TEXT GENERATED ALWAYS "
                           "AS (CASE WHEN status IN ('new', 'open') THEN "
                           "last_customer_message_at END) VIRTUAL"),
            // Rows without a clock go last in both directions, ties newest first. The default
            // order (SLA, most urgent first) also holds the subject, so a text search reads no
            // table rows; the other orders fetch the subject from the table when searching.
            QStringLiteral("CREATE INDEX tickets_queue_sla ON tickets (sla_due IS NULL, sla_due, "
                           "number DESC, id, status, assignee_id, channel, queue, customer_id, "
                           "subject)"),
            QStringLiteral("CREATE INDEX tickets_queue_sla_desc ON tickets (sla_due IS NULL, "
                           "sla_due DESC, number DESC, id, status, assignee_id, channel, queue, "
                           "customer_id)"),
            QStringLiteral("CREATE INDEX tickets_queue_waiting ON tickets (waiting_since IS NULL, "
                           "waiting_since, number DESC, id, status, assignee_id, channel, queue, "
                           "customer_id)"),
            QStringLiteral("CREATE INDEX tickets_queue_waiting_desc ON tickets (waiting_since IS "
                           "NULL, waiting_since DESC, number DESC, id, status, assignee_id, "
                           "channel, queue, customer_id)"),
            // "Mine" and the chat pane's tickets assigned to me (covering: no table reads); a
            // customer's previous tickets.
            QStringLiteral("CREATE INDEX tickets_assignee ON tickets (assignee_id, status, id)"),
            QStringLiteral("CREATE INDEX tickets_customer ON tickets (customer_id)"),
            // The queue filter's list of queues.
            QStringLiteral("CREATE INDEX tickets_queue_name ON tickets (queue)"),
            // A ticket's messages by author: the queue's unread markers (the last operator
            // reply, customer messages after it) and the open conversations' waiting times.
            QStringLiteral("CREATE INDEX messages_author ON messages (ticket_id, author_kind, "
                           "internal, created_at)"),
        },
        // 5: the store writes the full-text indexes itself (LocalStore::insertMessage,
        // ChangeFeedApplier::storeKbArticle) instead of insert and update triggers. A trigger that
        // writes to an FTS5 table runs under a statement savepoint, and FTS5 flushes its pending
        // index at every savepoint: each row inserted by its own statement wrote an index segment
        // of its own, and merging them was most of a first sync's time. The delete triggers stay
        // (deletes are rare). The message index loses its prefix indexes and per-row sizes:
        // messages are listed newest first, never ranked or snippeted, and a prefix query without
        // a prefix index still finds everything, by a range of the term index.
        {
            QStringLiteral("DROP TRIGGER message_fts_insert"),
            QStringLiteral("DROP TRIGGER kb_fts_insert"),
            QStringLiteral("DROP TRIGGER kb_fts_update"),
            QStringLiteral("DROP TABLE message_fts"),
            QStringLiteral("CREATE VIRTUAL TABLE message_fts USING fts5(body, "
                           "content='messages', content_rowid='seq', "
                           "tokenize='unicode61 remove_diacritics 2', columnsize=0)"),
            QStringLiteral("INSERT INTO message_fts (rowid, body) SELECT seq, "
                           "replace(replace(body, 'ё', 'е'), 'Ё', 'Е') FROM messages"),
            // Merged by CacheMaintenance between commands, not inside them.
            QStringLiteral("INSERT INTO message_fts (message_fts, rank) VALUES ('automerge', 0)"),
        },
        // 6: a second, small index over KB titles and tags, for LocalStore::searchKb's first
        // tier: the words an operator types are in most articles' bodies, and ranking every
        // article that has them cost tens of milliseconds; titles and tags are a few words each.
        {
            QStringLiteral("CREATE VIRTUAL TABLE kb_title_fts USING fts5(title, tags, "
                           "content='kb_articles', content_rowid='seq', "
                           "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
            QStringLiteral("INSERT INTO kb_title_fts (rowid, title, tags) SELECT seq, "
                           "replace(replace(title, 'ё', 'е'), 'Ё', 'Е'), "
                           "replace(replace(tags, 'ё', 'е'), 'Ё', 'Е') FROM kb_articles"),
            QStringLiteral("CREATE TRIGGER kb_title_fts_delete AFTER DELETE ON kb_articles BEGIN "
                           "INSERT INTO kb_title_fts (kb_title_fts, rowid, title, tags) VALUES "
                           "('delete', old.seq, replace(replace(old.title, 'ё', 'е'), 'Ё', 'Е'), "
                           "replace(replace(old.tags, 'ё', 'е'), 'Ё', 'Е')); END"),
        },
        // 7: the message index may have a backlog (app/store/MessageIndex.h): messages above the
        // mark in sync_state are not in it yet, so deleting or editing one must not touch it.
        {
            QStringLiteral("DROP TRIGGER message_fts_delete"),
            QStringLiteral("DROP TRIGGER message_fts_update"),
            QStringLiteral("CREATE TRIGGER message_fts_delete AFTER DELETE ON messages WHEN "
                           "old.seq <= COALESCE((SELECT CAST(value AS INTEGER) FROM sync_state "
                           "WHERE key = 'message_index_upto'), old.seq) BEGIN "
                           "INSERT INTO message_fts (message_fts, rowid, body) VALUES ('delete', "
                           "old.seq, replace(replace(old.body, 'ё', 'е'), 'Ё', 'Е')); END"),
            QStringLiteral("CREATE TRIGGER message_fts_update AFTER UPDATE OF body ON messages "
                           "WHEN old.seq <= COALESCE((SELECT CAST(value AS INTEGER) FROM "
                           "sync_state WHERE key = 'message_index_upto'), old.seq) BEGIN "
                           "INSERT INTO message_fts (message_fts, rowid, body) VALUES ('delete', "
                           "old.seq, replace(replace(old.body, 'ё', 'е'), 'Ё', 'Е')); "
                           "INSERT INTO message_fts (rowid, body) "
                           "VALUES (new.seq, replace(replace(new.body, 'ё', 'е'), 'Ё', 'Е')); END"),
        },
        // 8: who is signed in comes from the session (SignedInUser), not from keys in the cache.
        {
            QStringLiteral("DELETE FROM sync_state WHERE key IN ('me_id', 'me_name', 'me_line', "
                           "'me_team')"),
        },
        // 9: help flags (an operator's call for a supervisor, issue 17) and the SLA breaches a
        // supervisor's alerts watch; both from the change feed. Breaches the feed brought before
        // this version were skipped: the alerts only look at fresh ones.
        {
            QStringLiteral("CREATE TABLE help_flags (id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL, "
                           "raised_at TEXT, lowered_at TEXT, local_pending INTEGER NOT NULL "
                           "DEFAULT 0, json TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX help_flags_ticket ON help_flags (ticket_id, raised_at)"),
            QStringLiteral("CREATE INDEX help_flags_raised ON help_flags (lowered_at, raised_at)"),
            QStringLiteral("CREATE TABLE sla_breaches (id TEXT PRIMARY KEY, ticket_id TEXT NOT "
                           "NULL, queue TEXT, kind TEXT, breached_at TEXT)"),
            QStringLiteral("CREATE INDEX sla_breaches_time ON sla_breaches (breached_at)"),
        },
        // 10: the stores the center serves (issue 17, item 11): an article's store (null: for
        // every store) and each queue's, so the KB search of a ticket offers its store's articles
        // and the shared ones. Articles synced before keep null until their next change.
        {
            QStringLiteral("ALTER TABLE kb_articles ADD COLUMN project_id TEXT"),
            QStringLiteral("CREATE TABLE queues (id TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT "
                           "'', project_id TEXT)"),
        },
        // 11: a canned response's store (issue 17, item 11; null: for every store), so the picker
        // beside a ticket offers its store's responses and the shared ones, as the KB search does.
        // Responses synced before keep null until their next change.
        {
            QStringLiteral("ALTER TABLE macros ADD COLUMN project_id TEXT"),
        },
        // 12: a supervisor's whisper (issue 18, item 2): internal like a note, but drawn as hers
        // to the operator. Messages synced before keep 0; a whisper is never edited.
        {
            QStringLiteral("ALTER TABLE messages ADD COLUMN whisper INTEGER NOT NULL DEFAULT 0"),
        },
        // 13: the courses a trainer assigned the operator (issue 19, item 10), from the feed's
        // `training_course` changes; `json` is the course as the back office sent it, `status`
        // and `version` the cache's word (a queued move shows before the back office confirms).
        {
            QStringLiteral("CREATE TABLE training_courses (id TEXT PRIMARY KEY, status TEXT NOT "
                           "NULL, version INTEGER NOT NULL, created_at TEXT, json TEXT NOT NULL)"),
        },
        // 14: the trainee's exams and practice (issue 19, items 7-8), from the feed's `exam`
        // changes (or the trainee's GET); `json` is the exam as the back office sent it, `shown`
        // when each question was first on her screen ({"q1": time}), `answered` the questions
        // she answered here (shown at once, before the back office confirms).
        {
            QStringLiteral("CREATE TABLE exams (id TEXT PRIMARY KEY, state TEXT NOT NULL, version "
                           "INTEGER NOT NULL, created_at TEXT, json TEXT NOT NULL, shown TEXT NOT "
                           "NULL DEFAULT '{}', answered TEXT NOT NULL DEFAULT '[]')"),
        },
        // 15: the canned response a draft was made from (by slug), so a reply finished after a
        // restart still says which it was (a scenario's customer branches on it). Drafts kept
        // before have none.
        {
            QStringLiteral("ALTER TABLE reply_drafts ADD COLUMN macro TEXT NOT NULL DEFAULT ''"),
        },
    };
    return migrations;
}

} // namespace frontline::app

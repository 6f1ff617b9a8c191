#include "server/storage/SchemaSupervision.h"

namespace frontline::server::schema::supervision {

// The audit log (issue 18): who watched, wrote into, took or moved which conversation, and when.
// Rows are only added: a trigger on each database refuses to change or remove one, whatever code
// or console asks. `ticket_id` and `subject_id` are plain numbers, not references, so a row
// outlives what it is about.
QStringList version17()
{
    return {
        QStringLiteral(R"(CREATE TABLE audit_log (
            id {{ID}},
            at BIGINT NOT NULL,
            actor_id BIGINT NOT NULL REFERENCES operators(id),
            actor_role TEXT NOT NULL,
            action TEXT NOT NULL,
            ticket_id BIGINT,
            subject_id BIGINT,
            details TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE INDEX audit_log_ticket ON audit_log (ticket_id, at)"),
        QStringLiteral("CREATE INDEX audit_log_actor ON audit_log (actor_id, at)"),
        QStringLiteral("{{SQLITE}}CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit rows are never changed'); END"),
        QStringLiteral("{{SQLITE}}CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit rows are never removed'); END"),
        QStringLiteral("{{POSTGRESQL}}CREATE FUNCTION audit_log_unchanged() RETURNS trigger "
                       "LANGUAGE plpgsql AS 'BEGIN RAISE EXCEPTION ''audit rows are never "
                       "changed or removed''; END'"),
        QStringLiteral("{{POSTGRESQL}}CREATE TRIGGER audit_log_unchanged BEFORE UPDATE OR DELETE "
                       "ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_unchanged()"),
    };
}

// Live monitoring (issue 18): a whisper is an internal message marked as one; who watches which
// conversation (never exclusive); and who is in it (barged in or took it over), one supervisor
// per ticket, which the primary key makes sure of on both databases.
QStringList version19()
{
    return {
        QStringLiteral("ALTER TABLE messages ADD COLUMN whisper INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(R"(CREATE TABLE ticket_monitors (
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            supervisor_id BIGINT NOT NULL REFERENCES operators(id),
            started_at BIGINT NOT NULL,
            PRIMARY KEY (ticket_id, supervisor_id)))"),
        QStringLiteral(R"(CREATE TABLE ticket_supervision (
            ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id),
            supervisor_id BIGINT NOT NULL REFERENCES operators(id),
            taken_from BIGINT,
            taken_over INTEGER NOT NULL DEFAULT 0,
            since BIGINT NOT NULL))"),
    };
}

} // namespace frontline::server::schema::supervision

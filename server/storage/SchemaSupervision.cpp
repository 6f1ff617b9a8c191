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

// Quality assurance (issue 18, items 6 and 7): scorecards in versions (a version is never changed:
// a PUT adds one, and a review points at the one it was scored with), reviews with their answers,
// and the reviewed operator's disputes with the reviewer's replies.
QStringList version18()
{
    return {
        QStringLiteral(R"(CREATE TABLE scorecards (
            id {{ID}},
            version BIGINT NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE scorecard_versions (
            scorecard_id BIGINT NOT NULL REFERENCES scorecards(id),
            version BIGINT NOT NULL,
            name TEXT NOT NULL,
            channel TEXT,
            locale TEXT NOT NULL,
            sections TEXT NOT NULL,
            created_by BIGINT REFERENCES operators(id),
            created_at BIGINT NOT NULL,
            PRIMARY KEY (scorecard_id, version)))"),
        QStringLiteral(R"(CREATE TABLE qa_reviews (
            id {{ID}},
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            operator_id BIGINT NOT NULL REFERENCES operators(id),
            reviewer_id BIGINT NOT NULL REFERENCES operators(id),
            scorecard_id BIGINT NOT NULL,
            scorecard_version BIGINT NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            critical_missed INTEGER NOT NULL DEFAULT 0,
            breakdown TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('new', 'acknowledged', 'disputed', 'answered')),
            created_at BIGINT NOT NULL,
            acknowledged_at BIGINT,
            updated_at BIGINT NOT NULL,
            FOREIGN KEY (scorecard_id, scorecard_version)
                REFERENCES scorecard_versions (scorecard_id, version)))"),
        QStringLiteral("CREATE INDEX qa_reviews_operator ON qa_reviews (operator_id, created_at)"),
        QStringLiteral("CREATE INDEX qa_reviews_reviewer ON qa_reviews (reviewer_id, created_at)"),
        QStringLiteral("CREATE INDEX qa_reviews_ticket ON qa_reviews (ticket_id)"),
        QStringLiteral(R"(CREATE TABLE qa_review_answers (
            review_id BIGINT NOT NULL REFERENCES qa_reviews(id),
            position INTEGER NOT NULL,
            criterion_id TEXT NOT NULL,
            value INTEGER,
            comment TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (review_id, position)))"),
        QStringLiteral(R"(CREATE TABLE qa_review_comments (
            id {{ID}},
            review_id BIGINT NOT NULL REFERENCES qa_reviews(id),
            kind TEXT NOT NULL CHECK (kind IN ('dispute', 'reply')),
            author_id BIGINT NOT NULL REFERENCES operators(id),
            body TEXT NOT NULL,
            at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX qa_review_comments_review ON qa_review_comments "
                       "(review_id, id)"),
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

// Calibration (issue 18, item 8): sessions in which several reviewers score the same conversations
// against one scorecard version, blind to each other until the lead closes the session; one score
// per reviewer and conversation (the primary key), and the score the lead agreed on.
QStringList version20()
{
    return {
        QStringLiteral(R"(CREATE TABLE calibration_sessions (
            id {{ID}},
            name TEXT NOT NULL,
            lead_id BIGINT NOT NULL REFERENCES operators(id),
            scorecard_id BIGINT NOT NULL,
            scorecard_version BIGINT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
            created_at BIGINT NOT NULL,
            closed_at BIGINT,
            client_key TEXT,
            client_request_hash TEXT,
            FOREIGN KEY (scorecard_id, scorecard_version)
                REFERENCES scorecard_versions (scorecard_id, version)))"),
        QStringLiteral("CREATE INDEX calibration_sessions_closed ON calibration_sessions "
                       "(status, closed_at)"),
        QStringLiteral("CREATE UNIQUE INDEX calibration_sessions_client_key ON "
                       "calibration_sessions (lead_id, client_key) WHERE client_key IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE calibration_tickets (
            session_id BIGINT NOT NULL REFERENCES calibration_sessions(id),
            position INTEGER NOT NULL,
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            agreed_score DOUBLE PRECISION,
            agreed_by BIGINT REFERENCES operators(id),
            agreed_at BIGINT,
            PRIMARY KEY (session_id, ticket_id)))"),
        QStringLiteral(R"(CREATE TABLE calibration_reviewers (
            session_id BIGINT NOT NULL REFERENCES calibration_sessions(id),
            position INTEGER NOT NULL,
            reviewer_id BIGINT NOT NULL REFERENCES operators(id),
            PRIMARY KEY (session_id, reviewer_id)))"),
        QStringLiteral("CREATE INDEX calibration_reviewers_reviewer ON calibration_reviewers "
                       "(reviewer_id, session_id)"),
        QStringLiteral(R"(CREATE TABLE calibration_scores (
            session_id BIGINT NOT NULL REFERENCES calibration_sessions(id),
            ticket_id BIGINT NOT NULL REFERENCES tickets(id),
            reviewer_id BIGINT NOT NULL REFERENCES operators(id),
            score DOUBLE PRECISION NOT NULL,
            critical_missed INTEGER NOT NULL DEFAULT 0,
            breakdown TEXT NOT NULL,
            answers TEXT NOT NULL,
            updated_at BIGINT NOT NULL,
            PRIMARY KEY (session_id, ticket_id, reviewer_id)))"),
    };
}

} // namespace frontline::server::schema::supervision

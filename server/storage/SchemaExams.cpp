#include "server/storage/SchemaExams.h"

namespace frontline::server::schema::exams {

// In a sandbox's store: the live exam (one row per trainee, `operator_id` her sandbox account),
// its drawn scenarios and their tickets, what the desktop reported and her answers. In
// production's: `training_results`, one row per exam, kept after the sandbox is gone. Exam ids
// are unique across the back office ("ex-" and 16 random hex digits), so production finds a
// sandbox's exam through its record.
QStringList version24()
{
    return {
        QStringLiteral(R"(CREATE TABLE exams (
            id TEXT PRIMARY KEY,
            mode TEXT NOT NULL CHECK (mode IN ('exam', 'practice')),
            operator_id BIGINT NOT NULL REFERENCES operators(id),
            production_operator_id BIGINT NOT NULL,
            trainer_id BIGINT REFERENCES operators(id),
            pack_id TEXT NOT NULL,
            pack_version BIGINT NOT NULL,
            duration_minutes INTEGER,
            simultaneous INTEGER NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('not_started', 'running', 'closed')),
            started_at BIGINT,
            closes_at BIGINT,
            closed_at BIGINT,
            result TEXT,
            created_by TEXT NOT NULL,
            created_by_id BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            version BIGINT NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX exams_operator ON exams (operator_id, state)"),
        QStringLiteral(R"(CREATE TABLE exam_conversations (
            exam_id TEXT NOT NULL REFERENCES exams(id),
            position INTEGER NOT NULL,
            scenario_id TEXT NOT NULL,
            ticket_id BIGINT REFERENCES tickets(id),
            state TEXT NOT NULL CHECK (state IN ('waiting', 'active', 'ended')),
            turn TEXT,
            started_at BIGINT,
            ended_at BIGINT,
            hinted INTEGER NOT NULL DEFAULT 0,
            rating INTEGER,
            PRIMARY KEY (exam_id, position)))"),
        QStringLiteral("CREATE INDEX exam_conversations_ticket ON exam_conversations (ticket_id)"),
        QStringLiteral(R"(CREATE TABLE exam_events (
            id {{ID}},
            exam_id TEXT NOT NULL REFERENCES exams(id),
            kind TEXT NOT NULL,
            ticket_id BIGINT,
            question_id TEXT,
            text TEXT NOT NULL,
            at BIGINT NOT NULL,
            received_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX exam_events_exam ON exam_events (exam_id, at)"),
        QStringLiteral(R"(CREATE TABLE exam_answers (
            exam_id TEXT NOT NULL REFERENCES exams(id),
            question_id TEXT NOT NULL,
            shown_at BIGINT,
            answered_at BIGINT,
            chosen TEXT NOT NULL,
            text TEXT NOT NULL,
            received_at BIGINT NOT NULL,
            PRIMARY KEY (exam_id, question_id)))"),
        QStringLiteral(R"(CREATE TABLE training_results (
            exam_id TEXT PRIMARY KEY,
            sandbox TEXT NOT NULL,
            mode TEXT NOT NULL,
            operator_id BIGINT NOT NULL REFERENCES operators(id),
            pack_id TEXT NOT NULL,
            pack_version BIGINT NOT NULL,
            state TEXT NOT NULL,
            total DOUBLE PRECISION,
            passed INTEGER,
            band TEXT,
            exam TEXT NOT NULL,
            created_by BIGINT NOT NULL,
            created_at BIGINT NOT NULL,
            closed_at BIGINT,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX training_results_sandbox ON training_results (sandbox, "
                       "created_at)"),
        QStringLiteral("CREATE INDEX training_results_operator ON training_results (operator_id, "
                       "created_at)"),
    };
}

QStringList version25()
{
    return {QStringLiteral("ALTER TABLE messages ADD COLUMN macro TEXT")};
}

} // namespace frontline::server::schema::exams

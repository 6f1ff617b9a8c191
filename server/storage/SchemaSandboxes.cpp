#include "server/storage/SchemaSandboxes.h"

namespace frontline::server::schema::sandboxes {

// The registry of trainers' sandboxes and their cohorts, read in production only (every store
// has the tables, a sandbox's stay empty). Each sandbox's own rows live in its own store; a
// trainee here is a production operator, with an account of the same name in the sandbox.
QStringList version21()
{
    return {
        QStringLiteral(R"(CREATE TABLE sandboxes (
            name TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            pack_id TEXT,
            created_by BIGINT NOT NULL REFERENCES operators(id),
            created_at BIGINT NOT NULL,
            reset_at BIGINT))"),
        QStringLiteral("CREATE INDEX sandboxes_created_by ON sandboxes (created_by)"),
        QStringLiteral(R"(CREATE TABLE sandbox_trainees (
            sandbox TEXT NOT NULL REFERENCES sandboxes(name) ON DELETE CASCADE,
            operator_id BIGINT NOT NULL REFERENCES operators(id),
            added_at BIGINT NOT NULL,
            PRIMARY KEY (sandbox, operator_id)))"),
        QStringLiteral("CREATE INDEX sandbox_trainees_operator ON sandbox_trainees (operator_id)"),
    };
}

QStringList version26()
{
    return {QStringLiteral("ALTER TABLE sandboxes ADD COLUMN state TEXT NOT NULL DEFAULT 'ready'")};
}

} // namespace frontline::server::schema::sandboxes

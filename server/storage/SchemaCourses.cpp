#include "server/storage/SchemaCourses.h"

namespace frontline::server::schema::courses {

// A course of scenarios for one operator. `scenario_ids` is the JSON array as assigned (the pack's
// ids, checked only for their form: the pack may change or go); `version` guards PATCH.
QStringList version23()
{
    return {
        QStringLiteral(R"(CREATE TABLE training_courses (
            id {{ID}},
            operator_id BIGINT NOT NULL REFERENCES operators(id),
            assigned_by BIGINT NOT NULL REFERENCES operators(id),
            pack_id TEXT NOT NULL,
            scenario_ids TEXT NOT NULL,
            reason TEXT NOT NULL,
            due_date TEXT,
            status TEXT NOT NULL CHECK (status IN ('assigned', 'started', 'completed',
                                                   'cancelled')),
            version BIGINT NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL))"),
        QStringLiteral("CREATE INDEX training_courses_operator ON training_courses "
                       "(operator_id, status)"),
    };
}

} // namespace frontline::server::schema::courses

#include "server/storage/SchemaPacks.h"

namespace frontline::server::schema::packs {

// Scenario packs (issue 19, item 4) in versions: an import adds a version and never changes
// one, so an exam keeps the pack it was taken on. `body` is the pack as export gives it back;
// the other columns are what the list shows without reading it.
QStringList version22()
{
    return {
        QStringLiteral(R"(CREATE TABLE scenario_packs (
            pack_id TEXT NOT NULL,
            version BIGINT NOT NULL,
            title TEXT NOT NULL,
            language TEXT NOT NULL,
            scenarios INTEGER NOT NULL,
            body TEXT NOT NULL,
            imported_by BIGINT REFERENCES operators(id),
            imported_at BIGINT NOT NULL,
            PRIMARY KEY (pack_id, version)))"),
    };
}

} // namespace frontline::server::schema::packs

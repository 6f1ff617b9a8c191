#pragma once

#include "protocol/Result.h"

#include <QString>

namespace frontline::server {

class ChangeLog;
class Store;

struct KbImportSummary
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;

    // "imported 3 new, 1 updated, 26 unchanged", as `kb import` prints it.
    QString toString() const;
};

// Imports a folder tree of Markdown (.md, .markdown) and HTML (.html, .htm) articles in one
// locale, converted to plain text. The title is the first "# heading" or <title> (else <h1>,
// else the file name); the subfolders are the tags ("delivery/foo.md" -> "delivery"); the slug
// comes from the path without extension ("delivery/foo.md" -> "delivery-foo"). A file that
// opens with front matter "---\nproject: SLUG\n---" is for that store (a project of the
// workspace) only; the others are for every store. Running it
// again updates changed articles (a new version) and leaves the others alone. All or nothing:
// one transaction, joined when the caller already holds one (the demo seeder).
Result<KbImportSummary> importKnowledgeBase(Store &store, ChangeLog &changes,
                                            const QString &directory, const QString &locale,
                                            qint64 nowMs);

// Imports canned responses from a JSON array of {"id", "locale", "title", "shortcut", "body"}
// (resources/demo/macros.json), upserting each by its id, which becomes the macro's slug. An
// entry with "project": SLUG is for that store (a project of the workspace) only, as an article's
// front matter says; the others are for every store, and importing one again without it gives it
// back to every store. Returns how many macros the file holds. Same transaction rules as
// importKnowledgeBase.
Result<int> importMacros(Store &store, ChangeLog &changes, const QString &jsonFile, qint64 nowMs);

} // namespace frontline::server

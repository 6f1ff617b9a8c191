#pragma once

#include <QString>
#include <QStringList>

// The text rules of the knowledge base: what a converted source looks like, slugs, and the
// folding and excerpts search needs. Markdown and HTML conversion live in MarkdownText.h and
// HtmlText.h. No QtGui here: the back office links QtCore only.
namespace frontline::server::kb {

// A converted source file: its title (empty when the source has none) and plain-text body.
// Article bodies are always plain text: the desktop shows them verbatim, so nothing that arrives
// as Markdown or HTML may keep its markup.
struct ConvertedText
{
    QString title;
    QString body;
};

// Trailing spaces of every line, and blank lines at both ends, removed.
QString trimmedLines(const QString &text);

// A URL-safe slug: lowercase ASCII letters, digits and single dashes; Cyrillic is transliterated
// ("Возврат товара" -> "vozvrat-tovara"). Empty when nothing usable is left.
QString slugify(const QString &text, int maxLength = 80);

// The form both stored search text and queries are folded to, so matching is case-insensitive
// for every alphabet on SQLite (whose LOWER() folds ASCII only) and PostgreSQL alike.
QString searchForm(const QString &text);

// The search words of a query, in search form, without duplicates; at most `maxTerms`.
QStringList searchTerms(const QString &query, int maxTerms = 8);

// About `length` characters of `body` on one line around the first of `terms` it contains (or
// its start), cut at word boundaries, with "…" where text was left out.
QString snippet(const QString &body, const QStringList &terms, int length = 160);

} // namespace frontline::server::kb

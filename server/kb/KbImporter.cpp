#include "server/kb/KbImporter.h"

#include "protocol/Macro.h"
#include "server/feed/ChangeLog.h"
#include "server/kb/HtmlText.h"
#include "server/kb/KbService.h"
#include "server/kb/MarkdownText.h"
#include "server/storage/Store.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <optional>

namespace frontline::server {
namespace {

Error importError(const QString &message)
{
    return Error{QStringLiteral("import_failed"), message};
}

// A link in an import folder could make any file the importing user can read (/etc/passwd, a
// key) into an article every operator searches, so an import takes plain files only: no link,
// nothing that resolves outside the folder handed to it.
Result<void> refuseLinks(const QFileInfo &entry, const QString &canonicalRoot)
{
    if (entry.isSymLink()) {
        return importError(
            QStringLiteral("%1 is a symbolic link; an import takes plain files only, remove it")
                .arg(entry.filePath()));
    }
    if (canonicalRoot.isEmpty())
        return {};
    const QString resolved = entry.canonicalFilePath();
    if (resolved.isEmpty() || !resolved.startsWith(canonicalRoot + u'/')) {
        return importError(QStringLiteral("%1 resolves outside the folder %2")
                               .arg(entry.filePath(), canonicalRoot));
    }
    return {};
}

// The folder's article files, in the same order on every run, so ids follow the folder tree.
// Links are listed (QDir::System shows broken ones too) but never followed, and refused.
Result<QStringList> articleFiles(const QDir &root)
{
    const QString canonicalRoot = root.canonicalPath();
    const QStringList suffixes{QStringLiteral("md"), QStringLiteral("markdown"),
                               QStringLiteral("html"), QStringLiteral("htm")};
    QStringList files;
    QDirIterator it(root.absolutePath(),
                    QDir::Files | QDir::Dirs | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo entry = it.fileInfo();
        if (auto plain = refuseLinks(entry, canonicalRoot); !plain)
            return plain.error();
        if (entry.isFile() && suffixes.contains(entry.suffix().toLower()))
            files << entry.filePath();
    }
    files.sort();
    return files;
}

Result<QString> readText(const QString &path)
{
    if (auto plain = refuseLinks(QFileInfo(path), QString()); !plain)
        return plain.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return importError(QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

// "return-within-14-days" -> "Return within 14 days": the title of a file without a heading.
QString titleFromFileName(const QString &baseName)
{
    QString title = baseName;
    title.replace(u'-', u' ').replace(u'_', u' ');
    title = title.simplified();
    if (!title.isEmpty())
        title[0] = title.at(0).toUpper();
    return title;
}

// A file may open with front matter naming the store the article is for:
// "---\nproject: lavka\n---\n". Answers the project's slug (empty: every store) and removes
// the block from `text`.
Result<QString> takeFrontMatter(QString &text, const QString &relative)
{
    static const QRegularExpression block(
        QStringLiteral("\\A\\x{FEFF}?---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(\\r?\\n|\\z)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = block.match(text);
    if (!match.hasMatch())
        return QString();
    QString project;
    for (const QString &line : match.captured(1).split(u'\n', Qt::SkipEmptyParts)) {
        const QString key = line.section(u':', 0, 0).trimmed();
        const QString value = line.section(u':', 1).trimmed();
        if (key != u"project" || value.isEmpty()) {
            return importError(
                QStringLiteral("%1: front matter takes one line, \"project: SLUG\"; not \"%2\"")
                    .arg(relative, line.trimmed()));
        }
        project = value;
    }
    text.remove(0, match.capturedEnd(0));
    return project;
}

Result<KbArticleDraft> readArticle(const QDir &root, const QString &path, const QString &locale,
                                   QString *projectSlug)
{
    auto source = readText(path);
    if (!source)
        return source.error();
    auto project = takeFrontMatter(source.value(), root.relativeFilePath(path));
    if (!project)
        return project.error();
    *projectSlug = project.value();
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const kb::ConvertedText converted = suffix == u"html" || suffix == u"htm"
                                            ? kb::convertHtml(source.value())
                                            : kb::convertMarkdown(source.value());
    const QString relative = root.relativeFilePath(path);
    QStringList folders = relative.split(u'/', Qt::SkipEmptyParts);
    folders.removeLast();

    KbArticleDraft draft;
    draft.locale = locale;
    draft.title =
        converted.title.isEmpty() ? titleFromFileName(info.completeBaseName()) : converted.title;
    draft.body = converted.body;
    draft.tags = folders;
    const QString withoutSuffix = relative.left(relative.size() - suffix.size() - 1);
    draft.slug = kb::slugify(withoutSuffix, 120);
    draft.source = relative;
    if (draft.slug.isEmpty())
        return importError(QStringLiteral("%1: no slug can be made from its path").arg(relative));
    return draft;
}

// The project (a store of this workspace) with this slug; 0 for none named.
Result<qint64> projectIdOf(Store &store, const QString &slug)
{
    if (slug.isEmpty())
        return qint64(0);
    auto id = store.scalar(QStringLiteral("SELECT id FROM projects WHERE slug = ?"), {slug});
    if (!id)
        return id.error();
    if (id.value().isNull()) {
        return importError(QStringLiteral("no project \"%1\" in this workspace; add it first "
                                          "(frontline-backoffice project add)")
                               .arg(slug));
    }
    return id.value().toLongLong();
}

// Opens a transaction unless the caller already holds one, and tells the realtime hub about the
// newest change once it is committed.
class ImportTransaction
{
public:
    ImportTransaction(Store &store, ChangeLog &changes, QString entity)
        : m_store(store)
        , m_changes(changes)
        , m_entity(std::move(entity))
    {
        if (!store.inTransaction())
            m_own.emplace(store);
    }

    Result<void> started() const { return m_own ? m_own->started() : Result<void>(); }
    void noteChange(qint64 seq) { m_lastSeq = std::max(m_lastSeq, seq); }

    Result<void> commit()
    {
        if (m_own) {
            if (auto committed = m_own->commit(); !committed)
                return committed;
        }
        if (m_lastSeq > 0)
            m_changes.announce(m_store.workspace(), m_lastSeq, m_entity,
                               ChangeAudience::everyone());
        return {};
    }

private:
    Store &m_store;
    ChangeLog &m_changes;
    QString m_entity; // the kind of the changes announced
    std::optional<Transaction> m_own;
    qint64 m_lastSeq = 0;
};

} // namespace

QString KbImportSummary::toString() const
{
    return QStringLiteral("imported %1 new, %2 updated, %3 unchanged")
        .arg(created)
        .arg(updated)
        .arg(unchanged);
}

Result<KbImportSummary> importKnowledgeBase(Store &store, ChangeLog &changes,
                                            const QString &directory, const QString &locale,
                                            qint64 nowMs)
{
    const QDir root(directory);
    if (directory.isEmpty() || !root.exists())
        return importError(QStringLiteral("No folder %1").arg(directory));
    auto listed = articleFiles(root);
    if (!listed)
        return listed.error();
    const QStringList files = listed.value();

    KbService kb(changes, [nowMs] { return nowMs; });
    KbImportSummary summary;
    ImportTransaction transaction(store, changes, QStringLiteral("kb_article"));
    if (auto started = transaction.started(); !started)
        return started.error();
    for (const QString &path : files) {
        QString projectSlug;
        auto draft = readArticle(QDir(root.absolutePath()), path, locale, &projectSlug);
        if (!draft)
            return draft.error();
        const auto failed = [&draft](const Error &error) {
            return Error{error.code, draft->source + u": " + error.message, error.field};
        };
        auto project = projectIdOf(store, projectSlug);
        if (!project)
            return failed(project.error());
        draft.value().projectId = project.value(); // without front matter: every store
        auto existing = kb.findBySlug(store, locale, draft->slug);
        if (!existing)
            return failed(existing.error());
        Result<KbWrite> written = Error{};
        if (!existing.value()) {
            written = kb.createInTransaction(store, draft.value(), 0);
            ++summary.created;
        } else if (KbService::sameContent(*existing.value(), draft.value())) {
            ++summary.unchanged;
            continue;
        } else {
            written = kb.updateInTransaction(store, *existing.value(), draft.value(), 0);
            ++summary.updated;
        }
        if (!written)
            return failed(written.error());
        transaction.noteChange(written->seq);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

Result<int> importMacros(Store &store, ChangeLog &changes, const QString &jsonFile, qint64 nowMs)
{
    auto text = readText(jsonFile);
    if (!text)
        return text.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        return importError(QStringLiteral("%1 is not a JSON array of macros: %2")
                               .arg(jsonFile, parseError.errorString()));
    }
    const QJsonArray entries = document.array();

    KbService kb(changes, [nowMs] { return nowMs; });
    ImportTransaction transaction(store, changes, QStringLiteral("macro"));
    if (auto started = transaction.started(); !started)
        return started.error();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        protocol::Macro macro;
        macro.slug = entry.value(QLatin1StringView("id")).toString();
        macro.locale = entry.value(QLatin1StringView("locale")).toString();
        macro.title = entry.value(QLatin1StringView("title")).toString().trimmed();
        macro.shortcut = entry.value(QLatin1StringView("shortcut")).toString().trimmed();
        macro.body = entry.value(QLatin1StringView("body")).toString();
        const auto failed = [&](const Error &error) {
            return Error{error.code,
                         QStringLiteral("%1, macro %2 (\"%3\"): %4")
                             .arg(jsonFile)
                             .arg(i + 1)
                             .arg(macro.slug, error.message),
                         error.field};
        };
        // "project": a store's slug, as an article's front matter names it; absent: every store.
        const QJsonValue slug = entry.value(QLatin1StringView("project"));
        if (!slug.isUndefined() && !slug.isNull() && !slug.isString())
            return failed(importError(QStringLiteral("\"project\" must be a store's slug")));
        auto project = projectIdOf(store, slug.toString().trimmed());
        if (!project)
            return failed(project.error());
        macro.projectId = project.value() > 0 ? QString::number(project.value()) : QString();
        auto seq = kb.upsertMacroInTransaction(store, macro);
        if (!seq)
            return failed(seq.error());
        transaction.noteChange(seq.value());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return int(entries.size());
}

} // namespace frontline::server

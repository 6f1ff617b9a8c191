#pragma once

#include "protocol/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

class QRegularExpression;

namespace frontline::protocol {

// A knowledge-base article at its current version. `body` is plain text, never HTML: imported
// HTML and Markdown are converted on the way in, so clients can show it without sanitizing.
// `version` grows with every edit and is what If-Match / ETag compare.
struct KbArticle
{
    QString id;
    QString slug; // unique per locale
    QString locale;
    QString title;
    QString body;
    QStringList tags;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy; // the operator who wrote this version; empty for imported articles
    QString projectId; // the store it is for; empty: for every store the center serves

    QJsonObject toJson() const;
    static Result<KbArticle> fromJson(const QJsonObject &object);

    friend bool operator==(const KbArticle &, const KbArticle &) = default;
};

// One search hit: the article without its body, plus a plain-text excerpt around the match.
struct KbArticleSummary
{
    QString id;
    QString slug;
    QString locale;
    QString title;
    QString snippet;
    QStringList tags;
    qint64 version = 0;
    QDateTime updatedAt;
    QString projectId; // empty: for every store

    QJsonObject toJson() const;
    static Result<KbArticleSummary> fromJson(const QJsonObject &object);

    friend bool operator==(const KbArticleSummary &, const KbArticleSummary &) = default;
};

// One entry of an article's history (`GET /kb/articles/{id}/versions`).
struct KbArticleVersion
{
    qint64 version = 0;
    QString title;
    QDateTime updatedAt;
    QString updatedBy;

    QJsonObject toJson() const;
    static Result<KbArticleVersion> fromJson(const QJsonObject &object);

    friend bool operator==(const KbArticleVersion &, const KbArticleVersion &) = default;
};

// Whether `text` has a slug's shape, as articles and canned responses are named: lowercase
// letters, digits and dashes, starting with a letter or digit (its length is checked apart, as
// limits::KbSlug).
bool isSlugShaped(const QString &text);
const QRegularExpression &slugPattern();

} // namespace frontline::protocol

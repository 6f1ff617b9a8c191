#include "protocol/KbArticle.h"

#include "protocol/Json.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace frontline::protocol {
namespace {

const QLatin1StringView Id("id");
const QLatin1StringView Slug("slug");
const QLatin1StringView Locale("locale");
const QLatin1StringView Title("title");
const QLatin1StringView Body("body");
const QLatin1StringView Snippet("snippet");
const QLatin1StringView Tags("tags");
const QLatin1StringView Version("version");
const QLatin1StringView CreatedAt("created_at");
const QLatin1StringView UpdatedAt("updated_at");
const QLatin1StringView UpdatedBy("updated_by");
const QLatin1StringView ProjectId("project_id");

Result<QStringList> readTags(const QJsonObject &object)
{
    const QJsonValue value = object.value(Tags);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return json::invalidField(Tags, QStringLiteral("must be an array of strings"));
    QStringList tags;
    for (const QJsonValue &tag : value.toArray()) {
        if (!tag.isString())
            return json::invalidField(Tags, QStringLiteral("must be an array of strings"));
        tags.append(tag.toString());
    }
    return tags;
}

// The fields every view of an article shares, read in one place so their errors agree.
template<typename View>
Result<void> readCommon(const QJsonObject &object, View &view)
{
    for (auto [field, target] : {std::pair{Id, &view.id}, std::pair{Slug, &view.slug},
                                 std::pair{Locale, &view.locale}, std::pair{Title, &view.title}}) {
        auto text = json::requireString(object, field);
        if (!text)
            return text.error();
        *target = text.value();
    }
    auto tags = readTags(object);
    if (!tags)
        return tags.error();
    view.tags = tags.value();
    auto version = json::requireInteger(object, Version);
    if (!version)
        return version.error();
    view.version = version.value();
    auto updated = json::optionalTime(object, UpdatedAt);
    if (!updated)
        return updated.error();
    view.updatedAt = updated.value();
    view.projectId = json::optionalString(object, ProjectId);
    return {};
}

} // namespace

QJsonObject KbArticle::toJson() const
{
    return QJsonObject{
        {Id, id},
        {Slug, slug},
        {Locale, locale},
        {Title, title},
        {Body, body},
        {Tags, QJsonArray::fromStringList(tags)},
        {Version, version},
        {CreatedAt, json::timeOrNull(createdAt)},
        {UpdatedAt, json::timeOrNull(updatedAt)},
        {UpdatedBy, json::stringOrNull(updatedBy)},
        {ProjectId, json::stringOrNull(projectId)},
    };
}

Result<KbArticle> KbArticle::fromJson(const QJsonObject &object)
{
    KbArticle article;
    if (auto common = readCommon(object, article); !common)
        return common.error();
    auto body = json::requireString(object, Body);
    if (!body)
        return body.error();
    article.body = body.value();
    auto created = json::optionalTime(object, CreatedAt);
    if (!created)
        return created.error();
    article.createdAt = created.value();
    article.updatedBy = json::optionalString(object, UpdatedBy);
    return article;
}

QJsonObject KbArticleSummary::toJson() const
{
    return QJsonObject{
        {Id, id},
        {Slug, slug},
        {Locale, locale},
        {Title, title},
        {Snippet, snippet},
        {Tags, QJsonArray::fromStringList(tags)},
        {Version, version},
        {UpdatedAt, json::timeOrNull(updatedAt)},
        {ProjectId, json::stringOrNull(projectId)},
    };
}

Result<KbArticleSummary> KbArticleSummary::fromJson(const QJsonObject &object)
{
    KbArticleSummary summary;
    if (auto common = readCommon(object, summary); !common)
        return common.error();
    summary.snippet = json::optionalString(object, Snippet);
    return summary;
}

QJsonObject KbArticleVersion::toJson() const
{
    return QJsonObject{
        {Version, version},
        {Title, title},
        {UpdatedAt, json::timeOrNull(updatedAt)},
        {UpdatedBy, json::stringOrNull(updatedBy)},
    };
}

Result<KbArticleVersion> KbArticleVersion::fromJson(const QJsonObject &object)
{
    KbArticleVersion entry;
    auto version = json::requireInteger(object, Version);
    if (!version)
        return version.error();
    entry.version = version.value();
    auto title = json::requireString(object, Title);
    if (!title)
        return title.error();
    entry.title = title.value();
    auto updated = json::optionalTime(object, UpdatedAt);
    if (!updated)
        return updated.error();
    entry.updatedAt = updated.value();
    entry.updatedBy = json::optionalString(object, UpdatedBy);
    return entry;
}

const QRegularExpression &slugPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern;
}

bool isSlugShaped(const QString &text)
{
    return slugPattern().match(text).hasMatch();
}

} // namespace frontline::protocol

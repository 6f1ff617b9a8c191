#include "protocol/ApiError.h"
#include "protocol/ApiPaths.h"
#include "protocol/Json.h"
#include "server/api/ApiRoutes.h"
#include "server/api/Routes.h"
#include "server/api/StoreScope.h"
#include "server/domain/TicketService.h"
#include "server/kb/KbService.h"

#include <QJsonArray>

namespace frontline::server {
namespace {

using Role = protocol::Role;

HttpResponse articleResponse(const protocol::KbArticle &article, int status = 200)
{
    return HttpResponse::json(article.toJson(), status).withETag(article.version);
}

// The contract's request bodies allow no other fields: a typo must not be dropped silently.
Result<void> onlyFields(const QJsonObject &body, const QStringList &known)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return protocol::json::invalidField(it.key(),
                                                QStringLiteral("is not a field of this request"));
    }
    return {};
}

Result<QStringList> tagsField(const QJsonObject &body)
{
    const QJsonValue value = body.value(QLatin1StringView("tags"));
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return protocol::json::invalidField(QStringLiteral("tags"),
                                            QStringLiteral("must be an array of strings"));
    QStringList tags;
    for (const QJsonValue &tag : value.toArray()) {
        if (!tag.isString())
            return protocol::json::invalidField(QStringLiteral("tags"),
                                                QStringLiteral("must be an array of strings"));
        tags.append(tag.toString());
    }
    return tags;
}

// Reads title, body and tags, the fields both create and replace carry.
Result<KbArticleDraft> contentFields(const QJsonObject &body)
{
    KbArticleDraft draft;
    auto title = protocol::json::requireString(body, QLatin1StringView("title"));
    if (!title)
        return title.error();
    draft.title = title.value();
    auto text = protocol::json::requireString(body, QLatin1StringView("body"));
    if (!text)
        return text.error();
    draft.body = text.value();
    auto tags = tagsField(body);
    if (!tags)
        return tags.error();
    draft.tags = tags.value();
    return draft;
}

HttpResponse searchArticles(KbService &kb, const ApiRequest &request)
{
    KbQuery query;
    query.text = request.query(QStringLiteral("q"));
    query.locale = request.query(QStringLiteral("locale"));
    auto project = searchedStore(request);
    if (!project)
        return errorResponse(project.error());
    query.projectId = project.value();
    auto limit = request.limit(query.limit, 100);
    if (!limit)
        return errorResponse(limit.error());
    query.limit = limit.value();
    auto found = kb.search(*request.caller.store, query);
    if (!found)
        return errorResponse(found.error());
    QJsonArray articles;
    for (const protocol::KbArticleSummary &summary : found.value())
        articles.append(summary.toJson());
    return HttpResponse::json(QJsonObject{{QLatin1StringView("articles"), articles}});
}

HttpResponse createArticle(KbService &kb, const ApiRequest &request)
{
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    if (auto known =
            onlyFields(body.value(), {QStringLiteral("locale"), QStringLiteral("title"),
                                      QStringLiteral("body"), QStringLiteral("tags"),
                                      QStringLiteral("slug"), QStringLiteral("project_id")});
        !known)
        return errorResponse(known.error());
    auto locale = protocol::json::requireString(body.value(), QLatin1StringView("locale"));
    if (!locale)
        return errorResponse(locale.error());
    auto draft = contentFields(body.value());
    if (!draft)
        return errorResponse(draft.error());
    draft.value().locale = locale.value();
    const QJsonValue slug = body->value(QLatin1StringView("slug"));
    if (!slug.isUndefined() && !slug.isNull()) {
        if (!slug.isString() || slug.toString().isEmpty())
            return errorResponse(protocol::json::invalidField(
                QStringLiteral("slug"), QStringLiteral("must be a non-empty string")));
        draft.value().slug = slug.toString();
    }
    const QJsonValue project = body->value(QLatin1StringView("project_id"));
    if (!project.isUndefined() && !project.isNull()) {
        auto id = projectIdField(project.isString() ? project.toString() : QStringLiteral("-"));
        if (!id)
            return errorResponse(id.error());
        draft.value().projectId = id.value();
    }
    auto created = kb.create(*request.caller.store, draft.value(), request.caller.operatorId);
    if (!created)
        return errorResponse(created.error());
    return articleResponse(created.value(), 201);
}

HttpResponse replaceArticle(KbService &kb, const ApiRequest &request)
{
    auto ifMatch = request.ifMatchVersion(true, QStringLiteral("article"));
    if (!ifMatch)
        return errorResponse(ifMatch.error());
    const qint64 version = ifMatch.value();
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    if (auto known = onlyFields(body.value(), {QStringLiteral("title"), QStringLiteral("body"),
                                               QStringLiteral("tags")});
        !known)
        return errorResponse(known.error());
    auto draft = contentFields(body.value());
    if (!draft)
        return errorResponse(draft.error());
    const QString id = request.param(QStringLiteral("id"));
    Store &store = *request.caller.store;
    auto updated = kb.update(store, id, version, draft.value(), request.caller.operatorId);
    if (!updated) {
        HttpResponse response = errorResponse(updated.error());
        if (updated.error().code == protocol::errors::VersionMismatch) {
            // Where the article is now, so the editor can show both sides of the conflict.
            if (auto current = kb.get(store, id))
                response.withETag(current->version);
        }
        return response;
    }
    return articleResponse(updated.value());
}

HttpResponse recordUsage(KbService &kb, TicketService &tickets, const ApiRequest &request)
{
    auto ticket = tickets.getFor(request.caller, request.param(QStringLiteral("id")));
    if (!ticket)
        return errorResponse(ticket.error());
    auto body = request.jsonBody();
    if (!body)
        return errorResponse(body.error());
    if (auto known = onlyFields(body.value(), {QStringLiteral("article_id")}); !known)
        return errorResponse(known.error());
    auto article = protocol::json::requireString(body.value(), QLatin1StringView("article_id"));
    if (!article)
        return errorResponse(article.error());
    if (auto recorded = kb.recordUsage(*request.caller.store, TicketService::parseId(ticket->id),
                                       article.value(), request.caller.operatorId);
        !recorded)
        return errorResponse(recorded.error());
    return HttpResponse::text({}, "application/json", 204);
}

} // namespace

void registerKbRoutes(ApiRoutes &routes, KbService &kb, TicketService &tickets)
{
    const ApiRoutes::Roles readers{Role::Operator, Role::Supervisor, Role::Trainer, Role::Admin};
    const ApiRoutes::Roles writers{Role::Trainer, Role::Admin};
    routes.add(QStringLiteral("GET"), QStringLiteral("/kb/articles"), readers,
               [&kb](const ApiRequest &request) { return searchArticles(kb, request); });
    routes.add(QStringLiteral("POST"), QStringLiteral("/kb/articles"), writers,
               [&kb](const ApiRequest &request) { return createArticle(kb, request); });
    routes.add(QStringLiteral("GET"), QStringLiteral("/kb/articles/{id}"), readers,
               [&kb](const ApiRequest &request) {
                   auto article =
                       kb.get(*request.caller.store, request.param(QStringLiteral("id")));
                   if (!article)
                       return errorResponse(article.error());
                   return articleResponse(article.value());
               });
    routes.add(QStringLiteral("PUT"), QStringLiteral("/kb/articles/{id}"), writers,
               [&kb](const ApiRequest &request) { return replaceArticle(kb, request); });
    routes.add(
        QStringLiteral("GET"), QStringLiteral("/kb/articles/{id}/versions"), readers,
        [&kb](const ApiRequest &request) {
            auto history = kb.versions(*request.caller.store, request.param(QStringLiteral("id")));
            if (!history)
                return errorResponse(history.error());
            QJsonArray versions;
            for (const protocol::KbArticleVersion &version : history.value())
                versions.append(version.toJson());
            return HttpResponse::json(QJsonObject{{QLatin1StringView("versions"), versions}});
        });
    routes.add(
        QStringLiteral("POST"), protocol::paths::TicketKbUsage.toString(),
        {Role::Operator, Role::Supervisor, Role::Admin},
        [&kb, &tickets](const ApiRequest &request) { return recordUsage(kb, tickets, request); });
}

} // namespace frontline::server

#include "protocol/Macro.h"

#include "protocol/Json.h"

namespace frontline::protocol {
namespace {

const QLatin1StringView Id("id");
const QLatin1StringView Slug("slug");
const QLatin1StringView Locale("locale");
const QLatin1StringView Title("title");
const QLatin1StringView Shortcut("shortcut");
const QLatin1StringView Body("body");
const QLatin1StringView ProjectId("project_id");

} // namespace

QJsonObject Macro::toJson() const
{
    QJsonObject object{
        {Id, id},       {Slug, slug},         {Locale, locale},
        {Title, title}, {Shortcut, shortcut}, {Body, body},
    };
    // Omitted for every store: a shared response reads as it did before stores had their own.
    if (!projectId.isEmpty())
        object.insert(ProjectId, projectId);
    return object;
}

Result<Macro> Macro::fromJson(const QJsonObject &object)
{
    Macro macro;
    for (auto [field, target] :
         {std::pair{Id, &macro.id}, std::pair{Slug, &macro.slug}, std::pair{Locale, &macro.locale},
          std::pair{Title, &macro.title}, std::pair{Body, &macro.body}}) {
        auto text = json::requireString(object, field);
        if (!text)
            return text.error();
        *target = text.value();
    }
    macro.shortcut = json::optionalString(object, Shortcut);
    macro.projectId = json::optionalString(object, ProjectId);
    return macro;
}

} // namespace frontline::protocol

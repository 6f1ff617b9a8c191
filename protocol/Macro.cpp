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

} // namespace

QJsonObject Macro::toJson() const
{
    return QJsonObject{
        {Id, id},       {Slug, slug},         {Locale, locale},
        {Title, title}, {Shortcut, shortcut}, {Body, body},
    };
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
    return macro;
}

} // namespace frontline::protocol

#pragma once

#include <QLatin1StringView>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

namespace frontline::protocol {

// The wire names of an enum's values, in one table per enum: "web_form" <-> Channel::WebForm.
template<typename Enum, std::size_t N>
struct EnumNames
{
    std::array<std::pair<Enum, QLatin1StringView>, N> entries;

    QString name(Enum value) const
    {
        for (const auto &[key, text] : entries) {
            if (key == value)
                return QString(text);
        }
        return {};
    }

    std::optional<Enum> value(QStringView text) const
    {
        for (const auto &[key, name] : entries) {
            if (text == name)
                return key;
        }
        return std::nullopt;
    }

    QStringList names() const
    {
        QStringList list;
        for (const auto &entry : entries)
            list.append(QString(entry.second));
        return list;
    }
};

template<typename Enum, typename... Entries>
constexpr auto enumNames(Entries... entries)
{
    return EnumNames<Enum, sizeof...(Entries)>{{{entries...}}};
}

} // namespace frontline::protocol

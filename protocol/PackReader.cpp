#include "protocol/PackReader.h"

#include "protocol/FieldLimits.h"
#include "protocol/KbArticle.h"

namespace frontline::protocol::pack {
namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

qsizetype mostOf(const QString &limitPath, bool list)
{
    return limits::maximumOf(QString(limits::PackImportRoute), limitPath, list);
}

} // namespace

void PackReader::onlyKnown(const Node &node, std::initializer_list<QLatin1StringView> keys)
{
    for (auto it = node.object.begin(); it != node.object.end(); ++it) {
        if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
            problem(node.at(it.key()), QStringLiteral("unknown field"));
    }
}

Node PackReader::child(const Node &node, QLatin1StringView key, bool required)
{
    const QJsonValue value = node.object.value(key);
    Node out{{}, node.at(key), node.limitAt(key)};
    if (value.isObject())
        out.object = value.toObject();
    else if (!value.isUndefined() || required)
        problem(out.path, u"must be an object, not " + typeName(value));
    return out;
}

QJsonArray PackReader::list(const Node &node, QLatin1StringView key, qsizetype least,
                            qsizetype *most)
{
    const QJsonValue value = node.object.value(key);
    const QString path = node.at(key);
    *most = mostOf(node.limitAt(key), true);
    if (value.isUndefined()) {
        if (least > 0)
            problem(path, QStringLiteral("missing"));
        return {};
    }
    if (!value.isArray()) {
        problem(path, u"must be a list, not " + typeName(value));
        return {};
    }
    const QJsonArray items = value.toArray();
    if (items.size() > *most)
        problem(path, QStringLiteral("at most %1 items").arg(*most));
    if (items.size() < least)
        problem(path, QStringLiteral("at least %1").arg(least));
    return items;
}

QList<Node> PackReader::children(const Node &node, QLatin1StringView key, qsizetype least)
{
    const QString path = node.at(key);
    QList<Node> out;
    qsizetype most = 0;
    const QJsonArray items = list(node, key, least, &most);
    for (qsizetype i = 0; i < items.size() && i < most; ++i) {
        Node item{items.at(i).toObject(), QStringLiteral("%1[%2]").arg(path).arg(i),
                  node.limitAt(key) + u"[]"};
        if (!items.at(i).isObject())
            problem(item.path, u"must be an object, not " + typeName(items.at(i)));
        else
            out.append(item);
    }
    return out;
}

QString PackReader::text(const Node &node, QLatin1StringView key, bool required)
{
    const QJsonValue value = node.object.value(key);
    const QString path = node.at(key);
    if (value.isUndefined()) {
        if (required)
            problem(path, QStringLiteral("missing"));
        return {};
    }
    if (!value.isString()) {
        problem(path, u"must be a string, not " + typeName(value));
        return {};
    }
    const QString string = value.toString();
    const qsizetype most = mostOf(node.limitAt(key), false);
    if (string.size() > most)
        problem(path, QStringLiteral("at most %1 characters").arg(most));
    else if (required && string.trimmed().isEmpty())
        problem(path, QStringLiteral("must not be empty"));
    return string;
}

QString PackReader::word(const Node &node, QLatin1StringView key, bool required,
                         const QRegularExpression &pattern, const QString &what)
{
    const QString value = text(node, key, required);
    if (!value.isEmpty() && !pattern.match(value).hasMatch())
        problem(node.at(key), QStringLiteral("'%1' is not %2").arg(value, what));
    return value;
}

int PackReader::integer(const Node &node, QLatin1StringView key, int least, int most, int fallback,
                        bool required)
{
    const QJsonValue value = node.object.value(key);
    const QString path = node.at(key);
    if (value.isUndefined()) {
        if (required)
            problem(path, QStringLiteral("missing"));
        return fallback;
    }
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number))) {
        problem(path, u"must be a whole number, not " + typeName(value));
        return fallback;
    }
    if (number < least || number > most) {
        problem(path, QStringLiteral("must be from %1 to %2").arg(least).arg(most));
        return fallback;
    }
    return int(number);
}

QStringList PackReader::strings(const Node &node, QLatin1StringView key, qsizetype least,
                                const QRegularExpression *pattern, const QString &what)
{
    const QString path = node.at(key);
    QStringList out;
    qsizetype most = 0;
    const QJsonArray items = list(node, key, least, &most);
    const qsizetype longest = mostOf(node.limitAt(key) + u"[]", false);
    for (qsizetype i = 0; i < items.size() && i < most; ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonValue item = items.at(i);
        if (!item.isString()) {
            problem(itemPath, u"must be a string, not " + typeName(item));
            continue;
        }
        const QString string = item.toString();
        if (string.size() > longest)
            problem(itemPath, QStringLiteral("at most %1 characters").arg(longest));
        else if (string.trimmed().isEmpty())
            problem(itemPath, QStringLiteral("must not be empty"));
        else if (pattern && !pattern->match(string).hasMatch())
            problem(itemPath, QStringLiteral("'%1' is not %2").arg(string, what));
        out.append(string);
    }
    return out;
}

QString PackReader::oneOf(const Node &node, QLatin1StringView key, bool required,
                          const QStringList &allowed, const QString &fallback)
{
    const QString value = text(node, key, required);
    if (value.isEmpty())
        return fallback;
    if (!allowed.contains(value)) {
        problem(node.at(key),
                QStringLiteral("'%1' is not one of %2").arg(value, allowed.join(u", ")));
        return fallback;
    }
    return value;
}

void PackReader::unique(QStringList &seen, const QString &value, const QString &path,
                        const QString &what)
{
    if (value.isEmpty())
        return;
    if (seen.contains(value))
        problem(path, QStringLiteral("another %1 is already '%2'").arg(what, value));
    seen.append(value);
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    return pattern;
}

const QRegularExpression &slugPattern()
{
    return protocol::slugPattern(); // as articles and canned responses are named
}

const QRegularExpression &codePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern;
}

const QRegularExpression &targetPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([2-9]|[a-z][a-z0-9_-]*)$"));
    return pattern;
}

} // namespace frontline::protocol::pack

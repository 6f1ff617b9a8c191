#pragma once

#include "protocol/ScenarioPack.h"

#include <QAnyStringView>
#include <QJsonArray>
#include <QRegularExpression>

#include <initializer_list>

// Reading a scenario pack field by field while collecting every problem with its JSON path.
// Private to protocol/ScenarioPack*.cpp.
namespace frontline::protocol::pack {

// Where a value sits: `path` for messages ("scenarios[2].opening"), `limitPath` for its maximum
// in protocol/FieldLimits ("scenarios[].opening").
struct Node
{
    QJsonObject object;
    QString path;
    QString limitPath;

    QString at(QAnyStringView key) const
    {
        return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
    }
    QString limitAt(QAnyStringView key) const
    {
        return limitPath.isEmpty() ? key.toString() : limitPath + u'.' + key.toString();
    }
};

class PackReader
{
public:
    QList<PackProblem> problems;

    void problem(const QString &path, const QString &message) { problems.append({path, message}); }

    // A problem for every key of `node` not in `keys`.
    void onlyKnown(const Node &node, std::initializer_list<QLatin1StringView> keys);
    // The object at `key`; a problem unless it is one (and, when required, present).
    Node child(const Node &node, QLatin1StringView key, bool required);
    // The objects of the array at `key`, within its maximum and at least `least` long.
    QList<Node> children(const Node &node, QLatin1StringView key, qsizetype least);
    // A string within its maximum; required ones must hold more than spaces.
    QString text(const Node &node, QLatin1StringView key, bool required);
    // `text`, also matching `pattern` (`what` says what is expected).
    QString word(const Node &node, QLatin1StringView key, bool required,
                 const QRegularExpression &pattern, const QString &what);
    // An integer from `least` to `most`; `fallback` when absent and not required.
    int integer(const Node &node, QLatin1StringView key, int least, int most, int fallback,
                bool required = false);
    // A list of strings, each within its maximum and matching `pattern` when given.
    QStringList strings(const Node &node, QLatin1StringView key, qsizetype least,
                        const QRegularExpression *pattern = nullptr, const QString &what = {});
    // One of `allowed`.
    QString oneOf(const Node &node, QLatin1StringView key, bool required,
                  const QStringList &allowed, const QString &fallback = {});
    // The array at `key` (empty when absent or not one, with the problem), its length checked
    // against its maximum (`*most`) and `least`.
    QJsonArray list(const Node &node, QLatin1StringView key, qsizetype least, qsizetype *most);
    // Unique within its list: a problem at `path` when `value` was already in `seen`.
    void unique(QStringList &seen, const QString &value, const QString &path, const QString &what);
};

// Patterns of the format, the same as the JSON Schema's.
const QRegularExpression &idPattern();   // pack, scenario, turn, customer, question ids
const QRegularExpression &slugPattern(); // KB articles and macros
const QRegularExpression &codePattern(); // reason and resolution codes
const QRegularExpression &targetPattern();

// In ScenarioPackScript.cpp: one scenario, and the references between the pack's parts.
PackScenario readScenario(PackReader &r, const Node &item);
void checkReferences(PackReader &r, const ScenarioPack &pack);

} // namespace frontline::protocol::pack

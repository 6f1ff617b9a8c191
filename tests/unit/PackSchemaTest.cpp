// Issue 19, item 4: docs/training/scenario-pack.schema.json, checked with Debian's
// python3-jsonschema (draft 2020-12), accepts the demo packs, refuses the broken ones, and agrees
// with ScenarioPack::fromJson on every file; what JSON Schema cannot say (references between the
// pack's parts, sums, orders) only the C++ reader refuses.
#include "protocol/ScenarioPack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace frontline::protocol;

namespace {

const QString SchemaPath =
    QStringLiteral(FRONTLINE_SOURCE_DIR "/docs/training/scenario-pack.schema.json");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject minimalPack()
{
    return QJsonDocument::fromJson(R"({
      "format": "frontline-scenario-pack", "format_version": 1, "id": "mini", "version": 1,
      "title": "Mini", "language": "en", "knowledge_base": {"articles": [
        {"slug": "refunds", "title": "Refunds", "body": "Ten business days."}]},
      "customers": [{"id": "ann", "name": "Ann"}],
      "orders": [{"number": "HP-1", "customer": "ann", "status": "paid",
        "items": [{"name": "Tablet", "price_cents": 100}],
        "history": [{"status": "created", "hours_ago": 5}, {"status": "paid", "hours_ago": 4}]}],
      "exam": {"scenarios": 1, "simultaneous": 1, "questions": [
        {"id": "q1", "kind": "free", "text": "How long?", "expected_words": ["ten"]}]},
      "scoring": {"pass_mark": 70},
      "scenarios": [{"id": "s1", "title": "One", "persona": {"name": "Ann"}, "channel": "chat",
        "customer": "ann", "opening": "Hi",
        "turns": [{"id": "t1", "branches": [
          {"when": {"kind": "words", "any": ["refund"]}, "say": "Thanks", "then": "end"},
          {"when": {"kind": "otherwise"}, "then": "t1"}]}],
        "expected": {"articles": ["refunds"], "escalation": null, "resolution": "answered"}}]
    })")
        .object();
}

// Sets the value at a dotted path ("scenarios.0.turns.0.id"); a null QJsonValue of type
// Undefined removes the key.
QJsonValue put(const QJsonValue &node, QStringList steps, const QJsonValue &value)
{
    const QString step = steps.takeFirst();
    bool isIndex = false;
    const int index = step.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = steps.isEmpty() ? value : put(array.at(index), steps, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (steps.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object[step] = steps.isEmpty() ? value : put(object.value(step), steps, value);
    return object;
}

QJsonObject with(const QString &path, const QJsonValue &value)
{
    return put(minimalPack(), path.split(u'.'), value).toObject();
}

struct BrokenPack
{
    const char *name;
    QJsonObject pack;
    bool schemaRefuses; // false: only the references and rules beyond the schema catch it
};

QList<BrokenPack> brokenPacks()
{
    const QString branch0 = QStringLiteral("scenarios.0.turns.0.branches.0");
    QJsonObject twoOtherwise = minimalPack();
    twoOtherwise = put(twoOtherwise, QString(branch0 + u".when").split(u'.'),
                       QJsonObject{{u"kind"_qs, u"otherwise"_qs}})
                       .toObject();
    return {
        {"unknown-trigger", with(branch0 + u".when.kind", u"foo"_qs), true},
        {"unknown-field", with(u"colour"_qs, u"blue"_qs), true},
        {"opening-too-long", with(u"scenarios.0.opening"_qs, QString(4001, u'x')), true},
        {"words-any-and-all",
         with(branch0 + u".when", QJsonObject{{u"kind"_qs, u"words"_qs},
                                              {u"any"_qs, QJsonArray{u"a"_qs}},
                                              {u"all"_qs, QJsonArray{u"b"_qs}}}),
         true},
        {"turn-named-end", with(u"scenarios.0.turns.0.id"_qs, u"end"_qs), true},
        {"two-otherwise", twoOtherwise, true},
        {"no-resolution", with(u"scenarios.0.expected.resolution"_qs, QJsonValue::Undefined), true},
        {"rating-six", with(branch0 + u".rate", 6), true},
        {"newer-format", with(u"format_version"_qs, 2), true},
        {"knowledge-base-elsewhere", with(u"knowledge_base"_qs, u"elsewhere"_qs), true},
        {"free-answer-with-options",
         with(u"exam.questions.0.options"_qs, QJsonArray{u"a"_qs, u"b"_qs}), true},
        {"channel-fax", with(u"scenarios.0.channel"_qs, u"fax"_qs), true},
        {"weights-incomplete", with(u"scoring.weights"_qs, QJsonObject{{u"resolution"_qs, 100}}),
         true},
        {"slug-not-a-slug", with(u"scenarios.0.expected.articles.0"_qs, u"Refunds!"_qs), true},
        {"order-without-items", with(u"orders.0.items"_qs, QJsonArray{}), true},
        {"then-names-no-turn", with(branch0 + u".then", u"nowhere"_qs), false},
        {"customer-not-in-pack", with(u"scenarios.0.customer"_qs, u"bob"_qs), false},
        {"article-not-in-own-kb", with(u"scenarios.0.expected.articles.0"_qs, u"gone"_qs), false},
        {"weights-sum-90",
         with(u"scoring.weights"_qs, QJsonObject{{u"resolution"_qs, 25},
                                                 {u"article"_qs, 25},
                                                 {u"article_time"_qs, 15},
                                                 {u"escalation"_qs, 10},
                                                 {u"first_response"_qs, 5},
                                                 {u"handle_time"_qs, 10}}),
         false},
        {"bands-upwards",
         with(u"scoring.bands"_qs,
              QJsonArray{QJsonObject{{u"min"_qs, 0}, {u"label"_qs, u"Low"_qs}},
                         QJsonObject{{u"min"_qs, 90}, {u"label"_qs, u"High"_qs}}}),
         false},
        {"exam-draws-too-many", with(u"exam.scenarios"_qs, 2), false},
        {"history-newest-first", with(u"orders.0.history.1.hours_ago"_qs, 9), false},
    };
}

// The number of schema errors of each file, by python3-jsonschema; empty when it cannot run.
QJsonObject schemaErrors(const QStringList &files)
{
    QProcess python;
    python.start(
        QStringLiteral("/usr/bin/python3"),
        QStringList{QStringLiteral("-c"),
                    QStringLiteral("import json, sys\n"
                                   "from jsonschema import Draft202012Validator as V\n"
                                   "schema = json.load(open(sys.argv[1]))\n"
                                   "V.check_schema(schema)\n"
                                   "v = V(schema)\n"
                                   "json.dump({f: [e.message for e in v.iter_errors("
                                   "json.load(open(f)))] for f in sys.argv[2:]}, sys.stdout)\n"),
                    SchemaPath} +
            files);
    if (!python.waitForFinished(60000))
        return {};
    if (python.exitCode() != 0)
        ADD_FAILURE() << python.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QString write(const QTemporaryDir &dir, const QString &name, const QJsonObject &pack)
{
    const QString path = dir.filePath(name + u".json");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(pack).toJson());
    return path;
}

} // namespace

TEST(PackSchema, TheSchemaAndTheReaderAgreeOnTheDemoPacksAndOnBrokenOnes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList valid{
        QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/training/demo-pack-en.json"),
        QStringLiteral(FRONTLINE_SOURCE_DIR "/resources/training/demo-pack-ru.json"),
        write(dir, u"minimal"_qs, minimalPack()),
    };
    const QList<BrokenPack> broken = brokenPacks();
    QStringList brokenFiles;
    for (const BrokenPack &each : broken)
        brokenFiles.append(write(dir, QString::fromLatin1(each.name), each.pack));
    const QJsonObject errors = schemaErrors(valid + brokenFiles);
    ASSERT_EQ(errors.size(), valid.size() + brokenFiles.size())
        << "python3-jsonschema (Debian's python3-jsonschema) could not check the packs";
    for (const QString &file : valid) {
        EXPECT_EQ(errors.value(file).toArray(), QJsonArray()) << file.toStdString();
        const QList<PackProblem> problems = ScenarioPack::problemsOf(readJson(file));
        EXPECT_TRUE(problems.isEmpty())
            << file.toStdString() << ": " << problems.value(0).toString().toStdString();
    }
    for (qsizetype i = 0; i < broken.size(); ++i) {
        const BrokenPack &each = broken.at(i);
        const QJsonArray schemaSays = errors.value(brokenFiles.at(i)).toArray();
        EXPECT_EQ(!schemaSays.isEmpty(), each.schemaRefuses)
            << each.name << ": the schema says "
            << QJsonDocument(schemaSays).toJson(QJsonDocument::Compact).toStdString();
        EXPECT_FALSE(ScenarioPack::problemsOf(each.pack).isEmpty())
            << each.name << ": the reader accepts it";
    }
}

TEST(PackSchema, TheSchemaStatesTheFormatsVersionAndItsLimits)
{
    const QJsonObject schema = readJson(SchemaPath);
    ASSERT_FALSE(schema.isEmpty());
    EXPECT_EQ(schema.value(u"$schema").toString(), u"https://json-schema.org/draft/2020-12/schema");
    const QJsonObject properties = schema.value(u"properties").toObject();
    EXPECT_EQ(properties.value(u"format_version").toObject().value(u"const").toInt(),
              ScenarioPackFormatVersion);
    EXPECT_EQ(properties.value(u"scenarios").toObject().value(u"maxItems").toInt(), 100);
    const QJsonObject scenario = schema.value(u"$defs")
                                     .toObject()
                                     .value(u"scenario")
                                     .toObject()
                                     .value(u"properties")
                                     .toObject();
    EXPECT_EQ(scenario.value(u"opening").toObject().value(u"maxLength").toInt(), 4000);
}

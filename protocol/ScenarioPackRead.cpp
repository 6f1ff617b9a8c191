// ScenarioPack::fromJson: every field checked with its path, then every reference.
#include "protocol/ApiError.h"
#include "protocol/ExamScoring.h"
#include "protocol/FieldLimits.h"
#include "protocol/PackReader.h"
#include "protocol/ScenarioPack.h"

#include <QSet>

namespace frontline::protocol {
namespace {

using pack::Node;
using pack::PackReader;
using L = QLatin1StringView;

const QStringList Channels{QStringLiteral("chat"), QStringLiteral("email"),
                           QStringLiteral("web_form"), QStringLiteral("phone"),
                           QStringLiteral("social")};
const QStringList OrderStatuses{QStringLiteral("created"),    QStringLiteral("paid"),
                                QStringLiteral("assembling"), QStringLiteral("handed_to_courier"),
                                QStringLiteral("in_transit"), QStringLiteral("at_pickup_point"),
                                QStringLiteral("delivered"),  QStringLiteral("cancelled"),
                                QStringLiteral("returned")};

QList<PackArticle> readArticles(PackReader &r, const Node &root, bool *own)
{
    const QJsonValue kb = root.object.value(L("knowledge_base"));
    *own = kb.isObject();
    if (kb.isUndefined() || kb == QJsonValue(QStringLiteral("production")))
        return {};
    if (!kb.isObject()) {
        r.problem(QStringLiteral("knowledge_base"),
                  QStringLiteral("must be \"production\" or an object with \"articles\""));
        return {};
    }
    const Node node = r.child(root, L("knowledge_base"), true);
    r.onlyKnown(node, {L("articles")});
    QList<PackArticle> articles;
    QStringList slugs;
    for (const Node &item : r.children(node, L("articles"), 1)) {
        r.onlyKnown(item, {L("slug"), L("title"), L("body"), L("tags")});
        PackArticle article;
        article.slug = r.word(item, L("slug"), true, pack::slugPattern(), QStringLiteral("a slug"));
        r.unique(slugs, article.slug, item.at(u"slug"), QStringLiteral("article's slug"));
        article.title = r.text(item, L("title"), true);
        article.body = r.text(item, L("body"), true);
        article.tags = r.strings(item, L("tags"), 0);
        articles.append(article);
    }
    return articles;
}

QList<PackMacro> readMacros(PackReader &r, const Node &root)
{
    QList<PackMacro> macros;
    QStringList slugs;
    for (const Node &item : r.children(root, L("macros"), 0)) {
        r.onlyKnown(item, {L("slug"), L("title"), L("shortcut"), L("body")});
        PackMacro macro;
        macro.slug = r.word(item, L("slug"), true, pack::slugPattern(), QStringLiteral("a slug"));
        r.unique(slugs, macro.slug, item.at(u"slug"), QStringLiteral("macro's slug"));
        macro.title = r.text(item, L("title"), true);
        macro.shortcut = r.text(item, L("shortcut"), false);
        macro.body = r.text(item, L("body"), true);
        macros.append(macro);
    }
    return macros;
}

QList<PackCustomer> readCustomers(PackReader &r, const Node &root)
{
    QList<PackCustomer> customers;
    QStringList refs;
    for (const Node &item : r.children(root, L("customers"), 0)) {
        r.onlyKnown(item, {L("id"), L("name"), L("email"), L("phone"), L("city")});
        PackCustomer customer;
        customer.ref = r.word(item, L("id"), true, pack::idPattern(), QStringLiteral("an id"));
        r.unique(refs, customer.ref, item.at(u"id"), QStringLiteral("customer's id"));
        customer.name = r.text(item, L("name"), true);
        customer.email = r.text(item, L("email"), false);
        customer.phone = r.text(item, L("phone"), false);
        customer.city = r.text(item, L("city"), false);
        customers.append(customer);
    }
    return customers;
}

PackOrder readOrder(PackReader &r, const Node &item)
{
    r.onlyKnown(item, {L("number"), L("customer"), L("status"), L("currency"), L("delivery_method"),
                       L("items"), L("history")});
    PackOrder order;
    order.number = r.text(item, L("number"), true);
    order.customer = r.text(item, L("customer"), true);
    order.status = r.oneOf(item, L("status"), true, OrderStatuses);
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    order.currency = r.word(item, L("currency"), false, currency, QStringLiteral("a currency"));
    if (order.currency.isEmpty())
        order.currency = QStringLiteral("RUB");
    order.deliveryMethod = r.text(item, L("delivery_method"), false);
    for (const Node &line : r.children(item, L("items"), 1)) {
        r.onlyKnown(line, {L("name"), L("quantity"), L("price_cents")});
        order.items.append({r.text(line, L("name"), true),
                            r.integer(line, L("quantity"), 1, 1000, 1),
                            r.integer(line, L("price_cents"), 0, 1000000000, 0, true)});
    }
    int previous = 8760;
    for (const Node &step : r.children(item, L("history"), 1)) {
        r.onlyKnown(step, {L("status"), L("hours_ago"), L("note")});
        PackOrderEvent event{r.oneOf(step, L("status"), true, OrderStatuses),
                             r.integer(step, L("hours_ago"), 0, 8760, 0, true),
                             r.text(step, L("note"), false)};
        if (event.hoursAgo > previous)
            r.problem(step.at(u"hours_ago"), QStringLiteral("the history is oldest first"));
        previous = event.hoursAgo;
        order.history.append(event);
    }
    return order;
}

PackQuestion readQuestion(PackReader &r, const Node &item)
{
    r.onlyKnown(item, {L("id"), L("kind"), L("text"), L("options"), L("correct"),
                       L("expected_words"), L("articles"), L("time_limit_seconds")});
    PackQuestion question;
    question.id = r.word(item, L("id"), true, pack::idPattern(), QStringLiteral("an id"));
    const QString kind =
        r.oneOf(item, L("kind"), true,
                {QStringLiteral("single"), QStringLiteral("multiple"), QStringLiteral("free")},
                QStringLiteral("single"));
    question.kind = kind == u"free"       ? PackQuestion::Kind::Free
                    : kind == u"multiple" ? PackQuestion::Kind::Multiple
                                          : PackQuestion::Kind::Single;
    question.text = r.text(item, L("text"), true);
    question.articles =
        r.strings(item, L("articles"), 0, &pack::slugPattern(), QStringLiteral("a slug"));
    question.timeLimitSeconds = r.integer(item, L("time_limit_seconds"), 10, 3600, 120);
    if (question.kind == PackQuestion::Kind::Free) {
        for (L key : {L("options"), L("correct")}) {
            if (item.object.contains(key))
                r.problem(item.at(key), QStringLiteral("a free answer has no options"));
        }
        question.expectedWords = r.strings(item, L("expected_words"), 1);
        return question;
    }
    if (item.object.contains(L("expected_words")))
        r.problem(item.at(u"expected_words"), QStringLiteral("only a free answer has them"));
    question.options = r.strings(item, L("options"), 2);
    const QJsonValue correct = item.object.value(L("correct"));
    if (!correct.isArray() || correct.toArray().isEmpty()) {
        r.problem(item.at(u"correct"), QStringLiteral("must list the right options' indexes"));
        return question;
    }
    const QJsonArray indexes = correct.toArray();
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        const QString path = QStringLiteral("%1.correct[%2]").arg(item.path).arg(i);
        const int index = indexes.at(i).toInt(-1);
        if (!indexes.at(i).isDouble() || index < 0 || index >= question.options.size())
            r.problem(path, QStringLiteral("must be an option's index, 0 to %1")
                                .arg(question.options.size() - 1));
        else if (!question.correct.isEmpty() && index <= question.correct.last())
            r.problem(path, QStringLiteral("indexes are ascending, each once"));
        else
            question.correct.append(index);
    }
    if (question.kind == PackQuestion::Kind::Single && indexes.size() != 1)
        r.problem(item.at(u"correct"), QStringLiteral("a single choice has exactly one"));
    return question;
}

PackExam readExam(PackReader &r, const Node &root)
{
    PackExam exam;
    const Node node = r.child(root, L("exam"), false);
    r.onlyKnown(node, {L("duration_minutes"), L("simultaneous"), L("scenarios"), L("questions")});
    exam.durationMinutes = r.integer(node, L("duration_minutes"), 5, 240, 45);
    exam.simultaneous = r.integer(node, L("simultaneous"), 1, 10, 3);
    exam.scenarios = r.integer(node, L("scenarios"), 1, int(limits::PackScenarios), 6);
    QStringList ids;
    for (const Node &item : r.children(node, L("questions"), 0)) {
        exam.questions.append(readQuestion(r, item));
        r.unique(ids, exam.questions.last().id, item.at(u"id"), QStringLiteral("question's id"));
    }
    return exam;
}

// The contract's "scoring" object (i19-contract.md), checked as the JSON Schema checks it;
// protocol::ScoringRules gives it meaning.
QJsonObject readScoring(PackReader &r, const Node &root)
{
    const qsizetype before = r.problems.size();
    const Node node = r.child(root, L("scoring"), false);
    r.onlyKnown(node,
                {L("weights"), L("thresholds"), L("question_weight"), L("pass_mark"), L("bands")});
    const L weights[] = {L("resolution"), L("article"),        L("article_time"),
                         L("escalation"), L("first_response"), L("handle_time")};
    if (node.object.contains(L("weights"))) {
        const Node w = r.child(node, L("weights"), true);
        r.onlyKnown(w, {weights[0], weights[1], weights[2], weights[3], weights[4], weights[5]});
        int sum = 0;
        for (L key : weights)
            sum += r.integer(w, key, 0, 100, 0, true);
        if (sum != 100)
            r.problem(w.path, QStringLiteral("the weights sum to %1, not 100").arg(sum));
    }
    const Node thresholds = r.child(node, L("thresholds"), false);
    r.onlyKnown(thresholds, {L("article_time"), L("first_response"), L("handle_time")});
    for (L key : {L("article_time"), L("first_response"), L("handle_time")}) {
        if (!thresholds.object.contains(key))
            continue;
        const Node pair = r.child(thresholds, key, true);
        r.onlyKnown(pair, {L("full"), L("zero")});
        const int full = r.integer(pair, L("full"), 0, 86400, 0, true);
        const int zero = r.integer(pair, L("zero"), 1, 86400, 1, true);
        if (full >= zero)
            r.problem(pair.path, QStringLiteral("full must be under zero"));
    }
    r.integer(node, L("question_weight"), 0, 10, 1);
    r.integer(node, L("pass_mark"), 0, 100, 75);
    const QList<Node> bands = r.children(node, L("bands"), 0);
    int previous = 101;
    for (const Node &band : bands) {
        r.onlyKnown(band, {L("min"), L("label")});
        const int least = r.integer(band, L("min"), 0, 100, 0, true);
        r.text(band, L("label"), true);
        if (least >= previous)
            r.problem(band.at(u"min"), QStringLiteral("bands go from the highest min down"));
        previous = least;
    }
    if (node.object.contains(L("bands")) && (bands.isEmpty() || previous != 0))
        r.problem(node.at(u"bands"), QStringLiteral("the last band's min is 0"));
    // The rules' own reader has the last word, so a pack never holds rules an exam cannot use.
    if (r.problems.size() == before && root.object.contains(L("scoring"))) {
        auto rules = ScoringRules::fromJson(root.object.value(L("scoring")));
        if (!rules) {
            QString message = rules.error().message;
            if (message.startsWith(rules.error().field + u": "))
                message.remove(0, rules.error().field.size() + 2);
            r.problem(rules.error().field, message);
        }
    }
    return node.object;
}

} // namespace

QList<PackProblem> ScenarioPack::problemsOf(const QJsonObject &object)
{
    QList<PackProblem> problems;
    (void)readPack(object, &problems);
    return problems;
}

ScenarioPack ScenarioPack::readPack(const QJsonObject &object, QList<PackProblem> *problems)
{
    PackReader r;
    const Node root{object, {}, {}};
    ScenarioPack pack;
    const QString format = r.text(root, L("format"), true);
    if (!format.isEmpty() && format != ScenarioPackFormat)
        r.problem(QStringLiteral("format"), u"must be \"" + ScenarioPackFormat + u"\"");
    pack.formatVersion = r.integer(root, L("format_version"), 1, 1000000, 1, true);
    if (pack.formatVersion > ScenarioPackFormatVersion) {
        // A newer format may mean something this build would get wrong: refuse it whole.
        r.problem(QStringLiteral("format_version"),
                  QStringLiteral("%1 is newer than this back office reads (%2); update Frontline "
                                 "to import this pack")
                      .arg(pack.formatVersion)
                      .arg(ScenarioPackFormatVersion));
        *problems = r.problems;
        return pack;
    }
    r.onlyKnown(root, {L("format"), L("format_version"), L("id"), L("version"), L("title"),
                       L("language"), L("knowledge_base"), L("macros"), L("customers"), L("orders"),
                       L("exam"), L("practice"), L("scoring"), L("scenarios")});
    pack.id = r.word(root, L("id"), true, pack::idPattern(), QStringLiteral("an id"));
    pack.version = r.integer(root, L("version"), 1, 1000000, 1, true);
    pack.title = r.text(root, L("title"), true);
    static const QRegularExpression language(QStringLiteral("^[a-z]{2}$"));
    pack.language = r.word(root, L("language"), true, language, QStringLiteral("a language"));
    pack.articles = readArticles(r, root, &pack.ownKnowledgeBase);
    pack.macros = readMacros(r, root);
    pack.customers = readCustomers(r, root);
    for (const Node &item : r.children(root, L("orders"), 0))
        pack.orders.append(readOrder(r, item));
    pack.exam = readExam(r, root);
    const Node practice = r.child(root, L("practice"), false);
    r.onlyKnown(practice, {L("hint_after_seconds")});
    pack.hintAfterSeconds = r.integer(practice, L("hint_after_seconds"), 10, 3600, 120);
    pack.scoringJson = readScoring(r, root);
    for (const Node &item : r.children(root, L("scenarios"), 1))
        pack.scenarios.append(pack::readScenario(r, item));
    pack::checkReferences(r, pack);
    *problems = r.problems;
    return pack;
}

Result<ScenarioPack> ScenarioPack::fromJson(const QJsonObject &object)
{
    QList<PackProblem> problems;
    ScenarioPack pack = readPack(object, &problems);
    if (problems.isEmpty())
        return pack;
    QStringList lines;
    for (const PackProblem &problem : problems.mid(0, 50))
        lines.append(problem.toString());
    if (problems.size() > 50)
        lines.append(QStringLiteral("... and %1 more").arg(problems.size() - 50));
    return Error{QString(errors::InvalidField), lines.join(u'\n'), problems.first().path};
}

} // namespace frontline::protocol

// A pack's scenarios as ScenarioPack::fromJson reads them: persona, opening, the customer's
// script of turns and branches, what is expected; then every reference between the pack's parts.
#include "protocol/PackReader.h"
#include "protocol/ScenarioPack.h"

namespace frontline::protocol {
namespace {

using pack::Node;
using pack::PackReader;
using L = QLatin1StringView;

ScriptTrigger readTrigger(PackReader &r, const Node &node)
{
    ScriptTrigger trigger;
    const QString kindName = r.text(node, L("kind"), true);
    const auto kind = triggerKindFromString(kindName);
    if (!kind) {
        if (!kindName.isEmpty())
            r.problem(node.at(u"kind"), QStringLiteral("unknown trigger '%1'").arg(kindName));
        return trigger;
    }
    trigger.kind = *kind;
    using Kind = ScriptTrigger::Kind;
    switch (trigger.kind) {
    case Kind::Words: {
        r.onlyKnown(node, {L("kind"), L("any"), L("all")});
        trigger.allWords = node.object.contains(L("all"));
        if (trigger.allWords == node.object.contains(L("any")))
            r.problem(node.path,
                      QStringLiteral("needs either \"any\" or \"all\": a list of words"));
        trigger.words = r.strings(node, trigger.allWords ? L("all") : L("any"), 1);
        break;
    }
    case Kind::ArticleOpened:
    case Kind::ArticleInserted:
    case Kind::MacroUsed:
        r.onlyKnown(node, {L("kind"), L("slug")});
        trigger.slug = r.word(node, L("slug"), true, pack::slugPattern(), QStringLiteral("a slug"));
        break;
    case Kind::Escalation:
        r.onlyKnown(node, {L("kind"), L("target"), L("reason")});
        trigger.target = r.word(node, L("target"), false, pack::targetPattern(),
                                QStringLiteral("a line (2-9) or a team"));
        trigger.reason =
            r.word(node, L("reason"), false, pack::codePattern(), QStringLiteral("a reason code"));
        break;
    case Kind::Resolution:
        r.onlyKnown(node, {L("kind"), L("code")});
        trigger.code = r.word(node, L("code"), false, pack::codePattern(),
                              QStringLiteral("a resolution code"));
        break;
    case Kind::Silence:
        r.onlyKnown(node, {L("kind"), L("seconds")});
        trigger.seconds = r.integer(node, L("seconds"), 5, 3600, 60, true);
        break;
    case Kind::Otherwise:
        r.onlyKnown(node, {L("kind")});
        break;
    }
    return trigger;
}

ScriptTurn readTurn(PackReader &r, const Node &node)
{
    r.onlyKnown(node, {L("id"), L("branches")});
    ScriptTurn turn;
    turn.id = r.word(node, L("id"), true, pack::idPattern(), QStringLiteral("an id"));
    if (turn.id == ScriptEnd || turn.id == ScriptSilent)
        r.problem(node.at(u"id"),
                  QStringLiteral("'%1' is what \"then\" says to stop").arg(turn.id));
    int otherwise = 0;
    for (const Node &item : r.children(node, L("branches"), 1)) {
        r.onlyKnown(item, {L("when"), L("say"), L("delay_seconds"), L("rate"), L("then")});
        ScriptBranch branch;
        const Node when = r.child(item, L("when"), true);
        branch.when = readTrigger(r, when);
        if (when.object.value(L("kind")) == QJsonValue(u"otherwise"_qs) && ++otherwise == 2)
            r.problem(item.at(u"when"), QStringLiteral("a turn has one \"otherwise\" at most"));
        branch.say = r.text(item, L("say"), false);
        branch.delaySeconds = r.integer(item, L("delay_seconds"), 0, 600, 0);
        branch.rate = r.integer(item, L("rate"), 1, 5, 0);
        branch.then = r.word(item, L("then"), true, pack::idPattern(),
                             QStringLiteral("a turn's id, \"end\" or \"silent\""));
        turn.branches.append(branch);
    }
    return turn;
}

void readExpected(PackReader &r, const Node &item, PackScenario &scenario)
{
    const Node expected = r.child(item, L("expected"), true);
    r.onlyKnown(expected, {L("articles"), L("escalation"), L("resolution")});
    scenario.expectedArticles =
        r.strings(expected, L("articles"), 0, &pack::slugPattern(), QStringLiteral("a slug"));
    const QJsonValue escalation = expected.object.value(L("escalation"));
    if (!escalation.isNull() && !escalation.isUndefined()) {
        const Node node = r.child(expected, L("escalation"), true);
        r.onlyKnown(node, {L("target"), L("reason")});
        scenario.expectedEscalation = ExpectedEscalation{
            r.word(node, L("target"), true, pack::targetPattern(),
                   QStringLiteral("a line (2-9) or a team")),
            r.word(node, L("reason"), true, pack::codePattern(), QStringLiteral("a reason code"))};
    }
    scenario.expectedResolution = r.word(expected, L("resolution"), true, pack::codePattern(),
                                         QStringLiteral("a resolution code"));
}

void readLimitsHintRating(PackReader &r, const Node &item, PackScenario &scenario)
{
    const Node limits = r.child(item, L("time_limits"), false);
    r.onlyKnown(limits, {L("first_response_seconds"), L("handle_seconds")});
    scenario.firstResponseSeconds = r.integer(limits, L("first_response_seconds"), 5, 3600, 60);
    scenario.handleSeconds = r.integer(limits, L("handle_seconds"), 30, 14400, 600);
    const Node hint = r.child(item, L("hint"), false);
    r.onlyKnown(hint, {L("section")});
    scenario.hintSection = r.text(hint, L("section"), false);
    const Node rating = r.child(item, L("rating"), false);
    r.onlyKnown(rating, {L("on_expected"), L("on_other")});
    scenario.ratingOnExpected = r.integer(rating, L("on_expected"), 1, 5, 5);
    scenario.ratingOnOther = r.integer(rating, L("on_other"), 1, 5, 2);
}

} // namespace

PackScenario pack::readScenario(PackReader &r, const Node &item)
{
    r.onlyKnown(item, {L("id"), L("title"), L("persona"), L("channel"), L("customer"),
                       L("bot_transcript"), L("opening"), L("turns"), L("expected"),
                       L("time_limits"), L("hint"), L("rating")});
    PackScenario scenario;
    scenario.id = r.word(item, L("id"), true, pack::idPattern(), QStringLiteral("an id"));
    scenario.title = r.text(item, L("title"), true);
    const Node persona = r.child(item, L("persona"), true);
    r.onlyKnown(persona, {L("name"), L("style")});
    scenario.personaName = r.text(persona, L("name"), true);
    scenario.personaStyle = r.text(persona, L("style"), false);
    scenario.channel =
        r.oneOf(item, L("channel"), true,
                {QStringLiteral("chat"), QStringLiteral("email"), QStringLiteral("web_form"),
                 QStringLiteral("phone"), QStringLiteral("social")},
                QStringLiteral("chat"));
    scenario.customer = r.text(item, L("customer"), true);
    for (const Node &turn : r.children(item, L("bot_transcript"), 0)) {
        r.onlyKnown(turn, {L("from"), L("text")});
        scenario.botTranscript.append(
            {r.oneOf(turn, L("from"), true, {QStringLiteral("customer"), QStringLiteral("bot")}),
             r.text(turn, L("text"), true)});
    }
    scenario.opening = r.text(item, L("opening"), true);
    QStringList ids;
    for (const Node &turn : r.children(item, L("turns"), 1)) {
        scenario.turns.append(readTurn(r, turn));
        r.unique(ids, scenario.turns.last().id, turn.at(u"id"), QStringLiteral("turn's id"));
    }
    readExpected(r, item, scenario);
    readLimitsHintRating(r, item, scenario);
    return scenario;
}

namespace {

void checkSlug(PackReader &r, const ScenarioPack &pack, const QString &slug, const QString &path)
{
    if (!pack.ownKnowledgeBase || slug.isEmpty())
        return;
    const bool found = std::any_of(pack.articles.begin(), pack.articles.end(),
                                   [&](const PackArticle &a) { return a.slug == slug; });
    if (!found)
        r.problem(path, QStringLiteral("no article '%1' in the pack's knowledge base").arg(slug));
}

void checkScenario(PackReader &r, const ScenarioPack &pack, const PackScenario &scenario,
                   const QString &path)
{
    if (!scenario.customer.isEmpty() && !pack.customer(scenario.customer))
        r.problem(path + u".customer",
                  QStringLiteral("no customer '%1' in the pack").arg(scenario.customer));
    for (qsizetype a = 0; a < scenario.expectedArticles.size(); ++a)
        checkSlug(r, pack, scenario.expectedArticles.at(a),
                  QStringLiteral("%1.expected.articles[%2]").arg(path).arg(a));
    for (qsizetype t = 0; t < scenario.turns.size(); ++t) {
        const ScriptTurn &turn = scenario.turns.at(t);
        for (qsizetype b = 0; b < turn.branches.size(); ++b) {
            const ScriptBranch &branch = turn.branches.at(b);
            const QString at = QStringLiteral("%1.turns[%2].branches[%3]").arg(path).arg(t).arg(b);
            if (branch.then != ScriptEnd && branch.then != ScriptSilent && !branch.then.isEmpty() &&
                !scenario.turn(branch.then))
                r.problem(at + u".then", QStringLiteral("no turn '%1' in the scenario; name a "
                                                        "turn, \"end\" or \"silent\"")
                                             .arg(branch.then));
            const auto kind = branch.when.kind;
            if (kind == ScriptTrigger::Kind::ArticleOpened ||
                kind == ScriptTrigger::Kind::ArticleInserted)
                checkSlug(r, pack, branch.when.slug, at + u".when.slug");
        }
    }
}

} // namespace

void pack::checkReferences(PackReader &r, const ScenarioPack &pack)
{
    QStringList ids;
    for (qsizetype s = 0; s < pack.scenarios.size(); ++s) {
        const QString path = QStringLiteral("scenarios[%1]").arg(s);
        r.unique(ids, pack.scenarios.at(s).id, path + u".id", QStringLiteral("scenario's id"));
        checkScenario(r, pack, pack.scenarios.at(s), path);
    }
    QStringList numbers;
    for (qsizetype o = 0; o < pack.orders.size(); ++o) {
        const PackOrder &order = pack.orders.at(o);
        const QString path = QStringLiteral("orders[%1]").arg(o);
        r.unique(numbers, order.number, path + u".number", QStringLiteral("order's number"));
        if (!order.customer.isEmpty() && !pack.customer(order.customer))
            r.problem(path + u".customer",
                      QStringLiteral("no customer '%1' in the pack").arg(order.customer));
    }
    for (qsizetype q = 0; q < pack.exam.questions.size(); ++q) {
        const QStringList &slugs = pack.exam.questions.at(q).articles;
        for (qsizetype a = 0; a < slugs.size(); ++a)
            checkSlug(r, pack, slugs.at(a),
                      QStringLiteral("exam.questions[%1].articles[%2]").arg(q).arg(a));
    }
    if (!pack.scenarios.isEmpty() && pack.exam.scenarios > pack.scenarios.size())
        r.problem(QStringLiteral("exam.scenarios"),
                  QStringLiteral("the exam draws %1 scenarios and the pack has %2")
                      .arg(pack.exam.scenarios)
                      .arg(pack.scenarios.size()));
    if (pack.exam.simultaneous > pack.exam.scenarios)
        r.problem(QStringLiteral("exam.simultaneous"),
                  QStringLiteral("more customers at once than the exam's scenarios"));
}

} // namespace frontline::protocol

#include "protocol/ScenarioPack.h"

#include "protocol/EnumNames.h"

#include <QJsonArray>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;
using Kind = ScriptTrigger::Kind;

const auto &triggerNames()
{
    static const auto names = enumNames<Kind>(
        std::pair{Kind::Words, L("words")}, std::pair{Kind::ArticleOpened, L("article_opened")},
        std::pair{Kind::ArticleInserted, L("article_inserted")},
        std::pair{Kind::MacroUsed, L("macro_used")}, std::pair{Kind::Escalation, L("escalation")},
        std::pair{Kind::Resolution, L("resolution")}, std::pair{Kind::Silence, L("silence")},
        std::pair{Kind::Otherwise, L("otherwise")});
    return names;
}

QJsonArray stringArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

void putText(QJsonObject &object, L key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject triggerJson(const ScriptTrigger &trigger)
{
    QJsonObject object{{L("kind"), toString(trigger.kind)}};
    switch (trigger.kind) {
    case Kind::Words:
        object.insert(trigger.allWords ? L("all") : L("any"), stringArray(trigger.words));
        break;
    case Kind::ArticleOpened:
    case Kind::ArticleInserted:
    case Kind::MacroUsed:
        object.insert(L("slug"), trigger.slug);
        break;
    case Kind::Escalation:
        putText(object, L("target"), trigger.target);
        putText(object, L("reason"), trigger.reason);
        break;
    case Kind::Resolution:
        putText(object, L("code"), trigger.code);
        break;
    case Kind::Silence:
        object.insert(L("seconds"), trigger.seconds);
        break;
    case Kind::Otherwise:
        break;
    }
    return object;
}

QJsonObject branchJson(const ScriptBranch &branch)
{
    QJsonObject object{{L("when"), triggerJson(branch.when)}};
    putText(object, L("say"), branch.say);
    if (branch.delaySeconds > 0)
        object.insert(L("delay_seconds"), branch.delaySeconds);
    if (branch.rate > 0)
        object.insert(L("rate"), branch.rate);
    object.insert(L("then"), branch.then);
    return object;
}

QJsonObject scenarioJson(const PackScenario &scenario)
{
    QJsonObject persona{{L("name"), scenario.personaName}};
    putText(persona, L("style"), scenario.personaStyle);
    QJsonObject object{{L("id"), scenario.id},
                       {L("title"), scenario.title},
                       {L("persona"), persona},
                       {L("channel"), scenario.channel},
                       {L("customer"), scenario.customer},
                       {L("opening"), scenario.opening}};
    if (!scenario.botTranscript.isEmpty()) {
        QJsonArray transcript;
        for (const PackScenario::BotTurn &turn : scenario.botTranscript)
            transcript.append(QJsonObject{{L("from"), turn.from}, {L("text"), turn.text}});
        object.insert(L("bot_transcript"), transcript);
    }
    QJsonArray turns;
    for (const ScriptTurn &turn : scenario.turns) {
        QJsonArray branches;
        for (const ScriptBranch &branch : turn.branches)
            branches.append(branchJson(branch));
        turns.append(QJsonObject{{L("id"), turn.id}, {L("branches"), branches}});
    }
    object.insert(L("turns"), turns);
    QJsonValue escalation = QJsonValue::Null;
    if (scenario.expectedEscalation)
        escalation = QJsonObject{{L("target"), scenario.expectedEscalation->target},
                                 {L("reason"), scenario.expectedEscalation->reason}};
    object.insert(L("expected"),
                  QJsonObject{{L("articles"), stringArray(scenario.expectedArticles)},
                              {L("escalation"), escalation},
                              {L("resolution"), scenario.expectedResolution}});
    object.insert(L("time_limits"),
                  QJsonObject{{L("first_response_seconds"), scenario.firstResponseSeconds},
                              {L("handle_seconds"), scenario.handleSeconds}});
    if (!scenario.hintSection.isEmpty())
        object.insert(L("hint"), QJsonObject{{L("section"), scenario.hintSection}});
    object.insert(L("rating"), QJsonObject{{L("on_expected"), scenario.ratingOnExpected},
                                           {L("on_other"), scenario.ratingOnOther}});
    return object;
}

QJsonObject questionJson(const PackQuestion &question)
{
    static const QString kinds[] = {QStringLiteral("single"), QStringLiteral("multiple"),
                                    QStringLiteral("free")};
    QJsonObject object{
        {L("id"), question.id}, {L("kind"), kinds[int(question.kind)]}, {L("text"), question.text}};
    if (question.kind == PackQuestion::Kind::Free) {
        object.insert(L("expected_words"), stringArray(question.expectedWords));
    } else {
        object.insert(L("options"), stringArray(question.options));
        QJsonArray correct;
        for (int index : question.correct)
            correct.append(index);
        object.insert(L("correct"), correct);
    }
    object.insert(L("articles"), stringArray(question.articles));
    object.insert(L("time_limit_seconds"), question.timeLimitSeconds);
    return object;
}

QJsonObject orderJson(const PackOrder &order)
{
    QJsonArray items;
    for (const PackOrderItem &item : order.items)
        items.append(QJsonObject{{L("name"), item.name},
                                 {L("quantity"), item.quantity},
                                 {L("price_cents"), item.priceCents}});
    QJsonArray history;
    for (const PackOrderEvent &event : order.history) {
        QJsonObject step{{L("status"), event.status}, {L("hours_ago"), event.hoursAgo}};
        putText(step, L("note"), event.note);
        history.append(step);
    }
    QJsonObject object{{L("number"), order.number}, {L("customer"), order.customer},
                       {L("status"), order.status}, {L("currency"), order.currency},
                       {L("items"), items},         {L("history"), history}};
    putText(object, L("delivery_method"), order.deliveryMethod);
    return object;
}

} // namespace

QString toString(ScriptTrigger::Kind kind)
{
    return triggerNames().name(kind);
}

std::optional<ScriptTrigger::Kind> triggerKindFromString(QStringView text)
{
    return triggerNames().value(text);
}

qint64 PackOrder::totalCents() const
{
    qint64 total = 0;
    for (const PackOrderItem &item : items)
        total += item.priceCents * item.quantity;
    return total;
}

const ScriptTurn *PackScenario::turn(QStringView id) const
{
    for (const ScriptTurn &each : turns) {
        if (each.id == id)
            return &each;
    }
    return nullptr;
}

const PackScenario *ScenarioPack::scenario(QStringView id) const
{
    for (const PackScenario &each : scenarios) {
        if (each.id == id)
            return &each;
    }
    return nullptr;
}

const PackCustomer *ScenarioPack::customer(QStringView ref) const
{
    for (const PackCustomer &each : customers) {
        if (each.ref == ref)
            return &each;
    }
    return nullptr;
}

QJsonObject ScenarioPack::toJson() const
{
    QJsonObject object{{L("format"), QString(ScenarioPackFormat)},
                       {L("format_version"), formatVersion},
                       {L("id"), id},
                       {L("version"), version},
                       {L("title"), title},
                       {L("language"), language}};
    if (ownKnowledgeBase) {
        QJsonArray list;
        for (const PackArticle &article : articles)
            list.append(QJsonObject{{L("slug"), article.slug},
                                    {L("title"), article.title},
                                    {L("body"), article.body},
                                    {L("tags"), stringArray(article.tags)}});
        object.insert(L("knowledge_base"), QJsonObject{{L("articles"), list}});
    } else {
        object.insert(L("knowledge_base"), QStringLiteral("production"));
    }
    QJsonArray macroList;
    for (const PackMacro &macro : macros) {
        QJsonObject item{{L("slug"), macro.slug}, {L("title"), macro.title}};
        putText(item, L("shortcut"), macro.shortcut);
        item.insert(L("body"), macro.body);
        macroList.append(item);
    }
    object.insert(L("macros"), macroList);
    QJsonArray customerList;
    for (const PackCustomer &customer : customers) {
        QJsonObject item{{L("id"), customer.ref}, {L("name"), customer.name}};
        putText(item, L("email"), customer.email);
        putText(item, L("phone"), customer.phone);
        putText(item, L("city"), customer.city);
        customerList.append(item);
    }
    object.insert(L("customers"), customerList);
    QJsonArray orderList;
    for (const PackOrder &order : orders)
        orderList.append(orderJson(order));
    object.insert(L("orders"), orderList);
    QJsonArray questions;
    for (const PackQuestion &question : exam.questions)
        questions.append(questionJson(question));
    object.insert(L("exam"), QJsonObject{{L("duration_minutes"), exam.durationMinutes},
                                         {L("simultaneous"), exam.simultaneous},
                                         {L("scenarios"), exam.scenarios},
                                         {L("questions"), questions}});
    object.insert(L("practice"), QJsonObject{{L("hint_after_seconds"), hintAfterSeconds}});
    if (!scoringJson.isEmpty())
        object.insert(L("scoring"), scoringJson);
    QJsonArray scenarioList;
    for (const PackScenario &scenario : scenarios)
        scenarioList.append(scenarioJson(scenario));
    object.insert(L("scenarios"), scenarioList);
    return object;
}

QString foldForMatching(const QString &text)
{
    QString folded = text.toCaseFolded();
    folded.replace(u'ё', u'е');
    return folded;
}

} // namespace frontline::protocol

#include "protocol/Exam.h"

#include "protocol/Json.h"

#include <QJsonArray>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

QJsonValue optionalInt(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject conversationJson(const ExamConversation &conversation, Exam::View view)
{
    QJsonObject object{{L("scenario_id"), conversation.scenarioId},
                       {L("title"), conversation.title},
                       {L("ticket_id"), json::stringOrNull(conversation.ticketId)},
                       {L("state"), conversation.state},
                       {L("started_at"), json::timeOrNull(conversation.startedAt)},
                       {L("ended_at"), json::timeOrNull(conversation.endedAt)}};
    if (view == Exam::View::Trainer)
        object.insert(L("turn"), json::stringOrNull(conversation.turn));
    return object;
}

QJsonObject questionJson(const ExamQuestionShown &question)
{
    return {{L("id"), question.id},
            {L("kind"), toString(question.kind)},
            {L("text"), question.text},
            {L("options"), QJsonArray::fromStringList(question.options)},
            {L("time_limit_seconds"), question.timeLimitSeconds},
            {L("answered"), question.answered}};
}

// The trainee sees an exam's verdict, not how each criterion counted; practice shows her all.
QJsonValue resultJson(const Exam &exam, Exam::View view)
{
    if (exam.result.isEmpty())
        return QJsonValue();
    if (view == Exam::View::Trainer || exam.practice())
        return exam.result;
    return QJsonObject{{L("total"), exam.result.value(u"total")},
                       {L("passed"), exam.result.value(u"passed")},
                       {L("band"), exam.result.value(u"band")}};
}

Result<QDateTime> timeField(const QJsonObject &object, QLatin1StringView field)
{
    return json::optionalTime(object, field);
}

// A conversation's time as the back office wrote it; a malformed one reads as none.
QDateTime timeOrNone(const QJsonObject &object, QLatin1StringView field)
{
    auto time = json::optionalTime(object, field);
    return time ? time.value() : QDateTime();
}

} // namespace

QString toString(ExamQuestion::Kind kind)
{
    switch (kind) {
    case ExamQuestion::Kind::Single:
        return QStringLiteral("single");
    case ExamQuestion::Kind::Multiple:
        return QStringLiteral("multiple");
    case ExamQuestion::Kind::Free:
        break;
    }
    return QStringLiteral("free");
}

std::optional<ExamQuestion::Kind> examQuestionKindFromString(QStringView text)
{
    if (text == u"single")
        return ExamQuestion::Kind::Single;
    if (text == u"multiple")
        return ExamQuestion::Kind::Multiple;
    if (text == u"free")
        return ExamQuestion::Kind::Free;
    return std::nullopt;
}

QJsonObject Exam::toJson(View view) const
{
    QJsonArray conversationList;
    for (const ExamConversation &conversation : conversations)
        conversationList.append(conversationJson(conversation, view));
    QJsonArray questionList;
    for (const ExamQuestionShown &question : questions)
        questionList.append(questionJson(question));
    QJsonObject object{
        {L("id"), id},
        {L("sandbox"), sandbox},
        {L("sandbox_title"), sandboxTitle},
        {L("mode"), mode},
        {L("operator_name"), operatorName},
        {L("pack_id"), packId},
        {L("pack_version"), packVersion},
        {L("pack_title"), packTitle},
        {L("language"), language},
        {L("state"), state},
        {L("duration_minutes"), durationMinutes ? QJsonValue(*durationMinutes) : QJsonValue()},
        {L("started_at"), json::timeOrNull(startedAt)},
        {L("closes_at"), json::timeOrNull(closesAt)},
        {L("seconds_left"), optionalInt(secondsLeft)},
        {L("closed_at"), json::timeOrNull(closedAt)},
        {L("simultaneous"), simultaneous},
        {L("scenario_count"), scenarioCount},
        {L("conversations"), conversationList},
        {L("questions"), questionList},
        {L("created_by"), createdBy},
        {L("created_at"), json::timeOrNull(createdAt)},
        {L("version"), version},
        {L("result"), resultJson(*this, view)},
    };
    if (view == View::Trainer)
        object.insert(L("operator_id"), operatorId);
    return object;
}

Result<Exam> Exam::fromJson(const QJsonObject &object)
{
    Exam exam;
    exam.id = object.value(u"id").toString();
    if (exam.id.isEmpty())
        return json::invalidField(QStringLiteral("id"), QStringLiteral("is required"));
    exam.sandbox = object.value(u"sandbox").toString();
    exam.sandboxTitle = object.value(u"sandbox_title").toString();
    exam.mode = object.value(u"mode").toString(ExamModeExam);
    exam.operatorId = object.value(u"operator_id").toString();
    exam.operatorName = object.value(u"operator_name").toString();
    exam.packId = object.value(u"pack_id").toString();
    exam.packVersion = object.value(u"pack_version").toInteger();
    exam.packTitle = object.value(u"pack_title").toString();
    exam.language = object.value(u"language").toString();
    exam.state = object.value(u"state").toString();
    if (object.value(u"duration_minutes").isDouble())
        exam.durationMinutes = object.value(u"duration_minutes").toInt();
    if (object.value(u"seconds_left").isDouble())
        exam.secondsLeft = object.value(u"seconds_left").toInteger();
    for (auto [field, into] :
         {std::pair{L("started_at"), &exam.startedAt}, std::pair{L("closes_at"), &exam.closesAt},
          std::pair{L("closed_at"), &exam.closedAt}, std::pair{L("created_at"), &exam.createdAt}}) {
        auto time = timeField(object, field);
        if (!time)
            return time.error();
        *into = time.value();
    }
    exam.simultaneous = object.value(u"simultaneous").toInt(1);
    exam.scenarioCount = object.value(u"scenario_count").toInt();
    for (const QJsonValue &item : object.value(u"conversations").toArray()) {
        const QJsonObject c = item.toObject();
        ExamConversation conversation{c.value(u"scenario_id").toString(),
                                      c.value(u"title").toString(),
                                      c.value(u"ticket_id").toString(),
                                      c.value(u"state").toString(),
                                      c.value(u"turn").toString(),
                                      {},
                                      {}};
        conversation.startedAt = timeOrNone(c, L("started_at"));
        conversation.endedAt = timeOrNone(c, L("ended_at"));
        exam.conversations.append(conversation);
    }
    for (const QJsonValue &item : object.value(u"questions").toArray()) {
        const QJsonObject q = item.toObject();
        ExamQuestionShown question;
        question.id = q.value(u"id").toString();
        question.kind = examQuestionKindFromString(q.value(u"kind").toString())
                            .value_or(ExamQuestion::Kind::Single);
        question.text = q.value(u"text").toString();
        for (const QJsonValue &option : q.value(u"options").toArray())
            question.options.append(option.toString());
        question.timeLimitSeconds = q.value(u"time_limit_seconds").toInt(120);
        question.answered = q.value(u"answered").toBool();
        exam.questions.append(question);
    }
    exam.createdBy = object.value(u"created_by").toString();
    exam.version = object.value(u"version").toInteger(1);
    exam.result = object.value(u"result").toObject();
    return exam;
}

} // namespace frontline::protocol

#include "protocol/ExamQuestion.h"

#include "protocol/EnumNames.h"
#include "protocol/ExamScoring.h"
#include "protocol/FieldLimits.h"
#include "protocol/Json.h"

#include <QJsonArray>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>

namespace frontline::protocol {
namespace {

using L = QLatin1StringView;

constexpr auto KindNames =
    enumNames<QuestionKind>(std::pair{QuestionKind::SingleChoice, L("single_choice")},
                            std::pair{QuestionKind::MultipleChoice, L("multiple_choice")},
                            std::pair{QuestionKind::FreeAnswer, L("free_answer")});

Error bad(const QString &path, const QString &why)
{
    return json::invalidField(path, why);
}

// A required string of 1 to `most` characters (trimmed).
Result<QString> textAt(const QJsonObject &object, QLatin1StringView field, const QString &path,
                       qsizetype most)
{
    const QString at = path + u'.' + field;
    const QJsonValue value = object.value(field);
    if (!value.isString() || value.toString().trimmed().isEmpty())
        return bad(at, QStringLiteral("is required"));
    const QString text = value.toString().trimmed();
    if (text.size() > most)
        return limits::tooLong(at, most, false);
    return text;
}

// A list of strings, each 1 to `mostEach` characters; `path` names the list.
Result<QStringList> textsAt(const QJsonValue &value, const QString &path, qsizetype mostItems,
                            qsizetype mostEach)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return bad(path, QStringLiteral("must be a list of strings"));
    const QJsonArray items = value.toArray();
    if (items.size() > mostItems)
        return limits::tooLong(path, mostItems, true);
    QStringList texts;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QString text = items.at(i).toString().trimmed();
        if (!items.at(i).isString() || text.isEmpty())
            return bad(at, QStringLiteral("must be a non-empty string"));
        if (text.size() > mostEach)
            return limits::tooLong(at, mostEach, false);
        texts.append(text);
    }
    return texts;
}

Result<QList<ExamQuestionOption>> optionsAt(const QJsonValue &value, const QString &path)
{
    const QJsonArray items = value.toArray();
    if (!value.isArray() || items.size() < 2)
        return bad(path, QStringLiteral("a choice question needs at least two options"));
    if (items.size() > limits::ExamQuestionOptions)
        return limits::tooLong(path, limits::ExamQuestionOptions, true);
    QList<ExamQuestionOption> options;
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        const QJsonObject object = items.at(i).toObject();
        auto id = textAt(object, L("id"), at, limits::ExamQuestionId);
        if (!id)
            return id.error();
        if (ids.contains(id.value()))
            return bad(at + u".id", QStringLiteral("%1 is used twice").arg(id.value()));
        auto text = textAt(object, L("text"), at, limits::ExamOptionText);
        if (!text)
            return text.error();
        ids.insert(id.value());
        options.append({id.value(), text.value()});
    }
    return options;
}

// The right options of a choice question: known ids, once each, one for single choice.
Result<void> checkCorrect(const ExamQuestion &question, const QString &path)
{
    if (question.correct.isEmpty())
        return bad(path, QStringLiteral("name the right option"));
    if (question.kind == QuestionKind::SingleChoice && question.correct.size() != 1)
        return bad(path, QStringLiteral("a single choice question has exactly one right option"));
    for (qsizetype i = 0; i < question.correct.size(); ++i) {
        const QString &id = question.correct.at(i);
        const auto known = std::any_of(question.options.begin(), question.options.end(),
                                       [&](const ExamQuestionOption &o) { return o.id == id; });
        if (!known || question.correct.indexOf(id) != i)
            return bad(QStringLiteral("%1[%2]").arg(path).arg(i),
                       known ? QStringLiteral("%1 is named twice").arg(id)
                             : QStringLiteral("no option %1").arg(id));
    }
    return {};
}

Result<void> readAnswerKey(const QJsonObject &object, const QString &path, ExamQuestion &question)
{
    if (question.kind == QuestionKind::FreeAnswer) {
        auto words = textsAt(object.value(u"expected_words"), path + u".expected_words",
                             limits::ExamExpectedWords, limits::ExamExpectedWord);
        if (!words)
            return words.error();
        if (words->isEmpty())
            return bad(path + u".expected_words",
                       QStringLiteral("a free answer needs at least one expected word"));
        question.expectedWords = words.value();
        return {};
    }
    auto options = optionsAt(object.value(u"options"), path + u".options");
    if (!options)
        return options.error();
    question.options = options.value();
    auto correct = textsAt(object.value(u"correct"), path + u".correct",
                           limits::ExamQuestionOptions, limits::ExamQuestionId);
    if (!correct)
        return correct.error();
    question.correct = correct.value();
    return checkCorrect(question, path + u".correct");
}

bool holdsSequence(const QStringList &words, const QStringList &sequence)
{
    if (sequence.isEmpty())
        return false;
    for (qsizetype start = 0; start + sequence.size() <= words.size(); ++start) {
        if (std::equal(sequence.begin(), sequence.end(), words.begin() + start))
            return true;
    }
    return false;
}

// How right the answer is, 0-1, and why in words.
std::pair<double, QString> creditOf(const ExamQuestion &question, const ExamQuestionAnswer &answer)
{
    if (question.kind == QuestionKind::FreeAnswer) {
        const QStringList words = answerWords(answer.text);
        QStringList missing;
        for (const QString &expected : question.expectedWords) {
            const QStringList forms = expected.split(u'|', Qt::SkipEmptyParts);
            if (std::none_of(forms.begin(), forms.end(), [&](const QString &form) {
                    return holdsSequence(words, answerWords(form));
                }))
                missing.append(u'\'' + expected + u'\'');
        }
        const qsizetype held = question.expectedWords.size() - missing.size();
        return {double(held) / question.expectedWords.size(),
                QStringLiteral("Holds %1 of %2 expected words%3")
                    .arg(held)
                    .arg(question.expectedWords.size())
                    .arg(missing.isEmpty() ? QString()
                                           : QStringLiteral(" (missing %1)")
                                                 .arg(missing.join(QStringLiteral(", "))))};
    }
    const QSet<QString> chosen(answer.chosen.begin(), answer.chosen.end());
    qsizetype right = 0;
    qsizetype wrong = 0;
    for (const ExamQuestionOption &option : question.options) {
        if (chosen.contains(option.id))
            ++(question.correct.contains(option.id) ? right : wrong);
    }
    const qsizetype rightCount = question.correct.size();
    const qsizetype wrongCount = question.options.size() - rightCount;
    if (question.kind == QuestionKind::SingleChoice) {
        const bool ok = right == 1 && wrong == 0;
        return {ok ? 1.0 : 0.0,
                ok ? QStringLiteral("The right option")
                   : QStringLiteral("Not the right option (%1)").arg(question.correct.value(0))};
    }
    const double credit = std::max(0.0, double(right) / rightCount -
                                            (wrongCount > 0 ? double(wrong) / wrongCount : 0.0));
    return {credit, QStringLiteral("%1 of %2 right options, %3 of %4 wrong")
                        .arg(right)
                        .arg(rightCount)
                        .arg(wrong)
                        .arg(wrongCount)};
}

} // namespace

QString toString(QuestionKind kind)
{
    return KindNames.name(kind);
}

std::optional<QuestionKind> questionKindFromString(QStringView text)
{
    return KindNames.value(text);
}

QJsonObject ExamQuestion::toJson() const
{
    QJsonObject object{{L("id"), id},
                       {L("kind"), toString(kind)},
                       {L("text"), text},
                       {L("time_limit_seconds"), timeLimitSeconds}};
    if (kind == QuestionKind::FreeAnswer) {
        object.insert(L("expected_words"), QJsonArray::fromStringList(expectedWords));
    } else {
        QJsonArray optionArray;
        for (const ExamQuestionOption &option : options)
            optionArray.append(QJsonObject{{L("id"), option.id}, {L("text"), option.text}});
        object.insert(L("options"), optionArray);
        object.insert(L("correct"), QJsonArray::fromStringList(correct));
    }
    if (!articles.isEmpty())
        object.insert(L("articles"), QJsonArray::fromStringList(articles));
    return object;
}

Result<ExamQuestion> ExamQuestion::fromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return bad(path, QStringLiteral("must be an object"));
    const QJsonObject object = value.toObject();
    static const QStringList known{
        QStringLiteral("id"),       QStringLiteral("kind"),
        QStringLiteral("text"),     QStringLiteral("options"),
        QStringLiteral("correct"),  QStringLiteral("expected_words"),
        QStringLiteral("articles"), QStringLiteral("time_limit_seconds")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return bad(path + u'.' + it.key(), QStringLiteral("unknown field"));
    }
    ExamQuestion question;
    auto id = textAt(object, L("id"), path, limits::ExamQuestionId);
    if (!id)
        return id.error();
    question.id = id.value();
    const auto kind = questionKindFromString(object.value(u"kind").toString());
    if (!kind)
        return bad(
            path + u".kind",
            QStringLiteral("must be one of %1").arg(KindNames.names().join(QStringLiteral(", "))));
    question.kind = *kind;
    auto text = textAt(object, L("text"), path, limits::ExamQuestionText);
    if (!text)
        return text.error();
    question.text = text.value();
    if (auto key = readAnswerKey(object, path, question); !key)
        return key.error();
    if (object.contains(u"time_limit_seconds")) {
        const QJsonValue limit = object.value(u"time_limit_seconds");
        const int seconds = limit.toInt(-1);
        if (!limit.isDouble() || limit.toDouble() != seconds || seconds < 10 || seconds > 3600)
            return bad(path + u".time_limit_seconds",
                       QStringLiteral("must be a whole number from 10 to 3600"));
        question.timeLimitSeconds = seconds;
    }
    auto slugs = textsAt(object.value(u"articles"), path + u".articles",
                         limits::ExamQuestionArticles, limits::KbSlug);
    if (!slugs)
        return slugs.error();
    question.articles = slugs.value();
    return question;
}

QJsonObject ExamQuestionAnswer::toJson() const
{
    return {{L("question_id"), questionId},
            {L("shown_at"), json::timeOrNull(shownAt)},
            {L("answered_at"), json::timeOrNull(answeredAt)},
            {L("chosen"), QJsonArray::fromStringList(chosen)},
            {L("text"), text},
            {L("articles_opened"), QJsonArray::fromStringList(articlesOpened)}};
}

Result<ExamQuestionAnswer> ExamQuestionAnswer::fromJson(const QJsonObject &object)
{
    ExamQuestionAnswer answer;
    answer.questionId = object.value(u"question_id").toString().trimmed();
    if (answer.questionId.isEmpty())
        return bad(QStringLiteral("question_id"), QStringLiteral("is required"));
    if (answer.questionId.size() > limits::ExamQuestionId)
        return limits::tooLong(QStringLiteral("question_id"), limits::ExamQuestionId, false);
    auto shown = json::optionalTime(object, L("shown_at"));
    if (!shown)
        return shown.error();
    answer.shownAt = shown.value();
    auto answered = json::optionalTime(object, L("answered_at"));
    if (!answered)
        return answered.error();
    answer.answeredAt = answered.value();
    auto chosen = textsAt(object.value(u"chosen"), QStringLiteral("chosen"),
                          limits::ExamQuestionOptions, limits::ExamQuestionId);
    if (!chosen)
        return chosen.error();
    answer.chosen = chosen.value();
    answer.text = object.value(u"text").toString();
    if (answer.text.size() > limits::ExamQuestionText)
        return limits::tooLong(QStringLiteral("text"), limits::ExamQuestionText, false);
    auto opened = textsAt(object.value(u"articles_opened"), QStringLiteral("articles_opened"),
                          limits::OtherList, limits::KbSlug);
    if (!opened)
        return opened.error();
    answer.articlesOpened = opened.value();
    return answer;
}

QJsonObject ExamQuestionScore::toJson() const
{
    return {{L("question_id"), questionId},
            {L("score"), score},
            {L("credit"), credit},
            {L("seconds"), json::numberOrNull(seconds)},
            {L("late"), late},
            {L("articles_opened"), QJsonArray::fromStringList(articlesOpened)},
            {L("explanation"), explanation}};
}

Result<ExamQuestionScore> ExamQuestionScore::fromJson(const QJsonObject &object)
{
    ExamQuestionScore score;
    score.questionId = object.value(u"question_id").toString();
    score.score = object.value(u"score").toDouble();
    score.credit = object.value(u"credit").toDouble();
    score.seconds = json::optionalNumber(object, L("seconds"));
    score.late = object.value(u"late").toBool();
    for (const QJsonValue &slug : object.value(u"articles_opened").toArray())
        score.articlesOpened.append(slug.toString());
    score.explanation = object.value(u"explanation").toString();
    return score;
}

ExamQuestionScore scoreQuestion(const ExamQuestion &question,
                                const std::optional<ExamQuestionAnswer> &answer)
{
    ExamQuestionScore score;
    score.questionId = question.id;
    if (!answer || !answer->answeredAt.isValid()) {
        score.explanation = QStringLiteral("Not answered before the exam closed: 0 of 100");
        return score;
    }
    score.articlesOpened = answer->articlesOpened;
    if (answer->shownAt.isValid())
        score.seconds = std::max<qint64>(0, answer->shownAt.msecsTo(answer->answeredAt)) / 1000.0;
    const auto [credit, why] = creditOf(question, *answer);
    score.credit = roundScore(credit);
    score.late = score.seconds && *score.seconds > question.timeLimitSeconds;
    const double points = score.late ? 0 : 100 * credit;
    score.score = roundScore(points);
    const QString when =
        score.seconds ? QStringLiteral(" after %1 s").arg(formatPoints(*score.seconds)) : QString();
    score.explanation =
        why + QStringLiteral(", answered") + when +
        (score.late ? QStringLiteral(", over the %1 s limit").arg(question.timeLimitSeconds)
                    : QString()) +
        QStringLiteral(": %1 of 100").arg(formatPoints(points));
    return score;
}

QStringList answerWords(const QString &text)
{
    QStringList words;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        const QStringView segment = QStringView(text).mid(start, end - start);
        start = end;
        if (std::any_of(segment.begin(), segment.end(),
                        [](QChar c) { return c.isLetterOrNumber(); }))
            words.append(segment.toString().toCaseFolded().replace(u'ё', u'е'));
    }
    return words;
}

} // namespace frontline::protocol

#include "protocol/ExamQuestion.h"

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

Error bad(const QString &path, const QString &why)
{
    return json::invalidField(path, why);
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
    if (question.kind == ExamQuestion::Kind::Free) {
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
    // Each option counted once, whatever the answer repeats; an index past the options is none.
    const QSet<int> chosen(answer.chosen.begin(), answer.chosen.end());
    qsizetype right = 0;
    qsizetype wrong = 0;
    for (int i = 0; i < int(question.options.size()); ++i) {
        if (chosen.contains(i))
            ++(question.correct.contains(i) ? right : wrong);
    }
    const qsizetype rightCount = question.correct.size();
    const qsizetype wrongCount = question.options.size() - rightCount;
    if (question.kind == ExamQuestion::Kind::Single) {
        const bool ok = right == 1 && wrong == 0;
        return {ok ? 1.0 : 0.0, ok ? QStringLiteral("The right option")
                                   : QStringLiteral("Not the right option (%1)")
                                         .arg(question.options.value(question.correct.value(0)))};
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

QJsonObject ExamQuestionAnswer::toJson() const
{
    QJsonArray indexes;
    for (int index : chosen)
        indexes.append(index);
    return {{L("question_id"), questionId},
            {L("shown_at"), json::timeOrNull(shownAt)},
            {L("answered_at"), json::timeOrNull(answeredAt)},
            {L("chosen"), indexes},
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
    const QJsonArray chosen = object.value(u"chosen").toArray();
    if (chosen.size() > limits::ExamAnswerChoices)
        return limits::tooLong(QStringLiteral("chosen"), limits::ExamAnswerChoices, true);
    for (const QJsonValue &index : chosen) {
        if (!index.isDouble() || index.toDouble() != index.toInt(-1) || index.toInt() < 0)
            return bad(QStringLiteral("chosen"), QStringLiteral("must list options' indexes"));
        answer.chosen.append(index.toInt());
    }
    answer.text = object.value(u"text").toString();
    if (answer.text.size() > limits::ExamAnswerText)
        return limits::tooLong(QStringLiteral("text"), limits::ExamAnswerText, false);
    for (const QJsonValue &slug : object.value(u"articles_opened").toArray())
        answer.articlesOpened.append(slug.toString());
    if (answer.articlesOpened.size() > limits::OtherList)
        return limits::tooLong(QStringLiteral("articles_opened"), limits::OtherList, true);
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

#include "server/kb/KbText.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace frontline::server::kb {
namespace {

QString transliterated(QChar ch)
{
    static const std::pair<char16_t, QLatin1StringView> table[] = {
        {u'а', QLatin1StringView("a")},    {u'б', QLatin1StringView("b")},
        {u'в', QLatin1StringView("v")},    {u'г', QLatin1StringView("g")},
        {u'д', QLatin1StringView("d")},    {u'е', QLatin1StringView("e")},
        {u'ё', QLatin1StringView("e")},    {u'ж', QLatin1StringView("zh")},
        {u'з', QLatin1StringView("z")},    {u'и', QLatin1StringView("i")},
        {u'й', QLatin1StringView("y")},    {u'к', QLatin1StringView("k")},
        {u'л', QLatin1StringView("l")},    {u'м', QLatin1StringView("m")},
        {u'н', QLatin1StringView("n")},    {u'о', QLatin1StringView("o")},
        {u'п', QLatin1StringView("p")},    {u'р', QLatin1StringView("r")},
        {u'с', QLatin1StringView("s")},    {u'т', QLatin1StringView("t")},
        {u'у', QLatin1StringView("u")},    {u'ф', QLatin1StringView("f")},
        {u'х', QLatin1StringView("kh")},   {u'ц', QLatin1StringView("ts")},
        {u'ч', QLatin1StringView("ch")},   {u'ш', QLatin1StringView("sh")},
        {u'щ', QLatin1StringView("shch")}, {u'ъ', QLatin1StringView("")},
        {u'ы', QLatin1StringView("y")},    {u'ь', QLatin1StringView("")},
        {u'э', QLatin1StringView("e")},    {u'ю', QLatin1StringView("yu")},
        {u'я', QLatin1StringView("ya")},   {u'і', QLatin1StringView("i")},
        {u'ї', QLatin1StringView("yi")},   {u'є', QLatin1StringView("ye")},
        {u'ґ', QLatin1StringView("g")},
    };
    for (const auto &[cyrillic, latin] : table) {
        if (ch == cyrillic)
            return QString(latin);
    }
    return QString(QChar(u'-'));
}

} // namespace

QString trimmedLines(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    QString joined = lines.join(u'\n');
    qsizetype begin = 0;
    while (begin < joined.size() && joined.at(begin) == u'\n')
        ++begin;
    qsizetype end = joined.size();
    while (end > begin && joined.at(end - 1) == u'\n')
        --end;
    return joined.mid(begin, end - begin);
}

QString slugify(const QString &text, int maxLength)
{
    QString slug;
    for (const QChar ch : text.toLower()) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9')) {
            slug += ch;
            continue;
        }
        // "é" -> "e": decompose and keep the base letter when it is plain ASCII.
        const QString decomposed = QString(ch).normalized(QString::NormalizationForm_D);
        const QChar base = decomposed.isEmpty() ? ch : decomposed.at(0);
        if (ch.script() != QChar::Script_Cyrillic &&
            ((base >= u'a' && base <= u'z') || (base >= u'0' && base <= u'9'))) {
            slug += base;
            continue;
        }
        const QString latin =
            ch.script() == QChar::Script_Cyrillic ? transliterated(ch) : QStringLiteral("-");
        if (latin == u"-") {
            if (!slug.endsWith(u'-'))
                slug += u'-';
        } else {
            slug += latin;
        }
    }
    const auto trimDashes = [](QString value) {
        while (value.startsWith(u'-'))
            value.remove(0, 1);
        while (value.endsWith(u'-'))
            value.chop(1);
        return value;
    };
    slug = trimDashes(slug);
    if (slug.size() > maxLength) {
        slug.truncate(maxLength);
        const qsizetype dash = slug.lastIndexOf(u'-');
        if (dash > maxLength / 2)
            slug.truncate(dash);
        slug = trimDashes(slug);
    }
    return slug;
}

QString searchForm(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).toLower().replace(u'ё', u'е');
}

QStringList searchTerms(const QString &query, int maxTerms)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList terms;
    for (QString word : searchForm(query).split(space, Qt::SkipEmptyParts)) {
        // "order?" should find "order": punctuation at a word's ends is not part of it.
        qsizetype begin = 0;
        qsizetype end = word.size();
        while (begin < end && !word.at(begin).isLetterOrNumber())
            ++begin;
        while (end > begin && !word.at(end - 1).isLetterOrNumber())
            --end;
        word = word.mid(begin, end - begin);
        if (!word.isEmpty() && !terms.contains(word))
            terms.append(word);
        if (terms.size() == maxTerms)
            break;
    }
    return terms;
}

QString snippet(const QString &body, const QStringList &terms, int length)
{
    const QString text = body.simplified();
    if (text.size() <= length)
        return text;
    // Search form keeps positions when it keeps the length (it does for Latin and Cyrillic).
    const QString folded = searchForm(text);
    const bool aligned = folded.size() == text.size();
    qsizetype at = -1;
    for (const QString &term : terms) {
        const qsizetype found =
            aligned ? folded.indexOf(term) : text.indexOf(term, 0, Qt::CaseInsensitive);
        if (found >= 0 && (at < 0 || found < at))
            at = found;
    }
    qsizetype start = 0;
    if (at > length / 3) {
        start = std::min<qsizetype>(at - length / 3, text.size() - length);
        const qsizetype space = text.indexOf(u' ', start);
        if (space >= 0 && space < std::max<qsizetype>(at, start + 1) && space - start < 30)
            start = space + 1;
    }
    qsizetype end = std::min<qsizetype>(text.size(), start + length);
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', end);
        if (space > start + length / 2 && space > at)
            end = space;
    }
    QString excerpt = text.mid(start, end - start).trimmed();
    if (start > 0)
        excerpt.prepend(u'…');
    if (end < text.size())
        excerpt.append(u'…');
    return excerpt;
}

} // namespace frontline::server::kb

#include "server/kb/HtmlText.h"

#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace frontline::server::kb {
namespace {

// Removes the body's first line when it only repeats the title (an <h1> under a <title>).
QString withoutRepeatedTitle(const QString &body, const QString &title)
{
    if (title.isEmpty())
        return body;
    const qsizetype newline = body.indexOf(u'\n');
    const QString first = newline < 0 ? body : body.left(newline);
    if (first.simplified() != title)
        return body;
    return newline < 0 ? QString() : trimmedLines(body.mid(newline + 1));
}

// Plain-text output with HTML's whitespace rules: runs of spaces collapse, block boundaries
// ask for line breaks that are written only when more text follows.
class PlainTextWriter
{
public:
    void text(const QString &decoded, bool preformatted)
    {
        if (preformatted) {
            put(decoded);
            return;
        }
        for (const QChar ch : decoded) {
            if (ch.isSpace())
                m_pendingSpace = true;
            else
                put(QString(ch));
        }
    }
    void literal(const QString &text) { put(text); }
    void requestBreak(int lines) { m_pendingBreaks = std::max(m_pendingBreaks, lines); }
    void lineBreak() { m_pendingBreaks = std::min(m_pendingBreaks + 1, 2); }
    QString result() const { return trimmedLines(m_out); }

private:
    void put(const QString &text)
    {
        if (m_pendingBreaks > 0) {
            if (!m_out.isEmpty()) {
                while (m_out.endsWith(u' '))
                    m_out.chop(1);
                m_out += QString(m_pendingBreaks, u'\n');
            }
            m_pendingBreaks = 0;
        } else if (m_pendingSpace && !m_out.isEmpty() && !m_out.endsWith(u' ') &&
                   !m_out.endsWith(u'\n') && !text.startsWith(u' ')) {
            m_out += u' ';
        }
        m_pendingSpace = false;
        m_out += text;
    }

    QString m_out;
    int m_pendingBreaks = 0;
    bool m_pendingSpace = false;
};

bool isAsciiLetter(QChar ch)
{
    return (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z');
}

// Elements whose content is never readable text; <title> is read separately.
bool skipsContent(const QString &name)
{
    static const QStringList names{
        QStringLiteral("script"), QStringLiteral("style"),    QStringLiteral("title"),
        QStringLiteral("head"),   QStringLiteral("noscript"), QStringLiteral("template"),
        QStringLiteral("iframe"), QStringLiteral("object"),   QStringLiteral("svg"),
        QStringLiteral("math"),   QStringLiteral("textarea"), QStringLiteral("select")};
    return names.contains(name);
}

int blockBreak(const QString &name)
{
    static const QStringList paragraphs{
        QStringLiteral("p"),        QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),       QStringLiteral("h4"),      QStringLiteral("h5"),
        QStringLiteral("h6"),       QStringLiteral("pre"),     QStringLiteral("blockquote"),
        QStringLiteral("table"),    QStringLiteral("hr"),      QStringLiteral("dl"),
        QStringLiteral("figure"),   QStringLiteral("address"), QStringLiteral("details"),
        QStringLiteral("fieldset"), QStringLiteral("form"),    QStringLiteral("section"),
        QStringLiteral("article"),  QStringLiteral("header"),  QStringLiteral("footer"),
        QStringLiteral("nav"),      QStringLiteral("aside"),   QStringLiteral("main"),
        QStringLiteral("center")};
    static const QStringList lines{
        QStringLiteral("div"),     QStringLiteral("tr"),      QStringLiteral("dt"),
        QStringLiteral("dd"),      QStringLiteral("summary"), QStringLiteral("figcaption"),
        QStringLiteral("caption"), QStringLiteral("li"),      QStringLiteral("body"),
        QStringLiteral("html"),    QStringLiteral("thead"),   QStringLiteral("tbody"),
        QStringLiteral("tfoot")};
    if (paragraphs.contains(name))
        return 2;
    return lines.contains(name) ? 1 : 0;
}

// The text of the first <title> element in `html`, or empty.
QString titleElement(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title\\b[^>]*>(.*?)</title\\s*>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = title.match(html);
    return match.hasMatch() ? decodeEntities(match.captured(1)).simplified() : QString();
}

// The value of attribute `name` in a start tag's text, or empty.
QString attribute(QStringView tag, const QString &name)
{
    const QRegularExpression pattern(
        u"\\b" + name + QStringLiteral(R"re(\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))re"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return {};
    for (int group = 1; group <= 3; ++group) {
        if (match.capturedStart(group) >= 0)
            return decodeEntities(match.captured(group));
    }
    return {};
}

ConvertedText convertHtmlSource(const QString &html)
{
    PlainTextWriter out;
    QString titleTag;
    QString firstH1;
    bool inFirstH1 = false;
    bool h1Seen = false;
    QString linkTarget;
    QString linkText;
    std::vector<int> lists; // -1 for <ul>, else the next number of an <ol>
    int preDepth = 0;
    int cell = 0;
    QString text;

    const auto flushText = [&] {
        if (text.isEmpty())
            return;
        const QString decoded = decodeEntities(text);
        text.clear();
        if (inFirstH1)
            firstH1 += decoded;
        if (!linkTarget.isEmpty())
            linkText += decoded;
        out.text(decoded, preDepth > 0);
    };

    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype open = html.indexOf(u'<', i);
        if (open < 0) {
            text += QStringView(html).mid(i);
            break;
        }
        text += QStringView(html).mid(i, open - i);
        i = open;
        if (QStringView(html).mid(i, 4) == u"<!--") {
            flushText();
            const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const QChar next = i + 1 < n ? html.at(i + 1) : QChar();
        if (next == u'!' || next == u'?') {
            flushText();
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = next == u'/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(html.at(nameStart))) {
            text += u'<'; // a lone "<", as in "a < b"
            ++i;
            continue;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && (html.at(nameEnd).isLetterOrNumber() || html.at(nameEnd) == u'-' ||
                               html.at(nameEnd) == u':'))
            ++nameEnd;
        const QString name = html.mid(nameStart, nameEnd - nameStart).toLower();
        qsizetype end = nameEnd;
        QChar quoteChar;
        for (; end < n; ++end) {
            const QChar ch = html.at(end);
            if (!quoteChar.isNull()) {
                if (ch == quoteChar)
                    quoteChar = QChar();
            } else if (ch == u'"' || ch == u'\'') {
                quoteChar = ch;
            } else if (ch == u'>') {
                break;
            }
        }
        const QStringView tag = QStringView(html).mid(i, std::min(end, n - 1) - i + 1);
        i = end < n ? end + 1 : n;
        flushText();

        if (!closing && skipsContent(name) && !tag.endsWith(u"/>")) {
            const qsizetype close = html.indexOf(QString(u"</" + name), i, Qt::CaseInsensitive);
            const QString content = html.mid(i, close < 0 ? n - i : close - i);
            if (name == u"title" && titleTag.isEmpty())
                titleTag = decodeEntities(content).simplified();
            if (name == u"head" && titleTag.isEmpty()) // <head> holds <title>: read it first
                titleTag = titleElement(content);
            const qsizetype after = close < 0 ? -1 : html.indexOf(u'>', close);
            i = after < 0 ? n : after + 1;
            continue;
        }
        if (name == u"br") {
            out.lineBreak();
        } else if (name == u"li") {
            out.requestBreak(1);
            if (!closing) {
                const QString indent((std::max<qsizetype>(qsizetype(lists.size()), 1) - 1) * 2,
                                     u' ');
                const bool numbered = !lists.empty() && lists.back() > 0;
                const QString marker = numbered ? QString(QString::number(lists.back()++) + u". ")
                                                : QStringLiteral("- ");
                out.literal(indent + marker);
            }
        } else if (name == u"ul" || name == u"ol") {
            // A list nested in an item stays on the next line; a whole list is a paragraph.
            if (closing) {
                out.requestBreak(lists.size() > 1 ? 1 : 2);
                if (!lists.empty())
                    lists.pop_back();
            } else {
                out.requestBreak(lists.empty() ? 2 : 1);
                lists.push_back(name == u"ul" ? -1 : 1);
            }
        } else if (name == u"td" || name == u"th") {
            if (!closing && cell++ > 0)
                out.literal(QStringLiteral(" | "));
        } else if (name == u"a") {
            if (closing && !linkTarget.isEmpty()) {
                flushText();
                if (linkText.simplified() != linkTarget)
                    out.literal(u" (" + linkTarget + u')');
                linkTarget.clear();
            } else if (!closing) {
                const QString href = attribute(tag, QStringLiteral("href")).trimmed();
                // Only web and mail links are worth reading out; javascript: and the like are not.
                static const QRegularExpression readable(QStringLiteral("^(https?|mailto):"),
                                                         QRegularExpression::CaseInsensitiveOption);
                linkTarget = readable.match(href).hasMatch() ? href : QString();
                linkText.clear();
            }
        } else if (const int lines = blockBreak(name); lines > 0) {
            out.requestBreak(lines);
            if (name == u"tr")
                cell = 0;
            if (name == u"pre")
                preDepth = std::max(0, preDepth + (closing ? -1 : 1));
            if (name == u"h1" && !closing && !h1Seen)
                inFirstH1 = true;
            if (name == u"h1" && closing && inFirstH1) {
                inFirstH1 = false;
                h1Seen = true;
            }
        }
    }
    flushText();

    ConvertedText result;
    result.title = !titleTag.isEmpty() ? titleTag : firstH1.simplified();
    result.body = withoutRepeatedTitle(out.result(), result.title);
    return result;
}

struct NamedEntity
{
    QLatin1StringView name;
    char16_t character; // 0: the entity stands for nothing visible (a soft hyphen, ...)
};

// The entities KB authors actually type; anything else stays as written.
constexpr NamedEntity NamedEntities[] = {
    {QLatin1StringView("amp"), u'&'},
    {QLatin1StringView("lt"), u'<'},
    {QLatin1StringView("gt"), u'>'},
    {QLatin1StringView("quot"), u'"'},
    {QLatin1StringView("apos"), u'\''},
    {QLatin1StringView("nbsp"), u' '},
    {QLatin1StringView("ensp"), u' '},
    {QLatin1StringView("emsp"), u' '},
    {QLatin1StringView("thinsp"), u' '},
    {QLatin1StringView("ndash"), u'\u2013'},
    {QLatin1StringView("mdash"), u'\u2014'},
    {QLatin1StringView("minus"), u'\u2212'},
    {QLatin1StringView("hellip"), u'\u2026'},
    {QLatin1StringView("laquo"), u'\u00AB'},
    {QLatin1StringView("raquo"), u'\u00BB'},
    {QLatin1StringView("lsquo"), u'\u2018'},
    {QLatin1StringView("rsquo"), u'\u2019'},
    {QLatin1StringView("sbquo"), u'\u201A'},
    {QLatin1StringView("ldquo"), u'\u201C'},
    {QLatin1StringView("rdquo"), u'\u201D'},
    {QLatin1StringView("bdquo"), u'\u201E'},
    {QLatin1StringView("bull"), u'\u2022'},
    {QLatin1StringView("middot"), u'\u00B7'},
    {QLatin1StringView("copy"), u'\u00A9'},
    {QLatin1StringView("reg"), u'\u00AE'},
    {QLatin1StringView("trade"), u'\u2122'},
    {QLatin1StringView("deg"), u'\u00B0'},
    {QLatin1StringView("plusmn"), u'\u00B1'},
    {QLatin1StringView("times"), u'\u00D7'},
    {QLatin1StringView("divide"), u'\u00F7'},
    {QLatin1StringView("euro"), u'\u20AC'},
    {QLatin1StringView("pound"), u'\u00A3'},
    {QLatin1StringView("yen"), u'\u00A5'},
    {QLatin1StringView("cent"), u'\u00A2'},
    {QLatin1StringView("sect"), u'\u00A7'},
    {QLatin1StringView("para"), u'\u00B6'},
    {QLatin1StringView("numero"), u'\u2116'},
    {QLatin1StringView("rarr"), u'\u2192'},
    {QLatin1StringView("larr"), u'\u2190'},
    {QLatin1StringView("uarr"), u'\u2191'},
    {QLatin1StringView("darr"), u'\u2193'},
    {QLatin1StringView("harr"), u'\u2194'},
    {QLatin1StringView("rArr"), u'\u21D2'},
    {QLatin1StringView("frac12"), u'\u00BD'},
    {QLatin1StringView("frac14"), u'\u00BC'},
    {QLatin1StringView("frac34"), u'\u00BE'},
    {QLatin1StringView("iexcl"), u'\u00A1'},
    {QLatin1StringView("iquest"), u'\u00BF'},
    {QLatin1StringView("eacute"), u'\u00E9'},
    {QLatin1StringView("egrave"), u'\u00E8'},
    {QLatin1StringView("agrave"), u'\u00E0'},
    {QLatin1StringView("ouml"), u'\u00F6'},
    {QLatin1StringView("uuml"), u'\u00FC'},
    {QLatin1StringView("auml"), u'\u00E4'},
    {QLatin1StringView("shy"), 0},
    {QLatin1StringView("zwj"), 0},
    {QLatin1StringView("zwnj"), 0},
    {QLatin1StringView("lrm"), 0},
};

} // namespace

ConvertedText convertHtml(const QString &html)
{
    return convertHtmlSource(html);
}

QString htmlToText(const QString &html)
{
    ConvertedText converted = convertHtmlSource(html);
    return converted.body;
}

QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString result;
    result.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        const qsizetype semicolon = ch == u'&' ? text.indexOf(u';', i + 1) : -1;
        if (semicolon < 0 || semicolon - i > 12) {
            result += ch;
            continue;
        }
        const QStringView name = QStringView(text).mid(i + 1, semicolon - i - 1);
        bool decoded = false;
        if (name.startsWith(u'#') && name.size() > 1) {
            bool ok = false;
            const bool hex = name.at(1) == u'x' || name.at(1) == u'X';
            const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok) {
                const bool valid = code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
                const char32_t character = valid ? char32_t(code) : U'\uFFFD';
                result += QString::fromUcs4(&character, 1);
                decoded = true;
            }
        } else {
            for (const NamedEntity &entity : NamedEntities) {
                if (name == entity.name) {
                    if (entity.character != 0)
                        result += QChar(entity.character);
                    decoded = true;
                    break;
                }
            }
        }
        if (decoded)
            i = semicolon;
        else
            result += ch;
    }
    return result;
}

} // namespace frontline::server::kb

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

// One pass over an HTML document: text runs go to the writer, tags change its state (lists,
// links, preformatted blocks, table cells) and the title candidates.
class HtmlConverter
{
public:
    explicit HtmlConverter(const QString &html)
        : m_html(html)
    {}

    ConvertedText run()
    {
        const qsizetype n = m_html.size();
        while (m_at < n) {
            const qsizetype open = m_html.indexOf(u'<', m_at);
            if (open < 0) {
                m_text += QStringView(m_html).mid(m_at);
                break;
            }
            m_text += QStringView(m_html).mid(m_at, open - m_at);
            m_at = open;
            markup();
        }
        flushText();

        ConvertedText result;
        result.title = !m_titleTag.isEmpty() ? m_titleTag : m_firstH1.simplified();
        result.body = withoutRepeatedTitle(m_out.result(), result.title);
        return result;
    }

private:
    // At a "<": a comment, a declaration, a lone "<" of the text, or a tag.
    void markup()
    {
        const qsizetype n = m_html.size();
        if (QStringView(m_html).mid(m_at, 4) == u"<!--") {
            flushText();
            const qsizetype end = m_html.indexOf(QStringLiteral("-->"), m_at + 4);
            m_at = end < 0 ? n : end + 3;
            return;
        }
        const QChar next = m_at + 1 < n ? m_html.at(m_at + 1) : QChar();
        if (next == u'!' || next == u'?') {
            flushText();
            const qsizetype end = m_html.indexOf(u'>', m_at);
            m_at = end < 0 ? n : end + 1;
            return;
        }
        const bool closing = next == u'/';
        const qsizetype nameStart = m_at + (closing ? 2 : 1);
        if (nameStart >= n || !isAsciiLetter(m_html.at(nameStart))) {
            m_text += u'<'; // a lone "<", as in "a < b"
            ++m_at;
            return;
        }
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && (m_html.at(nameEnd).isLetterOrNumber() ||
                               m_html.at(nameEnd) == u'-' || m_html.at(nameEnd) == u':'))
            ++nameEnd;
        const QString name = m_html.mid(nameStart, nameEnd - nameStart).toLower();
        const qsizetype end = tagEnd(nameEnd);
        const QStringView tag = QStringView(m_html).mid(m_at, std::min(end, n - 1) - m_at + 1);
        m_at = end < n ? end + 1 : n;
        flushText();
        if (!closing && skipsContent(name) && !tag.endsWith(u"/>"))
            skipContent(name);
        else
            element(name, closing, tag);
    }

    // The ">" that ends a tag, outside quoted attribute values; the document's end if none.
    qsizetype tagEnd(qsizetype from) const
    {
        const qsizetype n = m_html.size();
        QChar quoteChar;
        for (qsizetype end = from; end < n; ++end) {
            const QChar ch = m_html.at(end);
            if (!quoteChar.isNull()) {
                if (ch == quoteChar)
                    quoteChar = QChar();
            } else if (ch == u'"' || ch == u'\'') {
                quoteChar = ch;
            } else if (ch == u'>') {
                return end;
            }
        }
        return n;
    }

    // Past an element that holds no readable text, keeping a <title> it holds.
    void skipContent(const QString &name)
    {
        const qsizetype n = m_html.size();
        const qsizetype close = m_html.indexOf(QString(u"</" + name), m_at, Qt::CaseInsensitive);
        const QString content = m_html.mid(m_at, close < 0 ? n - m_at : close - m_at);
        if (name == u"title" && m_titleTag.isEmpty())
            m_titleTag = decodeEntities(content).simplified();
        if (name == u"head" && m_titleTag.isEmpty()) // <head> holds <title>: read it first
            m_titleTag = titleElement(content);
        const qsizetype after = close < 0 ? -1 : m_html.indexOf(u'>', close);
        m_at = after < 0 ? n : after + 1;
    }

    void element(const QString &name, bool closing, QStringView tag)
    {
        if (name == u"br") {
            m_out.lineBreak();
        } else if (name == u"li") {
            listItem(closing);
        } else if (name == u"ul" || name == u"ol") {
            list(name, closing);
        } else if (name == u"td" || name == u"th") {
            if (!closing && m_cell++ > 0)
                m_out.literal(QStringLiteral(" | "));
        } else if (name == u"a") {
            link(closing, tag);
        } else if (const int lines = blockBreak(name); lines > 0) {
            block(name, closing, lines);
        }
    }

    void listItem(bool closing)
    {
        m_out.requestBreak(1);
        if (closing)
            return;
        const QString indent((std::max<qsizetype>(qsizetype(m_lists.size()), 1) - 1) * 2, u' ');
        const bool numbered = !m_lists.empty() && m_lists.back() > 0;
        const QString marker =
            numbered ? QString(QString::number(m_lists.back()++) + u". ") : QStringLiteral("- ");
        m_out.literal(indent + marker);
    }

    // A list nested in an item stays on the next line; a whole list is a paragraph.
    void list(const QString &name, bool closing)
    {
        if (closing) {
            m_out.requestBreak(m_lists.size() > 1 ? 1 : 2);
            if (!m_lists.empty())
                m_lists.pop_back();
        } else {
            m_out.requestBreak(m_lists.empty() ? 2 : 1);
            m_lists.push_back(name == u"ul" ? -1 : 1);
        }
    }

    void link(bool closing, QStringView tag)
    {
        if (closing && !m_linkTarget.isEmpty()) {
            flushText();
            if (m_linkText.simplified() != m_linkTarget)
                m_out.literal(u" (" + m_linkTarget + u')');
            m_linkTarget.clear();
        } else if (!closing) {
            const QString href = attribute(tag, QStringLiteral("href")).trimmed();
            // Only web and mail links are worth reading out; javascript: and the like are not.
            static const QRegularExpression readable(QStringLiteral("^(https?|mailto):"),
                                                     QRegularExpression::CaseInsensitiveOption);
            m_linkTarget = readable.match(href).hasMatch() ? href : QString();
            m_linkText.clear();
        }
    }

    void block(const QString &name, bool closing, int lines)
    {
        m_out.requestBreak(lines);
        if (name == u"tr")
            m_cell = 0;
        if (name == u"pre")
            m_preDepth = std::max(0, m_preDepth + (closing ? -1 : 1));
        if (name == u"h1" && !closing && !m_h1Seen)
            m_inFirstH1 = true;
        if (name == u"h1" && closing && m_inFirstH1) {
            m_inFirstH1 = false;
            m_h1Seen = true;
        }
    }

    void flushText()
    {
        if (m_text.isEmpty())
            return;
        const QString decoded = decodeEntities(m_text);
        m_text.clear();
        if (m_inFirstH1)
            m_firstH1 += decoded;
        if (!m_linkTarget.isEmpty())
            m_linkText += decoded;
        m_out.text(decoded, m_preDepth > 0);
    }

    const QString &m_html;
    qsizetype m_at = 0;
    PlainTextWriter m_out;
    QString m_text; // read since the last tag, not yet decoded
    QString m_titleTag;
    QString m_firstH1;
    bool m_inFirstH1 = false;
    bool m_h1Seen = false;
    QString m_linkTarget;
    QString m_linkText;
    std::vector<int> m_lists; // -1 for <ul>, else the next number of an <ol>
    int m_preDepth = 0;
    int m_cell = 0;
};

ConvertedText convertHtmlSource(const QString &html)
{
    return HtmlConverter(html).run();
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

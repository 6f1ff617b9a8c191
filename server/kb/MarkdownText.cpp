#include "server/kb/MarkdownText.h"

#include "server/kb/HtmlText.h"

#include <QRegularExpression>

#include <array>

namespace frontline::server::kb {
namespace {

// Calls `replacement(match)` for every match of `pattern` and splices its result in; Qt's own
// replace() only knows backreferences.
template<typename Replacement>
QString replaceEach(const QString &text, const QRegularExpression &pattern, Replacement replacement)
{
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result.append(QStringView(text).mid(last, match.capturedStart() - last));
        result.append(replacement(match));
        last = match.capturedEnd();
    }
    result.append(QStringView(text).mid(last));
    return result;
}

// Stand-ins from Unicode's private use area for text the later inline rules must not touch
// (code spans, URLs, escaped characters). Restored newest first, so a held URL may itself
// contain an earlier held escape.
class HeldText
{
public:
    QString hold(const QString &text)
    {
        if (m_texts.size() >= Capacity)
            return text;
        m_texts.append(text);
        return QString(QChar(char16_t(FirstMark + m_texts.size() - 1)));
    }

    QString restore(QString text) const
    {
        for (qsizetype i = m_texts.size() - 1; i >= 0; --i)
            text.replace(QChar(char16_t(FirstMark + i)), m_texts.at(i));
        return text;
    }

private:
    static constexpr char16_t FirstMark = 0xE000;
    static constexpr qsizetype Capacity = 0xF8FF - 0xE000;
    QStringList m_texts;
};

QString markdownInline(QString text)
{
    HeldText held;
    static const QRegularExpression codeSpan(QStringLiteral("(`+)(.+?)\\1"));
    text = replaceEach(text, codeSpan, [&held](const QRegularExpressionMatch &match) {
        QString code = match.captured(2);
        if (code.size() > 2 && code.startsWith(u' ') && code.endsWith(u' '))
            code = code.mid(1, code.size() - 2);
        return held.hold(code);
    });
    // Raw HTML is allowed in Markdown; its tags are markup, not text.
    static const QRegularExpression htmlTag(
        QStringLiteral("</?(a|abbr|b|big|br|center|cite|code|del|details|div|em|font|i|img|ins|"
                       "kbd|mark|p|q|s|small|span|strike|strong|sub|summary|sup|u|wbr)\\b[^<>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    text = replaceEach(text, htmlTag, [&held](const QRegularExpressionMatch &match) {
        return match.captured(1).compare(u"br", Qt::CaseInsensitive) == 0
                   ? held.hold(QStringLiteral("\n"))
                   : QString();
    });
    static const QRegularExpression escaped(QStringLiteral("\\\\([!-/:-@\\[-`{-~])"));
    text = replaceEach(text, escaped, [&held](const QRegularExpressionMatch &match) {
        return held.hold(match.captured(1));
    });
    static const QRegularExpression image(
        QStringLiteral(R"re(!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\))re"));
    text = replaceEach(text, image,
                       [](const QRegularExpressionMatch &match) { return match.captured(1); });
    static const QRegularExpression link(
        QStringLiteral(R"re(\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\))re"));
    text = replaceEach(text, link, [&held](const QRegularExpressionMatch &match) {
        const QString label = match.captured(1).trimmed();
        const QString url = match.captured(2);
        if (label == url)
            return held.hold(url);
        return QString(label + u" (" + held.hold(url) + u')');
    });
    static const QRegularExpression autolink(
        QStringLiteral(R"re(<((?:https?|ftp|mailto):[^\s<>]+)>)re"));
    text = replaceEach(text, autolink, [&held](const QRegularExpressionMatch &match) {
        return held.hold(match.captured(1));
    });
    // Bare URLs often hold underscores that the emphasis rules below would eat.
    static const QRegularExpression bareUrl(QStringLiteral(R"re(\b(?:https?|ftp)://[^\s<>]+)re"));
    text = replaceEach(text, bareUrl, [&held](const QRegularExpressionMatch &match) {
        return held.hold(match.captured(0));
    });
    static const std::array emphasis{
        QRegularExpression(QStringLiteral(R"re(\*\*(?=\S)(.+?)(?<=\S)\*\*)re")),
        QRegularExpression(
            QStringLiteral(R"re((?<![\p{L}\p{N}_])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}_]))re")),
        QRegularExpression(QStringLiteral(R"re(~~(?=\S)(.+?)(?<=\S)~~)re")),
        QRegularExpression(QStringLiteral(R"re(\*(?=[^\s*])(.+?)(?<=[^\s*])\*)re")),
        QRegularExpression(
            QStringLiteral(R"re((?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_]))re")),
    };
    for (const QRegularExpression &pattern : emphasis)
        text.replace(pattern, QStringLiteral("\\1"));
    return held.restore(decodeEntities(text));
}

enum class BlockKind
{
    Paragraph,
    ListItem,
    TableRow,
    Code
};

// Collects converted blocks: a blank line between blocks, one newline between the items of a
// list or the rows of a table that no blank line in the source separates.
class BlockWriter
{
public:
    void add(const QString &text, BlockKind kind)
    {
        if (text.trimmed().isEmpty())
            return;
        if (!m_text.isEmpty()) {
            const bool sameRun = !m_blankLine && kind == m_lastKind &&
                                 (kind == BlockKind::ListItem || kind == BlockKind::TableRow);
            m_text += sameRun ? QStringLiteral("\n") : QStringLiteral("\n\n");
        }
        m_text += text;
        m_lastKind = kind;
        m_blankLine = false;
    }
    void blankLine() { m_blankLine = true; }
    QString text() const { return trimmedLines(m_text); }

private:
    QString m_text;
    BlockKind m_lastKind = BlockKind::Paragraph;
    bool m_blankLine = false;
};

// Markdown to plain text, line by line: block syntax (headings, fences, quotes, lists, tables,
// rules) is read here, inline syntax by markdownInline once a block is complete.
class MarkdownConverter
{
public:
    explicit MarkdownConverter(bool takeTitle)
        : m_titleTaken(!takeTitle)
    {}

    ConvertedText run(QString source)
    {
        static const QRegularExpression privateUse(QStringLiteral("[\\x{E000}-\\x{F8FF}]"));
        static const QRegularExpression nonText(
            QStringLiteral("<(script|style|iframe|object|noscript)\\b.*?</\\1\\s*>|<!--.*?-->"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::DotMatchesEverythingOption);
        source.remove(privateUse);
        source.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
        source.remove(nonText);

        for (const QString &raw : source.split(u'\n')) {
            if (!m_fenceMarker.isEmpty())
                codeLine(raw);
            else
                line(raw);
        }
        if (!m_fenceMarker.isEmpty())
            m_blocks.add(m_code.join(u'\n'), BlockKind::Code);
        flush();
        m_result.body = m_blocks.text();
        return m_result;
    }

private:
    // Inside a fenced code block: kept as written until the closing fence.
    void codeLine(const QString &raw)
    {
        const QString trimmed = raw.trimmed();
        if (trimmed.startsWith(m_fenceMarker) &&
            trimmed.count(m_fenceMarker.at(0)) == trimmed.size()) {
            m_blocks.add(m_code.join(u'\n'), BlockKind::Code);
            m_fenceMarker.clear();
        } else {
            m_code << raw;
        }
    }

    void line(const QString &raw)
    {
        static const QRegularExpression quote(QStringLiteral("^ {0,3}> ?"));
        static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
        QString line = raw;
        line.replace(u'\t', QStringLiteral("    "));
        for (auto match = quote.match(line); match.hasMatch(); match = quote.match(line))
            line = line.mid(match.capturedEnd());

        if (const auto match = fence.match(line); match.hasMatch()) {
            flush();
            m_fenceMarker = match.captured(1);
            m_code.clear();
            return;
        }
        if (line.trimmed().isEmpty()) {
            flush();
            m_blocks.blankLine();
            return;
        }
        if (headingLine(line) || tableRuleOrRow(line))
            return;
        textLine(raw, line);
    }

    // An ATX heading, or the "===" under a paragraph that makes it a level-one heading.
    bool headingLine(const QString &line)
    {
        static const QRegularExpression atxHeading(
            QStringLiteral("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"));
        static const QRegularExpression setextH1(QStringLiteral("^ {0,3}=+\\s*$"));
        if (const auto match = atxHeading.match(line); match.hasMatch()) {
            flush();
            const QString text = markdownInline(match.captured(2));
            if (match.captured(1).size() == 1)
                heading(text);
            else
                m_blocks.add(text, BlockKind::Paragraph);
            return true;
        }
        if (setextH1.match(line).hasMatch() && !m_pending.isEmpty() &&
            m_pendingKind == BlockKind::Paragraph) {
            const QString text = markdownInline(m_pending);
            m_pending.clear();
            heading(text);
            return true;
        }
        return false;
    }

    // A horizontal rule (it only ends the paragraph), or a table's row (its cells joined by
    // " | ") or rule line.
    bool tableRuleOrRow(const QString &line)
    {
        static const QRegularExpression rule(
            QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}\\s*$"));
        if (rule.match(line).hasMatch()) {
            flush();
            return true;
        }
        static const QRegularExpression tableRow(QStringLiteral("^\\s*\\|.*\\|\\s*$"));
        static const QRegularExpression tableRule(QStringLiteral("^[\\s|:-]*-{3,}[\\s|:-]*$"));
        if (!tableRow.match(line).hasMatch())
            return false;
        flush();
        if (tableRule.match(line).hasMatch())
            return true;
        QStringList cells = line.trimmed().split(u'|');
        cells.removeFirst();
        cells.removeLast();
        for (QString &cell : cells)
            cell = markdownInline(cell.trimmed());
        m_blocks.add(cells.join(u" | "), BlockKind::TableRow);
        return true;
    }

    // A list item starts, a paragraph starts, or the one being gathered goes on.
    void textLine(const QString &raw, const QString &line)
    {
        static const QRegularExpression listItem(
            QStringLiteral("^(\\s*)([-*+]|\\d{1,9}[.)])\\s+(.*)$"));
        if (const auto match = listItem.match(line); match.hasMatch()) {
            flush();
            const QString marker = match.captured(2);
            m_pendingPrefix = match.captured(1) +
                              (marker == u"*" || marker == u"+" ? QStringLiteral("-") : marker) +
                              u' ';
            m_pendingKind = BlockKind::ListItem;
            m_pending = match.captured(3).trimmed();
        } else if (m_pending.isEmpty()) {
            m_pendingKind = BlockKind::Paragraph;
            m_pending = line.trimmed();
        } else {
            // A soft line break inside a paragraph (or a list item's lazy continuation).
            m_pending += m_hardBreak ? u'\n' : u' ';
            m_pending += line.trimmed();
        }
        m_hardBreak = raw.endsWith(QStringLiteral("  "));
        if (m_pending.endsWith(u'\\') && !m_pending.endsWith(QStringLiteral("\\\\"))) {
            m_pending.chop(1);
            m_hardBreak = true;
        }
    }

    void flush()
    {
        if (!m_pending.isEmpty())
            m_blocks.add(m_pendingPrefix + markdownInline(m_pending), m_pendingKind);
        m_pending.clear();
        m_pendingPrefix.clear();
        m_hardBreak = false;
    }

    void heading(const QString &text)
    {
        if (!m_titleTaken) {
            m_result.title = text.simplified();
            m_titleTaken = true;
        } else {
            m_blocks.add(text, BlockKind::Paragraph);
        }
    }

    ConvertedText m_result;
    BlockWriter m_blocks;
    QString m_pending; // the paragraph or list item being gathered, inline syntax still in it
    QString m_pendingPrefix;
    BlockKind m_pendingKind = BlockKind::Paragraph;
    bool m_hardBreak = false;
    bool m_titleTaken;
    QString m_fenceMarker;
    QStringList m_code;
};

ConvertedText convertMarkdownSource(const QString &source, bool takeTitle)
{
    return MarkdownConverter(takeTitle).run(source);
}

} // namespace

ConvertedText convertMarkdown(const QString &markdown)
{
    return convertMarkdownSource(markdown, true);
}

QString markdownToText(const QString &markdown)
{
    return convertMarkdownSource(markdown, false).body;
}

} // namespace frontline::server::kb

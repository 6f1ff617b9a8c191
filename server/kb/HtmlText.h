#pragma once

#include "server/kb/KbText.h"

namespace frontline::server::kb {

// HTML to plain text, a small tag stripper rather than a browser: <script>, <style> and other
// non-text elements are dropped with their content, block elements become line breaks, list
// items get "- " or "N. ", web links keep their URL as "text (url)", entities are decoded. The
// title is <title>, else the first <h1>; an <h1> repeating it leaves the body.
ConvertedText convertHtml(const QString &html);
QString htmlToText(const QString &html);

// "&amp;", "&#8212;", "&#x2014;", "&laquo;", ... to characters; unknown entities stay as typed.
QString decodeEntities(const QString &text);

} // namespace frontline::server::kb

#pragma once

#include "server/kb/KbText.h"

namespace frontline::server::kb {

// Markdown to plain text: heading markers, emphasis and code ticks go; links become
// "text (url)"; list markers, quotes' text and paragraph breaks stay; raw HTML tags and
// <script>/<style> blocks are dropped. The first level-1 heading becomes the title and leaves
// the body.
ConvertedText convertMarkdown(const QString &markdown);
// The same without taking a title: every heading stays as a line of the text.
QString markdownToText(const QString &markdown);

} // namespace frontline::server::kb

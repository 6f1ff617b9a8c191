#pragma once

#include "protocol/Result.h"

#include <QString>

namespace frontline::ui {

// Writes `html` as an A4 PDF to `path` (replacing it only once complete) through QTextDocument
// and QPdfWriter, as every PDF Frontline makes (a QA review, a cohort's exams): no print dialog,
// so no Qt Print Support; io_error when it cannot. The HTML is the caller's, every outside text
// escaped.
[[nodiscard]] Result<void> writeHtmlPdf(const QString &html, const QString &title,
                                        const QString &path);

} // namespace frontline::ui

#include "ui/common/HtmlPdf.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace frontline::ui {

Result<void> writeHtmlPdf(const QString &html, const QString &title, const QString &path)
{
    const auto failed = [&path](const QSaveFile &file) {
        return Error{QStringLiteral("io_error"),
                     QCoreApplication::translate("ReviewPdf", "Cannot write %1: %2")
                         .arg(path, file.errorString())};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file);
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Frontline"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        document.setHtml(html);
        document.print(&writer);
    }
    if (!file.commit())
        return failed(file);
    return {};
}

} // namespace frontline::ui

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace frontline::test {

// The text of the PDF at `path` as pdftotext (poppler-utils, scripts/install-deps) reads it back;
// empty, with a test failure, when it cannot.
inline QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext (poppler-utils, scripts/install-deps) did not read "
                      << path.toStdString() << ": " << pdftotext.errorString().toStdString();
        return {};
    }
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace frontline::test

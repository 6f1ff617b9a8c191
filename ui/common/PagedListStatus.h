#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace frontline::app {
class PagedListModel;
} // namespace frontline::app

namespace frontline::ui {

// The status line under a back-office list (the audit log, the QA reviews): loading, why the list
// could not be read, how many rows it shows; and the list's CSV export, from choosing the file to
// how writing it went. The words are the view's (its own tr() context), asked for each time
// something is said, so they are the UI language's of the moment.
class PagedListStatus : public QObject
{
    Q_OBJECT
public:
    struct Words
    {
        QString loading;
        QString readFailed; // %1: why
        QString shown;      // how many rows are shown, counted
        QString exporting;
        QString exported;     // %1: the file
        QString notWritten;   // %1: the file, %2: why
        QString exportFailed; // %1: why
        QString exportTitle;  // the file dialog's title
        QString csvFiles;     // the file dialog's filter
    };

    // `fileName` is the file the export suggests ("frontline-audit-log.csv").
    PagedListStatus(app::PagedListModel &model, QLabel &label, QString fileName,
                    std::function<Words()> words, QObject *parent);

    // The list's state in the label.
    void show();
    // Asks where to write the CSV; empty when the user did not choose a file.
    QString chooseFile(QWidget *parent) const;
    // Every row the list's filters match, written to `path` as CSV; exportDone() says how it went.
    void exportTo(const QString &path);

Q_SIGNALS:
    void exportDone(const QString &path, bool ok);

private:
    void write(const QByteArray &csv);

    app::PagedListModel &m_model;
    QLabel &m_label;
    QString m_fileName;
    std::function<Words()> m_words;
    QString m_path; // the export's file
};

} // namespace frontline::ui

#pragma once

#include "app/reports/ReportFetcher.h"
#include "protocol/Result.h"

#include <QDialog>

#include <memory>
#include <utility>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSaveFile;

namespace frontline::ui {

// Exports a window of the contact center's work: the board's operators or queues as CSV, the
// tickets with their figures as CSV, the KPI series as CSV, or the printable daily report as PDF.
// The window is a preset (today, yesterday, the last 7 days) or from-to; tickets and series may
// be of one queue. A file is replaced only once its report is whole.
class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Export
    {
        OperatorsCsv,
        QueuesCsv,
        TicketsCsv,
        SeriesCsv,
        DailyPdf
    };

    explicit ReportExportDialog(app::ReportFetcher &fetcher, QWidget *parent = nullptr);
    ~ReportExportDialog() override;

    // The queues to choose from: (id, name) pairs; "All queues" comes first.
    void setQueues(const QList<std::pair<QString, QString>> &queues);
    void setWindow(const app::ReportWindow &window);
    app::ReportWindow window() const;
    void setExport(Export kind);
    Export chosenExport() const;
    void setPath(const QString &path);
    QString path() const;
    // The store the exports are of (a store's own account, or the one the supervisor picked): the
    // daily report is titled "Hopper: daily report" and the files' names carry its slug. An empty
    // name is the whole center: the default title and names.
    void setStore(const QString &name, const QString &slug);
    QString reportTitle() const { return m_reportTitle; }
    bool isBusy() const { return m_busy; }

    QComboBox *exportField() const { return m_kind; }
    QComboBox *presetField() const { return m_preset; }
    QLineEdit *pathField() const { return m_path; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    // Fetches what the chosen export needs and writes the file; exported() or failed() tells.
    void startExport();

Q_SIGNALS:
    void exported(const QString &path);
    void failed(const QString &message);

private:
    void buildFields();
    void layOut();
    void applyPreset();
    void suggestPath();
    void browse();
    void exportBoard(bool operators);
    void exportTickets();
    void exportSeries();
    void exportDailyReport();
    // Writes `bytes` to the chosen file whole, or says why not.
    void writeWhole(const QByteArray &bytes);
    void finish(const Result<void> &outcome);

    app::ReportFetcher &m_fetcher;
    QComboBox *m_kind;
    QComboBox *m_preset;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_queue;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QPushButton *m_export;
    QLabel *m_status;
    QString m_reportTitle;
    QString m_storeSlug;
    QString m_projectId;                  // the window's store, kept as it was given
    std::unique_ptr<QSaveFile> m_tickets; // the tickets file while its pages come in
    bool m_busy = false;
    bool m_pathChosen = false; // the user typed or picked it: no more suggestions
};

} // namespace frontline::ui

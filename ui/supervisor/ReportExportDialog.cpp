#include "ui/supervisor/ReportExportDialog.h"

#include "app/reports/BoardCsv.h"
#include "app/reports/SeriesCsv.h"
#include "app/reports/TicketsCsv.h"
#include "ui/supervisor/BoardCharts.h"
#include "ui/supervisor/DailyReport.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace frontline::ui {
namespace {

enum class Preset
{
    Today,
    Yesterday,
    LastSevenDays,
    Custom
};

} // namespace

ReportExportDialog::ReportExportDialog(app::ReportFetcher &fetcher, QWidget *parent)
    : QDialog(parent)
    , m_fetcher(fetcher)
    , m_kind(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_queue(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export a report"));
    buildFields();
    layOut();
    applyPreset();
}

ReportExportDialog::~ReportExportDialog() = default;

void ReportExportDialog::buildFields()
{
    m_kind->addItem(tr("Board: operators (CSV)"), int(Export::OperatorsCsv));
    m_kind->addItem(tr("Board: queues (CSV)"), int(Export::QueuesCsv));
    m_kind->addItem(tr("Tickets with their figures (CSV)"), int(Export::TicketsCsv));
    m_kind->addItem(tr("Figures per hour or day (CSV)"), int(Export::SeriesCsv));
    m_kind->addItem(tr("Daily report (PDF)"), int(Export::DailyPdf));
    m_kind->setAccessibleName(tr("What to export"));
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Yesterday"), int(Preset::Yesterday));
    m_preset->addItem(tr("The last 7 days"), int(Preset::LastSevenDays));
    m_preset->addItem(tr("From… to…"), int(Preset::Custom));
    m_preset->setAccessibleName(tr("Window"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_queue->addItem(tr("All queues"), QString());
    m_queue->setAccessibleName(tr("Queue"));
    m_path->setAccessibleName(tr("File"));
    m_browse->setAccessibleName(tr("Choose the file"));
    m_export->setAccessibleName(tr("Export"));
    m_export->setDefault(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Export status"));

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportExportDialog::applyPreset);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportExportDialog::suggestPath);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (m_preset->hasFocus() || !(m_from->hasFocus() || m_to->hasFocus()))
                return;
            // Editing a time by hand makes the window a custom one.
            const QSignalBlocker quiet(m_preset);
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            suggestPath();
        });
    }
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    connect(m_browse, &QPushButton::clicked, this, &ReportExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::startExport);
}

void ReportExportDialog::layOut()
{
    auto *window = new QHBoxLayout;
    window->addWidget(m_preset);
    window->addWidget(m_from);
    window->addWidget(m_to);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("&Window:"), window);
    form->addRow(tr("&Queue:"), m_queue);
    form->addRow(tr("&File:"), file);
    form->addRow(m_status);
    form->addRow(buttons);
}

void ReportExportDialog::setQueues(const QList<std::pair<QString, QString>> &queues)
{
    const QString chosen = m_queue->currentData().toString();
    while (m_queue->count() > 1)
        m_queue->removeItem(1);
    for (const auto &[id, name] : queues)
        m_queue->addItem(name.isEmpty() ? id : name, id);
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(chosen)));
}

void ReportExportDialog::applyPreset()
{
    const auto preset = Preset(m_preset->currentData().toInt());
    const bool custom = preset == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    const QDate today = QDate::currentDate();
    if (preset == Preset::Today) {
        m_from->setDateTime(today.startOfDay());
        m_to->setDateTime(today.addDays(1).startOfDay());
    } else if (preset == Preset::Yesterday) {
        m_from->setDateTime(today.addDays(-1).startOfDay());
        m_to->setDateTime(today.startOfDay());
    } else if (preset == Preset::LastSevenDays) {
        m_from->setDateTime(today.addDays(-6).startOfDay());
        m_to->setDateTime(today.addDays(1).startOfDay());
    }
    suggestPath();
}

void ReportExportDialog::setWindow(const app::ReportWindow &window)
{
    {
        const QSignalBlocker quiet(m_preset);
        m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    }
    m_from->setEnabled(true);
    m_to->setEnabled(true);
    m_from->setDateTime(window.from.toLocalTime());
    m_to->setDateTime(window.to.toLocalTime());
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(window.queueId)));
    m_projectId = window.projectId;
    suggestPath();
}

app::ReportWindow ReportExportDialog::window() const
{
    return {m_from->dateTime(), m_to->dateTime(), m_queue->currentData().toString(), m_projectId};
}

void ReportExportDialog::setStore(const QString &name, const QString &slug)
{
    m_reportTitle = name.isEmpty() ? QString() : tr("%1: daily report").arg(name);
    m_storeSlug = name.isEmpty() ? QString() : slug;
    suggestPath();
}

void ReportExportDialog::setExport(Export kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ReportExportDialog::Export ReportExportDialog::chosenExport() const
{
    return Export(m_kind->currentData().toInt());
}

void ReportExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    m_pathChosen = true;
}

QString ReportExportDialog::path() const
{
    return m_path->text().trimmed();
}

// A name that says what and when, in the user's documents, until they choose their own.
void ReportExportDialog::suggestPath()
{
    if (m_pathChosen)
        return;
    static const QStringList stems{QStringLiteral("board-operators"),
                                   QStringLiteral("board-queues"), QStringLiteral("tickets"),
                                   QStringLiteral("figures"), QStringLiteral("daily-report")};
    const Export kind = chosenExport();
    const QString day = m_from->date().toString(Qt::ISODate);
    const QString store = m_storeSlug.isEmpty() ? QString() : m_storeSlug + u'-';
    const QString name = u"frontline-" + store + stems.value(int(kind)) + u'-' + day +
                         (kind == Export::DailyPdf ? u".pdf" : u".csv");
    m_path->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name));
}

void ReportExportDialog::browse()
{
    const bool pdf = chosenExport() == Export::DailyPdf;
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export to"), path(), pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ReportExportDialog::startExport()
{
    if (m_busy)
        return;
    if (path().isEmpty()) {
        m_status->setText(tr("Choose a file to export to."));
        return;
    }
    if (m_from->dateTime() >= m_to->dateTime()) {
        m_status->setText(tr("The window must start before it ends."));
        return;
    }
    m_busy = true;
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    switch (chosenExport()) {
    case Export::OperatorsCsv:
        return exportBoard(true);
    case Export::QueuesCsv:
        return exportBoard(false);
    case Export::TicketsCsv:
        return exportTickets();
    case Export::SeriesCsv:
        return exportSeries();
    case Export::DailyPdf:
        return exportDailyReport();
    }
}

void ReportExportDialog::exportBoard(bool operators)
{
    QPointer<ReportExportDialog> self(this);
    m_fetcher.fetchBoard(window(), [self, operators](const Result<protocol::Board> &board) {
        if (!self)
            return;
        if (!board)
            return self->finish(board.error());
        self->writeWhole(operators ? app::BoardCsv::operators(board.value())
                                   : app::BoardCsv::queues(board.value()));
    });
}

void ReportExportDialog::exportSeries()
{
    QPointer<ReportExportDialog> self(this);
    m_fetcher.fetchSeries(window(), BoardCharts::bucketFor(window()),
                          [self](const Result<protocol::KpiSeries> &series) {
                              if (!self)
                                  return;
                              if (!series)
                                  return self->finish(series.error());
                              self->writeWhole(app::SeriesCsv::write(series.value()));
                          });
}

// Page by page into the file, so a week of tickets is never held whole.
void ReportExportDialog::exportTickets()
{
    m_tickets = std::make_unique<QSaveFile>(path());
    if (!m_tickets->open(QIODevice::WriteOnly) || m_tickets->write(app::TicketsCsv::header()) < 0) {
        return finish(Error{QStringLiteral("write_failed"),
                            tr("Cannot write %1: %2").arg(path(), m_tickets->errorString())});
    }
    QPointer<ReportExportDialog> self(this);
    m_fetcher.fetchTickets(
        window(),
        [self](const QList<protocol::TicketFigures> &page) -> Result<void> {
            if (!self)
                return Error{QStringLiteral("cancelled"), QString()};
            if (self->m_tickets->write(app::TicketsCsv::rows(page)) < 0)
                return Error{QStringLiteral("write_failed"), self->m_tickets->errorString()};
            return {};
        },
        [self](const Result<qint64> &count) {
            if (!self)
                return;
            if (!count)
                return self->finish(count.error());
            if (!self->m_tickets->commit())
                return self->finish(Error{
                    QStringLiteral("write_failed"),
                    tr("Cannot write %1: %2").arg(self->path(), self->m_tickets->errorString())});
            self->finish({});
        });
}

void ReportExportDialog::exportDailyReport()
{
    QPointer<ReportExportDialog> self(this);
    const app::ReportWindow span = window();
    m_fetcher.fetchBoard(span, [self, span](const Result<protocol::Board> &board) {
        if (!self)
            return;
        if (!board)
            return self->finish(board.error());
        self->m_fetcher.fetchSeries(
            span, BoardCharts::bucketFor(span),
            [self, board = board.value(), span](const Result<protocol::KpiSeries> &series) {
                if (!self)
                    return;
                if (!series)
                    return self->finish(series.error());
                self->finish(
                    DailyReport(board, series.value(), span.from.date(), self->m_reportTitle)
                        .writePdf(self->path()));
            });
    });
}

void ReportExportDialog::writeWhole(const QByteArray &bytes)
{
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return finish(Error{QStringLiteral("write_failed"),
                            tr("Cannot write %1: %2").arg(path(), file.errorString())});
    finish({});
}

void ReportExportDialog::finish(const Result<void> &outcome)
{
    if (m_tickets && !outcome)
        m_tickets->cancelWriting();
    m_tickets.reset();
    m_busy = false;
    m_export->setEnabled(true);
    if (!outcome) {
        const QString message =
            outcome.error().message.isEmpty() ? outcome.error().code : outcome.error().message;
        m_status->setText(tr("The export failed: %1").arg(message));
        Q_EMIT failed(message);
        return;
    }
    m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path())));
    Q_EMIT exported(path());
}

} // namespace frontline::ui

#include "ui/qa/QualityWorkspace.h"

#include "app/qa/QaReviewActions.h"
#include "app/store/LocalStore.h"
#include "ui/common/ShortcutTable.h"
#include "ui/qa/NewReviewDialog.h"
#include "ui/qa/ReviewScreen.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace frontline::ui {

QualityWorkspace::QualityWorkspace(app::BackOfficeClient &client, app::LocalStore &store,
                                   Reader reader, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(reader)
    , m_actions(new app::QaReviewActions(client, this))
    , m_model(new app::QaReviewListModel(client, this))
{
    setObjectName(QStringLiteral("qualityWorkspace"));
    build();
    fillPeople();
    retranslateUi();
    connect(m_model, &app::QaReviewListModel::loaded, this, &QualityWorkspace::showState);
    connect(m_model, &app::QaReviewListModel::loadFailed, this, &QualityWorkspace::showState);
    connect(m_list, &PagedListStatus::exportDone, this, &QualityWorkspace::exportDone);
    applyFilters();
}

QualityWorkspace::~QualityWorkspace()
{
    // Its windows call back into this workspace's actions: they go first.
    delete m_screen.data();
    delete m_dialog.data();
}

void QualityWorkspace::build()
{
    const bool reviewer = m_reader == Reader::Reviewer;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("qualityTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    buildToolBar(reviewer);

    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("qaOperatorFilter"));
    m_reviewer = new QComboBox(this);
    m_reviewer->setObjectName(QStringLiteral("qaReviewerFilter"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("qaStatusFilter"));
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("qaWindowFilter"));
    auto *filters = new QHBoxLayout;
    for (auto [field, text] :
         {std::pair<QComboBox *, const char *>{m_operator, QT_TR_NOOP("O&perator:")},
          {m_reviewer, QT_TR_NOOP("Re&viewer:")},
          {m_status, QT_TR_NOOP("&Status:")},
          {m_window, QT_TR_NOOP("&Window:")}}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append({label, text});
        filters->addWidget(label);
        filters->addWidget(field, 1);
        connect(field, &QComboBox::activated, this, &QualityWorkspace::applyFilters);
        // An operator's list is hers alone: no one else to filter by.
        const bool shown = reviewer || (field != m_operator && field != m_reviewer);
        label->setVisible(shown);
        field->setVisible(shown);
    }
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("qaReviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, &QualityWorkspace::openSelected);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("qaListState"));
    m_state->setTextFormat(Qt::PlainText);
    m_list = new PagedListStatus(
        *m_model, *m_state, QStringLiteral("frontline-qa-reviews.csv"), [this] { return words(); },
        this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_toolBar, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_state);
    setFocusProxy(m_table);
}

void QualityWorkspace::buildToolBar(bool reviewer)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("qualityToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newReview = m_toolBar->addAction(QString(), this, &QualityWorkspace::newReview);
    m_newReview->setObjectName(QStringLiteral("qaNewReview"));
    m_newReview->setShortcuts(ShortcutTable::keys(Shortcut::QaNewReview));
    m_newReview->setShortcutContext(Qt::WindowShortcut);
    m_newReview->setVisible(reviewer);
    m_newReview->setEnabled(reviewer);
    m_open = m_toolBar->addAction(QString(), this, &QualityWorkspace::openSelected);
    m_open->setObjectName(QStringLiteral("qaOpenReview"));
    m_older = m_toolBar->addAction(QString(), m_model, &app::QaReviewListModel::loadOlder);
    m_older->setObjectName(QStringLiteral("qaLoadOlder"));
    m_refresh = m_toolBar->addAction(QString(), m_model, &app::QaReviewListModel::reload);
    m_refresh->setObjectName(QStringLiteral("qaRefresh"));
    m_refresh->setShortcuts(ShortcutTable::keys(Shortcut::QaRefreshReviews));
    m_refresh->setShortcutContext(Qt::WindowShortcut);
    // Their keys work anywhere in the workspace, not only in the tool bar.
    addActions({m_newReview, m_refresh});
    // Calibration adds its action after this separator.
    m_toolBar->addSeparator();
    m_export = m_toolBar->addAction(QString(), this, &QualityWorkspace::chooseExportFile);
    m_export->setObjectName(QStringLiteral("qaExportCsv"));
    m_export->setVisible(reviewer);
    m_export->setEnabled(reviewer);
}

// The people the cache knows, by name: reviewed operators, and reviewers (staff and trainers).
void QualityWorkspace::fillPeople()
{
    m_operator->addItem(QString());
    m_reviewer->addItem(QString());
    auto query = m_store.read(QStringLiteral(
        "SELECT id, json_extract(json, '$.display_name') AS name, json_extract(json, '$.role') "
        "FROM operators ORDER BY name"));
    if (!query)
        return;
    while (query.value().next()) {
        const QString role = query.value().value(2).toString();
        QComboBox *box = role == u"operator" || role.isEmpty() ? m_operator : m_reviewer;
        box->addItem(query.value().value(1).toString(), query.value().value(0).toString());
    }
}

void QualityWorkspace::applyFilters()
{
    app::QaReviewListFilter filter;
    filter.operatorId = m_operator->currentData().toString();
    filter.reviewerId = m_reviewer->currentData().toString();
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.status = protocol::qaReviewStatusFromString(status);
    filter.from = windowStart(chosenWindow(*m_window), QDateTime::currentDateTime());
    m_model->setFilter(filter);
    showState();
}

NewReviewDialog *QualityWorkspace::newReviewDialog() const
{
    return m_dialog.data();
}

ReviewScreen *QualityWorkspace::reviewScreen() const
{
    return m_screen.data();
}

QString QualityWorkspace::selectedReviewId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(app::QaReviewListModel::ReviewIdRole).toString()
                             : QString();
}

void QualityWorkspace::newReview()
{
    if (m_reader != Reader::Reviewer)
        return;
    if (!m_dialog) {
        m_dialog = new NewReviewDialog(*m_actions, m_store, this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &NewReviewDialog::reviewRequested, this, &QualityWorkspace::startReview);
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

ReviewScreen *QualityWorkspace::screen()
{
    if (!m_screen) {
        m_screen = new ReviewScreen(*m_actions, m_reader, this);
        m_screen->setAttribute(Qt::WA_DeleteOnClose);
        const auto relist = [this] { m_model->reload(); };
        connect(m_screen, &ReviewScreen::submitted, this, relist);
        connect(m_screen, &ReviewScreen::reviewChanged, this, relist);
    }
    return m_screen;
}

void QualityWorkspace::startReview(const QString &ticketId, const protocol::Scorecard &card)
{
    ReviewScreen *shown = screen();
    shown->startReview(ticketId, card);
    shown->show();
    shown->raise();
    shown->activateWindow();
}

void QualityWorkspace::openSelected()
{
    if (const QString id = selectedReviewId(); !id.isEmpty())
        openReview(id);
}

void QualityWorkspace::openReview(const QString &id)
{
    ReviewScreen *shown = screen();
    shown->openReview(id);
    shown->show();
    shown->raise();
    shown->activateWindow();
}

void QualityWorkspace::showState()
{
    // At most a few hundred rows: measuring them is cheap, and names and dates read whole.
    if (!m_model->isLoading() && m_model->rowCount() > 0)
        m_table->resizeColumnsToContents();
    m_older->setEnabled(m_model->canLoadOlder());
    m_list->show();
}

PagedListStatus::Words QualityWorkspace::words() const
{
    return {
        .loading = tr("Loading reviews…"),
        .readFailed = tr("The reviews could not be read: %1"),
        .shown = tr("%n review(s)", nullptr, m_model->rowCount()),
        .exporting = tr("Exporting the reviews…"),
        .exported = tr("The reviews were exported to %1"),
        .notWritten = tr("Could not write %1: %2"),
        .exportFailed = tr("The export failed: %1"),
        .exportTitle = tr("Export the reviews"),
        .csvFiles = tr("CSV files (*.csv)"),
    };
}

void QualityWorkspace::chooseExportFile()
{
    if (const QString path = m_list->chooseFile(this); !path.isEmpty())
        exportTo(path);
}

void QualityWorkspace::exportTo(const QString &path)
{
    if (m_reader != Reader::Reviewer)
        return;
    m_list->exportTo(path);
}

void QualityWorkspace::retranslateUi()
{
    const bool reviewer = m_reader == Reader::Reviewer;
    m_title->setText(reviewer ? tr("Quality reviews") : tr("My reviews"));
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_newReview->setText(tr("&New review…"));
    m_newReview->setToolTip(tr("Choose a conversation to review (Ctrl+N)"));
    m_open->setText(tr("&Open review"));
    m_older->setText(tr("Load &older"));
    m_refresh->setText(tr("&Refresh"));
    m_export->setText(tr("E&xport as CSV…"));
    m_export->setToolTip(tr("Every review the filters match, as a CSV file for a spreadsheet"));
    m_toolBar->setAccessibleName(tr("Quality actions"));
    m_operator->setAccessibleName(tr("Reviewed operator"));
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_status->setAccessibleName(tr("Review status"));
    m_window->setAccessibleName(tr("Window"));
    m_table->setAccessibleName(reviewer ? tr("QA reviews") : tr("My QA reviews"));
    m_state->setAccessibleName(tr("Review list status"));
    m_operator->setItemText(0, tr("Every operator"));
    m_reviewer->setItemText(0, tr("Every reviewer"));
    const int status = std::max(0, m_status->currentIndex());
    m_status->clear();
    m_status->addItem(tr("Any status"));
    using S = protocol::QaReviewStatus;
    for (S each : {S::New, S::Disputed, S::Answered, S::Acknowledged})
        m_status->addItem(app::QaReviewListModel::statusText(each), protocol::toString(each));
    m_status->setCurrentIndex(status);
    setWindowChoices(*m_window, {{Window::Last7Days, tr("Last 7 days")},
                                 {Window::Last30Days, tr("Last 30 days")},
                                 {Window::Last90Days, tr("Last 90 days")},
                                 {Window::AnyTime, tr("Any time")}});
    showState();
}

void QualityWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui

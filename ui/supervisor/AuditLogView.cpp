#include "ui/supervisor/AuditLogView.h"

#include "app/store/LocalStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

AuditLogView::AuditLogView(app::BackOfficeClient &client, app::LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new app::AuditLogModel(client, this))
{
    setObjectName(QStringLiteral("auditLogView"));
    build();
    retranslateUi();
    fillOperators();
    connect(m_model, &app::AuditLogModel::loaded, this, &AuditLogView::showState);
    connect(m_model, &app::AuditLogModel::loadFailed, this, &AuditLogView::showState);
    connect(m_list, &PagedListStatus::exportDone, this, &AuditLogView::exportDone);
    applyFilters();
}

void AuditLogView::build()
{
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_operator = new QComboBox(this);
    m_operator->setObjectName(QStringLiteral("auditOperator"));
    m_ticket = new QLineEdit(this);
    m_ticket->setObjectName(QStringLiteral("auditTicket"));
    m_ticket->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("#?[0-9]{0,18}")), m_ticket));
    m_ticket->setClearButtonEnabled(true);
    m_window = new QComboBox(this);
    m_window->setObjectName(QStringLiteral("auditWindow"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_list = new PagedListStatus(
        *m_model, *m_status, QStringLiteral("frontline-audit-log.csv"), [this] { return words(); },
        this);
    m_older = new QPushButton(this);
    m_older->setObjectName(QStringLiteral("auditLoadOlder"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("auditExport"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);

    m_actionLabel = new QLabel(this);
    m_actionLabel->setBuddy(m_action);
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setBuddy(m_operator);
    m_ticketLabel = new QLabel(this);
    m_ticketLabel->setBuddy(m_ticket);
    m_windowLabel = new QLabel(this);
    m_windowLabel->setBuddy(m_window);
    auto *filters = new QHBoxLayout;
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_actionLabel, m_action},
                                {m_operatorLabel, m_operator},
                                {m_ticketLabel, m_ticket},
                                {m_windowLabel, m_window}}) {
        filters->addWidget(label);
        filters->addWidget(field, 1);
    }
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_older);
    actions->addWidget(m_export);
    actions->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    resize(900, 520);

    const auto apply = [this] { applyFilters(); };
    connect(m_action, &QComboBox::activated, this, apply);
    connect(m_operator, &QComboBox::activated, this, apply);
    connect(m_window, &QComboBox::activated, this, apply);
    connect(m_ticket, &QLineEdit::editingFinished, this, apply);
    connect(m_older, &QPushButton::clicked, m_model, &app::AuditLogModel::loadOlder);
    connect(m_older, &QPushButton::clicked, this, &AuditLogView::showState);
    connect(m_export, &QPushButton::clicked, this, &AuditLogView::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AuditLogView::~AuditLogView()
{
    // ~QDialog hides the dialog, which moves the focus out of the ticket field: its
    // editingFinished must not filter a view that is half gone by then (UBSan caught it).
    disconnect(m_ticket, nullptr, this, nullptr);
}

void AuditLogView::retranslateUi()
{
    setWindowTitle(tr("Audit log"));
    m_actionLabel->setText(tr("&Action:"));
    m_operatorLabel->setText(tr("O&perator:"));
    m_ticketLabel->setText(tr("&Ticket:"));
    m_windowLabel->setText(tr("&Window:"));
    m_ticket->setPlaceholderText(tr("Ticket number"));
    m_older->setText(tr("Load &older"));
    m_export->setText(tr("&Export CSV…"));
    m_action->setAccessibleName(tr("Action"));
    m_operator->setAccessibleName(tr("Operator"));
    m_ticket->setAccessibleName(tr("Ticket number"));
    m_window->setAccessibleName(tr("Window"));
    m_table->setAccessibleName(tr("Audit log entries"));
    m_status->setAccessibleName(tr("Audit log status"));
    m_older->setAccessibleName(tr("Load older entries"));
    m_export->setAccessibleName(tr("Export the audit log as CSV"));
    m_close->setAccessibleName(tr("Close the audit log"));

    const int action = std::max(0, m_action->currentIndex());
    m_action->clear();
    m_action->addItem(tr("Every action"));
    for (protocol::AuditAction each : protocol::allAuditActions())
        m_action->addItem(app::AuditLogModel::actionText(each), protocol::toString(each));
    m_action->setCurrentIndex(action);
    setWindowChoices(*m_window, {{Window::Today, tr("Today")},
                                 {Window::Last7Days, tr("Last 7 days")},
                                 {Window::Last30Days, tr("Last 30 days")},
                                 {Window::AnyTime, tr("Any time")}});
    if (m_operator->count() > 0)
        m_operator->setItemText(0, tr("Every operator"));
    showState();
}

// Everyone the supervisor's cache knows, by name: the operators an action may concern.
void AuditLogView::fillOperators()
{
    m_operator->clear();
    m_operator->addItem(tr("Every operator"));
    auto query = m_store.read(QStringLiteral(
        "SELECT id, json_extract(json, '$.display_name') AS name FROM operators ORDER BY name"));
    if (!query)
        return;
    while (query.value().next())
        m_operator->addItem(query.value().value(1).toString(), query.value().value(0).toString());
}

void AuditLogView::applyFilters()
{
    app::AuditFilter filter;
    if (const QString action = m_action->currentData().toString(); !action.isEmpty())
        filter.action = protocol::auditActionFromString(action);
    filter.subjectId = m_operator->currentData().toString();
    m_problem.clear();
    const QString number = m_ticket->text().remove(u'#').trimmed();
    if (!number.isEmpty()) {
        auto query = m_store.read(QStringLiteral("SELECT id FROM tickets WHERE number = ?"),
                                  {number.toLongLong()});
        if (query && query.value().next()) {
            filter.ticketId = query.value().value(0).toString();
        } else {
            m_problem = tr("No ticket #%1 in your workspace").arg(number);
            showState();
            return;
        }
    }
    filter.from = windowStart(chosenWindow(*m_window), QDateTime::currentDateTime());
    m_model->setFilter(filter);
    showState();
}

void AuditLogView::showState()
{
    m_older->setEnabled(m_model->canLoadOlder());
    if (!m_problem.isEmpty())
        m_status->setText(m_problem);
    else
        m_list->show();
}

PagedListStatus::Words AuditLogView::words() const
{
    return {
        .loading = tr("Loading…"),
        .readFailed = tr("The audit log could not be read: %1"),
        .shown = tr("%n entries shown", nullptr, m_model->rowCount()),
        .exporting = tr("Exporting…"),
        .exported = tr("Exported to %1"),
        .notWritten = tr("Could not write %1: %2"),
        .exportFailed = tr("The export failed: %1"),
        .exportTitle = tr("Export the audit log"),
        .csvFiles = tr("CSV files (*.csv)"),
    };
}

void AuditLogView::chooseExportFile()
{
    if (const QString path = m_list->chooseFile(this); !path.isEmpty())
        exportTo(path);
}

void AuditLogView::exportTo(const QString &path)
{
    m_list->exportTo(path);
}

void AuditLogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace frontline::ui

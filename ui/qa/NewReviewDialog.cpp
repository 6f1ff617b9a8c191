#include "ui/qa/NewReviewDialog.h"

#include "app/qa/QaCandidateModel.h"
#include "app/store/LocalStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace frontline::ui {

NewReviewDialog::NewReviewDialog(app::QaReviewActions &actions, app::LocalStore &store,
                                 QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_store(store)
    , m_model(new app::QaCandidateModel(this))
{
    setObjectName(QStringLiteral("newReviewDialog"));
    m_ways = new QTabWidget(this);
    m_ways->setObjectName(QStringLiteral("newReviewWays"));
    m_ways->addTab(buildSample(), QString());
    m_ways->addTab(buildFilters(), QString());
    m_card = new QComboBox(this);
    m_card->setObjectName(QStringLiteral("newReviewScorecard"));
    auto *cardLabel = new QLabel(this);
    cardLabel->setBuddy(m_card);
    m_labels.append({cardLabel, QT_TR_NOOP("Score&card:")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("newReviewCandidates"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("newReviewStatus"));
    m_status->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(this);
    m_review = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_review->setObjectName(QStringLiteral("newReviewStart"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    auto *cardRow = new QHBoxLayout;
    cardRow->addWidget(cardLabel);
    cardRow->addWidget(m_card, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ways);
    layout->addLayout(cardRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    resize(900, 600);

    connect(m_review, &QPushButton::clicked, this, &NewReviewDialog::reviewSelected);
    connect(m_table, &QTableView::activated, this, &NewReviewDialog::reviewSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fillChoices();
    retranslateUi();
    m_actions.scorecards([this](const Result<QList<protocol::Scorecard>> &cards) {
        if (cards) {
            m_cards = cards.value();
            m_card->clear();
            for (const protocol::Scorecard &card : m_cards)
                m_card->addItem(tr("%1 (version %2)").arg(card.name).arg(card.version), card.id);
        } else {
            m_status->setText(
                tr("The scorecards could not be read: %1").arg(cards.error().message));
        }
        Q_EMIT scorecardsLoaded();
    });
}

QWidget *NewReviewDialog::buildSample()
{
    auto *page = new QWidget(this);
    m_week = new QLineEdit(app::QaReviewActions::isoWeek(QDate::currentDate()), page);
    m_week->setObjectName(QStringLiteral("sampleWeek"));
    m_week->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{4}-W[0-9]{2}")), m_week));
    m_rate = new QDoubleSpinBox(page);
    m_rate->setObjectName(QStringLiteral("sampleRate"));
    m_rate->setRange(1, 100);
    m_rate->setDecimals(0);
    m_rate->setValue(5);
    m_rate->setSuffix(QStringLiteral(" %"));
    m_seed = new QSpinBox(page);
    m_seed->setObjectName(QStringLiteral("sampleSeed"));
    m_seed->setRange(0, 999999);
    m_seed->setValue(42);
    m_draw = new QPushButton(page);
    m_draw->setObjectName(QStringLiteral("sampleDraw"));
    auto *form = new QFormLayout(page);
    for (auto [field, text] : {std::pair<QWidget *, const char *>{m_week, QT_TR_NOOP("&Week:")},
                               {m_rate, QT_TR_NOOP("&Rate:")},
                               {m_seed, QT_TR_NOOP("S&eed:")}}) {
        auto *label = new QLabel(page);
        label->setBuddy(field);
        m_labels.append({label, text});
        form->addRow(label, field);
    }
    form->addRow(QString(), m_draw);
    connect(m_draw, &QPushButton::clicked, this, &NewReviewDialog::drawSample);
    connect(m_week, &QLineEdit::returnPressed, this, &NewReviewDialog::drawSample);
    return page;
}

QWidget *NewReviewDialog::buildFilters()
{
    auto *page = new QWidget(this);
    m_csat = new QSpinBox(page);
    m_csat->setObjectName(QStringLiteral("candidateCsat"));
    m_csat->setRange(1, 5); // 1: any CSAT (the route takes 2-5)
    m_escalated = new QComboBox(page);
    m_escalated->setObjectName(QStringLiteral("candidateEscalated"));
    m_returned = new QCheckBox(page);
    m_returned->setObjectName(QStringLiteral("candidateReturned"));
    m_handle = new QSpinBox(page);
    m_handle->setObjectName(QStringLiteral("candidateHandleTime"));
    m_handle->setRange(0, 600);
    m_operator = new QComboBox(page);
    m_operator->setObjectName(QStringLiteral("candidateOperator"));
    m_queue = new QComboBox(page);
    m_queue->setObjectName(QStringLiteral("candidateQueue"));
    m_window = new QComboBox(page);
    m_window->setObjectName(QStringLiteral("candidateWindow"));
    m_find = new QPushButton(page);
    m_find->setObjectName(QStringLiteral("candidateFind"));
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (auto [field, text] :
         {std::pair<QWidget *, const char *>{m_csat, QT_TR_NOOP("CSAT &below:")},
          {m_escalated, QT_TR_NOOP("E&scalated:")},
          {m_handle, QT_TR_NOOP("&Handle time over:")},
          {m_operator, QT_TR_NOOP("&Operator:")},
          {m_queue, QT_TR_NOOP("&Queue:")},
          {m_window, QT_TR_NOOP("Resolved &in:")}}) {
        auto *label = new QLabel(page);
        label->setBuddy(field);
        m_labels.append({label, text});
        form->addRow(label, field);
    }
    form->addRow(QString(), m_returned);
    form->addRow(QString(), m_find);
    connect(m_find, &QPushButton::clicked, this, &NewReviewDialog::findCandidates);
    return page;
}

// Everyone the cache knows by name, and the queues it knows (a trainer's cache has none: any).
void NewReviewDialog::fillChoices()
{
    m_operator->addItem(QString());
    if (auto query = m_store.read(QStringLiteral(
            "SELECT id, json_extract(json, '$.display_name') AS name FROM operators WHERE "
            "json_extract(json, '$.role') IS NULL OR json_extract(json, '$.role') = 'operator' "
            "ORDER BY name"))) {
        while (query.value().next())
            m_operator->addItem(query.value().value(1).toString(),
                                query.value().value(0).toString());
    }
    m_queue->addItem(QString());
    if (auto query = m_store.read(
            QStringLiteral("SELECT id, COALESCE(NULLIF(title, ''), id) FROM queues ORDER BY 2"))) {
        while (query.value().next())
            m_queue->addItem(query.value().value(1).toString(), query.value().value(0).toString());
    }
}

void NewReviewDialog::retranslateUi()
{
    setWindowTitle(tr("New review"));
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text));
    m_ways->setTabText(0, tr("Random sa&mple"));
    m_ways->setTabText(1, tr("By &filters"));
    m_ways->setAccessibleName(tr("How to choose conversations"));
    m_week->setAccessibleName(tr("ISO week, like 2026-W49"));
    m_rate->setAccessibleName(tr("Share of each operator's conversations"));
    m_seed->setAccessibleName(tr("Seed: the same seed draws the same sample"));
    m_draw->setText(tr("&Draw sample"));
    m_draw->setAccessibleName(tr("Draw the sample"));
    m_csat->setSpecialValueText(tr("Any CSAT"));
    m_csat->setAccessibleName(tr("CSAT below"));
    const int escalated = std::max(0, m_escalated->currentIndex());
    m_escalated->clear();
    m_escalated->addItems({tr("Either"), tr("Escalated"), tr("Not escalated")});
    m_escalated->setCurrentIndex(escalated);
    m_escalated->setAccessibleName(tr("Escalated"));
    m_returned->setText(tr("Only with a &returned escalation"));
    m_returned->setAccessibleName(tr("Only with a returned escalation"));
    m_handle->setSpecialValueText(tr("Any handle time"));
    m_handle->setSuffix(tr(" min"));
    m_handle->setAccessibleName(tr("Handle time over, minutes"));
    m_operator->setItemText(0, tr("Every operator"));
    m_operator->setAccessibleName(tr("Operator"));
    m_queue->setItemText(0, tr("Every queue"));
    m_queue->setAccessibleName(tr("Queue"));
    const int window = m_window->currentIndex() < 0 ? 1 : m_window->currentIndex();
    m_window->clear();
    m_window->addItem(tr("The last 7 days"), 7);
    m_window->addItem(tr("The last 30 days"), 30);
    m_window->addItem(tr("Any time"), 0);
    m_window->setCurrentIndex(window);
    m_window->setAccessibleName(tr("Resolved in"));
    m_find->setText(tr("F&ind conversations"));
    m_find->setAccessibleName(tr("Find the conversations that match the filters"));
    m_card->setAccessibleName(tr("Scorecard"));
    m_table->setAccessibleName(tr("Conversations to review"));
    m_status->setAccessibleName(tr("New review status"));
    m_review->setText(tr("Re&view selected"));
    m_review->setAccessibleName(tr("Review the selected conversation"));
    m_cancel->setAccessibleName(tr("Cancel the new review"));
}

app::QaCandidateFilter NewReviewDialog::candidateFilter() const
{
    app::QaCandidateFilter filter;
    filter.csatBelow = m_csat->value() > 1 ? m_csat->value() : 0;
    if (m_escalated->currentIndex() > 0)
        filter.escalated = m_escalated->currentIndex() == 1;
    filter.returned = m_returned->isChecked();
    filter.handleTimeOverSeconds = qint64(m_handle->value()) * 60;
    filter.operatorId = m_operator->currentData().toString();
    filter.queue = m_queue->currentData().toString();
    if (const int days = m_window->currentData().toInt(); days > 0)
        filter.from = QDateTime::currentDateTime().addDays(-days);
    return filter;
}

std::optional<protocol::Scorecard> NewReviewDialog::scorecard() const
{
    const QString id = m_card->currentData().toString();
    for (const protocol::Scorecard &card : m_cards) {
        if (card.id == id)
            return card;
    }
    return std::nullopt;
}

void NewReviewDialog::drawSample()
{
    m_status->setText(tr("Drawing the sample…"));
    m_actions.sample(m_week->text(), m_rate->value() / 100.0, m_seed->value(),
                     [this](const auto &tickets) { showTickets(tickets); });
}

void NewReviewDialog::findCandidates()
{
    m_status->setText(tr("Finding conversations…"));
    m_actions.candidates(candidateFilter(), [this](const auto &tickets) { showTickets(tickets); });
}

void NewReviewDialog::showTickets(const Result<QList<QJsonObject>> &tickets)
{
    if (!tickets) {
        m_status->setText(tr("Not found: %1").arg(tickets.error().message));
    } else {
        m_model->setTickets(tickets.value());
        m_status->setText(tr("%n conversation(s)", nullptr, int(tickets->size())));
        if (!tickets->isEmpty())
            m_table->selectRow(0);
    }
    Q_EMIT candidatesLoaded();
}

void NewReviewDialog::reviewSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const auto card = scorecard();
    if (!current.isValid() || !card) {
        m_status->setText(!card ? tr("Choose a scorecard first.")
                                : tr("Choose a conversation first."));
        return;
    }
    Q_EMIT reviewRequested(current.data(app::QaCandidateModel::TicketIdRole).toString(), *card);
    accept();
}

void NewReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace frontline::ui

#include "ui/supervisor/AlertRulesDialog.h"

#include "app/board/AlertRuleBook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace frontline::ui {

using protocol::AlertKind;

AlertRulesDialog::AlertRulesDialog(app::AlertRuleBook &book,
                                   const QList<QPair<QString, QString>> &queues, QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_queues(queues)
{
    setObjectName(QStringLiteral("alertRulesDialog"));
    buildWidgets();
    retranslateUi();
    connect(&m_book, &app::AlertRuleBook::rulesChanged, this, &AlertRulesDialog::showRules);
    // The rule just saved stays in the editor: saving again changes it, not a copy.
    connect(&m_book, &app::AlertRuleBook::saved, this, [this](const protocol::AlertRule &rule) {
        m_editing = rule.id;
        showRules(m_rules);
        m_delete->setEnabled(true);
    });
    connect(&m_book, &app::AlertRuleBook::failed, this, [this](const QString &message) {
        m_error->setText(tr("Not saved: %1").arg(message));
        m_error->show();
    });
    showRules(m_book.rules());
    if (!m_book.isLoaded())
        m_book.load();
    startNew();
    m_table->setFocus();
}

QString AlertRulesDialog::kindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::QueueWaiting:
        return tr("Queue waiting over (tickets)");
    case AlertKind::OldestWait:
        return tr("Oldest wait over (seconds)");
    case AlertKind::ServiceLevel:
        return tr("Service level under (%)");
    case AlertKind::SlaBreach:
        return tr("SLA breach");
    case AlertKind::OperatorIdle:
        return tr("Operator online without a chat for (minutes)");
    case AlertKind::OperatorCsat:
        return tr("Operator's CSAT under");
    case AlertKind::HelpFlag:
        return tr("Help flag raised");
    }
    return {};
}

void AlertRulesDialog::buildWidgets()
{
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("alertRuleTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { editRule(row); });

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("alertRuleKind"));
    for (AlertKind kind : protocol::allAlertKinds())
        m_kind->addItem(QString(), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AlertRulesDialog::kindChanged);
    m_threshold = new QDoubleSpinBox;
    m_threshold->setObjectName(QStringLiteral("alertRuleThreshold"));
    m_threshold->setDecimals(0);
    m_queue = new QComboBox;
    m_queue->setObjectName(QStringLiteral("alertRuleQueue"));
    m_queue->addItem(QString(), QString());
    for (const auto &[id, name] : std::as_const(m_queues))
        m_queue->addItem(name, id);
    m_enabled = new QCheckBox;
    m_enabled->setObjectName(QStringLiteral("alertRuleEnabled"));
    m_kindLabel = new QLabel;
    m_kindLabel->setBuddy(m_kind);
    m_thresholdLabel = new QLabel;
    m_thresholdLabel->setBuddy(m_threshold);
    m_queueLabel = new QLabel;
    m_queueLabel->setBuddy(m_queue);
    auto *form = new QFormLayout;
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_thresholdLabel, m_threshold);
    form->addRow(m_queueLabel, m_queue);
    form->addRow(QString(), m_enabled);

    m_new = new QPushButton;
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveAlertRuleButton"));
    m_delete = new QPushButton;
    m_close = new QPushButton;
    for (QPushButton *button : {m_new, m_save, m_delete, m_close})
        button->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &AlertRulesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &AlertRulesDialog::saveRule);
    connect(m_delete, &QPushButton::clicked, this, &AlertRulesDialog::deleteRule);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    m_error = new QLabel;
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    resize(640, 480);
}

void AlertRulesDialog::retranslateUi()
{
    setWindowTitle(tr("Alert rules"));
    setAccessibleName(windowTitle());
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Threshold"), tr("Queue"), tr("On")});
    m_table->setAccessibleName(tr("Alert rules"));
    m_table->setAccessibleDescription(tr("Space turns the rule on or off; Delete deletes it"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindName(AlertKind(m_kind->itemData(i).toInt())));
    m_kindLabel->setText(tr("&Kind:"));
    m_kind->setAccessibleName(tr("Kind of rule"));
    m_thresholdLabel->setText(tr("&Threshold:"));
    m_threshold->setAccessibleName(tr("Threshold"));
    m_queueLabel->setText(tr("&Queue:"));
    m_queue->setItemText(0, tr("All queues"));
    m_queue->setAccessibleName(tr("Queue"));
    m_enabled->setText(tr("&Enabled"));
    m_enabled->setAccessibleName(tr("Rule enabled"));
    m_new->setText(tr("&New rule"));
    m_new->setAccessibleName(tr("New rule"));
    m_save->setText(tr("&Save rule"));
    m_save->setAccessibleName(tr("Save rule"));
    m_delete->setText(tr("&Delete rule"));
    m_delete->setAccessibleName(tr("Delete rule"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close"));
    m_error->setAccessibleName(tr("Error"));
}

QString AlertRulesDialog::queueName(const QString &id) const
{
    if (id.isEmpty())
        return tr("All queues");
    for (const auto &[queueId, name] : m_queues) {
        if (queueId == id)
            return name;
    }
    return id;
}

QString AlertRulesDialog::thresholdText(const protocol::AlertRule &rule) const
{
    return protocol::alertKindHasThreshold(rule.kind) ? QString::number(rule.threshold)
                                                      : QStringLiteral("—");
}

void AlertRulesDialog::showRules(const QList<protocol::AlertRule> &rules)
{
    m_rules = rules;
    const QString keep = m_editing;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const protocol::AlertRule &rule = rules.at(row);
        const QStringList cells{kindName(rule.kind), thresholdText(rule),
                                protocol::alertKindTakesQueue(rule.kind) ? queueName(rule.queueId)
                                                                         : QStringLiteral("—"),
                                rule.enabled ? tr("on") : tr("off")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (rule.id == keep)
            m_table->setCurrentCell(row, 0);
    }
    m_error->hide();
}

void AlertRulesDialog::editRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    const protocol::AlertRule &rule = m_rules.at(row);
    m_editing = rule.id;
    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    kindChanged();
    m_threshold->setValue(rule.threshold);
    m_queue->setCurrentIndex(std::max(0, m_queue->findData(rule.queueId)));
    m_enabled->setChecked(rule.enabled);
    m_delete->setEnabled(true);
}

void AlertRulesDialog::kindChanged()
{
    const auto kind = AlertKind(m_kind->currentData().toInt());
    const auto [least, most] = protocol::alertThresholdRange(kind);
    m_threshold->setRange(least, most);
    m_threshold->setEnabled(protocol::alertKindHasThreshold(kind));
    m_queue->setEnabled(protocol::alertKindTakesQueue(kind));
    if (!protocol::alertKindTakesQueue(kind))
        m_queue->setCurrentIndex(0);
}

void AlertRulesDialog::startNew()
{
    m_editing.clear();
    m_table->setCurrentCell(-1, -1);
    m_kind->setCurrentIndex(0);
    kindChanged();
    m_threshold->setValue(5);
    m_queue->setCurrentIndex(0);
    m_enabled->setChecked(true);
    m_delete->setEnabled(false);
    m_error->hide();
}

void AlertRulesDialog::saveRule()
{
    protocol::AlertRule rule;
    rule.id = m_editing;
    rule.kind = AlertKind(m_kind->currentData().toInt());
    rule.threshold = protocol::alertKindHasThreshold(rule.kind) ? m_threshold->value() : 0;
    rule.queueId = m_queue->isEnabled() ? m_queue->currentData().toString() : QString();
    rule.enabled = m_enabled->isChecked();
    m_book.save(rule);
}

void AlertRulesDialog::deleteRule()
{
    if (!m_editing.isEmpty())
        m_book.remove(m_editing);
    startNew();
}

void AlertRulesDialog::toggleSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_rules.size())
        m_book.setEnabled(m_rules.at(row).id, !m_rules.at(row).enabled);
}

bool AlertRulesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Space) {
            toggleSelected();
            return true;
        }
        if (key == Qt::Key_Delete) {
            deleteRule();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace frontline::ui

#include "ui/supervisor/OperatorSettingsDialog.h"

#include "app/board/OperatorRosterModel.h"
#include "app/commands/OperatorCommands.h"
#include "app/models/OperatorDirectory.h"
#include "ui/supervisor/CommandOutcome.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace frontline::ui {

OperatorSettingsDialog::OperatorSettingsDialog(app::LocalStore &store,
                                               app::OperatorCommands &commands,
                                               app::SyncEngine &engine, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_commands(commands)
    , m_outcome(new CommandOutcome(engine, this))
    , m_limit(new QSpinBox)
    , m_queues(new QListWidget)
    , m_status(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("operatorSettingsDialog"));
    m_limit->setObjectName(QStringLiteral("operatorChatLimit"));
    m_limit->setAccessibleName(tr("Chat limit"));
    m_limit->setRange(0, 20);
    m_queues->setObjectName(QStringLiteral("operatorQueues"));
    m_queues->setAccessibleName(tr("Queues she works"));
    m_status->setObjectName(QStringLiteral("operatorSettingsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save her settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Chat limit:"), m_limit);
    layout->addRow(tr("&Queues:"), m_queues);
    layout->addRow(m_status);
    layout->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OperatorSettingsDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_outcome, &CommandOutcome::delivered, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        Q_EMIT changed(m_operatorId);
        accept();
    });
    connect(m_outcome, &CommandOutcome::refused, this, [this](const QString &why) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        showStatus(tr("Not changed: %1").arg(why), true);
    });
}

void OperatorSettingsDialog::setOperator(const QString &operatorId)
{
    m_operatorId = operatorId;
    m_outcome->stop();
    m_status->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    const QString name = app::OperatorDirectory::displayName(m_store, operatorId);
    setWindowTitle(tr("Queues and chat limit of %1").arg(name.isEmpty() ? operatorId : name));
    // The demo's and the back office's default limit until the feed tells hers.
    m_shownLimit = app::OperatorRosterModel::maxChatsOf(m_store, operatorId).value_or(3);
    m_limit->setValue(m_shownLimit);
    const QStringList hers = app::OperatorRosterModel::queuesOf(m_store, operatorId);
    m_queues->clear();
    for (const QString &queue : app::OperatorRosterModel::knownQueues(m_store)) {
        auto *item = new QListWidgetItem(queue, m_queues);
        item->setData(Qt::UserRole, queue);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(hers.contains(queue) ? Qt::Checked : Qt::Unchecked);
    }
    m_shownQueues = checkedQueues();
    m_limit->setFocus();
}

void OperatorSettingsDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #a61b29;") : QString());
    m_status->show();
}

QStringList OperatorSettingsDialog::checkedQueues() const
{
    QStringList queues;
    for (int i = 0; i < m_queues->count(); ++i) {
        if (m_queues->item(i)->checkState() == Qt::Checked)
            queues.append(m_queues->item(i)->data(Qt::UserRole).toString());
    }
    return queues;
}

void OperatorSettingsDialog::submit()
{
    const QStringList queues = checkedQueues();
    const std::optional<int> limit =
        m_limit->value() == m_shownLimit ? std::nullopt : std::optional(m_limit->value());
    if (!limit && queues == m_shownQueues)
        return accept(); // nothing changed
    auto queued = m_commands.changeOperator(
        m_operatorId, limit, queues == m_shownQueues ? std::nullopt : std::optional(queues));
    if (!queued) {
        showStatus(queued.error().message, true);
        return;
    }
    m_outcome->watch(app::outbox::Kind::ChangeOperator, m_operatorId);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    showStatus(tr("Sending… (offline, it waits and is sent once the back office answers)"), false);
}

} // namespace frontline::ui

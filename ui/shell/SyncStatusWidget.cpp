#include "ui/shell/SyncStatusWidget.h"

#include "ui/common/SlaPalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace frontline::ui {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_connection(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_conflicts(new QLabel(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_pending->setObjectName(QStringLiteral("pendingCount"));
    m_conflicts->setObjectName(QStringLiteral("conflictCount"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (QLabel *label : {m_connection, m_pending, m_conflicts}) {
        label->setTextFormat(Qt::PlainText);
        layout->addWidget(label);
    }
    retranslateUi();
}

void SyncStatusWidget::retranslateUi()
{
    setAccessibleName(tr("Sync status"));
    if (m_engine) {
        showConnection(m_engine->connection());
    } else {
        m_connection->setText(tr("Not signed in"));
        m_connection->setAccessibleName(tr("Connection: %1").arg(m_connection->text()));
    }
    showPending(m_pendingCount);
    showConflicts(m_conflictCount);
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SyncStatusWidget::watch(const app::SyncEngine *engine)
{
    m_engine = engine;
    connect(engine, &app::SyncEngine::connectionChanged, this, &SyncStatusWidget::showConnection);
    connect(engine, &app::SyncEngine::pendingCountChanged, this, &SyncStatusWidget::showPending);
    connect(engine, &app::SyncEngine::conflictCountChanged, this, &SyncStatusWidget::showConflicts);
    showConnection(engine->connection());
    showPending(std::max(0, engine->pendingCount()));
    showConflicts(std::max(0, engine->conflictCount()));
}

void SyncStatusWidget::showConnection(app::SyncEngine::Connection connection)
{
    using Connection = app::SyncEngine::Connection;
    QString text;
    QString tip;
    QColor colour = palette().color(QPalette::WindowText);
    switch (connection) {
    case Connection::Online:
        text = tr("Connected to the back office");
        break;
    case Connection::Syncing:
        text = tr("Syncing with the back office…");
        break;
    case Connection::Offline:
        text = tr("No connection to the back office");
        tip = tr("Your work is kept on this computer and sent when the connection returns.");
        colour = SlaPalette::foreground(app::SlaClock::State::AtRisk, palette());
        break;
    case Connection::SyncError:
        text = tr("Sync error");
        tip = m_engine ? m_engine->lastError() : QString();
        colour = SlaPalette::foreground(app::SlaClock::State::Breached, palette());
        break;
    }
    m_connection->setText(text);
    m_connection->setToolTip(tip);
    // A screen reader hears the state itself, not only a fixed name.
    m_connection->setAccessibleName(tr("Connection: %1").arg(text));
    m_connection->setAccessibleDescription(tip);
    QPalette labelPalette = m_connection->palette();
    labelPalette.setColor(QPalette::WindowText, colour);
    m_connection->setPalette(labelPalette);
}

void SyncStatusWidget::showPending(int pending)
{
    m_pendingCount = pending;
    m_pending->setText(tr("%n waiting to send", nullptr, pending));
    m_pending->setAccessibleName(m_pending->text());
    m_pending->setVisible(pending > 0);
}

void SyncStatusWidget::showConflicts(int conflicts)
{
    m_conflictCount = conflicts;
    m_conflicts->setText(tr("%n conflict(s)", nullptr, conflicts));
    m_conflicts->setAccessibleName(m_conflicts->text());
    m_conflicts->setVisible(conflicts > 0);
}

} // namespace frontline::ui

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
    m_connection->setAccessibleName(tr("Connection"));
    m_pending->setAccessibleName(tr("Waiting to send"));
    m_conflicts->setAccessibleName(tr("Conflicts"));
    if (m_engine)
        showState(m_shown.value_or(m_engine->state()), true);
    else
        m_connection->setText(tr("Not signed in"));
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
    connect(engine, &app::SyncEngine::stateChanged, this,
            [this](app::SyncEngine::State state) { showState(state); });
    connect(engine, &app::SyncEngine::pendingCountChanged, this, &SyncStatusWidget::showPending);
    connect(engine, &app::SyncEngine::conflictCountChanged, this, &SyncStatusWidget::showConflicts);
    showState(engine->state());
    showPending(std::max(0, engine->pendingCount()));
    showConflicts(std::max(0, engine->conflictCount()));
}

void SyncStatusWidget::showState(app::SyncEngine::State state, bool again)
{
    using State = app::SyncEngine::State;
    // A retry after a failure leaves "Offline" or "Sync error" up until the back office answers;
    // the conversation's banner does the same.
    if (!again && m_engine && m_engine->isRetrying() &&
        (m_shown == State::Offline || m_shown == State::Error))
        return;
    m_shown = state;
    QString text;
    QString tip;
    QColor colour = palette().color(QPalette::WindowText);
    switch (state) {
    case State::Online:
        text = tr("Online");
        break;
    case State::Syncing:
        text = tr("Syncing…");
        break;
    case State::Offline:
        text = tr("Offline");
        tip = tr("Your work is kept on this computer and sent when the connection returns.");
        colour = SlaPalette::foreground(app::SlaClock::State::AtRisk, palette());
        break;
    case State::Error:
        text = tr("Sync error");
        tip = m_engine ? m_engine->lastError() : QString();
        colour = SlaPalette::foreground(app::SlaClock::State::Breached, palette());
        break;
    }
    m_connection->setText(text);
    m_connection->setToolTip(tip);
    m_connection->setAccessibleDescription(tip);
    QPalette labelPalette = m_connection->palette();
    labelPalette.setColor(QPalette::WindowText, colour);
    m_connection->setPalette(labelPalette);
}

void SyncStatusWidget::showPending(int pending)
{
    m_pendingCount = pending;
    m_pending->setText(tr("%n waiting to send", nullptr, pending));
    m_pending->setVisible(pending > 0);
}

void SyncStatusWidget::showConflicts(int conflicts)
{
    m_conflictCount = conflicts;
    m_conflicts->setText(tr("%n conflict(s)", nullptr, conflicts));
    m_conflicts->setVisible(conflicts > 0);
}

} // namespace frontline::ui

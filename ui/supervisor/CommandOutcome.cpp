#include "ui/supervisor/CommandOutcome.h"

#include "app/sync/SyncEngine.h"

namespace frontline::ui {

CommandOutcome::CommandOutcome(app::SyncEngine &engine, QObject *parent)
    : QObject(parent)
{
    connect(&engine, &app::SyncEngine::commandDelivered, this,
            [this](app::outbox::Kind command, const QString &targetId) {
                if (command != m_command || targetId != m_targetId)
                    return;
                stop();
                Q_EMIT delivered();
            });
    connect(&engine, &app::SyncEngine::commandRefused, this,
            [this](app::outbox::Kind command, const QString &targetId, const QString &why) {
                if (command != m_command || targetId != m_targetId)
                    return;
                stop();
                Q_EMIT refused(why);
            });
}

void CommandOutcome::watch(app::outbox::Kind command, const QString &targetId)
{
    m_command = command;
    m_targetId = targetId;
}

void CommandOutcome::stop()
{
    m_targetId.clear();
}

} // namespace frontline::ui

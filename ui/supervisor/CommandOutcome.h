#pragma once

#include "app/outbox/OutboxCommand.h"

#include <QObject>

namespace frontline::app {
class SyncEngine;
}

namespace frontline::ui {

// Waits for the back office's word on one queued command (a reassignment, an operator's
// settings), so the dialog that gave it can show a refusal where the supervisor is looking.
class CommandOutcome : public QObject
{
    Q_OBJECT
public:
    explicit CommandOutcome(app::SyncEngine &engine, QObject *parent = nullptr);

    // From now on, reports the next delivery or refusal of `command` on `targetId`.
    void watch(app::outbox::Kind command, const QString &targetId);
    void stop();
    bool isWatching() const { return !m_targetId.isEmpty(); }

Q_SIGNALS:
    void delivered();
    void refused(const QString &why);

private:
    app::outbox::Kind m_command = app::outbox::Kind::Reassign;
    QString m_targetId;
};

} // namespace frontline::ui

#include "ui/chat/ConnectionBanner.h"

#include "app/sync/SyncEngine.h"

#include <QLabel>

namespace frontline::ui {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : Banner(QStringLiteral("offlineBanner"), QStringLiteral("rgba(160, 160, 160, 80)"), parent)
{}

void ConnectionBanner::watch(const app::SyncEngine *engine)
{
    m_engine = engine;
    if (engine) {
        connect(engine, &app::SyncEngine::connectionChanged, this,
                &ConnectionBanner::showConnection);
        connect(engine, &app::SyncEngine::pendingCountChanged, this,
                &ConnectionBanner::showConnection);
    }
    showConnection();
}

void ConnectionBanner::retranslateUi()
{
    setAccessibleName(tr("Connection"));
    showConnection();
}

void ConnectionBanner::showConnection()
{
    if (!m_engine) {
        hide();
        return;
    }
    switch (m_engine->connection()) {
    case app::SyncEngine::Connection::Offline:
        textLabel()->setText(
            tr("Offline — messages will be sent when the connection returns (%n waiting).", nullptr,
               std::max(0, m_engine->pendingCount())));
        show();
        break;
    case app::SyncEngine::Connection::SyncError:
        textLabel()->setText(
            tr("Not syncing: %1. Messages are kept and sent later.").arg(m_engine->lastError()));
        show();
        break;
    case app::SyncEngine::Connection::Syncing:
    case app::SyncEngine::Connection::Online:
        hide();
        break;
    }
}

} // namespace frontline::ui

#pragma once

#include "ui/chat/Banner.h"

namespace frontline::app {
class SyncEngine;
}

namespace frontline::ui {

// Says above the messages that replies are not reaching the back office: offline (with how many
// wait in the outbox) or a sync error. Shows the sync engine's connection state; hidden otherwise.
class ConnectionBanner : public Banner
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // Follows `engine`; without one (not signed in yet) the banner stays hidden.
    void watch(const app::SyncEngine *engine);
    void retranslateUi();

private:
    void showConnection();

    const app::SyncEngine *m_engine = nullptr;
};

} // namespace frontline::ui

#pragma once

#include "ui/common/Pane.h"

class QLabel;
class QTableView;

namespace frontline::app {
class StoreTicketsModel;
}

namespace frontline::ui {

// The store's tickets of the board's window, read-only, for a client whose contract shares
// conversations. Enter or a double-click on a ticket says ticketActivated().
class StoreTicketsPane : public Pane
{
    Q_OBJECT
public:
    explicit StoreTicketsPane(app::StoreTicketsModel *model, QWidget *parent = nullptr);

    app::StoreTicketsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *state() const { return m_state; }

Q_SIGNALS:
    void ticketActivated(const QString &ticketId);

protected:
    void retranslateUi() override;

private:
    void showState();

    app::StoreTicketsModel *m_model;
    QLabel *m_state;
    QTableView *m_view;
};

} // namespace frontline::ui

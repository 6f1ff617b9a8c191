#pragma once

#include "ui/common/Pane.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace frontline::app {
class StoreTicketsModel;
}

namespace frontline::ui {

// The store's tickets of the board's window, read-only, for a client whose contract shares
// conversations, with a filter by status, a find (number, queue, operator: never the customer's
// words) and a sort by any column, by a header's click or by keyboard through the sort choice.
// Enter or a double-click on a ticket says ticketActivated().
class StoreTicketsPane : public Pane
{
    Q_OBJECT
public:
    explicit StoreTicketsPane(app::StoreTicketsModel *model, QWidget *parent = nullptr);

    app::StoreTicketsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *state() const { return m_state; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *findField() const { return m_find; }
    QComboBox *sortChoice() const { return m_sortBy; }
    QToolButton *descendingButton() const { return m_descending; }

Q_SIGNALS:
    void ticketActivated(const QString &ticketId);

protected:
    void retranslateUi() override;

private:
    void buildView();
    void connectControls();
    void showState();
    void offerStatuses();
    void sortAsChosen();
    void showSort();

    app::StoreTicketsModel *m_model;
    QLabel *m_state;
    QComboBox *m_status;
    QLineEdit *m_find;
    QComboBox *m_sortBy;
    QToolButton *m_descending;
    QTableView *m_view;
};

} // namespace frontline::ui

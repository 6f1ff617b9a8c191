#pragma once

#include "ui/common/Pane.h"

#include <QKeySequence>
#include <QList>
#include <QPair>

class QLabel;
class QStackedWidget;
class QTreeView;

class QGridLayout;
namespace frontline::app {
class CustomerOrdersModel;
class LocalStore;
class PreviousTicketsModel;
struct StoreChangeSet;
} // namespace frontline::app

namespace frontline::ui {

// The customer of the ticket in front of the operator: profile, orders with their status
// timelines, and previous tickets (a click or Enter opens one). Follows the cache live.
class CustomerPane : public Pane
{
    Q_OBJECT
public:
    explicit CustomerPane(app::LocalStore &store, QWidget *parent = nullptr);

    // The pane's keys and what they do, for the shell's shortcuts dialog.
    static QList<QPair<QKeySequence, QString>> shortcuts();

    QString ticketId() const { return m_ticketId; }
    QString customerId() const { return m_customerId; }
    app::CustomerOrdersModel *orders() const { return m_orders; }
    app::PreviousTicketsModel *previousTickets() const { return m_previous; }
    QTreeView *ordersView() const { return m_ordersView; }
    QTreeView *previousTicketsView() const { return m_previousView; }
    QWidget *profile() const { return m_profile; }
    QLabel *nameLabel() const { return m_name; }

public Q_SLOTS:
    // Shows that ticket's customer; an empty id clears the pane.
    void showTicket(const QString &ticketId);

Q_SIGNALS:
    // The operator opened one of the customer's previous tickets.
    void ticketActivated(const QString &ticketId);

protected:
    void retranslateUi() override;

private:
    void buildProfile();
    // The customer's orders (with their status history) and previous tickets.
    void buildLists();
    void layOut();
    void connectLists();
    void reload();
    void loadProfile();
    void onStoreChanged(const app::StoreChangeSet &changes);
    void showMessage(const QString &text);

    app::LocalStore &m_store;
    app::CustomerOrdersModel *m_orders;
    app::PreviousTicketsModel *m_previous;
    QStackedWidget *m_stack;
    QLabel *m_message;
    // Caption and value per row. Not a QFormLayout: Qt 6.4's writes past its height-for-width
    // table once a row with word-wrapped labels is hidden (seen under valgrind, then a crash).
    QGridLayout *m_form = nullptr;
    QLabel *captionOf(QLabel *field) const;
    QLabel *m_ordersCaption = nullptr;
    QLabel *m_ticketsCaption = nullptr;
    QWidget *m_profile;
    QLabel *m_name;
    QLabel *m_email;
    QLabel *m_phone;
    QLabel *m_city;
    QLabel *m_locale;
    QTreeView *m_ordersView;
    QTreeView *m_previousView;
    QString m_ticketId;
    QString m_customerId;
};

} // namespace frontline::ui

#include "ui/customer/CustomerPane.h"

#include "app/models/CustomerOrdersModel.h"
#include "app/models/CustomerProfile.h"
#include "app/models/PreviousTicketsModel.h"
#include "app/store/LocalStore.h"
#include "ui/common/DateText.h"
#include "ui/common/ShortcutTable.h"
#include "ui/common/UiSetup.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCustomerPane, "frontline.ui.customer")

namespace frontline::ui {

namespace {

// Customer-supplied text: plain text only, selectable so the operator can copy it.
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QTreeView *listView(QWidget *parent, const QString &objectName)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setUniformRowHeights(true);
    view->header()->setStretchLastSection(true);
    view->setItemDelegate(new LocalDatesDelegate(view));
    return view;
}

} // namespace

CustomerPane::CustomerPane(app::LocalStore &store, QWidget *parent)
    : Pane(parent)
    , m_store(store)
    , m_orders(new app::CustomerOrdersModel(store, this))
    , m_previous(new app::PreviousTicketsModel(store, this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_profile(new QWidget(this))
    , m_name(plainLabel(m_profile))
    , m_email(plainLabel(m_profile))
    , m_phone(plainLabel(m_profile))
    , m_city(plainLabel(m_profile))
    , m_locale(plainLabel(m_profile))
    , m_ordersView(listView(this, QStringLiteral("customerOrders")))
    , m_previousView(listView(this, QStringLiteral("previousTickets")))
{
    setObjectName(QStringLiteral("customer"));

    buildProfile();
    buildLists();
    layOut();
    connectLists();
    retranslateUi();
}

void CustomerPane::buildProfile()
{
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_profile->setObjectName(QStringLiteral("customerProfile"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_form = new QGridLayout(m_profile);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setColumnStretch(1, 1);
    int row = 0;
    for (QLabel *label : {m_name, m_email, m_phone, m_city, m_locale}) {
        auto *caption = new QLabel(m_profile);
        caption->setTextFormat(Qt::PlainText);
        caption->setForegroundRole(QPalette::PlaceholderText);
        m_form->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_form->addWidget(label, row++, 1);
    }
}

QLabel *CustomerPane::captionOf(QLabel *field) const
{
    int row = 0, column = 0, rows = 0, columns = 0;
    m_form->getItemPosition(m_form->indexOf(field), &row, &column, &rows, &columns);
    QLayoutItem *caption = m_form->itemAtPosition(row, 0);
    return caption ? qobject_cast<QLabel *>(caption->widget()) : nullptr;
}

void CustomerPane::buildLists()
{
    // One row per order with its current status; its history opens under it (click the arrow,
    // double-click, or Right), so a customer with many orders still shows them all.
    m_ordersView->setModel(m_orders);
    m_ordersView->setRootIsDecorated(true);
    m_ordersView->setAllColumnsShowFocus(true);
    m_previousView->setModel(m_previous);
    m_previousView->setRootIsDecorated(false);
    m_previousView->setAllColumnsShowFocus(true);
    // Number, date and status take what their text needs, the rest goes to the last column.
    // (Both lists hold one customer's rows, so measuring their contents is cheap.)
    QHeaderView *orders = m_ordersView->header();
    orders->setStretchLastSection(true);
    orders->setSectionResizeMode(QHeaderView::ResizeToContents);
    orders->setMinimumSectionSize(m_ordersView->fontMetrics().horizontalAdvance(u'0') * 4);
    QHeaderView *tickets = m_previousView->header();
    tickets->setStretchLastSection(false);
    tickets->setSectionResizeMode(QHeaderView::ResizeToContents);
    tickets->setSectionResizeMode(app::PreviousTicketsModel::SubjectColumn, QHeaderView::Stretch);
}

void CustomerPane::layOut()
{
    auto *ordersBox = new QWidget(this);
    auto *ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->setContentsMargins(0, 0, 0, 0);
    m_ordersCaption = new QLabel(ordersBox);
    m_ordersCaption->setBuddy(m_ordersView);
    ordersLayout->addWidget(m_ordersCaption);
    ordersLayout->addWidget(m_ordersView);
    auto *ticketsBox = new QWidget(this);
    auto *ticketsLayout = new QVBoxLayout(ticketsBox);
    ticketsLayout->setContentsMargins(0, 0, 0, 0);
    m_ticketsCaption = new QLabel(ticketsBox);
    m_ticketsCaption->setBuddy(m_previousView);
    ticketsLayout->addWidget(m_ticketsCaption);
    ticketsLayout->addWidget(m_previousView);

    // The profile takes the lines it needs; the orders, then the previous tickets, share the
    // rest, and neither shrinks below a few rows.
    m_profile->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    const int row = m_ordersView->fontMetrics().height() + 6;
    const int header = m_ordersView->header()->sizeHint().height();
    m_ordersView->setMinimumHeight(header + 4 * row);
    m_previousView->setMinimumHeight(header + 2 * row);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_profile);
    split->addWidget(ordersBox);
    split->addWidget(ticketsBox);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);

    m_stack->addWidget(m_message);
    m_stack->addWidget(split);
    contentLayout()->addWidget(m_stack, 1);
}

void CustomerPane::connectLists()
{
    // Enter (and a double click) activates; a single click too, unless the style already
    // activates on one, so a click never opens a ticket twice.
    connect(m_previousView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_previous->ticketId(index.row());
        if (!id.isEmpty())
            Q_EMIT ticketActivated(id);
    });
    if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr,
                            m_previousView)) {
        connect(m_previousView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
            const QString id = m_previous->ticketId(index.row());
            if (!id.isEmpty())
                Q_EMIT ticketActivated(id);
        });
    }
    connect(&m_store, &app::LocalStore::changed, this, &CustomerPane::onStoreChanged);
}

void CustomerPane::retranslateUi()
{
    setTitle(tr("Customer"));
    m_profile->setAccessibleName(tr("Customer profile"));
    const QList<QPair<QString, QLabel *>> fields{{tr("Name"), m_name},
                                                 {tr("Email"), m_email},
                                                 {tr("Phone"), m_phone},
                                                 {tr("City"), m_city},
                                                 {tr("Language"), m_locale}};
    for (const auto &[caption, label] : fields) {
        label->setAccessibleName(caption);
        if (QLabel *text = captionOf(label))
            text->setText(caption);
    }
    m_ordersCaption->setText(tr("Orders"));
    m_ordersView->setAccessibleName(tr("Orders"));
    m_ticketsCaption->setText(tr("Previous tickets"));
    m_previousView->setAccessibleName(tr("Previous tickets"));
    retranslateModel(*m_orders);
    retranslateModel(*m_previous);
    reload(); // the messages that stand in for a profile
}

QList<QPair<QKeySequence, QString>> CustomerPane::shortcuts()
{
    return ShortcutTable::pairs(ShortcutArea::Customer);
}

void CustomerPane::showTicket(const QString &ticketId)
{
    m_ticketId = ticketId;
    reload();
}

void CustomerPane::reload()
{
    auto customer = app::customerIdOfTicket(m_store, m_ticketId);
    if (!customer) {
        qCWarning(lcCustomerPane) << customer.error().message;
        showMessage(tr("The customer cannot be read from the local cache: %1")
                        .arg(customer.error().message));
        return;
    }
    m_customerId = customer.value();
    if (auto loaded = m_orders->setCustomer(m_customerId); !loaded)
        qCWarning(lcCustomerPane) << loaded.error().message;
    if (auto loaded = m_previous->setCustomer(m_customerId, m_ticketId); !loaded)
        qCWarning(lcCustomerPane) << loaded.error().message;
    loadProfile();
}

void CustomerPane::loadProfile()
{
    if (m_ticketId.isEmpty()) {
        showMessage(tr("The customer's profile, orders and previous tickets appear here."));
        return;
    }
    auto profile = app::loadCustomerProfile(m_store, m_customerId);
    if (!profile) {
        showMessage(tr("The customer cannot be read from the local cache: %1")
                        .arg(profile.error().message));
        return;
    }
    if (!profile.value()) {
        showMessage(tr("This ticket's customer is not in the local cache yet."));
        return;
    }
    const app::CustomerProfile &p = *profile.value();
    m_name->setText(p.name);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_city->setText(p.city);
    m_locale->setText(p.locale == u"ru"   ? tr("Russian")
                      : p.locale == u"en" ? tr("English")
                                          : p.locale);
    // Only what is known: an empty "Phone" row says nothing.
    for (QLabel *label : {m_email, m_phone, m_city, m_locale}) {
        const bool known = !label->text().isEmpty();
        label->setVisible(known);
        if (QLabel *caption = captionOf(label))
            caption->setVisible(known);
    }
    m_stack->setCurrentIndex(1);
}

void CustomerPane::onStoreChanged(const app::StoreChangeSet &changes)
{
    // The models follow their own rows; the pane re-reads which customer and their profile.
    if (m_ticketId.isEmpty())
        return;
    if (changes.tickets.contains(m_ticketId)) {
        auto customer = app::customerIdOfTicket(m_store, m_ticketId);
        if (customer && customer.value() != m_customerId) {
            reload();
            return;
        }
    }
    if (changes.customers.contains(m_customerId))
        loadProfile();
}

void CustomerPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentIndex(0);
}

} // namespace frontline::ui

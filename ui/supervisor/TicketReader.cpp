#include "ui/supervisor/TicketReader.h"

#include "app/board/SharedConversationModel.h"
#include "app/models/ConversationModel.h"
#include "app/models/OperatorDirectory.h"
#include "app/models/TicketQueueModel.h"
#include "app/store/LocalStore.h"
#include "protocol/Reports.h"
#include "ui/chat/LinkGuard.h"
#include "ui/chat/MessageDelegate.h"
#include "ui/common/ShortcutTable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace frontline::ui {

TicketReader::TicketReader(app::LocalStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(&store)
    , m_model(new app::ConversationModel(store, this))
    , m_header(new QLabel)
    , m_notice(new QLabel)
    , m_messages(new QListView)
    , m_reassign(new QPushButton(tr("&Reassign…")))
    , m_monitor(new QPushButton(tr("&Monitor live")))
    , m_links(new LinkGuard(this))
{
    m_reassign->setObjectName(QStringLiteral("ticketReaderReassign"));
    m_reassign->setAccessibleName(tr("Reassign the ticket to another operator"));
    connect(m_reassign, &QPushButton::clicked, this,
            [this] { Q_EMIT reassignRequested(m_ticketId); });
    m_monitor->setObjectName(QStringLiteral("ticketReaderMonitor"));
    m_monitor->setAccessibleName(
        tr("Monitor the chat live: both sides' typing, whisper, barge in, take over"));
    m_monitor->setToolTip(ShortcutTable::keysText(Shortcut::MonitorChat));
    const auto monitor = [this] { Q_EMIT monitorRequested(m_ticketId); };
    connect(m_monitor, &QPushButton::clicked, this, monitor);
    ShortcutTable::install(Shortcut::MonitorChat, this, Qt::WindowShortcut, monitor);
    buildView(m_model);
    connect(m_store, &app::LocalStore::changed, this, [this](const app::StoreChangeSet &changes) {
        if (changes.tickets.contains(m_ticketId))
            refreshHeader();
    });
}

TicketReader::TicketReader(app::SharedConversationModel *shared, QWidget *parent)
    : QDialog(parent)
    , m_shared(shared)
    , m_header(new QLabel)
    , m_notice(new QLabel)
    , m_messages(new QListView)
    , m_links(new LinkGuard(this))
{
    buildView(shared);
    connect(shared, &app::SharedConversationModel::loaded, this, &TicketReader::showSharedState);
    // Older messages arrive at the top: the reader stays where they were reading. New ones
    // arrive at the bottom: followed when the reader was at the bottom, not when they scrolled up.
    connect(shared, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_messages->verticalScrollBar();
        m_wasAtBottom = bar->value() >= bar->maximum();
    });
    connect(shared, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) {
                QScrollBar *bar = m_messages->verticalScrollBar();
                if (first == 0 && m_keepFromBottom >= 0)
                    bar->setValue(bar->maximum() - m_keepFromBottom);
                else if (m_wasAtBottom)
                    m_messages->scrollToBottom();
                m_keepFromBottom = -1;
            });
}

void TicketReader::buildView(QAbstractItemModel *model)
{
    setObjectName(QStringLiteral("ticketReader"));
    m_header->setObjectName(QStringLiteral("ticketReaderHeader"));
    m_header->setTextFormat(Qt::PlainText); // the subject is the customer's words
    m_header->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("ticketReaderNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_messages->setObjectName(QStringLiteral("ticketReaderMessages"));
    m_messages->setAccessibleName(tr("The conversation"));
    m_messages->setModel(model);
    auto *delegate = new MessageDelegate(m_messages);
    m_messages->setItemDelegate(delegate);
    m_messages->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_messages->setResizeMode(QListView::Adjust);
    m_messages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messages->setWordWrap(true);
    connect(delegate, &MessageDelegate::linkActivated, m_links, &LinkGuard::open);
    connect(m_messages->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &TicketReader::loadOlderAtTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    if (m_reassign)
        buttons->addButton(m_reassign, QDialogButtonBox::ActionRole);
    if (m_monitor)
        buttons->addButton(m_monitor, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the conversation"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_notice);
    layout->addWidget(m_messages, 1);
    layout->addWidget(buttons);
    resize(640, 600);
}

void TicketReader::showTicket(const QString &ticketId)
{
    if (!m_model)
        return;
    m_ticketId = ticketId;
    m_model->setTicket(ticketId);
    refreshHeader();
    m_messages->scrollToBottom();
    m_messages->setFocus();
}

void TicketReader::showSharedTicket(const protocol::TicketFigures &ticket, const QString &queueName)
{
    if (!m_shared)
        return;
    m_ticketId = ticket.id;
    m_header->setText(
        tr("#%1\n%2 · %3 · %4 · %5")
            .arg(ticket.number)
            .arg(app::TicketQueueModel::channelName(ticket.channel),
                 app::TicketQueueModel::statusName(ticket.status), queueName,
                 ticket.assigneeName.isEmpty() ? tr("unassigned") : ticket.assigneeName));
    m_header->setAccessibleName(m_header->text());
    setWindowTitle(tr("Ticket #%1 (read only)").arg(ticket.number));
    m_shared->setTicket(ticket.id);
    showSharedState();
    m_messages->setFocus();
}

void TicketReader::showSharedState()
{
    QString text;
    if (m_shared->isLoading() && m_shared->rowCount() == 0)
        text = tr("Reading the conversation…");
    else if (!m_shared->errorText().isEmpty())
        text = tr("The conversation cannot be shown: %1").arg(m_shared->errorText());
    m_notice->setText(text);
    m_notice->setAccessibleName(text);
    m_notice->setVisible(!text.isEmpty());
}

void TicketReader::refreshHeader()
{
    auto cached = m_store->ticket(m_ticketId);
    if (!cached || !cached.value()) {
        m_header->setText(tr("Ticket %1 is not in the cache yet").arg(m_ticketId));
        setWindowTitle(m_header->text());
        return;
    }
    const protocol::Ticket &ticket = (*cached)->ticket;
    const QString assignee = app::OperatorDirectory::displayName(*m_store, ticket.assigneeId);
    m_header->setText(
        tr("#%1 %2\n%3 · %4 · %5 · %6")
            .arg(ticket.number)
            .arg(ticket.subject,
                 app::TicketQueueModel::channelName(protocol::toString(ticket.channel)),
                 app::TicketQueueModel::statusName(protocol::toString(ticket.status)), ticket.queue,
                 assignee.isEmpty() ? tr("unassigned") : assignee));
    setWindowTitle(tr("Ticket #%1 (read only)").arg(ticket.number));
    m_header->setAccessibleName(m_header->text());
}

void TicketReader::loadOlderAtTop(int value)
{
    QScrollBar *bar = m_messages->verticalScrollBar();
    if (value != bar->minimum())
        return;
    const int fromBottom = bar->maximum() - bar->value();
    if (m_shared) {
        if (m_shared->hasOlder() && !m_shared->isLoading()) {
            m_keepFromBottom = fromBottom;
            m_shared->loadOlder();
        }
        return;
    }
    if (m_model->hasOlder() && m_model->loadOlder() > 0)
        bar->setValue(bar->maximum() - fromBottom); // keep the reader's place
}

} // namespace frontline::ui

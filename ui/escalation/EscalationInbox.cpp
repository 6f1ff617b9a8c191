#include "ui/escalation/EscalationInbox.h"

#include "app/commands/OperatorCommands.h"
#include "app/models/EscalationInboxModel.h"
#include "app/session/SignedInUser.h"
#include "app/store/LocalStore.h"
#include "ui/common/UiSetup.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QVBoxLayout>

namespace frontline::ui {

EscalationInbox::EscalationInbox(app::LocalStore &store, app::OperatorCommands &commands,
                                 const app::SignedInUser &me, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_commands(commands)
    , m_model(new app::EscalationInboxModel(store, me, this))
    , m_list(new QListView)
    , m_returnReason(new QLineEdit)
    , m_accept(new QPushButton)
    , m_return(new QPushButton)
    , m_resolve(new QPushButton)
    , m_message(new QLabel)
    , m_messageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("escalationInbox"));
    auto *title = m_title = new QLabel;
    title->setTextFormat(Qt::PlainText);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_list->setObjectName(QStringLiteral("escalationList"));
    m_list->setModel(m_model);
    m_list->setMaximumHeight(110);
    m_returnReason->setObjectName(QStringLiteral("escalationReturnReason"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("escalationInboxMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    // A line about an escalation that left stays long enough to be read, then the inbox may go.
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(20000);
    connect(m_messageTimer, &QTimer::timeout, this, [this] { showResult({}); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_returnReason, 1);
    buttons->addWidget(m_return);
    buttons->addWidget(m_resolve);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_accept, &QPushButton::clicked, this, &EscalationInbox::acceptCurrent);
    connect(m_return, &QPushButton::clicked, this, &EscalationInbox::returnCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &EscalationInbox::resolveCurrent);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT ticketRequested(index.data(app::EscalationInboxModel::TicketIdRole).toString());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EscalationInbox::onCurrentChanged);
    // The model resets on every escalation change; the operator's selection stays where it was.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptCurrent = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EscalationInbox::onModelReset);
    connect(m_model, &app::EscalationInboxModel::escalationLeft, this,
            &EscalationInbox::onEscalationLeft);
    retranslateUi();
    updateButtons();
    updateVisibility();
}

void EscalationInbox::onCurrentChanged(const QModelIndex &current)
{
    updateButtons();
    const QString ticketId = current.data(app::EscalationInboxModel::TicketIdRole).toString();
    if (m_following || ticketId.isEmpty() || ticketId == m_shownTicket)
        return;
    // A click or an arrow key shows its conversation; the arrow keys keep moving in the list.
    const bool listHadFocus = m_list->hasFocus();
    Q_EMIT ticketRequested(ticketId);
    if (listHadFocus)
        m_list->setFocus(Qt::OtherFocusReason);
}

void EscalationInbox::onModelReset()
{
    // The escalation selected before, else the one of the conversation shown, else none.
    const QScopedValueRollback following(m_following, true);
    int row = m_model->rowOf(m_keptCurrent);
    for (int i = 0; row < 0 && i < m_model->rowCount(); ++i) {
        if (m_model->escalationAt(i).ticketId == m_shownTicket)
            row = i;
    }
    m_list->setCurrentIndex(row >= 0 ? m_model->index(row) : QModelIndex());
    updateButtons();
    updateVisibility();
}

void EscalationInbox::followTicket(const QString &ticketId)
{
    m_shownTicket = ticketId;
    if (m_list->currentIndex().data(app::EscalationInboxModel::TicketIdRole).toString() ==
            ticketId &&
        !ticketId.isEmpty())
        return;
    const QScopedValueRollback following(m_following, true);
    QModelIndex found;
    for (int i = 0; !ticketId.isEmpty() && !found.isValid() && i < m_model->rowCount(); ++i) {
        if (m_model->escalationAt(i).ticketId == ticketId)
            found = m_model->index(i);
    }
    m_list->setCurrentIndex(found);
    updateButtons();
}

void EscalationInbox::onEscalationLeft(const QString &escalationId, qint64 number,
                                       const QString &status)
{
    Q_UNUSED(escalationId);
    if (status == u"returned")
        addLine(tr("#%1 was returned to the operator who escalated it.").arg(number));
    else if (status == u"resolved")
        addLine(tr("#%1: the escalation is resolved.").arg(number));
    else
        addLine(tr("#%1 is no longer addressed to you.").arg(number));
}

void EscalationInbox::actionDelivered(const QString &escalationId)
{
    m_acting.remove(escalationId);
}

void EscalationInbox::actionRefused(const QString &escalationId, const QString &why)
{
    const Action action = m_acting.take(escalationId);
    QString text;
    if (action.status == u"accepted")
        text = tr("#%1 was not accepted: %2");
    else if (action.status == u"returned")
        text = tr("#%1 was not returned: %2");
    else if (action.status == u"resolved")
        text = tr("#%1 was not resolved: %2");
    else
        text = tr("A change to escalation #%1 was refused: %2");
    addLine(text.arg(action.number ? QString::number(action.number) : escalationId, why));
}

void EscalationInbox::addLine(const QString &line)
{
    m_lines.append(line);
    while (m_lines.size() > 3)
        m_lines.removeFirst();
    m_message->setText(m_lines.join(u'\n'));
    m_message->show();
    m_messageTimer->start();
    updateVisibility();
}

void EscalationInbox::updateVisibility()
{
    setVisible(m_model->rowCount() > 0 || !m_message->isHidden());
}

qint64 EscalationInbox::currentNumber() const
{
    return m_list->currentIndex().data(app::EscalationInboxModel::TicketNumberRole).toLongLong();
}

void EscalationInbox::retranslateUi()
{
    setAccessibleName(tr("Escalations to handle"));
    m_title->setText(tr("Escalations to handle"));
    m_list->setAccessibleName(tr("Escalations addressed to my line"));
    m_returnReason->setAccessibleName(tr("Reason for returning the escalation"));
    m_returnReason->setPlaceholderText(tr("Why it goes back (required to return)"));
    m_accept->setText(tr("&Accept"));
    m_accept->setAccessibleName(tr("Accept escalation"));
    m_return->setText(tr("Re&turn"));
    m_return->setAccessibleName(tr("Return escalation"));
    m_resolve->setText(tr("Resol&ve"));
    m_resolve->setAccessibleName(tr("Resolve escalation"));
    showResult({}); // said in the old language
    retranslateModel(*m_model);
}

void EscalationInbox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString EscalationInbox::currentId() const
{
    return m_list->currentIndex().data(app::EscalationInboxModel::EscalationIdRole).toString();
}

void EscalationInbox::updateButtons()
{
    const QString status =
        m_list->currentIndex().data(app::EscalationInboxModel::StatusRole).toString();
    const bool local = currentId().startsWith(u"local:");
    m_accept->setEnabled(status == u"open" && !local);
    m_return->setEnabled(!status.isEmpty() && !local);
    m_resolve->setEnabled(!status.isEmpty() && !local);
}

void EscalationInbox::showResult(const QString &error)
{
    m_lines.clear();
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    updateVisibility();
}

bool EscalationInbox::acceptCurrent()
{
    return act(QStringLiteral("accepted"),
               [this](const QString &id) { return m_commands.acceptEscalation(id); });
}

bool EscalationInbox::returnCurrent()
{
    const QString reason = m_returnReason->text().trimmed();
    if (reason.isEmpty()) {
        showResult(tr("Say why the escalation goes back before returning it."));
        m_returnReason->setFocus();
        return false;
    }
    const bool done = act(QStringLiteral("returned"), [&](const QString &id) {
        return m_commands.returnEscalation(id, reason);
    });
    if (done)
        m_returnReason->clear();
    return done;
}

bool EscalationInbox::resolveCurrent()
{
    return act(QStringLiteral("resolved"),
               [this](const QString &id) { return m_commands.resolveEscalation(id); });
}

bool EscalationInbox::act(const QString &status,
                          const std::function<Result<void>(const QString &)> &command)
{
    const QString id = currentId();
    if (id.isEmpty())
        return false;
    // Cleared first: the echo may make the row leave, and the inbox says so meanwhile.
    showResult({});
    m_acting.insert(id, {currentNumber(), status});
    auto done = command(id);
    if (!done) {
        m_acting.remove(id);
        showResult(done.error().message);
    }
    return done.ok();
}

} // namespace frontline::ui

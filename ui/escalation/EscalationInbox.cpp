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
    m_message->setWordWrap(true);
    m_message->hide();

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
            &EscalationInbox::updateButtons);
    // The model resets on every escalation change; the operator's selection stays where it was.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptCurrent = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_model->rowOf(m_keptCurrent); row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
        updateButtons();
    });
    retranslateUi();
    updateButtons();
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
    m_message->hide();
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
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

bool EscalationInbox::acceptCurrent()
{
    auto done = m_commands.acceptEscalation(currentId());
    showResult(done ? QString() : done.error().message);
    return done.ok();
}

bool EscalationInbox::returnCurrent()
{
    const QString reason = m_returnReason->text().trimmed();
    if (reason.isEmpty()) {
        showResult(tr("Say why the escalation goes back before returning it."));
        m_returnReason->setFocus();
        return false;
    }
    auto done = m_commands.returnEscalation(currentId(), reason);
    showResult(done ? QString() : done.error().message);
    if (done)
        m_returnReason->clear();
    return done.ok();
}

bool EscalationInbox::resolveCurrent()
{
    auto done = m_commands.resolveEscalation(currentId());
    showResult(done ? QString() : done.error().message);
    return done.ok();
}

} // namespace frontline::ui

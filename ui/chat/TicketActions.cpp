#include "ui/chat/TicketActions.h"

#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

namespace frontline::ui {

namespace {

QToolButton *toolButton(const QString &objectName)
{
    auto *button = new QToolButton;
    button->setObjectName(objectName);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

QList<QPair<QString, QString>> TicketActions::resolutionCodes()
{
    return {
        {QStringLiteral("answered"), tr("Answered")},
        {QStringLiteral("refund_issued"), tr("Refund issued")},
        {QStringLiteral("replacement_sent"), tr("Replacement sent")},
        {QStringLiteral("order_updated"), tr("Order updated")},
        {QStringLiteral("duplicate"), tr("Duplicate")},
        {QStringLiteral("no_reply"), tr("Customer stopped replying")},
    };
}

TicketActions::TicketActions(QWidget *parent)
    : QWidget(parent)
    , m_escalate(toolButton(QStringLiteral("escalateButton")))
    , m_resolve(toolButton(QStringLiteral("resolveButton")))
    , m_pending(toolButton(QStringLiteral("pendingButton")))
    , m_reopen(toolButton(QStringLiteral("reopenButton")))
    , m_close(toolButton(QStringLiteral("closeConversationButton")))
{
    buildResolveMenu();
    // The title has a row of its own above this one: a long subject must not squeeze the actions.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    for (QToolButton *button : {m_escalate, m_resolve, m_pending, m_reopen, m_close})
        row->addWidget(button);
    connect(m_escalate, &QToolButton::clicked, this, &TicketActions::escalateClicked);
    connect(m_pending, &QToolButton::clicked, this, &TicketActions::pendingClicked);
    connect(m_reopen, &QToolButton::clicked, this, &TicketActions::reopenClicked);
    connect(m_close, &QToolButton::clicked, this, &TicketActions::closeClicked);
}

void TicketActions::buildResolveMenu()
{
    auto *menu = new QMenu(m_resolve);
    menu->setObjectName(QStringLiteral("resolutionMenu"));
    for (const auto &[code, title] : resolutionCodes()) {
        QAction *action = menu->addAction(title);
        action->setData(code);
        connect(action, &QAction::triggered, this,
                [this, code = code] { Q_EMIT resolutionChosen(code); });
    }
    m_resolve->setMenu(menu);
    m_resolve->setPopupMode(QToolButton::InstantPopup);
}

void TicketActions::retranslateUi()
{
    m_escalate->setText(tr("Escalate…"));
    m_escalate->setAccessibleName(tr("Escalate the ticket"));
    m_resolve->setText(tr("Resolve"));
    m_resolve->setAccessibleName(tr("Resolve the ticket"));
    m_pending->setText(tr("Pending"));
    m_pending->setAccessibleName(tr("Set the ticket pending"));
    m_reopen->setText(tr("Reopen"));
    m_reopen->setAccessibleName(tr("Reopen the ticket"));
    m_close->setText(tr("Close"));
    m_close->setAccessibleName(tr("Close the conversation"));
    m_resolve->menu()->setAccessibleName(tr("Resolution code"));
    const auto codes = resolutionCodes();
    const QList<QAction *> actions = m_resolve->menu()->actions();
    for (int i = 0; i < actions.size() && i < codes.size(); ++i)
        actions[i]->setText(codes[i].second);
}

void TicketActions::enableFor(const QString &status, bool escalated, bool conversationOpen)
{
    const bool has = !status.isEmpty();
    const bool closed = status == u"resolved" || status == u"closed";
    m_escalate->setEnabled(has && !closed && !escalated);
    m_resolve->setEnabled(has && !closed);
    m_pending->setEnabled(has && status != u"pending" && !closed);
    m_reopen->setEnabled(has && (closed || status == u"pending"));
    m_close->setEnabled(conversationOpen);
}

void TicketActions::showResolutionCodes()
{
    if (m_resolve->isEnabled())
        m_resolve->showMenu();
}

} // namespace frontline::ui

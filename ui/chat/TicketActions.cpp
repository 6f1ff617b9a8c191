#include "ui/chat/TicketActions.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
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
    // The ticket's status actions on the left; "Close tab" far right, behind a separator, so it
    // is never taken for one of them.
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *button : {m_escalate, m_resolve, m_pending, m_reopen})
        row->addWidget(button);
    row->addStretch(1);
    auto *separator = new QFrame;
    separator->setObjectName(QStringLiteral("closeTabSeparator"));
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    row->addWidget(separator);
    row->addWidget(m_close);
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
                [this, code = code] { confirmResolution(code); });
    }
    m_resolve->setMenu(menu);
    m_resolve->setPopupMode(QToolButton::InstantPopup);
}

QString TicketActions::resolutionTitle(const QString &code)
{
    for (const auto &[known, title] : resolutionCodes()) {
        if (known == code)
            return title;
    }
    return code;
}

QMessageBox *TicketActions::resolveConfirmation() const
{
    return m_confirmation;
}

void TicketActions::confirmResolution(const QString &code)
{
    // Resolving ends the customer's conversation: one question, answered by Enter or Escape.
    if (m_confirmation)
        m_confirmation->deleteLater();
    m_confirmation = new QMessageBox(QMessageBox::Question, tr("Resolve the ticket"),
                                     tr("Resolve this ticket as “%1”?").arg(resolutionTitle(code)),
                                     QMessageBox::Cancel, this);
    m_confirmation->setObjectName(QStringLiteral("resolveConfirmation"));
    m_confirmation->setInformativeText(
        tr("It leaves your open work; you can reopen it if the customer writes again."));
    QPushButton *resolve = m_confirmation->addButton(tr("Resolve"), QMessageBox::AcceptRole);
    m_confirmation->setDefaultButton(resolve);
    m_confirmation->setEscapeButton(QMessageBox::Cancel);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation->setWindowModality(Qt::WindowModal);
    connect(m_confirmation, &QMessageBox::buttonClicked, this,
            [this, resolve, code](QAbstractButton *button) {
                if (button == resolve)
                    Q_EMIT resolutionChosen(code);
            });
    m_confirmation->open();
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
    m_close->setText(tr("Close tab"));
    m_close->setAccessibleName(tr("Close the conversation's tab"));
    m_close->setToolTip(tr("Close this conversation's tab (Ctrl+W). The ticket keeps its status; "
                           "to finish it, use Resolve."));
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

#include "ui/chat/HelpFlagStrip.h"

#include "app/commands/OperatorCommands.h"
#include "app/models/ConversationQuery.h"
#include "app/models/HelpFlagModel.h"
#include "app/session/SignedInUser.h"
#include "app/store/LocalStore.h"
#include "ui/chat/HelpFlagDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace frontline::ui {

HelpFlagStrip::HelpFlagStrip(app::LocalStore &store, app::OperatorCommands &commands,
                             const app::SignedInUser &user, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_commands(commands)
    , m_user(user)
{
    setObjectName(QStringLiteral("helpFlagStrip"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#helpFlagStrip { background: rgba(230, 160, 40, 60); "
                                 "border-radius: 4px; }"));
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("helpFlagText"));
    m_text->setTextFormat(Qt::PlainText); // the note is the operator's own words, never markup
    m_text->setWordWrap(true);
    m_lower = new QToolButton;
    m_lower->setObjectName(QStringLiteral("lowerHelpFlagButton"));
    connect(m_lower, &QToolButton::clicked, this, &HelpFlagStrip::lower);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_lower);
    hide();
}

void HelpFlagStrip::showTicket(const QString &ticketId)
{
    m_ticket = ticketId;
    refresh();
}

void HelpFlagStrip::refresh()
{
    m_flag = m_ticket.isEmpty() ? std::nullopt : app::HelpFlagModel::latestFor(m_store, m_ticket);
    if (!m_flag) {
        hide();
        return;
    }
    const QString text = describe(*m_flag);
    m_text->setText(text);
    setAccessibleName(tr("Help flag"));
    setAccessibleDescription(text);
    const bool mine = m_flag->raisedBy == m_user.id;
    const bool staff =
        m_user.role == protocol::Role::Supervisor || m_user.role == protocol::Role::Admin;
    m_lower->setVisible(m_flag->isRaised() && (mine || staff));
    m_lower->setText(mine ? tr("Withdraw") : tr("Lower flag"));
    m_lower->setAccessibleName(mine ? tr("Withdraw the help flag") : tr("Lower the help flag"));
    setProperty("flagRaised", m_flag->isRaised());
    show();
}

QString HelpFlagStrip::describe(const protocol::HelpFlag &flag) const
{
    const bool mine = flag.raisedBy == m_user.id;
    const QString at =
        QLocale().toString(flag.loweredAt.toLocalTime().time(), QLocale::ShortFormat);
    if (!flag.isRaised()) {
        if (flag.loweredBy == flag.raisedBy || flag.loweredBy.isEmpty())
            return mine ? tr("You withdrew your help flag at %1").arg(at)
                        : tr("%1 withdrew the help flag at %2").arg(flag.raisedByName, at);
        return mine ? tr("%1 lowered your flag at %2").arg(flag.loweredByName, at)
                    : tr("%1 lowered %2's flag at %3")
                          .arg(flag.loweredByName, flag.raisedByName, at);
    }
    QString text;
    if (mine)
        text = flag.note.isEmpty() ? tr("You asked a supervisor for help")
                                   : tr("You asked a supervisor for help: %1").arg(flag.note);
    else
        text = flag.note.isEmpty() ? tr("%1 asks for help").arg(flag.raisedByName)
                                   : tr("%1 asks for help: %2").arg(flag.raisedByName, flag.note);
    if (flag.id.startsWith(u"local:"))
        text += u' ' + tr("(sending…)");
    return text;
}

void HelpFlagStrip::askForHelp()
{
    if (m_ticket.isEmpty() || (m_flag && m_flag->isRaised()))
        return;
    if (m_dialog)
        m_dialog->deleteLater();
    qint64 number = 0;
    if (auto cached = app::ConversationQuery(m_store).ticket(m_ticket); cached && cached.value())
        number = cached.value()->ticket.number;
    m_dialog = new HelpFlagDialog(number, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QDialog::accepted, this,
            [this, ticket = m_ticket, dialog = m_dialog] { raise(ticket, dialog->note()); });
    m_dialog->open();
}

void HelpFlagStrip::raise(const QString &ticketId, const QString &note)
{
    auto raised = m_commands.raiseHelpFlag(ticketId, note);
    if (!raised)
        Q_EMIT notice(tr("The help flag was not raised: %1").arg(raised.error().message));
    refresh();
}

void HelpFlagStrip::lower()
{
    if (!m_flag || !m_flag->isRaised())
        return;
    if (auto lowered = m_commands.lowerHelpFlag(m_flag->id); !lowered)
        Q_EMIT notice(tr("The help flag was not lowered: %1").arg(lowered.error().message));
    refresh();
}

void HelpFlagStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace frontline::ui

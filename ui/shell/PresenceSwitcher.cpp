#include "ui/shell/PresenceSwitcher.h"

#include "app/commands/OperatorCommands.h"
#include "app/models/MyPresence.h"
#include "app/store/LocalStore.h"
#include "ui/common/WindowTitle.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace frontline::ui {

PresenceSwitcher::PresenceSwitcher(app::LocalStore &store, app::OperatorCommands &commands,
                                   const QString &myId, QWidget *parent)
    : QToolButton(parent)
    , m_store(store)
    , m_commands(commands)
    , m_myId(myId)
{
    setObjectName(QStringLiteral("presenceSwitcher"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
    auto *menu = new QMenu(this);
    const auto add = [this, menu](const QString &status, bool askReason) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(u"presence_" + status);
        action->setData(askReason);
        connect(action, &QAction::triggered, this, [this, status, askReason] {
            if (askReason)
                askAndSet(status);
            else
                setPresence(status);
        });
    };
    add(QStringLiteral("online"), false);
    add(QStringLiteral("break"), true);
    add(QStringLiteral("offline"), true);
    setMenu(menu);
    connect(&store, &app::LocalStore::changed, this, &PresenceSwitcher::onStoreChanged);
    retranslateUi();
}

void PresenceSwitcher::retranslateUi()
{
    setAccessibleName(tr("Presence"));
    menu()->setAccessibleName(tr("Set presence"));
    for (QAction *action : menu()->actions()) {
        const QString status = action->objectName().mid(int(QStringLiteral("presence_").size()));
        action->setText(statusName(status) + (action->data().toBool() ? u"…" : u""));
    }
    readPresence();
}

void PresenceSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

QString PresenceSwitcher::statusName(const QString &status)
{
    if (status == u"online")
        return tr("Online");
    if (status == u"break")
        return tr("On a break");
    if (status == u"offline")
        return tr("Offline");
    return status;
}

bool PresenceSwitcher::setPresence(const QString &status, const QString &reason)
{
    if (auto set = m_commands.setPresence(status, reason); !set) {
        QMessageBox::warning(this, tr("Presence"),
                             tr("Could not change your presence: %1").arg(set.error().message));
        return false;
    }
    return true;
}

void PresenceSwitcher::askAndSet(const QString &status)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("presenceReasonDialog"));
    dialog.setWindowTitle(statusName(status));
    dialog.setLabelText(tr("Reason (optional):"));
    fitWindowTitle(dialog); // the bare input is narrower than its title bar needs
    if (dialog.exec() == QDialog::Accepted)
        setPresence(status, dialog.textValue().trimmed());
}

void PresenceSwitcher::onStoreChanged(const app::StoreChangeSet &changes)
{
    if (!changes.presence.isEmpty())
        readPresence();
}

void PresenceSwitcher::readPresence()
{
    const auto presence = app::MyPresence::read(m_store, m_myId);
    m_status = presence ? presence->status : QStringLiteral("offline");
    m_reason = presence ? presence->reason : QString();
    const QString name = statusName(m_status);
    setText(m_reason.isEmpty() ? name : tr("%1: %2").arg(name, m_reason));
    setToolTip(tr("Your presence: %1. Click to change it.").arg(text()));
    setAccessibleDescription(text());
}

} // namespace frontline::ui

#include "ui/chat/SupervisionStrip.h"

#include "app/store/LocalStore.h"
#include "app/sync/RealtimeChannel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTime>

namespace frontline::ui {

SupervisionStrip::SupervisionStrip(app::LocalStore &store, app::RealtimeChannel *realtime,
                                   QWidget *parent)
    : Banner(QStringLiteral("supervisionStrip"), QStringLiteral("#eadcf8"), parent)
    , m_store(store)
    , m_dismiss(new QPushButton)
{
    m_dismiss->setObjectName(QStringLiteral("supervisionDismiss"));
    row()->addWidget(m_dismiss);
    connect(m_dismiss, &QPushButton::clicked, this, &SupervisionStrip::dismiss);
    if (realtime) {
        connect(realtime, &app::RealtimeChannel::monitored, this, &SupervisionStrip::onMonitored);
        connect(realtime, &app::RealtimeChannel::barged, this, &SupervisionStrip::onBarged);
        connect(realtime, &app::RealtimeChannel::takenOver, this, &SupervisionStrip::onTakenOver);
    }
    refresh();
}

void SupervisionStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    Banner::changeEvent(event);
}

void SupervisionStrip::showTicket(const QString &ticketId)
{
    m_shown = ticketId;
    refresh();
}

void SupervisionStrip::onMonitored(const QString &ticketId, const QString &supervisor, bool active)
{
    if (active)
        m_watching.insert(ticketId, supervisor);
    else
        m_watching.remove(ticketId);
    refresh();
}

void SupervisionStrip::onBarged(const QString &ticketId, const QString &supervisor)
{
    m_barged.insert(ticketId,
                    {supervisor, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)});
    refresh();
}

void SupervisionStrip::onTakenOver(const QString &ticketId, const QString &supervisor)
{
    m_watching.remove(ticketId);
    m_barged.remove(ticketId);
    m_takenOver.append({ticketId, supervisor});
    refresh();
    Q_EMIT attentionNeeded(ticketId, tr("%1 took over %2").arg(supervisor, ticketWords(ticketId)));
}

void SupervisionStrip::dismiss()
{
    m_takenOver.clear();
    m_barged.remove(m_shown);
    refresh();
}

QString SupervisionStrip::ticketWords(const QString &ticketId) const
{
    const auto cached = m_store.ticket(ticketId);
    return cached && cached.value() ? tr("chat #%1").arg(cached.value()->ticket.number)
                                    : tr("a chat");
}

void SupervisionStrip::refresh()
{
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss the supervisor's notice"));
    QStringList lines;
    for (const auto &[ticketId, supervisor] : std::as_const(m_takenOver))
        lines << tr("%1 took over %2: it has left your chats.")
                     .arg(supervisor, ticketWords(ticketId));
    if (!m_shown.isEmpty()) {
        if (const auto watching = m_watching.constFind(m_shown); watching != m_watching.cend())
            lines << tr("%1 is watching this chat.").arg(watching.value());
        if (const auto barged = m_barged.constFind(m_shown); barged != m_barged.cend())
            lines << tr("%1 wrote to the customer at %2.")
                         .arg(barged.value().first, barged.value().second);
    }
    const QString text = lines.join(u'\n');
    textLabel()->setText(text);
    setAccessibleName(text);
    // Watching alone is not something to dismiss: it lasts while she watches.
    m_dismiss->setVisible(!m_takenOver.isEmpty() ||
                          (!m_shown.isEmpty() && m_barged.contains(m_shown)));
    setVisible(!text.isEmpty());
}

} // namespace frontline::ui

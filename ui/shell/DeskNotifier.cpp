#include "ui/shell/DeskNotifier.h"

#include "ui/common/UiSettings.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace frontline::ui {

DeskNotifier::DeskNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_baseTitle(window->windowTitle())
{
    m_clock.start();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->setToolTip(m_baseTitle);
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
            if (!m_lastTicket.isEmpty())
                Q_EMIT ticketRequested(m_lastTicket);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
    }
}

QString DeskNotifier::notificationText(const QString &summary)
{
    // Servers that render body markup and Qt's own balloon (a QLabel guessing rich text) would both
    // render an escaped entity differently, so markup's characters become look-alikes that no
    // renderer interprets, rather than entities that one of them would show literally.
    QString text = summary.simplified();
    text.replace(u'<', u'\u2039').replace(u'>', u'\u203a').replace(u'&', u'\uff06');
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    constexpr qsizetype MaxLength = 200;
    if (text.size() > MaxLength) {
        qsizetype cut = MaxLength - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut; // never half of an emoji
        text = text.left(cut) + u'\u2026';
    }
    return text;
}

void DeskNotifier::setBaseTitle(const QString &title)
{
    m_baseTitle = title;
    updateTitle();
}

void DeskNotifier::notifyAttention(const QString &ticketId, const QString &customerSummary)
{
    const QString summary = notificationText(customerSummary);
    if (m_window->isActiveWindow())
        return;
    const qint64 now = m_clock.elapsed();
    const auto announced = m_announcedAt.constFind(ticketId);
    if (announced != m_announcedAt.cend() && now - announced.value() < m_repeatMs) {
        if (ticketId == m_lastTicket) // the notification on screen is this ticket's
            m_last = summary;
        return;
    }
    m_lastTicket = ticketId;
    m_last = summary;
    if (m_announcedAt.size() > 256)
        m_announcedAt.removeIf(
            [&](const auto &entry) { return now - entry.value() >= m_repeatMs; });
    m_announcedAt.insert(ticketId, now);
    ++m_shown;
    if (m_tray)
        m_tray->showMessage(tr("Frontline"), summary, QSystemTrayIcon::Information, 8000);
    const bool sound = UiSettings::soundEnabled();
    if (sound) {
        ++m_sounds;
        QApplication::beep();
    }
    QApplication::alert(m_window);
    Q_EMIT notificationRequested(ticketId, summary, sound);
}

void DeskNotifier::setUnreadCount(int unread)
{
    m_unread = std::max(0, unread);
    updateTitle();
}

void DeskNotifier::updateTitle()
{
    const QString title = m_unread > 0 ? tr("(%1) %2").arg(m_unread).arg(m_baseTitle) : m_baseTitle;
    m_window->setWindowTitle(title);
    if (m_tray)
        m_tray->setToolTip(m_unread > 0 ? tr("%1: %n unread", nullptr, m_unread).arg(m_baseTitle)
                                        : m_baseTitle);
}

} // namespace frontline::ui

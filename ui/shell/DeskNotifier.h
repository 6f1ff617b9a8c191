#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace frontline::ui {

// Tells the operator about a newly assigned chat or a customer's reply while the window is not
// active: a desktop notification through the tray icon and, unless turned off, a sound. A ticket
// that was announced in the last 10 seconds is not announced again (a customer writing in bursts
// makes one notification, not one per line; a click on it opens that ticket). Keeps the
// unread count in the window title and the tray tooltip.
class DeskNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DeskNotifier(QWidget *window, QObject *parent = nullptr);

    // A customer's words as a notification shows them: one line of at most 200 characters, with
    // nothing a notification server could take for markup (a `<img src=…>` would be fetched).
    static QString notificationText(const QString &summary);

    int unreadCount() const { return m_unread; }
    int notificationsShown() const { return m_shown; }
    // How many times a sound was asked for (QApplication::beep; offscreen there is no device).
    int soundsRequested() const { return m_sounds; }
    QString lastNotification() const { return m_last; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The window's title without the unread count ("Frontline — Olga").
    void setBaseTitle(const QString &title);
    // How long a ticket's notification keeps the next ones of that ticket quiet (10 s).
    void setRepeatInterval(int milliseconds) { m_repeatMs = milliseconds; }

public Q_SLOTS:
    void notifyAttention(const QString &ticketId, const QString &summary);
    void setUnreadCount(int unread);

Q_SIGNALS:
    // The operator clicked the notification: bring the window up and open the ticket.
    void ticketRequested(const QString &ticketId);
    // A notification was asked for, with a sound when `sound`: what the tray and the speaker got.
    void notificationRequested(const QString &ticketId, const QString &summary, bool sound);

private:
    void updateTitle();

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_baseTitle;
    QString m_lastTicket;
    QString m_last;
    int m_unread = 0;
    int m_shown = 0;
    int m_sounds = 0;
    int m_repeatMs = 10000;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_announcedAt; // ticket id -> m_clock's time of its last notification
};

} // namespace frontline::ui

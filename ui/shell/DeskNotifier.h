#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace frontline::ui {

// Tells the operator about a newly assigned chat or a customer's reply while the window is not
// active: a desktop notification through the tray icon and, unless turned off, a sound. Keeps the
// unread count in the window title and the tray tooltip.
class DeskNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DeskNotifier(QWidget *window, QObject *parent = nullptr);

    int unreadCount() const { return m_unread; }
    int notificationsShown() const { return m_shown; }
    QString lastNotification() const { return m_last; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    // The window's title without the unread count ("Frontline — Olga").
    void setBaseTitle(const QString &title);

public Q_SLOTS:
    void notifyAttention(const QString &ticketId, const QString &summary);
    void setUnreadCount(int unread);

Q_SIGNALS:
    // The operator clicked the notification: bring the window up and open the ticket.
    void ticketRequested(const QString &ticketId);

private:
    void updateTitle();

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_baseTitle;
    QString m_lastTicket;
    QString m_last;
    int m_unread = 0;
    int m_shown = 0;
};

} // namespace frontline::ui

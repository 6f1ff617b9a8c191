#pragma once

#include "ui/chat/Banner.h"

#include <QHash>

class QPushButton;

namespace frontline::app {
class LocalStore;
class RealtimeChannel;
} // namespace frontline::app

namespace frontline::ui {

// What a supervisor is doing in the operator's chats (issue 18), above the messages of the chat
// it concerns: "Sofia is watching this chat" while she watches (only when the back office tells:
// --monitoring-visible), "Sofia wrote to the customer at 14:05" when she barged in. A chat taken
// over leaves the operator's list; the strip says so whichever chat is shown, until dismissed.
class SupervisionStrip : public Banner
{
    Q_OBJECT
public:
    SupervisionStrip(app::LocalStore &store, app::RealtimeChannel *realtime,
                     QWidget *parent = nullptr);

    // Follows the conversation shown (none: empty).
    void showTicket(const QString &ticketId);
    QPushButton *dismissButton() const { return m_dismiss; }

    void onMonitored(const QString &ticketId, const QString &supervisor, bool active);
    void onBarged(const QString &ticketId, const QString &supervisor);
    void onTakenOver(const QString &ticketId, const QString &supervisor);

Q_SIGNALS:
    // A supervisor took a chat from her: for the desktop notification too, since the chat left.
    void attentionNeeded(const QString &ticketId, const QString &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void dismiss();
    QString ticketWords(const QString &ticketId) const;

    app::LocalStore &m_store;
    QString m_shown;
    QHash<QString, QString> m_watching;               // ticket id -> the supervisor watching it
    QHash<QString, QPair<QString, QString>> m_barged; // ticket id -> supervisor, at (hh:mm)
    QList<QPair<QString, QString>> m_takenOver;       // ticket id, supervisor: until dismissed
    QPushButton *m_dismiss;
};

} // namespace frontline::ui

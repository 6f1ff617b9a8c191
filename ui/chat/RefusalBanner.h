#pragma once

#include "app/outbox/OutboxCommand.h"
#include "ui/chat/Banner.h"

#include <QHash>

class QPushButton;

namespace frontline::ui {

// What the back office refused in a conversation (a reply, a status change, an escalation), in
// its own words, above the messages of that conversation; the local change is already undone.
// Kept per ticket until a later command of it is delivered, the operator dismisses it, or the
// conversation is closed.
class RefusalBanner : public Banner
{
    Q_OBJECT
public:
    explicit RefusalBanner(QWidget *parent = nullptr);

    // Records the refusal of `command` on `ticketId`; shown now if that ticket is shown.
    void refused(app::outbox::Kind command, const QString &ticketId, const QString &why);
    // A reply on an exam's conversation refused because the exam is over (issue 19): said so,
    // without the offer to send it again.
    void examOver(const QString &ticketId, const QString &why);
    // A command of `ticketId` went through: its old refusal is history.
    void forget(const QString &ticketId);
    // Follows the conversation shown (none: empty).
    void showTicket(const QString &ticketId);
    bool hasRefusal(const QString &ticketId) const { return m_refusals.contains(ticketId); }
    void retranslateUi();

    QPushButton *dismissButton() const { return m_dismiss; }

private:
    struct Refusal
    {
        app::outbox::Kind command;
        QString why;
        bool examOver = false;
    };
    static QString describe(const Refusal &refusal);
    void refresh();

    QHash<QString, Refusal> m_refusals; // ticket id -> the latest refusal there
    QString m_shown;
    QPushButton *m_dismiss;
};

} // namespace frontline::ui

#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QToolButton;

namespace frontline::ui {

// The open ticket's actions beside its title: escalate, resolve (with a resolution code), set
// pending, reopen, and close the conversation. Which are enabled follows the ticket's status.
class TicketActions : public QWidget
{
    Q_OBJECT
public:
    explicit TicketActions(QWidget *parent = nullptr);

    // Resolution codes offered by Resolve: (code, title).
    static QList<QPair<QString, QString>> resolutionCodes();

    // `status` is empty while no ticket is open or the cache does not hold it; `escalated` while
    // its escalation is open or accepted; `conversationOpen` while a conversation is shown.
    void enableFor(const QString &status, bool escalated, bool conversationOpen);
    // Opens the resolution codes, if Resolve is enabled (the keyboard's way to it).
    void showResolutionCodes();
    void retranslateUi();

    QToolButton *escalateButton() const { return m_escalate; }
    QToolButton *resolveButton() const { return m_resolve; }
    QToolButton *pendingButton() const { return m_pending; }
    QToolButton *reopenButton() const { return m_reopen; }

Q_SIGNALS:
    void escalateClicked();
    void resolutionChosen(const QString &code);
    void pendingClicked();
    void reopenClicked();
    void closeClicked();

private:
    void buildResolveMenu();

    QToolButton *m_escalate;
    QToolButton *m_resolve;
    QToolButton *m_pending;
    QToolButton *m_reopen;
    QToolButton *m_close;
};

} // namespace frontline::ui

#pragma once

#include <QList>
#include <QPair>
#include <QPointer>
#include <QWidget>

class QMessageBox;
class QToolButton;

namespace frontline::ui {

// The open ticket's actions under its title: escalate, resolve (with a resolution code, after a
// confirmation), set pending, reopen; and, kept apart from them because it changes nothing on
// the ticket, "Close tab". Which are enabled follows the ticket's status.
class TicketActions : public QWidget
{
    Q_OBJECT
public:
    explicit TicketActions(QWidget *parent = nullptr);

    // Resolution codes offered by Resolve: (code, title).
    static QList<QPair<QString, QString>> resolutionCodes();
    // A resolution code's title ("Refund issued"), or the code itself when it is not one of ours.
    static QString resolutionTitle(const QString &code);

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
    QToolButton *closeTabButton() const { return m_close; }
    // The open "Resolve as …?" question, if any (Enter resolves, Escape keeps the ticket open).
    QMessageBox *resolveConfirmation() const;

Q_SIGNALS:
    void escalateClicked();
    void resolutionChosen(const QString &code);
    void pendingClicked();
    void reopenClicked();
    void closeClicked();

private:
    void buildResolveMenu();
    void confirmResolution(const QString &code);

    QToolButton *m_escalate;
    QToolButton *m_resolve;
    QToolButton *m_pending;
    QToolButton *m_reopen;
    QToolButton *m_close;
    QPointer<QMessageBox> m_confirmation; // deletes itself when answered
};

} // namespace frontline::ui

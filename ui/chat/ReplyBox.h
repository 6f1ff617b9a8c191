#pragma once

#include "protocol/Result.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace frontline::app {
class LocalStore;
class MacroModel;
} // namespace frontline::app

namespace frontline::ui {

class MacroPicker;
class ReplyComposer;

// Where the operator writes to the open ticket: the composer, the reply/internal-note switch,
// Send, the canned-response picker (its placeholders filled from the cache), and the unsent
// draft kept per ticket in the cache. A reply with a placeholder left unfilled, or longer than the
// back office takes, is not sent: the reason shows beside Send until the operator edits it.
class ReplyBox : public QWidget
{
    Q_OBJECT
public:
    // `operatorName` is the signed-in operator's, for {operator_name}.
    ReplyBox(app::LocalStore &store, app::MacroModel &macros, const QString &operatorName,
             QWidget *parent = nullptr);

    // Keeps the draft of the ticket written to so far and loads `ticketId`'s.
    void setTicket(const QString &ticketId);
    // Enables writing while a conversation is open.
    void setWritable(bool writable);
    void setInternalNote(bool internal);
    bool isInternalNote() const;
    // The reply as it would be sent (trimmed).
    QString reply() const;
    // False while a reply still holds an unfilled placeholder (then the first one is selected,
    // so what the operator types next replaces it) or is longer than the back office takes.
    bool readyToSend();
    // Inserts a canned response at the `/` that opened the picker, filled for the open ticket;
    // the reply then records `slug` (macroUsed) until it is sent or emptied.
    void insertCannedResponse(const QString &body, const QString &locale, const QString &slug = {});
    // The slug of the last canned response inserted into the open ticket's reply; empty: none.
    QString macroUsed() const { return m_macroUsed.value(m_ticket); }
    // After a send: empties the composer, forgets the ticket's draft and leaves note mode (the
    // next thing written is a reply again).
    Result<void> clearSent();
    void saveDraft();
    void insertText(const QString &text);
    void retranslateUi();

    ReplyComposer *composer() const { return m_composer; }
    QToolButton *internalNoteToggle() const { return m_noteToggle; }
    QPushButton *sendButton() const { return m_send; }
    // Why Send is refused (an unfilled placeholder); hidden while nothing stops it.
    QLabel *sendBlockedReason() const { return m_blocked; }
    MacroPicker *macroPicker() const { return m_picker; }

Q_SIGNALS:
    void sendRequested();
    // The operator changed the text (not a draft being loaded).
    void edited();
    void problem(const QString &text);

private:
    void loadDraft();
    void onEdited();
    void openMacroPicker();
    void updateSendBlock();
    // Longer than the back office takes (protocol/FieldLimits.h): kept, but not sent.
    bool tooLong() const;

    app::LocalStore &m_store;
    QString m_operatorName;
    QString m_ticket;
    QHash<QString, QString> m_macroUsed; // by ticket: the reply's canned response, by slug
    bool m_loadingDraft = false;
    bool m_writable = true;
    bool m_tooLong = false;
    ReplyComposer *m_composer;
    QToolButton *m_noteToggle;
    QPushButton *m_send;
    QLabel *m_blocked;
    MacroPicker *m_picker;
    QTimer *m_draftTimer;
};

} // namespace frontline::ui

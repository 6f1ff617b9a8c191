#pragma once

#include "protocol/Result.h"

#include <QWidget>

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
// Send, the canned-response picker, and the unsent draft kept per ticket in the cache.
class ReplyBox : public QWidget
{
    Q_OBJECT
public:
    ReplyBox(app::LocalStore &store, app::MacroModel &macros, QWidget *parent = nullptr);

    // Keeps the draft of the ticket written to so far and loads `ticketId`'s.
    void setTicket(const QString &ticketId);
    // Enables writing while a conversation is open.
    void setWritable(bool writable);
    void setInternalNote(bool internal);
    bool isInternalNote() const;
    // The reply as it would be sent (trimmed).
    QString reply() const;
    // After a send: empties the composer and forgets the ticket's draft.
    Result<void> clearSent();
    void saveDraft();
    void insertText(const QString &text);
    void retranslateUi();

    ReplyComposer *composer() const { return m_composer; }
    QToolButton *internalNoteToggle() const { return m_noteToggle; }
    QPushButton *sendButton() const { return m_send; }
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

    app::LocalStore &m_store;
    QString m_ticket;
    bool m_loadingDraft = false;
    ReplyComposer *m_composer;
    QToolButton *m_noteToggle;
    QPushButton *m_send;
    MacroPicker *m_picker;
    QTimer *m_draftTimer;
};

} // namespace frontline::ui

#include "ui/chat/ReplyBox.h"

#include "app/models/CannedResponseFiller.h"
#include "app/store/ReplyDrafts.h"
#include "protocol/FieldLimits.h"
#include "ui/chat/MacroPicker.h"
#include "ui/chat/ReplyComposer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace frontline::ui {

namespace {
constexpr int DraftSaveDelayMs = 400;
}

ReplyBox::ReplyBox(app::LocalStore &store, app::MacroModel &macros, const QString &operatorName,
                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_operatorName(operatorName)
    , m_composer(new ReplyComposer)
    , m_noteToggle(new QToolButton)
    , m_send(new QPushButton)
    , m_blocked(new QLabel)
    , m_picker(new MacroPicker(macros, this))
    , m_draftTimer(new QTimer(this))
{
    m_composer->setMaximumHeight(120);
    m_noteToggle->setObjectName(QStringLiteral("internalNoteToggle"));
    m_noteToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_noteToggle->setCheckable(true);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_blocked->setObjectName(QStringLiteral("sendBlockedReason"));
    m_blocked->setTextFormat(Qt::PlainText);
    m_blocked->setWordWrap(true);
    m_blocked->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_blocked->setStyleSheet(QStringLiteral("color: #b03000;"));
    QSizePolicy keepsItsPlace = m_blocked->sizePolicy(); // Send stays at the right edge
    keepsItsPlace.setRetainSizeWhenHidden(true);
    m_blocked->setSizePolicy(keepsItsPlace);
    m_blocked->hide();
    m_picker->hide();
    // The composer takes the whole width; the note switch, why Send is refused, and Send sit in
    // one row under it, so no column beside the text stays empty.
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_noteToggle);
    controls->addWidget(m_blocked, 1);
    controls->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_composer);
    layout->addLayout(controls);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftSaveDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ReplyBox::saveDraft);
    connect(m_composer, &ReplyComposer::submitted, this, &ReplyBox::sendRequested);
    connect(m_send, &QPushButton::clicked, this, &ReplyBox::sendRequested);
    connect(m_composer, &ReplyComposer::cannedResponsesRequested, this, &ReplyBox::openMacroPicker);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &ReplyBox::onEdited);
    connect(m_composer, &QPlainTextEdit::textChanged, this, [this] {
        // Only crossing the maximum changes the reason; the placeholders have their own signal.
        if (tooLong() != m_tooLong)
            updateSendBlock();
    });
    connect(m_picker, &MacroPicker::chosen, this, &ReplyBox::insertCannedResponse);
    connect(m_composer, &ReplyComposer::unfilledPlaceholdersChanged, this,
            &ReplyBox::updateSendBlock);
    connect(m_picker, &MacroPicker::dismissed, this, [this] { m_composer->setFocus(); });
    connect(m_noteToggle, &QToolButton::toggled, this, &ReplyBox::setInternalNote);
}

void ReplyBox::retranslateUi()
{
    m_noteToggle->setText(tr("Note"));
    m_noteToggle->setAccessibleName(tr("Internal note"));
    m_noteToggle->setToolTip(tr("Write an internal note instead of a reply (Ctrl+I)"));
    m_blocked->setAccessibleName(tr("Why the reply cannot be sent"));
    m_composer->retranslateUi();
    setInternalNote(m_composer->isInternalNote()); // the Send button's text
    updateSendBlock();
}

void ReplyBox::setTicket(const QString &ticketId)
{
    saveDraft();
    m_ticket = ticketId;
    loadDraft();
}

void ReplyBox::setWritable(bool writable)
{
    m_writable = writable;
    m_composer->setEnabled(writable);
    m_noteToggle->setEnabled(writable);
    updateSendBlock();
}

void ReplyBox::updateSendBlock()
{
    QStringList names;
    for (const app::Placeholder &placeholder : m_composer->unfilledPlaceholders()) {
        const QString name = u'{' + placeholder.name + u'}';
        if (!names.contains(name))
            names.append(name);
    }
    m_tooLong = tooLong();
    QString reason;
    if (m_tooLong)
        reason = tr("Too long to send: %1 characters, the most is %2. Shorten it first.")
                     .arg(reply().size())
                     .arg(protocol::limits::MessageText);
    else if (!names.isEmpty())
        reason = tr("Fill in %1 before sending.").arg(names.join(QStringLiteral(", ")));
    m_blocked->setText(reason);
    m_blocked->setVisible(!reason.isEmpty());
    m_send->setEnabled(m_writable && reason.isEmpty());
    m_send->setToolTip(reason.isEmpty() ? tr("Send (Enter)") : reason);
    m_send->setAccessibleDescription(reason);
}

bool ReplyBox::tooLong() const
{
    return m_composer->document()->characterCount() > protocol::limits::MessageText &&
           reply().size() > protocol::limits::MessageText;
}

bool ReplyBox::readyToSend()
{
    if (tooLong()) {
        updateSendBlock();
        m_composer->setFocus();
        return false;
    }
    const QList<app::Placeholder> unfilled = m_composer->unfilledPlaceholders();
    if (unfilled.isEmpty())
        return true;
    QTextCursor cursor = m_composer->textCursor();
    cursor.setPosition(unfilled.first().position);
    cursor.setPosition(unfilled.first().position + unfilled.first().length,
                       QTextCursor::KeepAnchor);
    m_composer->setTextCursor(cursor);
    m_composer->setFocus();
    return false;
}

void ReplyBox::insertCannedResponse(const QString &body, const QString &locale, const QString &slug)
{
    if (!slug.isEmpty())
        m_macroUsed.insert(m_ticket, slug);
    const app::CannedResponseFiller filler(m_store, m_operatorName);
    auto filled = filler.fill(body, m_ticket, locale);
    if (!filled)
        Q_EMIT problem(
            tr("The canned response could not be filled in: %1").arg(filled.error().message));
    m_composer->insertCannedResponse(filled ? filled.value() : body);
    m_composer->setFocus();
}

void ReplyBox::setInternalNote(bool internal)
{
    if (m_noteToggle->isChecked() != internal) {
        m_noteToggle->setChecked(internal); // comes back here through toggled()
        return;
    }
    m_composer->setInternalNote(internal);
    m_send->setText(internal ? tr("Add note") : tr("Send"));
    m_send->setAccessibleName(internal ? tr("Add internal note") : tr("Send"));
    if (!m_loadingDraft)
        m_draftTimer->start();
}

bool ReplyBox::isInternalNote() const
{
    return m_composer->isInternalNote();
}

QString ReplyBox::reply() const
{
    return m_composer->toPlainText().trimmed();
}

Result<void> ReplyBox::clearSent()
{
    m_loadingDraft = true;
    m_composer->clear();
    setInternalNote(false);
    m_loadingDraft = false;
    m_draftTimer->stop();
    m_macroUsed.remove(m_ticket);
    return app::ReplyDrafts(m_store).save(m_ticket, {});
}

void ReplyBox::insertText(const QString &text)
{
    m_composer->textCursor().insertText(text);
    m_composer->setFocus();
}

void ReplyBox::saveDraft()
{
    if (m_ticket.isEmpty() || m_loadingDraft)
        return;
    m_draftTimer->stop();
    const app::ReplyDraft draft{m_composer->toPlainText(), m_composer->isInternalNote(),
                                m_macroUsed.value(m_ticket)};
    if (auto saved = app::ReplyDrafts(m_store).save(m_ticket, draft); !saved)
        Q_EMIT problem(tr("The draft could not be kept: %1").arg(saved.error().message));
}

void ReplyBox::loadDraft()
{
    m_loadingDraft = true;
    app::ReplyDraft draft;
    if (!m_ticket.isEmpty()) {
        if (auto loaded = app::ReplyDrafts(m_store).draft(m_ticket))
            draft = loaded.value();
    }
    if (!draft.macro.isEmpty())
        m_macroUsed.insert(m_ticket, draft.macro);
    m_composer->setPlainText(draft.body);
    m_composer->moveCursor(QTextCursor::End);
    setInternalNote(draft.internal);
    m_loadingDraft = false;
}

void ReplyBox::onEdited()
{
    if (m_loadingDraft || m_ticket.isEmpty())
        return;
    if (m_composer->toPlainText().trimmed().isEmpty())
        m_macroUsed.remove(m_ticket); // written over: no longer made from it
    m_draftTimer->start();
    Q_EMIT edited();
}

void ReplyBox::openMacroPicker()
{
    const QRect cursor = m_composer->cursorRect();
    // A cache that cannot say the customer's language only loses the ordering by language.
    const auto locale = app::CannedResponseFiller(m_store, m_operatorName).customerLocale(m_ticket);
    m_picker->popUp(m_composer->viewport()->mapToGlobal(cursor.topLeft()), m_ticket,
                    locale ? locale.value() : QString());
}

} // namespace frontline::ui

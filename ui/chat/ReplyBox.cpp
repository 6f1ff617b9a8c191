#include "ui/chat/ReplyBox.h"

#include "app/store/ReplyDrafts.h"
#include "ui/chat/MacroPicker.h"
#include "ui/chat/ReplyComposer.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace frontline::ui {

namespace {
constexpr int DraftSaveDelayMs = 400;
}

ReplyBox::ReplyBox(app::LocalStore &store, app::MacroModel &macros, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_composer(new ReplyComposer)
    , m_noteToggle(new QToolButton)
    , m_send(new QPushButton)
    , m_picker(new MacroPicker(macros, this))
    , m_draftTimer(new QTimer(this))
{
    m_composer->setMaximumHeight(120);
    m_noteToggle->setObjectName(QStringLiteral("internalNoteToggle"));
    m_noteToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_noteToggle->setCheckable(true);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_picker->hide();
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_noteToggle, 0, Qt::AlignTop);
    row->addWidget(m_composer, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftSaveDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &ReplyBox::saveDraft);
    connect(m_composer, &ReplyComposer::submitted, this, &ReplyBox::sendRequested);
    connect(m_send, &QPushButton::clicked, this, &ReplyBox::sendRequested);
    connect(m_composer, &ReplyComposer::cannedResponsesRequested, this, &ReplyBox::openMacroPicker);
    connect(m_composer, &QPlainTextEdit::textChanged, this, &ReplyBox::onEdited);
    connect(m_picker, &MacroPicker::chosen, this, [this](const QString &body) {
        m_composer->insertCannedResponse(body);
        m_composer->setFocus();
    });
    connect(m_picker, &MacroPicker::dismissed, this, [this] { m_composer->setFocus(); });
    connect(m_noteToggle, &QToolButton::toggled, this, &ReplyBox::setInternalNote);
}

void ReplyBox::retranslateUi()
{
    m_noteToggle->setText(tr("Note"));
    m_noteToggle->setAccessibleName(tr("Internal note"));
    m_noteToggle->setToolTip(tr("Write an internal note instead of a reply (Ctrl+I)"));
    m_send->setToolTip(tr("Send (Enter)"));
    m_composer->retranslateUi();
    setInternalNote(m_composer->isInternalNote()); // the Send button's text
}

void ReplyBox::setTicket(const QString &ticketId)
{
    saveDraft();
    m_ticket = ticketId;
    loadDraft();
}

void ReplyBox::setWritable(bool writable)
{
    m_composer->setEnabled(writable);
    m_send->setEnabled(writable);
    m_noteToggle->setEnabled(writable);
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
    m_loadingDraft = false;
    m_draftTimer->stop();
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
    const app::ReplyDraft draft{m_composer->toPlainText(), m_composer->isInternalNote()};
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
    m_composer->setPlainText(draft.body);
    m_composer->moveCursor(QTextCursor::End);
    setInternalNote(draft.internal);
    m_loadingDraft = false;
}

void ReplyBox::onEdited()
{
    if (m_loadingDraft || m_ticket.isEmpty())
        return;
    m_draftTimer->start();
    Q_EMIT edited();
}

void ReplyBox::openMacroPicker()
{
    const QRect cursor = m_composer->cursorRect();
    m_picker->popUp(m_composer->viewport()->mapToGlobal(cursor.topLeft()));
}

} // namespace frontline::ui

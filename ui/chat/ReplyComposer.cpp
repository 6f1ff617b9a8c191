#include "ui/chat/ReplyComposer.h"

#include <QKeyEvent>
#include <QTextBlock>

namespace frontline::ui {

ReplyComposer::ReplyComposer(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("replyComposer"));
    setTabChangesFocus(true);
    setInternalNote(false);
    connect(this, &QPlainTextEdit::textChanged, this, &ReplyComposer::highlightPlaceholders);
}

void ReplyComposer::setInternalNote(bool internal)
{
    m_internal = internal;
    retranslateUi();
    setProperty("internalNote", internal);
    // A tinted, dashed-bordered field: a note must not look like a reply.
    setStyleSheet(internal ? QStringLiteral("QPlainTextEdit { background: rgba(224, 168, 0, 60); "
                                            "border: 2px dashed #c08000; }")
                           : QString());
    highlightPlaceholders();
}

QList<app::Placeholder> ReplyComposer::unfilledPlaceholders() const
{
    return m_internal ? QList<app::Placeholder>{}
                      : app::CannedResponseFiller::placeholdersIn(toPlainText());
}

void ReplyComposer::highlightPlaceholders()
{
    // Extra selections leave the text as typed: the highlight never reaches the reply itself.
    QList<QTextEdit::ExtraSelection> marks;
    const QList<app::Placeholder> unfilled = unfilledPlaceholders();
    for (const app::Placeholder &placeholder : unfilled) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(placeholder.position);
        mark.cursor.setPosition(placeholder.position + placeholder.length, QTextCursor::KeepAnchor);
        mark.format.setBackground(QColor(255, 214, 102));
        mark.format.setForeground(QColor(90, 40, 0));
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(200, 40, 0));
        mark.format.setToolTip(
            tr("Not filled in: replace %1 before sending").arg(u'{' + placeholder.name + u'}'));
        marks.append(mark);
    }
    setExtraSelections(marks);
    if (int(unfilled.size()) != m_unfilledCount || !unfilled.isEmpty()) {
        m_unfilledCount = int(unfilled.size());
        Q_EMIT unfilledPlaceholdersChanged();
    }
}

void ReplyComposer::retranslateUi()
{
    setAccessibleName(m_internal ? tr("Internal note composer") : tr("Reply composer"));
    setPlaceholderText(m_internal
                           ? tr("Internal note — only colleagues see it. Enter adds the note.")
                           : tr("Reply to the customer. Enter sends, Shift+Enter new line, "
                                "/ canned responses."));
}

void ReplyComposer::insertCannedResponse(const QString &text)
{
    QTextCursor cursor = textCursor();
    if (m_slashPosition >= 0 && m_slashPosition <= cursor.position() &&
        document()->characterAt(m_slashPosition) == u'/') {
        cursor.setPosition(m_slashPosition);
        cursor.setPosition(textCursor().position(), QTextCursor::KeepAnchor);
    }
    cursor.insertText(text);
    setTextCursor(cursor);
    m_slashPosition = -1;
}

void ReplyComposer::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        event->accept();
        Q_EMIT submitted();
        return;
    }
    if (enter) {
        // Shift+Enter: a new line, not a paragraph separator that would send as U+2029.
        textCursor().insertText(QStringLiteral("\n"));
        return;
    }
    if (event->text() == u"/") {
        const QTextCursor cursor = textCursor();
        const int column = cursor.positionInBlock();
        const QString block = cursor.block().text();
        const bool startOfWord = column == 0 || block.at(column - 1).isSpace();
        QPlainTextEdit::keyPressEvent(event);
        if (startOfWord) {
            m_slashPosition = textCursor().position() - 1;
            Q_EMIT cannedResponsesRequested();
        }
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace frontline::ui

#pragma once

#include "app/models/CannedResponseFiller.h"

#include <QPlainTextEdit>

namespace frontline::ui {

// Where the operator writes: Enter sends, Shift+Enter starts a new line, `/` at the start of a
// word asks for the canned-response picker. In internal-note mode it looks different (tinted,
// with a label in the placeholder) so a note is never mistaken for a reply to the customer. In a
// reply, a `{placeholder}` a canned response left unfilled is highlighted until it is edited.
class ReplyComposer : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ReplyComposer(QWidget *parent = nullptr);

    void setInternalNote(bool internal);
    // The accessible name and placeholder, in the current language.
    void retranslateUi();
    bool isInternalNote() const { return m_internal; }
    // Replaces the `/` that opened the picker (and anything typed after it) with `text`.
    void insertCannedResponse(const QString &text);
    // The placeholders still in a reply (none in a note: the customer never reads it).
    QList<app::Placeholder> unfilledPlaceholders() const;

Q_SIGNALS:
    void submitted();
    void cannedResponsesRequested();
    void unfilledPlaceholdersChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void highlightPlaceholders();

    bool m_internal = false;
    int m_unfilledCount = 0;
    int m_slashPosition = -1;
};

} // namespace frontline::ui

#pragma once

#include <QPlainTextEdit>

namespace frontline::ui {

// Where the operator writes: Enter sends, Shift+Enter starts a new line, `/` at the start of a
// word asks for the canned-response picker. In internal-note mode it looks different (tinted,
// with a label in the placeholder) so a note is never mistaken for a reply to the customer.
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

Q_SIGNALS:
    void submitted();
    void cannedResponsesRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool m_internal = false;
    int m_slashPosition = -1;
};

} // namespace frontline::ui

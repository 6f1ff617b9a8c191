#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace frontline::ui {

// A titled region of a perspective (the queue, the conversation, ...). The title doubles as the
// accessible name so screen readers and UI automation find the pane.
class Pane : public QFrame
{
    Q_OBJECT
public:
    explicit Pane(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;

protected:
    // Sets every user-visible text again; panes call it from their constructor, and Pane calls
    // it whenever the UI language changes (QEvent::LanguageChange).
    virtual void retranslateUi() {}
    void changeEvent(QEvent *event) override;

    QVBoxLayout *contentLayout() const { return m_content; }
    // A calm "nothing here yet" line for an empty pane.
    QLabel *addPlaceholder(const QString &text);

private:
    QLabel *m_title;
    QVBoxLayout *m_content;
};

} // namespace frontline::ui

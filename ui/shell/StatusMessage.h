#pragma once

#include <QLabel>

class QTimer;

namespace frontline::ui {

// The status bar's passing message (where the session is kept, a refusal no pane could show):
// a label with its own place in the bar, elided to the room it has (the whole text in its tool
// tip), so it is never drawn over the connection or status labels as QStatusBar's own message is.
class StatusMessage : public QLabel
{
    Q_OBJECT
public:
    explicit StatusMessage(QWidget *parent = nullptr);

    // Shows `text` for `timeoutMs` (0: until replaced).
    void showMessage(const QString &text, int timeoutMs = 0);
    void clearMessage();
    QString message() const { return m_message; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_message;
    QTimer *m_timeout;
};

} // namespace frontline::ui

#pragma once

#include <QLabel>

class QTimer;

namespace frontline::ui {

// "The customer is typing…" under the messages: shown when a typing event arrives and gone a few
// seconds after the last one.
class TypingIndicator : public QLabel
{
    Q_OBJECT
public:
    explicit TypingIndicator(QWidget *parent = nullptr);

    // The customer, or a colleague by name (empty when the cache does not know them), is typing.
    void showTyping(bool customer, const QString &colleague);
    void retranslateUi();

private:
    QTimer *m_hideTimer;
};

} // namespace frontline::ui

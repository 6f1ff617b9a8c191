#include "ui/chat/TypingIndicator.h"

#include <QTimer>

namespace frontline::ui {

namespace {
constexpr int TypingShownMs = 6000;
}

TypingIndicator::TypingIndicator(QWidget *parent)
    : QLabel(parent)
    , m_hideTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("typingIndicator"));
    setTextFormat(Qt::PlainText);
    hide();
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(TypingShownMs);
    connect(m_hideTimer, &QTimer::timeout, this, &QLabel::hide);
}

void TypingIndicator::retranslateUi()
{
    setAccessibleName(tr("Typing indicator"));
    hide();
}

void TypingIndicator::showTyping(bool customer, const QString &colleague)
{
    setText(customer              ? tr("The customer is typing…")
            : colleague.isEmpty() ? tr("A colleague is typing…")
                                  : tr("%1 is typing…").arg(colleague));
    show();
    m_hideTimer->start();
}

} // namespace frontline::ui

#include "ui/shell/StatusMessage.h"

#include <QTimer>

namespace frontline::ui {

StatusMessage::StatusMessage(QWidget *parent)
    : QLabel(parent)
    , m_timeout(new QTimer(this))
{
    setObjectName(QStringLiteral("statusMessage"));
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &StatusMessage::clearMessage);
}

void StatusMessage::showMessage(const QString &text, int timeoutMs)
{
    m_message = text;
    setToolTip(text);
    // A screen reader hears the whole message, not the elided one.
    setAccessibleName(text);
    elide();
    if (timeoutMs > 0)
        m_timeout->start(timeoutMs);
    else
        m_timeout->stop();
}

void StatusMessage::clearMessage()
{
    showMessage({});
}

QSize StatusMessage::minimumSizeHint() const
{
    return {0, QLabel::minimumSizeHint().height()};
}

QSize StatusMessage::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(m_message), QLabel::sizeHint().height()};
}

void StatusMessage::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void StatusMessage::elide()
{
    setText(fontMetrics().elidedText(m_message, Qt::ElideRight, contentsRect().width()));
}

} // namespace frontline::ui

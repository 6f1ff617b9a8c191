#include "ui/common/Pane.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace frontline::ui {

Pane::Pane(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_content(new QVBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addWidget(m_title);
    layout->addLayout(m_content, 1);
}

void Pane::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void Pane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

QString Pane::title() const
{
    return m_title->text();
}

QLabel *Pane::addPlaceholder(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_content->addWidget(label, 1);
    return label;
}

} // namespace frontline::ui

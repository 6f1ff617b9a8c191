#include "ui/chat/Banner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace frontline::ui {

Banner::Banner(const QString &objectName, const QString &background, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_row(new QHBoxLayout(this))
{
    setObjectName(objectName);
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border-radius: 4px; }")
                      .arg(objectName, background));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_row->setContentsMargins(8, 4, 8, 4);
    m_row->addWidget(m_text, 1);
    hide();
}

} // namespace frontline::ui

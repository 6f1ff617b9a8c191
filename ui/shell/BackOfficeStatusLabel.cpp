#include "ui/shell/BackOfficeStatusLabel.h"

#include <QEvent>

namespace frontline::ui {

BackOfficeStatusLabel::BackOfficeStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("backOfficeStatus"));
    setTextFormat(Qt::PlainText);
    showNotConfigured();
}

void BackOfficeStatusLabel::showNotConfigured()
{
    m_configured = false;
    retranslateUi();
}

void BackOfficeStatusLabel::showState(app::EmbeddedBackOffice::State state, const QUrl &url,
                                      const QString &error)
{
    m_configured = true;
    m_state = state;
    m_url = url;
    m_error = error;
    retranslateUi();
}

void BackOfficeStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLabel::changeEvent(event);
}

void BackOfficeStatusLabel::retranslateUi()
{
    if (!m_configured) {
        setText(tr("No demo back office on this computer"));
        setAccessibleName(text());
        return;
    }
    using State = app::EmbeddedBackOffice::State;
    const QUrl &url = m_url;
    const QString &error = m_error;
    switch (m_state) {
    case State::Stopped:
        setText(tr("Back office: stopped"));
        break;
    case State::Starting:
        setText(tr("Back office: starting…"));
        break;
    case State::Running:
        setText(tr("Back office: running at %1").arg(url.authority()));
        break;
    case State::Failed:
        setText(tr("Back office: failed (%1)").arg(error));
        break;
    }
    // The state is the name a screen reader hears.
    setAccessibleName(text());
}

} // namespace frontline::ui

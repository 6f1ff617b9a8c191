#include "ui/shell/BackOfficeStatusLabel.h"

namespace frontline::ui {

BackOfficeStatusLabel::BackOfficeStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("backOfficeStatus"));
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Back-office status"));
    showNotConfigured();
}

void BackOfficeStatusLabel::showNotConfigured()
{
    setText(tr("Back office: not connected (start with --demo to use one on this computer)"));
}

void BackOfficeStatusLabel::showState(app::EmbeddedBackOffice::State state, const QUrl &url,
                                      const QString &error)
{
    using State = app::EmbeddedBackOffice::State;
    switch (state) {
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
}

} // namespace frontline::ui

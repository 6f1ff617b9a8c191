#pragma once

#include "app/EmbeddedBackOffice.h"

#include <QLabel>

namespace frontline::ui {

// The status bar's word on the back office: starting, running where, stopped, or why it failed.
class BackOfficeStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit BackOfficeStatusLabel(QWidget *parent = nullptr);

    void showNotConfigured();
    void showState(app::EmbeddedBackOffice::State state, const QUrl &url, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    bool m_configured = false;
    app::EmbeddedBackOffice::State m_state = app::EmbeddedBackOffice::State::Stopped;
    QUrl m_url;
    QString m_error;
};

} // namespace frontline::ui

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
};

} // namespace frontline::ui

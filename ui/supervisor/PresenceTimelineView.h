#pragma once

#include <QWidget>

namespace frontline::app {
class PresenceTimelineModel;
}

namespace frontline::ui {

// An operator's day as bands: online green, break amber, offline grey, between the window's
// start and end, with the hours below. Reads the PresenceTimelineModel; its rows say the same in
// words for the keyboard and screen readers.
class PresenceTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit PresenceTimelineView(app::PresenceTimelineModel &model, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    app::PresenceTimelineModel &m_model;
};

} // namespace frontline::ui

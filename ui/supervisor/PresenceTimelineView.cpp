#include "ui/supervisor/PresenceTimelineView.h"

#include "app/board/PresenceTimelineModel.h"

#include <QPainter>

namespace frontline::ui {
namespace {

QColor bandColour(protocol::PresenceStatus status)
{
    switch (status) {
    case protocol::PresenceStatus::Online:
        return QColor(QStringLiteral("#3c9a5f"));
    case protocol::PresenceStatus::Break:
        return QColor(QStringLiteral("#e0a030"));
    case protocol::PresenceStatus::Offline:
        break;
    }
    return QColor(QStringLiteral("#b8b8b8"));
}

} // namespace

PresenceTimelineView::PresenceTimelineView(app::PresenceTimelineModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("presenceTimeline"));
    setAccessibleName(tr("Presence over the day"));
    connect(&m_model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
}

QSize PresenceTimelineView::sizeHint() const
{
    return {480, fontMetrics().height() * 3 + 12};
}

QSize PresenceTimelineView::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 3 + 12};
}

void PresenceTimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const protocol::PresenceTimeline &timeline = m_model.timeline();
    const QRect band = rect().adjusted(4, 4, -4, -fontMetrics().height() - 6);
    painter.fillRect(band, palette().window().color().darker(105));
    if (!timeline.from.isValid() || !timeline.to.isValid())
        return;
    const double span = double(timeline.from.msecsTo(timeline.to));
    if (span <= 0)
        return;
    const auto xOf = [&](const QDateTime &at) {
        return band.left() + int(band.width() * double(timeline.from.msecsTo(at)) / span);
    };
    for (const protocol::PresenceInterval &interval : timeline.intervals) {
        const int left = xOf(interval.startedAt);
        const int right = std::max(left + 1, xOf(interval.endedAt));
        painter.fillRect(QRect(left, band.top(), right - left, band.height()),
                         bandColour(interval.status));
    }
    // Hour ticks every three hours of the window's local time.
    painter.setPen(palette().windowText().color());
    QDateTime tick = timeline.from.toLocalTime();
    tick.setTime(QTime(tick.time().hour(), 0));
    for (; tick < timeline.to; tick = tick.addSecs(3600)) {
        if (tick < timeline.from || tick.time().hour() % 3 != 0)
            continue;
        const int x = xOf(tick);
        painter.drawLine(x, band.bottom(), x, band.bottom() + 3);
        painter.drawText(x + 2, height() - 4, tick.toString(QStringLiteral("HH:mm")));
    }
}

} // namespace frontline::ui

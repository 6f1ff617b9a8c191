#include "ui/queue/TicketQueueDelegate.h"

#include "app/models/TicketQueueModel.h"
#include "ui/common/DateText.h"
#include "ui/common/SlaPalette.h"

#include <QAbstractItemView>
#include <QHash>
#include <QHelpEvent>
#include <QIcon>
#include <QToolTip>

namespace frontline::ui {

QIcon TicketQueueDelegate::channelIcon(const QString &channel)
{
    static QHash<QString, QIcon> icons;
    auto found = icons.find(channel);
    if (found == icons.end())
        found = icons.insert(channel, QIcon(u":/icons/channel-" + channel + u".svg"));
    return found.value();
}

QString TicketQueueDelegate::slaToolTip(const QModelIndex &index)
{
    using Model = app::TicketQueueModel;
    const QDateTime due = index.data(Model::SlaDueRole).toDateTime();
    if (!due.isValid())
        return QString();
    return index.data(Model::FirstResponseDueRole).toBool()
               ? tr("First response due %1").arg(dateTimeText(due))
               : tr("Resolution due %1").arg(dateTimeText(due));
}

bool TicketQueueDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip &&
        index.column() == int(app::TicketQueueColumn::Sla)) {
        if (const QString text = slaToolTip(index); !text.isEmpty()) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

void TicketQueueDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    using Model = app::TicketQueueModel;
    if (index.data(Model::UnreadRole).toBool())
        option->font.setBold(true);
    const auto column = app::TicketQueueColumn(index.column());
    if (column == app::TicketQueueColumn::Channel) {
        option->icon = channelIcon(index.data(Model::ChannelRole).toString());
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationAlignment = Qt::AlignCenter;
        option->decorationSize = QSize(16, 16);
    }
    if (column == app::TicketQueueColumn::Sla) {
        const auto state = app::SlaClock::State(index.data(Model::SlaStateRole).toInt());
        if (state == app::SlaClock::State::AtRisk || state == app::SlaClock::State::Breached) {
            const QColor colour = SlaPalette::foreground(state, option->palette);
            option->palette.setColor(QPalette::Text, colour);
            option->font.setBold(true);
        }
    }
}

} // namespace frontline::ui

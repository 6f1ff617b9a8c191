#include "ui/chat/ConversationListDelegate.h"

#include "app/models/OpenConversationsModel.h"

#include <QDateTime>

namespace frontline::ui {

using app::OpenConversationsModel;

QString ConversationListDelegate::waitingText(qint64 seconds)
{
    if (seconds < 60)
        return tr("under a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

void ConversationListDelegate::initStyleOption(QStyleOptionViewItem *option,
                                               const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Customer names are plain text here too: the item text is never interpreted as markup.
    if (index.data(OpenConversationsModel::UnreadRole).toInt() > 0)
        option->font.setBold(true);
    const QDateTime since = index.data(OpenConversationsModel::WaitingSinceRole).toDateTime();
    if (since.isValid()) {
        option->text += u'\n' + tr("waiting %1")
                                    .arg(waitingText(std::max<qint64>(
                                        0, since.secsTo(QDateTime::currentDateTimeUtc()))));
    }
}

} // namespace frontline::ui

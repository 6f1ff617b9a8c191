#include "app/models/ChatsLeftBehind.h"

#include "app/store/LocalStore.h"

#include <QStringList>

namespace frontline::app {

QString ChatsLeftBehind::names() const
{
    QStringList parts;
    for (const Chat &chat : chats)
        parts << (chat.customerName.isEmpty()
                      ? QStringLiteral("#%1").arg(chat.number)
                      : QStringLiteral("#%1 %2").arg(chat.number).arg(chat.customerName));
    return parts.join(QStringLiteral(", "));
}

Result<ChatsLeftBehind> ChatsLeftBehind::read(const LocalStore &store, const QString &operatorId)
{
    ChatsLeftBehind left;
    if (operatorId.isEmpty())
        return left;
    auto query = store.read(
        QStringLiteral("SELECT t.id, t.number, c.name FROM tickets t LEFT JOIN customers c ON "
                       "c.id = t.customer_id WHERE t.assignee_id = ? AND t.channel = 'chat' AND "
                       "t.status IN ('new', 'open', 'pending') ORDER BY t.number"),
        {operatorId});
    if (!query)
        return query.error();
    while (query.value().next())
        left.chats.append(
            {query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toString()});
    return left;
}

} // namespace frontline::app

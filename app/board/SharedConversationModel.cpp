#include "app/board/SharedConversationModel.h"

#include "app/net/BackOfficeClient.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>
#include <QUrl>

namespace frontline::app {

SharedConversationModel::SharedConversationModel(BackOfficeClient &client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{}

void SharedConversationModel::setTicket(const QString &ticketId)
{
    beginResetModel();
    ++m_generation;
    m_ticketId = ticketId;
    m_rows.clear();
    m_error.clear();
    m_hasOlder = false;
    m_loading = false;
    endResetModel();
    if (!ticketId.isEmpty())
        fetch({});
}

void SharedConversationModel::loadOlder()
{
    if (m_hasOlder && !m_loading && !m_rows.isEmpty())
        fetch(m_rows.first().id);
}

void SharedConversationModel::fetch(const QString &beforeId)
{
    ApiRequest request;
    request.path =
        protocol::paths::TicketMessages.toString().replace(
            QLatin1StringView("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(m_ticketId))) +
        QStringLiteral("?limit=%1").arg(PageSize);
    if (!beforeId.isEmpty())
        request.path += u"&before=" + QString::fromLatin1(QUrl::toPercentEncoding(beforeId));
    m_loading = true;
    const quint64 generation = m_generation;
    m_client.send(
        request, this, [this, generation, older = !beforeId.isEmpty()](const ApiReply &reply) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!reply.ok()) {
                m_error = reply.error.message.isEmpty() ? reply.error.code : reply.error.message;
                Q_EMIT loaded();
                return;
            }
            QList<protocol::Message> page;
            for (const QJsonValue &each : reply.json.value(u"messages").toArray()) {
                auto message = protocol::Message::fromJson(each.toObject());
                // Notes are the center's own: the back office leaves them out; so does the reader.
                if (message && !message->internal)
                    page.append(std::move(message).value());
            }
            m_hasOlder = reply.json.value(u"more").toBool();
            if (!page.isEmpty()) {
                const int at = older ? 0 : int(m_rows.size());
                beginInsertRows({}, at, at + int(page.size()) - 1);
                if (older)
                    m_rows = page + m_rows;
                else
                    m_rows += page;
                endInsertRows();
            }
            Q_EMIT loaded();
        });
}

int SharedConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SharedConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::Message &message = m_rows.at(index.row());
    const QString kind = protocol::toString(message.authorKind);
    switch (role) {
    case Qt::DisplayRole:
    case Role::BodyRole:
        return message.body;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(
            message.authorName.isEmpty() ? kind : message.authorName, message.body);
    case Role::MessageIdRole:
        return message.id;
    case Role::AuthorKindRole:
    case Role::StyleRole:
        return kind;
    case Role::AuthorNameRole:
        return message.authorName;
    case Role::InternalRole:
        return false;
    case Role::StateRole:
        return QStringLiteral("synced");
    case Role::CreatedAtRole:
        return message.createdAt.toString(Qt::ISODateWithMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> SharedConversationModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{Role::MessageIdRole, "messageId"},
                  {Role::AuthorKindRole, "authorKind"},
                  {Role::AuthorNameRole, "authorName"},
                  {Role::BodyRole, "body"},
                  {Role::StateRole, "state"},
                  {Role::CreatedAtRole, "createdAt"},
                  {Role::StyleRole, "style"}});
    return names;
}

} // namespace frontline::app

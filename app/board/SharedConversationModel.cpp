#include "app/board/SharedConversationModel.h"

#include "app/board/RefreshPacer.h"
#include "app/net/BackOfficeClient.h"
#include "protocol/ApiPaths.h"

#include <QJsonArray>
#include <QUrl>

namespace frontline::app {

SharedConversationModel::SharedConversationModel(BackOfficeClient &client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_pacer(new RefreshPacer(FollowIntervalMs, this))
{
    connect(m_pacer, &RefreshPacer::due, this, &SharedConversationModel::fetchNewer);
}

void SharedConversationModel::setTicket(const QString &ticketId)
{
    beginResetModel();
    ++m_generation;
    m_ticketId = ticketId;
    m_rows.clear();
    m_error.clear();
    m_hasOlder = false;
    m_loading = false;
    m_newerAsked = false;
    endResetModel();
    m_pacer->cancel();
    if (!ticketId.isEmpty())
        fetch(Page::Latest);
}

void SharedConversationModel::loadOlder()
{
    if (m_hasOlder && !m_loading && !m_rows.isEmpty())
        fetch(Page::Older);
}

void SharedConversationModel::followNewer()
{
    if (!m_ticketId.isEmpty())
        m_pacer->ask();
}

bool SharedConversationModel::isCatchingUp() const
{
    return m_loading || m_newerAsked || m_pacer->isPending();
}

void SharedConversationModel::fetchNewer()
{
    if (m_loading) {
        m_newerAsked = true; // asked again when the request under way is in
        return;
    }
    fetch(m_rows.isEmpty() ? Page::Latest : Page::Newer);
}

void SharedConversationModel::fetch(Page page)
{
    ApiRequest request;
    request.path =
        protocol::paths::TicketMessages.toString().replace(
            QLatin1StringView("{id}"), QString::fromLatin1(QUrl::toPercentEncoding(m_ticketId))) +
        QStringLiteral("?limit=%1").arg(PageSize);
    if (page == Page::Older)
        request.path +=
            u"&before=" + QString::fromLatin1(QUrl::toPercentEncoding(m_rows.first().id));
    else if (page == Page::Newer)
        request.path += u"&after=" + QString::fromLatin1(QUrl::toPercentEncoding(m_rows.last().id));
    m_loading = true;
    ++m_fetches;
    const quint64 generation = m_generation;
    m_client.send(request, this, [this, generation, page](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        m_loading = false;
        take(reply, page);
        Q_EMIT loaded();
        if (m_newerAsked && !m_loading) {
            m_newerAsked = false;
            fetchNewer();
        }
    });
}

void SharedConversationModel::take(const ApiReply &reply, Page page)
{
    if (!reply.ok()) {
        m_error = reply.error.message.isEmpty() ? reply.error.code : reply.error.message;
        return;
    }
    m_error.clear();
    QList<protocol::Message> messages;
    for (const QJsonValue &each : reply.json.value(u"messages").toArray()) {
        auto message = protocol::Message::fromJson(each.toObject());
        // Notes are the center's own: the back office leaves them out; so does the reader.
        if (message && !message->internal)
            messages.append(std::move(message).value());
    }
    const bool more = reply.json.value(u"more").toBool();
    if (page == Page::Newer)
        m_newerAsked = m_newerAsked || more; // a burst longer than a page: the next one at once
    else
        m_hasOlder = more;
    if (messages.isEmpty())
        return;
    const int at = page == Page::Older ? 0 : int(m_rows.size());
    beginInsertRows({}, at, at + int(messages.size()) - 1);
    if (page == Page::Older)
        m_rows = messages + m_rows;
    else
        m_rows += messages;
    endInsertRows();
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

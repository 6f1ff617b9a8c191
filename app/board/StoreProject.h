#pragma once

#include "protocol/Project.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace frontline::app {

class BackOfficeClient;
class StoreDirectory;

// The store (project) a client account belongs to, as GET /projects gives it to that client (its
// own project only): the name the window title and the daily report carry, its queues, and
// whether the store's contract shares conversation text with it.
class StoreProject : public QObject
{
    Q_OBJECT
public:
    explicit StoreProject(BackOfficeClient &client, QObject *parent = nullptr);

    // Reads GET /projects; `projectId` picks the client's own (empty: the first one given).
    void load(const QString &projectId);

    bool isLoaded() const { return m_loaded; }
    QString id() const { return m_id; }
    QString slug() const { return m_slug; }
    QString name() const { return m_name; }
    QStringList queues() const { return m_queues; }
    bool showConversations() const { return m_showConversations; }

    // Takes one project of the answer (tests and load() alike); false when it has no name.
    bool take(const QJsonObject &project);

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    void take(const protocol::Project &project);

    StoreDirectory *m_directory;
    QString m_wanted;
    QString m_id;
    QString m_slug;
    QString m_name;
    QStringList m_queues;
    bool m_showConversations = false;
    bool m_loaded = false;
};

} // namespace frontline::app

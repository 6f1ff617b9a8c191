#pragma once

#include "protocol/Project.h"

#include <QList>
#include <QObject>

namespace frontline::app {

class BackOfficeClient;

// The stores (projects) the center serves, as GET /projects gives them to the caller: every one
// to staff, its own to a store's account. The supervisor's store picker and a store's own desk
// read them here.
class StoreDirectory : public QObject
{
    Q_OBJECT
public:
    explicit StoreDirectory(BackOfficeClient &client, QObject *parent = nullptr);

    // Reads GET /projects; loaded() or failed() answers.
    void load();
    bool isLoaded() const { return m_loaded; }
    // By name, as the back office sends them.
    const QList<protocol::Project> &stores() const { return m_stores; }
    // The store of `projectId`; none when it is not among them.
    const protocol::Project *store(const QString &projectId) const;

    // Takes the answer of GET /projects (tests and load() alike): the stores that read well.
    void take(const QJsonObject &answer);

Q_SIGNALS:
    void loaded();
    void failed(const QString &message);

private:
    BackOfficeClient &m_client;
    QList<protocol::Project> m_stores;
    bool m_loaded = false;
};

} // namespace frontline::app

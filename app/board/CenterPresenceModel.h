#pragma once

#include "protocol/PresenceInterval.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QStringList>

#include <memory>

namespace frontline::app {

class BackOfficeClient;

// How many operators were online through a window, for the whole center: one row per step (the
// time the count changed and the count from then on), computed from every operator's presence
// intervals as GET /operators/{id}/presence-intervals gives them, one request per operator (there
// is no route for all at once), a few at a time.
class CenterPresenceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        AtRole = Qt::UserRole + 1, // QDateTime: from when
        OnlineRole,                // int: operators online from then on
    };
    struct Step
    {
        QDateTime at;
        int online = 0;
        friend bool operator==(const Step &, const Step &) = default;
    };

    // Requests under way at once: enough to fill the network's connections, not the back office.
    static constexpr int InFlight = 4;

    explicit CenterPresenceModel(BackOfficeClient &client, QObject *parent = nullptr);
    ~CenterPresenceModel() override;

    // Asks for every operator's intervals in [from, to); ends in loaded() or loadFailed() (the
    // first failure stops the rest). A later load replaces one under way.
    void load(const QStringList &operatorIds, const QDateTime &from, const QDateTime &to);
    // Shows the steps of these timelines over [from, to) (load() ends here).
    void setTimelines(const QList<protocol::PresenceTimeline> &timelines, const QDateTime &from,
                      const QDateTime &to);
    bool isLoading() const { return bool(m_walk); }

    // The count from `from` on, a step wherever it changes, the last one holding until `to`.
    static QList<Step> stepsOf(const QList<protocol::PresenceTimeline> &timelines,
                               const QDateTime &from, const QDateTime &to);
    const QList<Step> &steps() const { return m_steps; }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    int peak() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Walk;
    void next(const std::shared_ptr<Walk> &walk);

    BackOfficeClient &m_client;
    std::shared_ptr<Walk> m_walk;
    QList<Step> m_steps;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace frontline::app

#pragma once

#include "protocol/Sandbox.h"

#include <QAbstractTableModel>

namespace frontline::app {

// The trainer's sandboxes as GET /training/sandboxes answers them, by title: what the Sandboxes
// page lists. A sandbox the back office answers for again (its cohort changed, it was reset)
// replaces its row in place, so the selection stays on it.
class SandboxListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        NameColumn,
        PackColumn,
        TraineesColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
    };

    explicit SandboxListModel(QObject *parent = nullptr);

    void setSandboxes(QList<protocol::Sandbox> sandboxes);
    // Replaces the row of `sandbox.name`, or adds it.
    void put(const protocol::Sandbox &sandbox);
    void remove(const QString &name);
    int rowOf(const QString &name) const;
    const protocol::Sandbox *sandbox(int row) const;
    const QList<protocol::Sandbox> &sandboxes() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<protocol::Sandbox> m_rows;
};

} // namespace frontline::app

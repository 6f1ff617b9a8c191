#pragma once

#include "app/training/TrainingActions.h"

#include <QAbstractTableModel>

namespace frontline::app {

// The scenario packs the back office keeps, each by its newest version (GET /training/packs), in
// the order it lists them: what the Scenario packs page shows.
class PackListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        IdColumn,
        VersionsColumn,
        LanguageColumn,
        ScenariosColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        NewestVersionRole,
    };

    explicit PackListModel(QObject *parent = nullptr);

    void setPacks(QList<PackListing> packs);
    int rowOf(const QString &id) const;
    const PackListing *pack(int row) const;
    const QList<PackListing> &packs() const { return m_packs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const PackListing &pack, int column) const;

    QList<PackListing> m_packs;
};

} // namespace frontline::app

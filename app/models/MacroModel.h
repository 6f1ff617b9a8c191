#pragma once

#include "app/store/StoreChangeSet.h"

#include <QAbstractListModel>

namespace frontline::app {

class LocalStore;

// Canned responses from the local cache, filtered in SQL by what the operator types after `/`
// (title, shortcut or body).
class MacroModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        MacroIdRole = Qt::UserRole + 1,
        TitleRole,
        ShortcutRole,
        BodyRole,
    };

    explicit MacroModel(LocalStore &store, QObject *parent = nullptr);

    void setFilter(const QString &text);
    QString filter() const { return m_filter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        QString id;
        QString title;
        QString shortcut;
        QString body;
    };
    void reload();

    LocalStore &m_store;
    QString m_filter;
    QList<Row> m_rows;
};

} // namespace frontline::app

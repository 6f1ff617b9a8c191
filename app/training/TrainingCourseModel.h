#pragma once

#include "app/store/StoreChangeSet.h"
#include "protocol/TrainingCourse.h"

#include <QAbstractTableModel>

namespace frontline::app {

class LocalStore;

// The courses a trainer assigned the operator (issue 19, item 10), newest first, from the cache
// (the `training_course` feed kind): what Frontline > My training lists. A course she moved
// shows its new status at once (the queued move's echo).
class TrainingCourseModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ScenariosColumn,
        ReasonColumn,
        DueColumn,
        StatusColumn,
        AssignedByColumn,
        ColumnCount
    };
    enum Role
    {
        CourseIdRole = Qt::UserRole + 1,
        StatusRole, // protocol::CourseStatus as int
    };

    explicit TrainingCourseModel(LocalStore &store, QObject *parent = nullptr);

    void reload();
    const QList<protocol::TrainingCourse> &courses() const { return m_rows; }
    int rowOf(const QString &courseId) const;
    // Courses still to do (assigned or started): what the status bar counts.
    static int openCount(const LocalStore &store);
    static QString statusText(protocol::CourseStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    LocalStore &m_store;
    QList<protocol::TrainingCourse> m_rows;
};

} // namespace frontline::app

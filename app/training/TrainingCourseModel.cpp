#include "app/training/TrainingCourseModel.h"

#include "app/store/LocalStore.h"

#include <QJsonDocument>
#include <QLocale>

namespace frontline::app {
namespace {

// The course as the back office sent it, with the cache's status and version over it (a move
// she queued shows before the back office confirms it).
protocol::TrainingCourse fromRow(const QSqlQuery &row)
{
    QJsonObject json = QJsonDocument::fromJson(row.value(0).toByteArray()).object();
    json.insert(QStringLiteral("status"), row.value(1).toString());
    json.insert(QStringLiteral("version"), row.value(2).toLongLong());
    auto course = protocol::TrainingCourse::fromJson(json);
    return course ? course.value() : protocol::TrainingCourse{};
}

} // namespace

TrainingCourseModel::TrainingCourseModel(LocalStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&m_store, &LocalStore::changed, this, [this](const StoreChangeSet &changes) {
        if (!changes.trainingCourses.isEmpty())
            reload();
    });
    reload();
}

void TrainingCourseModel::reload()
{
    QList<protocol::TrainingCourse> rows;
    auto query = m_store.read(QStringLiteral("SELECT json, status, version FROM training_courses "
                                             "ORDER BY created_at DESC, CAST(id AS INTEGER) DESC"));
    while (query && query.value().next())
        rows.append(fromRow(query.value()));
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TrainingCourseModel::rowOf(const QString &courseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == courseId)
            return row;
    }
    return -1;
}

int TrainingCourseModel::openCount(const LocalStore &store)
{
    auto query = store.read(QStringLiteral(
        "SELECT COUNT(*) FROM training_courses WHERE status IN ('assigned', 'started')"));
    if (!query || !query.value().next())
        return 0;
    return query.value().value(0).toInt();
}

QString TrainingCourseModel::statusText(protocol::CourseStatus status)
{
    switch (status) {
    case protocol::CourseStatus::Assigned:
        return tr("To do");
    case protocol::CourseStatus::Started:
        return tr("Started");
    case protocol::CourseStatus::Completed:
        return tr("Completed");
    case protocol::CourseStatus::Cancelled:
        break;
    }
    return tr("Cancelled");
}

int TrainingCourseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrainingCourseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingCourseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::TrainingCourse &course = m_rows[index.row()];
    if (role == CourseIdRole)
        return course.id;
    if (role == StatusRole)
        return int(course.status);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ScenariosColumn:
        return tr("%1: %n scenario(s)", nullptr, int(course.scenarioIds.size())).arg(course.packId);
    case ReasonColumn:
        return course.reason;
    case DueColumn:
        return course.dueDate.isValid() ? QLocale().toString(course.dueDate, QLocale::ShortFormat)
                                        : QString();
    case StatusColumn:
        return statusText(course.status);
    case AssignedByColumn:
        return course.assignedByName;
    default:
        return {};
    }
}

QVariant TrainingCourseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ScenariosColumn:
        return tr("Course");
    case ReasonColumn:
        return tr("Why");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case AssignedByColumn:
        return tr("Assigned by");
    default:
        return {};
    }
}

} // namespace frontline::app

#include "app/training/ExamListModel.h"

#include "app/training/TrainerExams.h"

#include <QJsonArray>
#include <QLocale>

namespace frontline::app {
namespace {

QStringList idsOf(const QList<QJsonObject> &exams)
{
    QStringList ids;
    for (const QJsonObject &exam : exams)
        ids.append(exam.value(u"id").toString());
    return ids;
}

QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ExamListModel::ExamListModel(TrainerExams &exams, QObject *parent)
    : QAbstractTableModel(parent)
    , m_exams(exams)
{
    connect(&m_exams, &TrainerExams::examsChanged, this, &ExamListModel::reload);
    reload();
}

void ExamListModel::reload()
{
    const QList<QJsonObject> &fresh = m_exams.exams();
    if (idsOf(fresh) == idsOf(m_rows)) {
        if (fresh == m_rows)
            return;
        m_rows = fresh;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = fresh;
    endResetModel();
}

int ExamListModel::rowOf(const QString &examId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].value(u"id").toString() == examId)
            return row;
    }
    return -1;
}

int ExamListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExamListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExamListModel::stateText(const QString &state)
{
    if (state == u"not_started")
        return tr("Not started");
    if (state == u"running")
        return tr("Running");
    return tr("Closed");
}

QString ExamListModel::modeText(const QString &mode)
{
    return mode == u"practice" ? tr("Practice") : tr("Exam");
}

QString ExamListModel::conversationsText(const QJsonObject &exam)
{
    QStringList parts;
    for (const QJsonValue &each : exam.value(u"conversations").toArray()) {
        const QString state = each[u"state"].toString();
        if (state == u"waiting")
            continue;
        const QString turn = each[u"turn"].toString();
        const QString where = state == u"ended" ? tr("ended")
                              : turn.isEmpty()  ? tr("active")
                                                : turn;
        parts.append(tr("%1 (%2)").arg(each[u"title"].toString(), where));
    }
    return parts.join(QStringLiteral(" · "));
}

QString ExamListModel::doneText(const QJsonObject &exam)
{
    int ended = 0;
    for (const QJsonValue &each : exam.value(u"conversations").toArray())
        ended += each[u"state"].toString() == u"ended" ? 1 : 0;
    const QJsonArray questions = exam.value(u"questions").toArray();
    int answered = 0;
    for (const QJsonValue &each : questions)
        answered += each[u"answered"].toBool() ? 1 : 0;
    const QString conversations =
        tr("%1 of %n conversation(s)", nullptr, exam.value(u"scenario_count").toInt()).arg(ended);
    if (questions.isEmpty())
        return conversations;
    return conversations + u", " +
           tr("%1 of %n question(s)", nullptr, int(questions.size())).arg(answered);
}

QVariant ExamListModel::display(const QJsonObject &exam, int column) const
{
    const QJsonObject result = exam.value(u"result").toObject();
    switch (column) {
    case TraineeColumn:
        return exam.value(u"operator_name").toString();
    case ModeColumn:
        return modeText(exam.value(u"mode").toString());
    case StateColumn:
        return stateText(exam.value(u"state").toString());
    case ConversationsColumn:
        return conversationsText(exam);
    case DoneColumn:
        return doneText(exam);
    case TimeLeftColumn: {
        const QJsonValue left = exam.value(u"seconds_left");
        return exam.value(u"state").toString() == u"running" && left.isDouble()
                   ? clockText(left.toInteger())
                   : QString();
    }
    case TotalColumn:
        return result.contains(u"total")
                   ? QLocale().toString(result.value(u"total").toDouble(), 'f', 2)
                   : QString();
    case BandColumn:
        if (!result.contains(u"band"))
            return QString();
        return tr("%1, %2").arg(result.value(u"band").toString(),
                                result.value(u"passed").toBool() ? tr("passed") : tr("not passed"));
    default:
        return {};
    }
}

QVariant ExamListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &exam = m_rows[index.row()];
    switch (role) {
    case ExamIdRole:
        return exam.value(u"id").toString();
    case StateRole:
        return exam.value(u"state").toString();
    case ExamRole:
        return exam;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(exam, index.column());
    default:
        return {};
    }
}

QVariant ExamListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TraineeColumn:
        return tr("Trainee");
    case ModeColumn:
        return tr("Mode");
    case StateColumn:
        return tr("State");
    case ConversationsColumn:
        return tr("Scenario on each conversation");
    case DoneColumn:
        return tr("Done");
    case TimeLeftColumn:
        return tr("Time left");
    case TotalColumn:
        return tr("Total");
    case BandColumn:
        return tr("Band");
    default:
        return {};
    }
}

} // namespace frontline::app

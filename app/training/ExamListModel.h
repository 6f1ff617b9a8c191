#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

namespace frontline::app {

class TrainerExams;

// The trainer's live table of a sandbox's exams (issue 19, item 8): who, which mode, the state,
// the scenario on each of her conversations (and its turn), what is done, the time left, and once
// closed the total and band. Rows follow TrainerExams' list; a refresh with the same exams
// updates the cells in place, so the trainer's selection stays.
class ExamListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TraineeColumn,
        ModeColumn,
        StateColumn,
        ConversationsColumn,
        DoneColumn,
        TimeLeftColumn,
        TotalColumn,
        BandColumn,
        ColumnCount
    };
    enum Role
    {
        ExamIdRole = Qt::UserRole + 1,
        StateRole, // "not_started", "running", "closed"
        ExamRole,  // the exam's JSON
    };

    explicit ExamListModel(TrainerExams &exams, QObject *parent = nullptr);

    const QJsonObject &examAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &examId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(const QString &state);
    static QString modeText(const QString &mode);
    // "Late delivery (answering) · Wrong size (ended)".
    static QString conversationsText(const QJsonObject &exam);
    // "2 of 6 conversations, 1 of 3 questions".
    static QString doneText(const QJsonObject &exam);

private:
    void reload();
    QVariant display(const QJsonObject &exam, int column) const;

    TrainerExams &m_exams;
    QList<QJsonObject> m_rows;
};

} // namespace frontline::app

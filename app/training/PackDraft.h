#pragma once

#include "protocol/ScenarioPack.h"

#include <QAbstractListModel>

namespace frontline::app {

// Where a pack problem's JSON path points, as far as the editor can show it:
// "scenarios[2].turns[1].branches[0].when.kind" is scenario 2, turn 1, branch 0, field
// "when.kind"; "exam.duration_minutes" is the pack's own field "exam.duration_minutes".
struct ProblemPlace
{
    int scenario = -1;
    int turn = -1;
    int branch = -1;
    QString field; // the rest of the path, without indexes of lists the editor does not open

    static ProblemPlace of(const QString &path);
    friend bool operator==(const ProblemPlace &, const ProblemPlace &) = default;
};

// A scenario pack being edited (issue 19, item 5): its scenarios as the rows of a list (add,
// duplicate, remove, reorder), the rest of the pack beside them, and its problems as the back
// office's reader finds them, so what the editor says is what an import would say.
class PackDraft : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        ScenarioIdRole = Qt::UserRole + 1,
    };

    explicit PackDraft(QObject *parent = nullptr);

    // Starts editing `pack`; the scenario rows are reset.
    void setPack(const protocol::ScenarioPack &pack);
    const protocol::ScenarioPack &pack() const { return m_pack; }
    // A new pack with one scenario, ready to be filled in: its id is `id`, its language
    // `language`.
    static protocol::ScenarioPack blankPack(const QString &id, const QString &language);

    // The pack's own fields (title, language, exam, practice, scoring); its scenarios stay.
    void setGeneral(const protocol::ScenarioPack &general);
    void setScenario(int row, const protocol::PackScenario &scenario);
    const protocol::PackScenario *scenario(int row) const;

    // Each answers the new scenario's row.
    int addScenario();
    int duplicateScenario(int row);
    void removeScenario(int row);
    // Moves the scenario at `row` up (-1) or down (+1); its new row.
    int moveScenario(int row, int by);

    // Every problem, as ScenarioPack::problemsOf finds it in the pack's JSON, plus the editor's
    // own (`extra`, e.g. scoring that is not JSON).
    QList<protocol::PackProblem> problems() const;
    void setExtraProblems(const QList<protocol::PackProblem> &extra);
    // The document to import: the pack with `version`.
    QJsonObject document(qint64 version) const;
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Anything in the pack changed: the editor validates again.
    void changed();

private:
    QString freeId(const QString &wanted) const;
    void touch();

    protocol::ScenarioPack m_pack;
    QList<protocol::PackProblem> m_extra;
    bool m_modified = false;
};

} // namespace frontline::app

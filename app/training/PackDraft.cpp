#include "app/training/PackDraft.h"

#include <QRegularExpression>

namespace frontline::app {

ProblemPlace ProblemPlace::of(const QString &path)
{
    static const QRegularExpression scenarioPath(QStringLiteral(
        R"(^scenarios\[(\d+)\](?:\.turns\[(\d+)\](?:\.branches\[(\d+)\])?)?(?:\.(.*))?$)"));
    ProblemPlace place;
    const QRegularExpressionMatch match = scenarioPath.match(path);
    if (!match.hasMatch()) {
        place.field = path;
        return place;
    }
    place.scenario = match.captured(1).toInt();
    if (match.hasCaptured(2) && !match.captured(2).isEmpty())
        place.turn = match.captured(2).toInt();
    if (match.hasCaptured(3) && !match.captured(3).isEmpty())
        place.branch = match.captured(3).toInt();
    place.field = match.captured(4);
    return place;
}

PackDraft::PackDraft(QObject *parent)
    : QAbstractListModel(parent)
{}

void PackDraft::setPack(const protocol::ScenarioPack &pack)
{
    beginResetModel();
    m_pack = pack;
    endResetModel();
    m_modified = false;
    Q_EMIT changed();
}

protocol::ScenarioPack PackDraft::blankPack(const QString &id, const QString &language)
{
    protocol::ScenarioPack pack;
    pack.id = id;
    pack.language = language;
    pack.customers.append({QStringLiteral("customer"), tr("Customer"), {}, {}, {}});
    pack.exam.scenarios = 1;
    pack.exam.simultaneous = 1;
    return pack;
}

void PackDraft::touch()
{
    m_modified = true;
    Q_EMIT changed();
}

void PackDraft::setGeneral(const protocol::ScenarioPack &general)
{
    const QList<protocol::PackScenario> scenarios = m_pack.scenarios;
    m_pack = general;
    m_pack.scenarios = scenarios;
    touch();
}

void PackDraft::setScenario(int row, const protocol::PackScenario &scenario)
{
    if (row < 0 || row >= m_pack.scenarios.size() || m_pack.scenarios[row] == scenario)
        return;
    m_pack.scenarios[row] = scenario;
    Q_EMIT dataChanged(index(row), index(row));
    touch();
}

const protocol::PackScenario *PackDraft::scenario(int row) const
{
    return row >= 0 && row < m_pack.scenarios.size() ? &m_pack.scenarios[row] : nullptr;
}

// `wanted`, or `wanted-2`, `wanted-3`... whichever no scenario has.
QString PackDraft::freeId(const QString &wanted) const
{
    const auto taken = [this](const QString &id) { return m_pack.scenario(id) != nullptr; };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString candidate = wanted + u'-' + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

int PackDraft::addScenario()
{
    protocol::PackScenario scenario;
    scenario.id = freeId(QStringLiteral("scenario"));
    scenario.title = tr("New scenario");
    scenario.personaName = tr("New customer");
    scenario.opening = tr("Hello, I need some help with my order.");
    if (!m_pack.customers.isEmpty())
        scenario.customer = m_pack.customers.first().ref;
    protocol::ScriptBranch leave;
    leave.then = protocol::ScriptEnd;
    scenario.turns.append({QStringLiteral("start"), {leave}});
    scenario.expectedResolution = QStringLiteral("resolved");
    const int row = int(m_pack.scenarios.size());
    beginInsertRows({}, row, row);
    m_pack.scenarios.append(scenario);
    endInsertRows();
    touch();
    return row;
}

int PackDraft::duplicateScenario(int row)
{
    const protocol::PackScenario *original = scenario(row);
    if (!original)
        return -1;
    protocol::PackScenario copy = *original;
    copy.id = freeId(original->id + QStringLiteral("-copy"));
    copy.title = tr("%1 (copy)").arg(original->title);
    beginInsertRows({}, row + 1, row + 1);
    m_pack.scenarios.insert(row + 1, copy);
    endInsertRows();
    touch();
    return row + 1;
}

void PackDraft::removeScenario(int row)
{
    if (!scenario(row))
        return;
    beginRemoveRows({}, row, row);
    m_pack.scenarios.removeAt(row);
    endRemoveRows();
    touch();
}

int PackDraft::moveScenario(int row, int by)
{
    const int to = row + by;
    if (!scenario(row) || to < 0 || to >= m_pack.scenarios.size() || by == 0)
        return row;
    // beginMoveRows names the row the moved one goes before, in the old numbering.
    beginMoveRows({}, row, row, {}, by > 0 ? to + 1 : to);
    m_pack.scenarios.move(row, to);
    endMoveRows();
    touch();
    return to;
}

QList<protocol::PackProblem> PackDraft::problems() const
{
    return m_extra + protocol::ScenarioPack::problemsOf(m_pack.toJson());
}

void PackDraft::setExtraProblems(const QList<protocol::PackProblem> &extra)
{
    if (extra == m_extra)
        return;
    m_extra = extra;
    Q_EMIT changed();
}

QJsonObject PackDraft::document(qint64 version) const
{
    protocol::ScenarioPack pack = m_pack;
    pack.version = version;
    return pack.toJson();
}

int PackDraft::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pack.scenarios.size());
}

QVariant PackDraft::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::PackScenario &scenario = m_pack.scenarios[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return scenario.title.isEmpty() ? scenario.id : scenario.title;
    case Qt::ToolTipRole:
    case ScenarioIdRole:
        return scenario.id;
    default:
        return {};
    }
}

} // namespace frontline::app

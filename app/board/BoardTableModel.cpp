#include "app/board/BoardTableModel.h"

#include <algorithm>
#include <numeric>

namespace frontline::app {
namespace {

// Figures compare as numbers; text has its own collation keys (BoardLine::compareText).
int compareFigures(const QVariant &a, const QVariant &b)
{
    const double x = a.toDouble();
    const double y = b.toDouble();
    return x < y ? -1 : (y < x ? 1 : 0);
}

} // namespace

BoardTableModel::BoardTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{}

int BoardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (m_hasTotals ? 1 : 0);
}

int BoardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : boardColumnCount();
}

const BoardCell *BoardTableModel::cellAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    const BoardLine &shown = isTotalsRow(index.row()) ? m_totals : m_rows.at(index.row());
    return index.column() < shown.cells.size() ? &shown.cells.at(index.column()) : nullptr;
}

QVariant BoardTableModel::data(const QModelIndex &index, int role) const
{
    const BoardCell *cell = cellAt(index);
    if (!cell)
        return {};
    const bool totals = isTotalsRow(index.row());
    const QString id = totals ? QString() : m_rows.at(index.row()).id;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell->text;
    case Qt::AccessibleTextRole: {
        const QString header = columnTitle(index.column());
        QString spoken = index.column() == 0 ? cell->spoken : header + u": " + cell->spoken;
        if (index.column() == 0 && m_highlighted.contains(id))
            spoken = tr("%1, needs attention").arg(spoken);
        return spoken;
    }
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                         : int(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        return cell->sort;
    case TargetMetRole:
        return cell->met;
    case HighlightRole:
        return !totals && m_highlighted.contains(id);
    case IdRole:
        return id;
    case TotalsRole:
        return totals;
    default:
        return {};
    }
}

QVariant BoardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= boardColumnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                  : int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> BoardTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(TargetMetRole, "targetMet");
    names.insert(HighlightRole, "highlighted");
    names.insert(IdRole, "rowId");
    names.insert(TotalsRole, "totals");
    return names;
}

QString BoardTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int BoardTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

void BoardTableModel::setHighlighted(const QSet<QString> &ids)
{
    const QSet<QString> changed = (ids - m_highlighted) + (m_highlighted - ids);
    m_highlighted = ids;
    const QList<int> roles{HighlightRole, Qt::AccessibleTextRole};
    for (int row = 0; row < m_rows.size(); ++row)
        if (changed.contains(m_rows.at(row).id))
            Q_EMIT dataChanged(index(row, 0), index(row, boardColumnCount() - 1), roles);
}

void BoardTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= boardColumnCount())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reorder();
}

void BoardTableModel::updateLine(int row, BoardLine &shown, const BoardLine &next)
{
    int first = -1;
    int last = -1;
    for (int column = 0; column < next.cells.size(); ++column) {
        if (column < shown.cells.size() && shown.cells.at(column) == next.cells.at(column))
            continue;
        if (first < 0)
            first = column;
        last = column;
    }
    // Shared with the board's line, not copied; the keys too (a new language collates anew).
    shown.cells = next.cells;
    shown.keys = next.keys;
    if (first >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

void BoardTableModel::removeGone(const QSet<QString> &kept)
{
    // Bottom up, a run of neighbours at a time.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (kept.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !kept.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
}

void BoardTableModel::linesChanged(const QDateTime &writtenAt)
{
    m_allDirty = true;
    refreshView();
    // A tick came between the worker's reading of the clock and now: no second shown twice.
    if (writtenAt.isValid() && m_tickedAt.isValid() && writtenAt < m_tickedAt)
        tick();
}

void BoardTableModel::refreshView()
{
    if (!hasBoard())
        return;
    QStringList visible;
    for (const QString &id : boardIds())
        if (accepts(id))
            visible.append(id);
    const QSet<QString> kept(visible.cbegin(), visible.cend());
    removeGone(kept);

    if (m_allDirty)
        for (int row = 0; row < m_rows.size(); ++row)
            if (const BoardLine *next = line(m_rows.at(row).id))
                updateLine(row, m_rows[row], *next);
    // What is shown is a subset of `visible` now: the same count means nobody arrived.
    if (m_rows.size() < visible.size()) {
        QSet<QString> present;
        present.reserve(m_rows.size());
        for (const BoardLine &shown : std::as_const(m_rows))
            present.insert(shown.id);
        QList<BoardLine> arrived;
        for (const QString &id : std::as_const(visible))
            if (!present.contains(id))
                if (const BoardLine *next = line(id))
                    arrived.append(*next);
        if (!arrived.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(arrived.size()) - 1);
            m_rows.append(arrived);
            endInsertRows();
        }
    }

    if (const BoardLine *totals = line(QString()); !m_hasTotals && totals) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_totals = *totals;
        m_hasTotals = true;
        endInsertRows();
    } else if (m_allDirty && totals) {
        updateLine(int(m_rows.size()), m_totals, *totals);
    }
    m_allDirty = false;
    reorder();
}

void BoardTableModel::tick()
{
    m_tickedAt = now();
    bool resort = false;
    for (int column : clockColumns()) {
        int first = -1;
        int last = -1;
        for (int row = 0; row < m_rows.size(); ++row) {
            BoardCell now = cell(m_rows.at(row).id, column);
            if (m_rows.at(row).cells.at(column) == now)
                continue;
            m_rows[row].cells[column] = std::move(now);
            first = first < 0 ? row : first;
            last = row;
        }
        if (first >= 0)
            Q_EMIT dataChanged(index(first, column), index(last, column));
        resort = resort || (first >= 0 && column == m_sortColumn);
    }
    if (resort)
        reorder();
}

bool BoardTableModel::lessThan(const BoardLine &a, const BoardLine &b) const
{
    const QVariant &x = a.cells.at(m_sortColumn).sort;
    const QVariant &y = b.cells.at(m_sortColumn).sort;
    // Empty figures sort after every figure in either order: a supervisor sorting by CSAT wants
    // the lowest or highest scores first, never the operators without any.
    if (x.isValid() != y.isValid())
        return x.isValid();
    int order = 0;
    if (x.isValid())
        order = x.typeId() == QMetaType::QString || y.typeId() == QMetaType::QString
                    ? a.compareText(b, m_sortColumn)
                    : compareFigures(x, y);
    if (m_sortOrder == Qt::DescendingOrder)
        order = -order;
    if (order != 0)
        return order < 0;
    // Equal figures: by name, then id, so the order does not flicker between two fetches.
    if (const int byName = a.compareText(b, 0))
        return byName < 0;
    return a.id < b.id;
}

void BoardTableModel::reorder()
{
    if (m_rows.size() < 2)
        return;
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return lessThan(m_rows.at(a), m_rows.at(b)); });
    if (std::is_sorted(order.cbegin(), order.cend()))
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> newRowOf(order.size());
    QList<BoardLine> sorted;
    sorted.reserve(m_rows.size());
    for (int row = 0; row < order.size(); ++row) {
        newRowOf[order.at(row)] = row;
        sorted.append(std::move(m_rows[order.at(row)]));
    }
    m_rows = std::move(sorted);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &old : before) {
        const bool moves = old.row() < newRowOf.size();
        after.append(index(moves ? newRowOf.at(old.row()) : old.row(), old.column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void BoardTableModel::retranslate()
{
    if (boardColumnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, boardColumnCount() - 1);
    if (hasBoard())
        rewriteLines(); // the language's words and its collation
}

} // namespace frontline::app

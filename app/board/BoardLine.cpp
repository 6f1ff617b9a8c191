#include "app/board/BoardLine.h"

namespace frontline::app {

void BoardLine::addKeys(const QCollator &collation)
{
    keys.clear();
    keys.reserve(cells.size());
    for (const BoardCell &cell : std::as_const(cells)) {
        if (cell.sort.typeId() == QMetaType::QString)
            keys.append(collation.sortKey(cell.sort.toString()));
        else
            keys.append(std::nullopt);
    }
}

int BoardLine::compareText(const BoardLine &other, int column) const
{
    const std::optional<QCollatorSortKey> *mine = column < keys.size() ? &keys.at(column) : nullptr;
    const std::optional<QCollatorSortKey> *theirs =
        column < other.keys.size() ? &other.keys.at(column) : nullptr;
    if (mine && theirs && mine->has_value() && theirs->has_value())
        return (*mine)->compare(**theirs);
    // A line made without keys (never on a live board): collate the two texts now.
    return boardCollation().compare(cells.at(column).sort.toString(),
                                    other.cells.at(column).sort.toString());
}

QCollator boardCollation(const QLocale &locale)
{
    QCollator collation(locale);
    collation.setNumericMode(true);
    return collation;
}

} // namespace frontline::app

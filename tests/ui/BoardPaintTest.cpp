// Issue 17, item 2: the board's tables drawn by BoardDelegate's cached text look exactly as the
// style draws them (targets met and missed, the totals in bold, an alert's amber, the selected row
// and the focus frame, a name too long for its column), and a board that changes a few cells
// repaints those cells, not the whole row or table, and nothing for rows scrolled out of sight.
#include "app/board/OperatorBoardModel.h"
#include "protocol/Board.h"
#include "tests/support/TestEnvironment.h"
#include "ui/supervisor/BoardDelegate.h"
#include "ui/supervisor/BoardTableView.h"

#include <QApplication>
#include <QPaintEvent>
#include <QTest>

#include <gtest/gtest.h>

using namespace frontline;
using Column = app::OperatorBoardModel::Column;

namespace {

const QDateTime Now(QDate(2026, 12, 7), QTime(10, 30, 0));

// Every cell through the style, as the board was painted before the delegate drew text itself.
class StyleDrawnBoard : public ui::BoardDelegate
{
public:
    using BoardDelegate::BoardDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
    }
};

// The regions the viewport is asked to repaint.
class PaintRecorder : public QObject
{
public:
    QRegion painted;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

QList<protocol::BoardOperatorRow> operators(int count)
{
    QList<protocol::BoardOperatorRow> rows;
    for (int i = 1; i <= count; ++i) {
        protocol::BoardOperatorRow row;
        row.id = u"o%1"_qs.arg(i);
        row.name = u"Operator %1"_qs.arg(i, 2, 10, QLatin1Char('0'));
        if (i == 5)
            row.name = u"<b>Operator</b> 05"_qs; // shown as typed, never as markup
        row.team = i % 2 ? u"Alpha"_qs : u"Beta"_qs;
        row.line = 1;
        row.status = i % 3 ? u"online"_qs : u"break"_qs;
        row.statusSince = Now.addSecs(-60 * i);
        row.maxChats = 3;
        row.activeChats = i % 4;
        row.handled = 10 + i;
        row.ahtSeconds = 300 + 20 * i; // some under the 8:00 target, some over
        row.fcr = 0.7 + 0.01 * i;
        row.onlineSeconds = 3600 + 60 * i;
        rows.append(row);
    }
    return rows;
}

const QList<protocol::KpiTarget> Targets{
    protocol::KpiTarget{u"aht_seconds"_qs, u"day"_qs, 8 * 60, true},
    protocol::KpiTarget{u"fcr"_qs, u"day"_qs, 0.85, false}};

struct Board
{
    app::OperatorBoardModel model;
    ui::BoardTableView view{&model};

    explicit Board(int count)
    {
        model.setClock([] { return Now; });
        model.setRows(operators(count), operators(1).constFirst(), Targets);
        view.resize(1600, 400); // every column in sight
    }
};

bool sameImage(const QImage &drawn, const QImage &styled)
{
    if (drawn == styled)
        return true;
    // Kept for a look when the two differ.
    drawn.save(QDir::temp().filePath(u"board-drawn.png"_qs));
    styled.save(QDir::temp().filePath(u"board-styled.png"_qs));
    return false;
}

} // namespace

TEST(BoardPaintTest, CellsLookAsTheStyleDrawsThem)
{
    Board board(12);
    board.model.setHighlighted({u"o4"_qs});
    board.view.setColumnWidth(Column::Name, 48); // "Operator 01" elided
    board.view.show();
    QApplication::setActiveWindow(&board.view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&board.view));
    board.view.setFocus();
    board.view.selectRow(2);
    board.view.setCurrentIndex(board.model.index(2, Column::Aht));

    const QImage drawn = board.view.viewport()->grab().toImage();
    board.view.setItemDelegate(new StyleDrawnBoard(&board.view));
    const QImage styled = board.view.viewport()->grab().toImage();
    EXPECT_TRUE(sameImage(drawn, styled))
        << "see board-drawn.png and board-styled.png in " << QDir::tempPath().toStdString();

    // Unfocused, nothing selected, the window inactive: the other colour group.
    board.view.clearSelection();
    board.view.clearFocus();
    QWidget other;
    other.show();
    QApplication::setActiveWindow(&other);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&other));
    const QImage styledInactive = board.view.viewport()->grab().toImage();
    board.view.setItemDelegate(new ui::BoardDelegate(&board.view));
    EXPECT_TRUE(sameImage(board.view.viewport()->grab().toImage(), styledInactive));
}

TEST(BoardPaintTest, ABoardRepaintsOnlyTheCellsThatChangedOnScreen)
{
    Board board(60);
    board.view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&board.view));
    PaintRecorder recorder;
    board.view.viewport()->installEventFilter(&recorder);
    board.view.viewport()->repaint();
    ASSERT_FALSE(recorder.painted.isEmpty());

    // Operator 60 is far below the fold; operator 2's handled count, AHT and hours move.
    QList<protocol::BoardOperatorRow> next = operators(60);
    next[59].handled += 5;
    next[1].handled += 1;
    next[1].ahtSeconds = 400;
    next[1].onlineSeconds += 60;
    const int row = board.model.rowOf(u"o2"_qs);
    ASSERT_GE(row, 0);
    recorder.painted = {};
    board.model.setRows(next, operators(1).constFirst(), Targets);
    ASSERT_TRUE(test::waitUntil([&] { return !recorder.painted.isEmpty(); }));

    // Qt repaints a range's cells and their grid lines; the model tells each run of changed cells.
    const QRect band(0, board.view.rowViewportPosition(row) - 1, board.view.viewport()->width(),
                     board.view.rowHeight(row) + 2);
    EXPECT_TRUE(band.contains(recorder.painted.boundingRect()))
        << "one row's cells, not the table, and nothing for the rows out of sight";
    for (int moved : {int(Column::Handled), int(Column::Aht), int(Column::HoursOnLine)})
        EXPECT_TRUE(recorder.painted.contains(
            board.view.visualRect(board.model.index(row, moved)).center()))
            << "column " << moved << " changed";
    for (int untouched : {int(Column::Name), int(Column::Fcr), int(Column::Utilization)})
        EXPECT_FALSE(recorder.painted.contains(
            board.view.visualRect(board.model.index(row, untouched)).center()))
            << "column " << untouched << " did not change";
}

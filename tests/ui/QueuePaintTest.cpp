// Issue 17, item 2: the ticket queue's cells drawn by TicketQueueDelegate's cached text look
// exactly as the style draws them (unread in bold, an SLA at risk and breached in the SlaPalette's
// colours, the channel's icon, alternate rows, the selected row, the focus frame, a subject too
// long for its column), active and inactive.
#include "app/models/SlaClock.h"
#include "app/models/TicketQueueModel.h"
#include "tests/support/TestEnvironment.h"
#include "ui/queue/TicketQueueDelegate.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace frontline;
using Column = app::TicketQueueColumn;
using Model = app::TicketQueueModel;
using State = app::SlaClock::State;

namespace {

// Every cell through the style, as the queue was painted before the delegate drew text itself.
class StyleDrawnQueue : public ui::TicketQueueDelegate
{
public:
    using TicketQueueDelegate::TicketQueueDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
    }
};

// The queue's roles as TicketQueueModel gives them, for rows with every look a cell can have.
void fill(QStandardItemModel &model, int rows)
{
    model.setColumnCount(int(Column::Count));
    const QStringList channels{u"chat"_qs, u"email"_qs, u"phone"_qs};
    const QList<State> states{State::Running, State::AtRisk, State::Breached, State::None};
    for (int r = 0; r < rows; ++r) {
        QList<QStandardItem *> cells;
        for (int c = 0; c < int(Column::Count); ++c) {
            auto *cell = new QStandardItem;
            cell->setData(r % 3 == 0, Model::UnreadRole);
            cell->setData(channels.at(r % channels.size()), Model::ChannelRole);
            cell->setData(int(states.at(r % states.size())), Model::SlaStateRole);
            const auto column = Column(c);
            if (column == Column::Number || column == Column::Waiting || column == Column::Sla)
                cell->setData(QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter),
                              Qt::TextAlignmentRole);
            cells.append(cell);
        }
        cells[int(Column::Number)]->setText(u"#%1"_qs.arg(1000 + r));
        cells[int(Column::Customer)]->setText(u"Customer %1"_qs.arg(r));
        cells[int(Column::Subject)]->setText(
            r == 4 ? u"<b>Refund</b> as typed, never as markup"_qs
                   : u"The parcel for order %1 never arrived at the pick-up point"_qs.arg(r));
        cells[int(Column::Status)]->setText(u"Open"_qs);
        cells[int(Column::Priority)]->setText(r % 2 ? u"High"_qs : u"Normal"_qs);
        cells[int(Column::Assignee)]->setText(r % 5 ? u"Olga"_qs : u"Unassigned"_qs);
        cells[int(Column::Waiting)]->setText(u"%1:05"_qs.arg(r));
        cells[int(Column::Sla)]->setText(r % 4 == 2 ? u"−0:%1"_qs.arg(10 + r) : u"4:%1"_qs.arg(r));
        model.appendRow(cells);
    }
}

bool sameImage(const QImage &drawn, const QImage &styled)
{
    if (drawn == styled)
        return true;
    // Kept for a look when the two differ.
    drawn.save(QDir::temp().filePath(u"queue-drawn.png"_qs));
    styled.save(QDir::temp().filePath(u"queue-styled.png"_qs));
    return false;
}

} // namespace

TEST(QueuePaintTest, CellsLookAsTheStyleDrawsThem)
{
    QStandardItemModel model;
    fill(model, 12);
    QTableView view; // as TicketQueuePane sets its table up
    view.setModel(&model);
    view.setItemDelegate(new ui::TicketQueueDelegate(&view));
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.verticalHeader()->hide();
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.setWordWrap(false);
    view.setAlternatingRowColors(true);
    view.resize(1400, 400);
    view.setColumnWidth(int(Column::Subject), 120); // every subject elided
    view.show();
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    view.setFocus();
    view.selectRow(2);
    view.setCurrentIndex(model.index(2, int(Column::Sla)));

    const QImage drawn = view.viewport()->grab().toImage();
    view.setItemDelegate(new StyleDrawnQueue(&view));
    const QImage styled = view.viewport()->grab().toImage();
    EXPECT_TRUE(sameImage(drawn, styled))
        << "see queue-drawn.png and queue-styled.png in " << QDir::tempPath().toStdString();

    // Unfocused, nothing selected, the window inactive: the other colour group.
    view.clearSelection();
    view.clearFocus();
    QWidget other;
    other.show();
    QApplication::setActiveWindow(&other);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&other));
    const QImage styledInactive = view.viewport()->grab().toImage();
    view.setItemDelegate(new ui::TicketQueueDelegate(&view));
    EXPECT_TRUE(sameImage(view.viewport()->grab().toImage(), styledInactive));
}

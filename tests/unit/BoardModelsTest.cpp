// Issue 17, item 1: the supervisor's operators and queues boards over protocol::Board values,
// each under QAbstractItemModelTester in Fatal mode: figures as the center reads them, targets
// met and missed, the totals row at the bottom, in-place updates that keep the selection, sort,
// filters and find.
#include "app/board/BoardWindow.h"
#include "app/board/CenterPresenceModel.h"
#include "app/board/OperatorBoardModel.h"
#include "app/board/PreparedBoard.h"
#include "app/board/QueueBoardModel.h"
#include "app/board/RefreshPacer.h"
#include "app/net/BackOfficeClient.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

using namespace frontline;
using Column = app::OperatorBoardModel::Column;

namespace {

const QDateTime Now(QDate(2026, 12, 6), QTime(14, 5, 10));

protocol::BoardOperatorRow someone(const QString &id, const QString &name, const QString &team,
                                   int line = 1)
{
    protocol::BoardOperatorRow row;
    row.id = id;
    row.name = name;
    row.team = team;
    row.line = line;
    row.queues = {QStringLiteral("q-general")};
    row.maxChats = 3;
    row.status = QStringLiteral("online");
    row.statusSince = Now.addSecs(-(3600 + 5 * 60 + 12));
    row.activeChats = 2;
    row.handled = 12;
    row.ahtSeconds = 7 * 60 + 45;
    row.fcr = 0.84;
    row.csat = 81;
    row.utilization = 0.72;
    row.onlineSeconds = 6 * 3600 + 12 * 60;
    row.chatsPerHour = 4.5;
    row.escalations = 3;
    row.escalationsReturned = 1;
    return row;
}

protocol::Board board()
{
    protocol::Board board;
    board.operators = {someone(u"o1"_qs, u"Olga"_qs, u"Alpha"_qs),
                       someone(u"o2"_qs, u"Pavel"_qs, u"Beta"_qs, 2),
                       someone(u"o3"_qs, u"Irina"_qs, u"Alpha"_qs)};
    board.operators[1].queues = {QStringLiteral("q-second")};
    board.operators[1].ahtSeconds = 11 * 60;
    board.operators[2].ahtSeconds = 3 * 60 + 30;
    board.operators[2].csat.reset();
    board.operatorTotals = someone(QString(), QString(), QString());
    board.operatorTotals.handled = 36;
    protocol::BoardQueueRow general;
    general.id = QStringLiteral("q-general");
    general.name = QStringLiteral("General");
    general.waiting = 4;
    general.oldestWaitSeconds = 95;
    general.serviceLevel = 0.8;
    general.firstResponseSeconds = 40;
    general.slaCompliance = 0.9;
    general.arrived = 40;
    general.handled = 30;
    protocol::BoardQueueRow second = general;
    second.id = QStringLiteral("q-second");
    second.name = QStringLiteral("Second line");
    second.waiting = 1;
    board.queues = {general, second};
    board.queueTotals = general;
    board.queueTotals.waiting = 5;
    board.targets = {protocol::KpiTarget{u"fcr"_qs, u"quarter"_qs, 0.85, false},
                     protocol::KpiTarget{u"aht_seconds"_qs, u"quarter"_qs, 8 * 60, true},
                     protocol::KpiTarget{u"service_level"_qs, u"day"_qs, 0.8, false}};
    return board;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data().toString());
    return values;
}

class BoardModelsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        operators.setClock([] { return Now; });
        operators.setBoard(board());
        queues.setBoard(board());
    }

    QString text(int row, int column) const
    {
        return operators.index(row, column).data().toString();
    }

    app::OperatorBoardModel operators;
    QAbstractItemModelTester operatorsTester{&operators,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal};
    app::QueueBoardModel queues;
    QAbstractItemModelTester queuesTester{&queues,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(BoardModelsTest, FiguresReadAsTheCenterWritesThem)
{
    const int olga = operators.rowOf(u"o1"_qs);
    ASSERT_GE(olga, 0);
    EXPECT_EQ(text(olga, Column::Name), u"Olga");
    EXPECT_EQ(text(olga, Column::Status), u"Online 1:05:12");
    EXPECT_EQ(text(olga, Column::OpenChats), u"2 of 3");
    EXPECT_EQ(text(olga, Column::Handled), u"12");
    EXPECT_EQ(text(olga, Column::Csat), u"81");
    EXPECT_EQ(text(olga, Column::Utilization), u"72 %");
    EXPECT_EQ(text(olga, Column::HoursOnLine), u"6:12");
    EXPECT_EQ(text(olga, Column::ChatsPerHour), u"4.5");
    EXPECT_EQ(text(olga, Column::EscalationsReturned), u"1");
    EXPECT_EQ(text(olga, Column::QaScore), u"—") << "no QA score yet";
    // The raw figure for sorting; none where there is no figure.
    EXPECT_DOUBLE_EQ(
        operators.index(olga, Column::Aht).data(app::BoardTableModel::SortRole).toDouble(), 465.0);
    EXPECT_FALSE(
        operators.index(olga, Column::QaScore).data(app::BoardTableModel::SortRole).isValid());
    const int irina = operators.rowOf(u"o3"_qs);
    EXPECT_EQ(text(irina, Column::Csat), u"—");

    const int general = queues.rowOf(u"q-general"_qs);
    EXPECT_EQ(queues.index(general, app::QueueBoardModel::OldestWait).data().toString(), u"1:35");
    EXPECT_EQ(queues.index(general, app::QueueBoardModel::Waiting).data().toString(), u"4");
}

TEST_F(BoardModelsTest, AFigureWithATargetSaysItAndWhetherItIsMetInWordsNotOnlyColour)
{
    const int olga = operators.rowOf(u"o1"_qs);
    const int pavel = operators.rowOf(u"o2"_qs);
    EXPECT_EQ(text(olga, Column::Fcr), u"84 % (target 85 %)");
    EXPECT_EQ(text(olga, Column::Aht), u"7:45 (target 8:00)");
    const auto met = [&](int row, int column) {
        return operators.index(row, column).data(app::BoardTableModel::TargetMetRole);
    };
    EXPECT_EQ(met(olga, Column::Fcr), QVariant(false));
    EXPECT_EQ(met(olga, Column::Aht), QVariant(true)) << "AHT meets its target at or below it";
    EXPECT_EQ(met(pavel, Column::Aht), QVariant(false));
    EXPECT_FALSE(met(olga, Column::Csat).isValid()) << "no target for CSAT";
    const QString spoken =
        operators.index(olga, Column::Fcr).data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(spoken.contains(u"missed")) << spoken.toStdString();
    EXPECT_TRUE(operators.index(olga, Column::Aht)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(u"target 8:00 met"));
    const int general = queues.rowOf(u"q-general"_qs);
    EXPECT_EQ(queues.index(general, app::QueueBoardModel::ServiceLevel).data().toString(),
              u"80 % (target 80 %)");
    EXPECT_EQ(queues.index(general, app::QueueBoardModel::ServiceLevel)
                  .data(app::BoardTableModel::TargetMetRole),
              QVariant(true));
}

TEST_F(BoardModelsTest, TheTotalsRowStaysAtTheBottomWhateverTheSort)
{
    const int last = operators.rowCount() - 1;
    EXPECT_EQ(last, 3);
    EXPECT_TRUE(operators.isTotalsRow(last));
    EXPECT_EQ(text(last, Column::Name), u"All operators");
    EXPECT_EQ(text(last, Column::Handled), u"36");
    for (int column : {int(Column::Name), int(Column::Aht), int(Column::Csat)})
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            operators.sort(column, order);
            EXPECT_TRUE(operators.index(last, 0).data(app::BoardTableModel::TotalsRole).toBool());
            EXPECT_EQ(text(last, Column::Name), u"All operators");
        }
    EXPECT_EQ(queues.index(queues.rowCount() - 1, 0).data().toString(), u"All queues");
    EXPECT_EQ(queues.index(queues.rowCount() - 1, 1).data().toString(), u"5");
}

TEST_F(BoardModelsTest, SortsByAnyColumnWithEmptyFiguresLast)
{
    operators.sort(Column::Aht, Qt::AscendingOrder);
    EXPECT_EQ(names(operators),
              (QStringList{u"Irina"_qs, u"Olga"_qs, u"Pavel"_qs, u"All operators"_qs}));
    operators.sort(Column::Aht, Qt::DescendingOrder);
    EXPECT_EQ(names(operators).first(), u"Pavel");
    operators.sort(Column::Csat, Qt::DescendingOrder);
    EXPECT_EQ(names(operators).at(2), u"Irina") << "no CSAT: last in either order";
    operators.sort(Column::Csat, Qt::AscendingOrder);
    EXPECT_EQ(names(operators).at(2), u"Irina");
    operators.sort(Column::Name, Qt::DescendingOrder);
    EXPECT_EQ(names(operators),
              (QStringList{u"Pavel"_qs, u"Olga"_qs, u"Irina"_qs, u"All operators"_qs}));
}

TEST_F(BoardModelsTest, ANewBoardChangesCellsInPlaceAndKeepsTheSelection)
{
    QItemSelectionModel selection(&operators);
    const QModelIndex pavel = operators.index(operators.rowOf(u"o2"_qs), Column::Name);
    selection.setCurrentIndex(pavel,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy reset(&operators, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&operators, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&operators, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&operators, &QAbstractItemModel::rowsRemoved);

    protocol::Board next = board();
    next.operators[1].handled = 13; // Pavel
    operators.setBoard(next);
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 1) << "one changed cell, one dataChanged";
    const QModelIndex cell = changed.at(0).at(0).value<QModelIndex>();
    EXPECT_EQ(cell.row(), operators.rowOf(u"o2"_qs));
    EXPECT_EQ(cell.column(), int(Column::Handled));
    EXPECT_EQ(selection.currentIndex().data(app::BoardTableModel::IdRole), u"o2"_qs);

    // Someone arrives, someone goes: inserts and removes, the selection holds on Pavel.
    next.operators.removeAt(0);
    next.operators.append(someone(u"o4"_qs, u"Anna"_qs, u"Beta"_qs));
    operators.setBoard(next);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(names(operators),
              (QStringList{u"Anna"_qs, u"Irina"_qs, u"Pavel"_qs, u"All operators"_qs}));
    EXPECT_EQ(selection.currentIndex().data(app::BoardTableModel::IdRole), u"o2"_qs);
    EXPECT_TRUE(selection.isRowSelected(selection.currentIndex().row()));

    // A move in the sorted column carries the selection with it.
    operators.sort(Column::Handled, Qt::DescendingOrder);
    next.operators[0].handled = 1; // Pavel (first since Olga left) falls to the bottom
    operators.setBoard(next);
    EXPECT_EQ(names(operators).at(2), u"Pavel");
    EXPECT_EQ(selection.currentIndex().data(app::BoardTableModel::IdRole), u"o2"_qs);
    EXPECT_EQ(reset.count(), 0);

    // The same board again: nothing to tell.
    changed.clear();
    operators.setBoard(next);
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(BoardModelsTest, TheTimeInAStatusMovesWithTheClock)
{
    QDateTime now = Now;
    operators.setClock([&now] { return now; });
    QSignalSpy changed(&operators, &QAbstractItemModel::dataChanged);
    now = now.addSecs(1);
    operators.tick();
    EXPECT_EQ(text(operators.rowOf(u"o1"_qs), Column::Status), u"Online 1:05:13");
    ASSERT_EQ(changed.count(), 1) << "one dataChanged over the status column";
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().column(), int(Column::Status));
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().row(), 2);
}

TEST_F(BoardModelsTest, FiltersByTeamLineAndQueueAndFindsByName)
{
    EXPECT_EQ(operators.teams(), (QStringList{u"Alpha"_qs, u"Beta"_qs}));
    EXPECT_EQ(operators.lines(), (QList<int>{1, 2}));
    operators.setTeamFilter(u"Alpha"_qs);
    EXPECT_EQ(names(operators), (QStringList{u"Irina"_qs, u"Olga"_qs, u"All operators"_qs}));
    operators.setTeamFilter({});
    operators.setLineFilter(2);
    EXPECT_EQ(names(operators), (QStringList{u"Pavel"_qs, u"All operators"_qs}));
    operators.setLineFilter(0);
    operators.setQueueFilter(u"q-general"_qs);
    EXPECT_EQ(names(operators), (QStringList{u"Irina"_qs, u"Olga"_qs, u"All operators"_qs}));
    operators.setQueueFilter({});
    operators.setFindText(u"ol"_qs);
    EXPECT_EQ(names(operators), (QStringList{u"Olga"_qs, u"All operators"_qs}));
    operators.setFindText(u"nobody"_qs);
    EXPECT_EQ(names(operators), (QStringList{u"All operators"_qs}));
    operators.setFindText({});
    EXPECT_EQ(operators.itemCount(), 3);

    queues.setQueueFilter(u"q-second"_qs);
    EXPECT_EQ(names(queues), (QStringList{u"Second line"_qs, u"All queues"_qs}));
    EXPECT_EQ(queues.queues().size(), 2);
}

TEST_F(BoardModelsTest, HighlightedRowsAreMarkedAndSaidFromOutside)
{
    QSignalSpy changed(&operators, &QAbstractItemModel::dataChanged);
    operators.setHighlighted({u"o2"_qs});
    ASSERT_EQ(changed.count(), 1);
    const int pavel = operators.rowOf(u"o2"_qs);
    EXPECT_TRUE(operators.index(pavel, 3).data(app::BoardTableModel::HighlightRole).toBool());
    EXPECT_FALSE(operators.index(operators.rowOf(u"o1"_qs), 3)
                     .data(app::BoardTableModel::HighlightRole)
                     .toBool());
    EXPECT_TRUE(operators.index(pavel, 0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(u"needs attention"));
    operators.setHighlighted({});
    EXPECT_EQ(changed.count(), 2);
    EXPECT_FALSE(operators.index(pavel, 3).data(app::BoardTableModel::HighlightRole).toBool());
}

namespace {

// Sets the UI's locale for one test and puts the previous one back.
class UiLocale
{
public:
    explicit UiLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~UiLocale() { QLocale::setDefault(m_before); }
    UiLocale(const UiLocale &) = delete;
    UiLocale &operator=(const UiLocale &) = delete;

private:
    QLocale m_before;
};

protocol::Board boardOf(const QStringList &operatorNames)
{
    protocol::Board named = board();
    named.operators.clear();
    for (int i = 0; i < operatorNames.size(); ++i)
        named.operators.append(someone(u"o%1"_qs.arg(i), operatorNames.at(i), u"Alpha"_qs));
    return named;
}

QStringList shownNames(const app::OperatorBoardModel &model)
{
    QStringList values = names(model);
    values.removeLast(); // the totals row
    return values;
}

} // namespace

TEST(BoardCollationTest, NamesSortByTheirCollationKeysAsTheLanguageOrdersThem)
{
    const QStringList russian{u"Юрий"_qs, u"ёлка"_qs,  u"Елена"_qs,  u"Ёжиков"_qs, u"анна"_qs,
                              u"Анна"_qs, u"Жанна"_qs, u"Эдуард"_qs, u"Яна"_qs,    u"Ефим"_qs};
    const QStringList english{u"zack"_qs, u"Émile"_qs, u"Zoe"_qs,  u"anna"_qs,    u"Anna"_qs,
                              u"Eve"_qs,  u"eve"_qs,   u"Olga"_qs, u"Øystein"_qs, u"Ed"_qs};
    for (const auto &[locale, given] :
         {std::pair(QLocale(QLocale::Russian, QLocale::Russia), russian),
          std::pair(QLocale(QLocale::English, QLocale::UnitedStates), english)}) {
        const UiLocale ui(locale);
        app::OperatorBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setBoard(app::PreparedBoard::of(boardOf(given), Now));
        QStringList expected = given;
        std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
            return QString::localeAwareCompare(a, b) < 0;
        });
        EXPECT_EQ(shownNames(model), expected) << locale.name().toStdString();
        model.sort(Column::Name, Qt::DescendingOrder);
        std::reverse(expected.begin(), expected.end());
        EXPECT_EQ(shownNames(model), expected) << locale.name().toStdString();
    }
}

TEST(BoardCollationTest, NumbersInNamesAndTeamsSortAsNumbers)
{
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::Russian, QLocale::Russia)}) {
        const UiLocale ui(locale);
        app::OperatorBoardModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        protocol::Board numbered =
            boardOf({u"Operator 10"_qs, u"Operator 9"_qs, u"Operator 100"_qs, u"Operator 1"_qs});
        for (int i = 0; i < numbered.operators.size(); ++i)
            numbered.operators[i].team = u"team-%1"_qs.arg(QList<int>{10, 9, 2, 9}.at(i));
        model.setBoard(numbered);
        EXPECT_EQ(shownNames(model), (QStringList{u"Operator 1"_qs, u"Operator 9"_qs,
                                                  u"Operator 10"_qs, u"Operator 100"_qs}));
        EXPECT_EQ(model.teams(), (QStringList{u"team-2"_qs, u"team-9"_qs, u"team-10"_qs}));
        // Equal teams: by name, numbers as numbers too.
        model.sort(Column::Team, Qt::AscendingOrder);
        EXPECT_EQ(shownNames(model), (QStringList{u"Operator 100"_qs, u"Operator 1"_qs,
                                                  u"Operator 9"_qs, u"Operator 10"_qs}));
    }
}

TEST(BoardCollationTest, LinesWrittenBeforeALanguageChangeAreWrittenAgainInTheNewOne)
{
    // Russian puts Cyrillic before Latin, English the other way round.
    const protocol::Board both = boardOf({u"Ольга"_qs, u"Olga"_qs});
    app::PreparedBoard english = [&] {
        const UiLocale ui(QLocale(QLocale::English, QLocale::UnitedStates));
        return app::PreparedBoard::of(both, Now);
    }();
    const UiLocale ui(QLocale(QLocale::Russian, QLocale::Russia));
    app::OperatorBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBoard(english);
    EXPECT_EQ(shownNames(model), (QStringList{u"Ольга"_qs, u"Olga"_qs}));
    EXPECT_EQ(model.index(0, Column::Utilization).data().toString(), u"72 %");
}

TEST_F(BoardModelsTest, ABoardPreparedOnAWorkerShowsWhatOneWrittenHereShows)
{
    app::PreparedBoard prepared;
    std::thread worker([&] { prepared = app::PreparedBoard::of(board(), Now); });
    worker.join();
    app::OperatorBoardModel fromWorker;
    fromWorker.setClock([] { return Now; });
    QAbstractItemModelTester tester(&fromWorker,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    fromWorker.setBoard(prepared);
    ASSERT_EQ(fromWorker.rowCount(), operators.rowCount());
    for (int row = 0; row < operators.rowCount(); ++row)
        for (int column = 0; column < operators.columnCount(); ++column)
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::AccessibleTextRole),
                  int(app::BoardTableModel::SortRole), int(app::BoardTableModel::TargetMetRole),
                  int(app::BoardTableModel::IdRole)})
                EXPECT_EQ(fromWorker.index(row, column).data(role),
                          operators.index(row, column).data(role))
                    << row << "," << column << " role " << role;
    app::QueueBoardModel queuesFromWorker;
    queuesFromWorker.setBoard(prepared);
    EXPECT_EQ(names(queuesFromWorker), names(queues));

    // The next prepared board tells only the cell that changed.
    QSignalSpy changed(&fromWorker, &QAbstractItemModel::dataChanged);
    protocol::Board next = board();
    next.operators[2].handled = 14; // Irina
    fromWorker.setBoard(app::PreparedBoard::of(next, Now));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>(), changed.at(0).at(1).value<QModelIndex>());
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().data(app::BoardTableModel::IdRole),
              u"o3"_qs);
}

TEST_F(BoardModelsTest, ABoardWrittenBeforeTheLastTickDoesNotTakeTheTimeInAStatusBack)
{
    QDateTime now = Now.addSecs(5);
    operators.setClock([&now] { return now; });
    operators.tick();
    const int olga = operators.rowOf(u"o1"_qs);
    EXPECT_EQ(text(olga, Column::Status), u"Online 1:05:17");
    // Written on the worker at Now, taken after the tick at Now + 5 s.
    operators.setBoard(app::PreparedBoard::of(board(), Now));
    EXPECT_EQ(text(operators.rowOf(u"o1"_qs), Column::Status), u"Online 1:05:17");
}

TEST(BoardWindowTest, TodayStartsAtLocalMidnightAndLeavesTheEndOpen)
{
    const QDateTime now = QDateTime(QDate(2026, 12, 6), QTime(14, 5, 10));
    const app::BoardWindow today;
    EXPECT_EQ(today.startAt(now), QDateTime(QDate(2026, 12, 6), QTime(0, 0)));
    EXPECT_FALSE(today.endAt().isValid());
    EXPECT_FALSE(today.query(now).contains(u"to="));
    const auto hour = app::BoardWindow::of(app::BoardWindow::Period::LastHour);
    EXPECT_EQ(hour.startAt(now), now.addSecs(-3600));
    const auto week = app::BoardWindow::of(app::BoardWindow::Period::Last7Days);
    EXPECT_EQ(week.startAt(now), now.addDays(-7));
    const auto range = app::BoardWindow::range(QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC),
                                               QDateTime(QDate(2026, 12, 2), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(range.query(now), u"?from=2026-12-01T00:00:00.000Z&to=2026-12-02T00:00:00.000Z");
}

// The charts follow a moving board through a pacer: the first move refreshes at once, the moves
// within the interval make one refresh when it is up, and a refresh by other means (the
// supervisor chose a window) drops the waiting one.
TEST(RefreshPacerTest, RefreshesAtOnceThenAtMostOncePerInterval)
{
    app::RefreshPacer pacer(60000);
    QSignalSpy due(&pacer, &app::RefreshPacer::due);
    pacer.ask();
    EXPECT_EQ(due.count(), 1);
    EXPECT_FALSE(pacer.isPending());
    pacer.ask();
    pacer.ask();
    EXPECT_EQ(due.count(), 1);
    EXPECT_TRUE(pacer.isPending());
    // A shorter interval applies to the waiting refresh: due once, for both asks (here at once,
    // the interval being over).
    pacer.setInterval(0);
    EXPECT_EQ(due.count(), 2);
    EXPECT_FALSE(pacer.isPending());

    pacer.setInterval(60000);
    pacer.ask();
    EXPECT_TRUE(pacer.isPending());
    pacer.refreshed();
    EXPECT_FALSE(pacer.isPending());
    pacer.ask();
    EXPECT_TRUE(pacer.isPending());
    pacer.cancel();
    EXPECT_FALSE(pacer.isPending());
    EXPECT_EQ(due.count(), 2);
}

namespace {

protocol::PresenceInterval interval(const char *status, const char *from, const char *to)
{
    protocol::PresenceInterval stretch;
    stretch.status = *protocol::presenceStatusFromString(QString::fromLatin1(status));
    stretch.startedAt = QDateTime::fromString(QString::fromLatin1(from), Qt::ISODate);
    stretch.endedAt = QDateTime::fromString(QString::fromLatin1(to), Qt::ISODate);
    return stretch;
}

} // namespace

// The whole center's day: how many operators were online, a step wherever the count changes,
// from every operator's intervals clipped to the day.
TEST(CenterPresenceModelTest, CountsOperatorsOnlineStepByStep)
{
    QNetworkAccessManager network;
    app::BackOfficeClient client(&network);
    app::CenterPresenceModel model(client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime from = QDateTime::fromString(u"2026-12-03T00:00:00Z"_qs, Qt::ISODate);
    const QDateTime to = from.addDays(1);
    protocol::PresenceTimeline anna, boris, clara, dmitry;
    anna.intervals = {interval("online", "2026-12-03T09:00:00Z", "2026-12-03T12:00:00Z"),
                      interval("break", "2026-12-03T12:00:00Z", "2026-12-03T12:30:00Z"),
                      interval("online", "2026-12-03T12:30:00Z", "2026-12-03T18:00:00Z")};
    // Online over the midnight before: counted from the day's start.
    boris.intervals = {interval("online", "2026-12-02T23:00:00Z", "2026-12-03T01:00:00Z"),
                       interval("online", "2026-12-03T10:00:00Z", "2026-12-03T14:00:00Z")};
    clara.intervals = {interval("offline", "2026-12-03T00:00:00Z", "2026-12-04T00:00:00Z")};
    // Two stretches that touch make no step between them.
    dmitry.intervals = {interval("online", "2026-12-03T20:00:00Z", "2026-12-03T21:00:00Z"),
                        interval("online", "2026-12-03T21:00:00Z", "2026-12-03T22:00:00Z")};
    model.setTimelines({anna, boris, clara, dmitry}, from, to);

    const QList<std::pair<const char *, int>> expected{
        {"00:00", 1}, {"01:00", 0}, {"09:00", 1}, {"10:00", 2}, {"12:00", 1},
        {"12:30", 2}, {"14:00", 1}, {"18:00", 0}, {"20:00", 1}, {"22:00", 0}};
    ASSERT_EQ(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        EXPECT_EQ(index.data(app::CenterPresenceModel::AtRole)
                      .toDateTime()
                      .toUTC()
                      .toString(u"HH:mm"_qs)
                      .toStdString(),
                  expected[row].first);
        EXPECT_EQ(index.data(app::CenterPresenceModel::OnlineRole).toInt(), expected[row].second);
        EXPECT_TRUE(index.data().toString().contains(u"online")) << row;
    }
    EXPECT_EQ(model.peak(), 2);

    // Nobody online all day: one step, zero.
    model.setTimelines({clara}, from, to);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.steps().constFirst().online, 0);
    EXPECT_EQ(model.peak(), 0);
}

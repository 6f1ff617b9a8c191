#include "app/reports/BoardCsv.h"

#include "protocol/CsvRow.h"

#include <functional>
#include <optional>

namespace frontline::app {
namespace {

using protocol::Board;
using protocol::BoardOperatorRow;
using protocol::BoardQueueRow;
using protocol::CsvRow;

// A column of a board table: its name, how a row fills it, and, for figures a target can be set
// on, the figure as a number.
template<typename Row>
struct Column
{
    QString name;
    std::function<void(const Row &, CsvRow &)> write;
    std::function<std::optional<double>(const Row &)> figure;
};

template<typename Row>
Column<Row> textColumn(const char *name, std::function<QString(const Row &)> value)
{
    return {QString::fromLatin1(name),
            [value](const Row &row, CsvRow &csv) { csv.text(value(row)); },
            {}};
}

template<typename Row>
Column<Row> figureColumn(const char *name, std::function<std::optional<double>(const Row &)> value)
{
    return {QString::fromLatin1(name),
            [value](const Row &row, CsvRow &csv) { csv.number(value(row)); }, value};
}

const QList<Column<BoardOperatorRow>> &operatorTable()
{
    using R = BoardOperatorRow;
    static const QList<Column<R>> columns{
        textColumn<R>("id", [](const R &r) { return r.id; }),
        textColumn<R>("name", [](const R &r) { return r.name; }),
        textColumn<R>("team", [](const R &r) { return r.team; }),
        figureColumn<R>("line", [](const R &r) { return double(r.line); }),
        textColumn<R>("queues", [](const R &r) { return r.queues.join(u' '); }),
        figureColumn<R>("max_chats", [](const R &r) { return double(r.maxChats); }),
        textColumn<R>("status", [](const R &r) { return r.status; }),
        {QStringLiteral("status_since"),
         [](const R &r, CsvRow &csv) { csv.time(r.statusSince); },
         {}},
        figureColumn<R>("active_chats", [](const R &r) { return double(r.activeChats); }),
        figureColumn<R>("handled", [](const R &r) { return double(r.handled); }),
        figureColumn<R>("aht_seconds", [](const R &r) { return r.ahtSeconds; }),
        figureColumn<R>("fcr", [](const R &r) { return r.fcr; }),
        figureColumn<R>("csat", [](const R &r) { return r.csat; }),
        figureColumn<R>("utilization", [](const R &r) { return r.utilization; }),
        figureColumn<R>("online_seconds", [](const R &r) { return r.onlineSeconds; }),
        figureColumn<R>("chats_per_hour", [](const R &r) { return r.chatsPerHour; }),
        figureColumn<R>("escalations", [](const R &r) { return double(r.escalations); }),
        figureColumn<R>("escalations_returned",
                        [](const R &r) { return double(r.escalationsReturned); }),
        figureColumn<R>("qa_score", [](const R &r) { return r.qaScore; }),
    };
    return columns;
}

const QList<Column<BoardQueueRow>> &queueTable()
{
    using R = BoardQueueRow;
    static const QList<Column<R>> columns{
        textColumn<R>("id", [](const R &r) { return r.id; }),
        textColumn<R>("name", [](const R &r) { return r.name; }),
        figureColumn<R>("waiting", [](const R &r) { return double(r.waiting); }),
        figureColumn<R>("oldest_wait_seconds", [](const R &r) { return r.oldestWaitSeconds; }),
        figureColumn<R>("service_level", [](const R &r) { return r.serviceLevel; }),
        figureColumn<R>("first_response_seconds",
                        [](const R &r) { return r.firstResponseSeconds; }),
        figureColumn<R>("sla_breaches", [](const R &r) { return double(r.slaBreaches); }),
        figureColumn<R>("sla_compliance", [](const R &r) { return r.slaCompliance; }),
        figureColumn<R>("arrived", [](const R &r) { return double(r.arrived); }),
        figureColumn<R>("handled", [](const R &r) { return double(r.handled); }),
    };
    return columns;
}

template<typename Row>
QStringList names(const QList<Column<Row>> &columns)
{
    QStringList list{QStringLiteral("row")};
    for (const Column<Row> &column : columns)
        list.append(column.name);
    return list;
}

const protocol::KpiTarget *targetFor(const Board &board, const QString &figure)
{
    for (const protocol::KpiTarget &target : board.targets) {
        if (target.figure == figure)
            return &target;
    }
    return nullptr;
}

template<typename Row>
QByteArray table(const QList<Column<Row>> &columns, const QList<Row> &rows, const Row &totals,
                 const Board &board, const QString &kind)
{
    QByteArray csv = CsvRow(names(columns)).toCsv();
    const auto line = [&](const Row &row, const QString &label) {
        CsvRow out;
        out.text(label);
        for (const Column<Row> &column : columns)
            column.write(row, out);
        csv += out.toCsv();
    };
    for (const Row &row : rows)
        line(row, kind);
    line(totals, QStringLiteral("total"));

    CsvRow target;
    CsvRow met;
    target.text(QStringLiteral("target"));
    met.text(QStringLiteral("target_met"));
    bool anyTarget = false;
    for (const Column<Row> &column : columns) {
        const protocol::KpiTarget *goal = column.figure ? targetFor(board, column.name) : nullptr;
        const std::optional<double> total = goal ? column.figure(totals) : std::nullopt;
        anyTarget = anyTarget || goal;
        target.number(goal ? std::optional<double>(goal->value) : std::nullopt);
        met.text(total ? (goal->isMet(*total) ? QStringLiteral("yes") : QStringLiteral("no"))
                       : QString());
    }
    if (anyTarget)
        csv += target.toCsv() + met.toCsv();
    return csv;
}

} // namespace

QByteArray BoardCsv::operators(const Board &board)
{
    return table(operatorTable(), board.operators, board.operatorTotals, board,
                 QStringLiteral("operator"));
}

QByteArray BoardCsv::queues(const Board &board)
{
    return table(queueTable(), board.queues, board.queueTotals, board, QStringLiteral("queue"));
}

QStringList BoardCsv::operatorColumns()
{
    return names(operatorTable());
}

QStringList BoardCsv::queueColumns()
{
    return names(queueTable());
}

} // namespace frontline::app

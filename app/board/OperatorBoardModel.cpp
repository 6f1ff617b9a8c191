#include "app/board/OperatorBoardModel.h"

#include <algorithm>

namespace frontline::app {

OperatorBoardModel::OperatorBoardModel(QObject *parent)
    : BoardRowsModel(parent)
{}

void OperatorBoardModel::setBoard(const PreparedBoard &board)
{
    take(board.operators, board.board.targets);
}

void OperatorBoardModel::setBoard(const protocol::Board &board)
{
    setRows(board.operators, board.operatorTotals, board.targets);
}

BoardLines<protocol::BoardOperatorRow>
OperatorBoardModel::linesOf(const QList<protocol::BoardOperatorRow> &rows,
                            const protocol::BoardOperatorRow &totals,
                            const QList<protocol::KpiTarget> &targets, const QDateTime &now)
{
    auto lines = linesWith(rows, totals, ColumnCount,
                           [&](const protocol::BoardOperatorRow &row, bool isTotals, int column) {
                               return cellOf(row, isTotals, column, targets, now);
                           });
    lines.writtenAt = now;
    return lines;
}

OperatorBoardModel::Lines
OperatorBoardModel::linesNow(const QList<protocol::BoardOperatorRow> &rows,
                             const protocol::BoardOperatorRow &totals,
                             const QList<protocol::KpiTarget> &targets) const
{
    return linesOf(rows, totals, targets, now());
}

void OperatorBoardModel::setTeamFilter(const QString &team)
{
    m_team = team;
    refreshView();
}

void OperatorBoardModel::setLineFilter(int line)
{
    m_line = line;
    refreshView();
}

void OperatorBoardModel::setFindText(const QString &text)
{
    m_find = text.trimmed();
    refreshView();
}

QStringList OperatorBoardModel::teams() const
{
    QStringList teams;
    for (const protocol::BoardOperatorRow &row : board().byId)
        if (!row.team.isEmpty() && !teams.contains(row.team))
            teams.append(row.team);
    std::sort(teams.begin(), teams.end(), boardCollation()); // "team-9" before "team-10"
    return teams;
}

QList<int> OperatorBoardModel::lines() const
{
    QList<int> lines;
    for (const protocol::BoardOperatorRow &row : board().byId)
        if (!lines.contains(row.line))
            lines.append(row.line);
    std::sort(lines.begin(), lines.end());
    return lines;
}

bool OperatorBoardModel::accepts(const QString &id) const
{
    const protocol::BoardOperatorRow *operatorRow = row(id);
    if (!operatorRow)
        return false;
    if (!m_team.isEmpty() && operatorRow->team != m_team)
        return false;
    if (m_line > 0 && operatorRow->line != m_line)
        return false;
    if (!queueFilter().isEmpty() && !operatorRow->queues.contains(queueFilter()))
        return false;
    return m_find.isEmpty() || operatorRow->name.contains(m_find, Qt::CaseInsensitive);
}

QString OperatorBoardModel::figureOf(int column)
{
    switch (column) {
    case Handled:
        return QStringLiteral("handled");
    case Aht:
        return QStringLiteral("aht_seconds");
    case Fcr:
        return QStringLiteral("fcr");
    case Csat:
        return QStringLiteral("csat");
    case Utilization:
        return QStringLiteral("utilization");
    case HoursOnLine:
        return QStringLiteral("online_seconds");
    case ChatsPerHour:
        return QStringLiteral("chats_per_hour");
    case Escalations:
        return QStringLiteral("escalations");
    case EscalationsReturned:
        return QStringLiteral("escalations_returned");
    case QaScore:
        return QStringLiteral("qa_score");
    default:
        return {};
    }
}

QString OperatorBoardModel::columnTitle(int column) const
{
    switch (column) {
    case Name:
        return tr("Operator");
    case Team:
        return tr("Team");
    case Line:
        return tr("Line");
    case Status:
        return tr("Status");
    case OpenChats:
        return tr("Open chats");
    case Handled:
        return tr("Handled");
    case Aht:
        return tr("AHT");
    case Fcr:
        return tr("FCR");
    case Csat:
        return tr("CSAT");
    case Utilization:
        return tr("Utilization");
    case HoursOnLine:
        return tr("On the line");
    case ChatsPerHour:
        return tr("Chats per hour");
    case Escalations:
        return tr("Escalations");
    case EscalationsReturned:
        return tr("Returned");
    case QaScore:
        return tr("QA score");
    default:
        return {};
    }
}

BoardCell OperatorBoardModel::cellNow(const protocol::BoardOperatorRow &r, bool totals,
                                      int column) const
{
    return cellOf(r, totals, column, targets(), now());
}

BoardCell OperatorBoardModel::cellOf(const protocol::BoardOperatorRow &r, bool totals, int column,
                                     const QList<protocol::KpiTarget> &targets,
                                     const QDateTime &now)
{
    using Kind = BoardFigures::Kind;
    const protocol::KpiTarget *target = BoardFigures::targetFor(targets, figureOf(column));
    const auto count = [&](qint64 value) {
        return BoardFigures::cell(Kind::Count, double(value), target);
    };
    switch (column) {
    case Name:
        return totals ? BoardFigures::text(tr("All operators"), QString())
                      : BoardFigures::text(r.name);
    case Team:
        return BoardFigures::text(r.team);
    case Line:
        if (totals)
            return BoardFigures::text(QString(), 0);
        return BoardFigures::text(QString::number(r.line), r.line);
    case Status:
        if (totals)
            return BoardFigures::text(QString(), QString());
        return BoardFigures::status(r.status, r.statusSince, now);
    case OpenChats: {
        const QString text = totals ? QString::number(r.activeChats)
                                    : tr("%1 of %2").arg(r.activeChats).arg(r.maxChats);
        return BoardCell{text, r.activeChats, {}, text};
    }
    case Handled:
        return count(r.handled);
    case Aht:
        return BoardFigures::cell(Kind::Duration, r.ahtSeconds, target);
    case Fcr:
        return BoardFigures::cell(Kind::Percent, r.fcr, target);
    case Csat:
        return BoardFigures::cell(Kind::Score, r.csat, target);
    case Utilization:
        return BoardFigures::cell(Kind::Percent, r.utilization, target);
    case HoursOnLine:
        return BoardFigures::cell(Kind::Hours, r.onlineSeconds, target);
    case ChatsPerHour:
        return BoardFigures::cell(Kind::Rate, r.chatsPerHour, target);
    case Escalations:
        return count(r.escalations);
    case EscalationsReturned:
        return count(r.escalationsReturned);
    case QaScore:
        return BoardFigures::cell(Kind::Score, r.qaScore, target);
    default:
        return {};
    }
}

} // namespace frontline::app

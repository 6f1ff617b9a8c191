#pragma once

#include "app/board/BoardWindow.h"
#include "app/board/PreparedBoard.h"
#include "app/net/ApiReply.h"
#include "app/reports/ReportFetcher.h"
#include "protocol/Board.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace frontline::app {

class BackOfficeClient;
class RealtimeChannel;

// The supervisor's live board: the back office's `protocol::Board` for a window, fetched from
// GET /metrics/board again on every poke of the events socket and on a slow safety timer (pokes
// can be lost). At most one request is in flight; pokes during it make one more fetch after it,
// so a busy feed costs back-to-back fetches, never a pile of them. When the back office cannot be
// reached the last board stays, with the time it was fetched.
class LiveBoard : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit LiveBoard(BackOfficeClient &client, QObject *parent = nullptr);
    ~LiveBoard() override;

    // Pokes from `channel` (its presence and board events too) fetch the board again.
    void attachRealtime(RealtimeChannel *channel);
    void setSafetyInterval(int milliseconds);
    int safetyInterval() const;
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Fetches at once and then on every poke and safety tick.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    BoardWindow window() const { return m_window; }
    // A new window drops what an older fetch brings and fetches at once.
    void setWindow(const BoardWindow &window);
    // One store's board (GET /metrics/board?project_id=), or the whole center's when empty; a
    // new one drops what an older fetch brings, as a new window does.
    void setProjectId(const QString &projectId);
    QString projectId() const { return m_projectId; }
    // The board's window and store as the charts and exports ask for them, as of now.
    ReportWindow reportWindow() const;

    bool hasBoard() const { return m_hasBoard; }
    const protocol::Board &board() const { return m_board.board; }
    // The same board with its rows written out for the two boards' models (on the worker).
    const PreparedBoard &prepared() const { return m_board; }
    // When the last fetch succeeded (the desktop's clock); null before the first.
    QDateTime lastSuccess() const { return m_lastSuccess; }
    // False after a failed fetch, until one succeeds.
    bool isReachable() const { return m_reachable; }
    QString lastError() const { return m_lastError; }
    // "" while live; "board from 14:05:10" (or "no board yet") when the back office is not
    // answering, for the supervisor to know how old the figures are.
    QString staleText() const;
    // Requests sent so far (benchmarks and tests count them).
    int fetchCount() const { return m_fetches; }
    bool isFetching() const { return m_inFlight; }

public Q_SLOTS:
    // Fetches now, or once more after the fetch under way.
    void refresh();

Q_SIGNALS:
    // A new board arrived (board() holds it).
    void updated();
    void reachableChanged(bool reachable);
    void windowChanged(const frontline::app::BoardWindow &window);
    void projectChanged(const QString &projectId);

private:
    void fetch();
    void startOver();
    void onReply(const ApiReply &reply, quint64 generation);
    void onDecoded(Result<PreparedBoard> board, quint64 generation);
    void setReachable(bool reachable, const QString &error);

    BackOfficeClient &m_client;
    QPointer<RealtimeChannel> m_realtime;
    QTimer *m_safety;
    Clock m_clock;
    BoardWindow m_window;
    QString m_projectId;
    PreparedBoard m_board;
    QDateTime m_lastSuccess;
    QString m_lastError;
    quint64 m_generation = 0; // grows with each window, so a late answer for an old one is dropped
    int m_fetches = 0;
    bool m_hasBoard = false;
    bool m_reachable = true;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_again = false;
};

} // namespace frontline::app

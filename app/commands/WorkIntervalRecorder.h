#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

namespace frontline::app {

class OperatorCommands;

// Knows when a ticket is open in front of the operator: shown in her conversation pane while
// her window is active and she is online. Each such stretch goes to the back office through the
// outbox (OperatorCommands::recordWorkInterval), so it survives going offline and restarts;
// handle time is computed from them (docs/kpis.md). A long stretch is reported in pieces, so a
// crash loses at most one piece.
class WorkIntervalRecorder : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    // A stretch still open is reported in a piece of at most this long.
    static constexpr int PieceMs = 5 * 60 * 1000;
    // A glance shorter than this is no work.
    static constexpr qint64 ShortestMs = 1000;

    // `clock` defaults to the system's UTC time.
    explicit WorkIntervalRecorder(OperatorCommands &commands, Clock clock = {},
                                  QObject *parent = nullptr);
    // Reports the stretch still open.
    ~WorkIntervalRecorder() override;

    QString shownTicket() const { return m_ticket; }
    bool isRecording() const { return m_since.isValid(); }

public Q_SLOTS:
    void setShownTicket(const QString &ticketId);
    void setWindowActive(bool active);
    void setOnline(bool online);
    // Reports the stretch so far and, while the ticket stays in front of her, starts the next.
    void reportPiece();

private:
    bool inFront() const;
    // Starts or ends the stretch as what is in front of her changed.
    void follow();
    void endStretch();

    OperatorCommands &m_commands;
    Clock m_clock;
    QTimer m_pieces;
    QString m_ticket;
    bool m_active = false;
    bool m_online = false;
    QString m_recording; // the ticket of the open stretch
    QDateTime m_since;   // null when no stretch is open
};

} // namespace frontline::app

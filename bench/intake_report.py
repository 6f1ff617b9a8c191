#!/usr/bin/env python3
"""Checks the back office's SQLite database after scripts/bench-intake and prints RESULT lines.

Usage: intake_report.py DATABASE SERVER_LOG

* the server's own time per request (duration_ms in its log) for intakes, ticket lists and resolves;
* tickets against the intake's 201 answers (nothing lost), assigned and waiting at the end;
* tickets with two open assignments; operators over their chat capacity, both at the end and at
  any moment of the run (replaying the change feed, whose order is the commit order);
* creation -> first assignment delay (p50/p99/max) over every assigned ticket, split into chats
  routed inside their own intake transaction and chats that waited in the queue for a place (those
  are handed out in the transaction of another chat's resolve, or by the router's sweep).
"""
import re
import sqlite3
import sys


def percentiles(values, form=""):
    values = sorted(values)
    if not values:
        return "n=0"
    pick = lambda q: format(values[min(len(values) - 1, int(q * len(values)))], form)
    return f"n={len(values)} p50={pick(0.5)} p99={pick(0.99)} max={format(values[-1], form)}"


def server_times(log):
    """201 answers of the intake, and duration_ms of each route's answers, from the server log."""
    line = re.compile(r"method=(\S+) route=(\S+) status=(\d+) duration_ms=([0-9.]+)")
    names = {("POST", "/api/v1/intake/messages"): "intake", ("GET", "/api/v1/tickets"): "list",
             ("PATCH", "/api/v1/tickets/{id}"): "resolve"}
    answers = 0
    times = {}
    with open(log, errors="replace") as lines:
        for text in lines:
            found = line.search(text)
            if not found:
                continue
            method, route, status, duration = found.groups()
            name = names.get((method, route))
            if name is None:
                continue
            if name == "intake" and status == "201":
                answers += 1
            times.setdefault(name, []).append(float(duration))
    return answers, times


def main():
    db = sqlite3.connect(sys.argv[1])
    answers, times = server_times(sys.argv[2])
    for name in ("intake", "list", "resolve"):
        if name in times:
            print(f"RESULT server_time_ms {name}: {percentiles(times[name], '.2f')}")
    q = lambda sql, args=(): db.execute(sql, args).fetchall()
    active = ("new", "open", "pending")

    tickets, assigned, waiting, resolved = q(
        "SELECT COUNT(*), COALESCE(SUM(assignee_id IS NOT NULL), 0), "
        "COALESCE(SUM(assignee_id IS NULL AND status IN ('new', 'open', 'pending')), 0), "
        "COALESCE(SUM(status = 'resolved'), 0) FROM tickets")[0]
    print(f"RESULT tickets={tickets} answers_201={answers} lost={answers - tickets} "
          f"assigned={assigned} waiting={waiting} resolved={resolved}")

    two_open = q("SELECT COUNT(*) FROM (SELECT ticket_id FROM ticket_assignments WHERE ended_at "
                 "IS NULL GROUP BY ticket_id HAVING COUNT(*) > 1)")[0][0]
    capacity = dict(q("SELECT id, max_chats FROM operators WHERE role = 'operator'"))
    over_at_end = q("SELECT COUNT(*) FROM (SELECT t.assignee_id FROM tickets t JOIN operators o "
                    "ON o.id = t.assignee_id WHERE t.channel = 'chat' AND t.status IN "
                    "('new', 'open', 'pending') GROUP BY t.assignee_id, o.max_chats "
                    "HAVING COUNT(*) > o.max_chats)")[0][0]

    # Replay the ticket changes in commit order: who holds which active chat after each change.
    holder = {}  # ticket id -> operator holding it as an active chat
    load = {}  # operator -> active chats
    peak = {}
    # Per ticket: the change before its first assignment (same ticket = its own intake).
    previous_ticket = None
    first_assignment_in_intake = {}
    rows = db.execute("SELECT entity_id, assignee_id, json_extract(data, '$.status'), "
                      "json_extract(data, '$.channel') FROM changes WHERE entity = 'ticket' "
                      "ORDER BY seq")
    for ticket, assignee, status, channel in rows:
        if assignee is not None and ticket not in first_assignment_in_intake:
            first_assignment_in_intake[ticket] = previous_ticket == ticket
        previous_ticket = ticket
        holds = assignee is not None and channel == "chat" and status in active
        now = assignee if holds else None
        before = holder.get(ticket)
        if before == now:
            continue
        if before is not None:
            load[before] -= 1
        if now is not None:
            load[now] = load.get(now, 0) + 1
            peak[now] = max(peak.get(now, 0), load[now])
        holder[ticket] = now
    over_ever = sum(1 for op, most in peak.items() if most > capacity.get(op, 0))
    print(f"RESULT tickets_with_two_open_assignments={two_open} operators_over_capacity_at_end="
          f"{over_at_end} operators_over_capacity_ever={over_ever} "
          f"most_active_chats_of_one_operator={max(peak.values(), default=0)}")

    delays = q("SELECT t.id, MIN(a.assigned_at) - t.created_at FROM tickets t JOIN "
               "ticket_assignments a ON a.ticket_id = t.id GROUP BY t.id")
    in_intake = [d for t, d in delays if first_assignment_in_intake.get(str(t))]
    waited = [d for t, d in delays if not first_assignment_in_intake.get(str(t))]
    share = 100.0 * len(in_intake) / len(delays) if delays else 0.0
    print(f"RESULT assignment_delay_ms all: {percentiles([d for _, d in delays])}")
    print(f"RESULT assignment_delay_ms routed_in_intake: {percentiles(in_intake)} "
          f"share={share:.1f}%")
    print(f"RESULT assignment_delay_ms waited_in_queue: {percentiles(waited)} "
          f"share={100.0 - share if delays else 0.0:.1f}%")


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""The accounts of a back-office bench (scripts/bench-board, scripts/bench-monitor), written into
its freshly migrated SQLite database directly with a session token each, since hundreds of
sign-ins would measure the password hash instead: OPERATORS operators in 15 teams, each in two of
the four queues, SUPERVISORS supervisors, an admin, and the day's KPI targets; with TRAINEES (the
exam's bench, scripts/bench-exam) a session for the trainer made before and that many operators
who work no production queue. Writes the tokens as JSON: {"operators": {id: token}, "supervisors": [token], "admin",
"integration"} and, with TRAINEES, "trainer" (a token) and "trainees" ({id: username}).
Usage: bench_accounts.py DATABASE OPERATORS SUPERVISORS INTEGRATION_TOKEN OUT [TRAINEES]"""
import hashlib
import json
import secrets
import sqlite3
import sys
import time


def main():
    path, count, supervisors, integration, out = sys.argv[1:6]
    db = sqlite3.connect(path)
    now = int(time.time() * 1000)
    queues = ["orders", "returns", "delivery", "payment"]
    for queue in queues:
        db.execute("INSERT OR IGNORE INTO queues (id, title, created_at) VALUES (?, ?, ?)",
                   (queue, queue.capitalize(), now))

    def account(username, name, role, team=""):
        cursor = db.execute("INSERT INTO operators (username, display_name, role, line, team, "
                            "max_chats, created_at) VALUES (?, ?, ?, 1, ?, 3, ?)",
                            (username, name, role, team, now))
        token = "production." + secrets.token_hex(32)  # workspace.secret, as sign-in makes them
        db.execute("INSERT INTO tokens (token_hash, operator_id, name, created_at) "
                   "VALUES (?, ?, ?, ?)",
                   (hashlib.sha256(token.encode()).hexdigest(), cursor.lastrowid, "bench", now))
        return str(cursor.lastrowid), token

    accounts = {"operators": {}, "supervisors": [], "integration": integration}
    for i in range(int(count)):
        id, token = account(f"op{i:03}", f"Operator {i:03}", "operator", f"team-{i % 15}")
        for queue in (queues[i % 4], queues[(i + 1) % 4]):
            db.execute("INSERT INTO operator_queues (operator_id, queue_id) VALUES (?, ?)",
                       (id, queue))
        accounts["operators"][id] = token
    for i in range(int(supervisors)):
        accounts["supervisors"].append(account(f"sup{i}", f"Supervisor {i}", "supervisor")[1])
    accounts["admin"] = account("boss", "Admin", "admin")[1]
    if len(sys.argv) > 6:
        # A sandbox account signs in with the production password: the trainer (made before
        # with `frontline-backoffice user add`) lends her password's hash to the trainees.
        trainer_id, password_hash = db.execute(
            "SELECT id, password_hash FROM operators WHERE username = 'trainer'").fetchone()
        token = "production." + secrets.token_hex(32)
        db.execute("INSERT INTO tokens (token_hash, operator_id, name, created_at) "
                   "VALUES (?, ?, ?, ?)",
                   (hashlib.sha256(token.encode()).hexdigest(), trainer_id, "bench", now))
        accounts["trainer"] = token
        accounts["trainees"] = {}
        for i in range(int(sys.argv[6])):
            id, _ = account(f"trainee{i:02}", f"Trainee {i:02}", "operator", "newcomers")
            db.execute("UPDATE operators SET password_hash = ? WHERE id = ?", (password_hash, id))
            accounts["trainees"][id] = f"trainee{i:02}"
    for figure, value, at_most in (("fcr", 0.85, 0), ("aht_seconds", 480, 1), ("csat", 80, 0),
                                   ("service_level", 0.8, 0), ("utilization", 0.6, 0)):
        db.execute("INSERT INTO kpi_targets (figure, period, value, at_most) "
                   "VALUES (?, 'day', ?, ?)", (figure, value, at_most))
    db.commit()
    with open(out, "w") as file:
        json.dump(accounts, file)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""The live board under a contact center's load (issue 17, item 6), driven by scripts/bench-board.

Against a running back office whose database scripts/bench-board filled (operators, supervisors
and an admin with session tokens, an integration token):
  * every operator comes online (PUT /presence);
  * contacts arrive at RATE a minute through POST /intake/messages (nine chats to one email);
  * the operators work the chats routed to them: an admin follows the change feed, and each chat
    assigned to an operator gets her reply after 3-10 s and her resolution 20-60 s after it was
    assigned, and a third of the resolved chats a CSAT score; now and then an operator takes a
    break and comes back;
  * in the middle phase ten supervisors each hold an events socket and fetch the live board
    after every poke, at most one request in flight (a poke during a fetch is one more fetch).
Phases: warm-up, WITHOUT boards, WITH ten boards, WITHOUT again; the back office's CPU per second
comes from /proc/PID/stat. The board's compute time is its Server-Timing header; its floor is
the same SQL (copied from server/metrics) run on a bare sqlite3 connection to the same file.
Prints RESULT lines."""
import argparse
import asyncio
import calendar
import json
import os
import random
import sqlite3
import time
import urllib.parse

import websockets



def percentile(values, share):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Connection:
    """One keep-alive HTTP/1.1 connection; requests on it go one at a time."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.reader = self.writer = None
        self.lock = asyncio.Lock()

    async def request(self, method, path, token, body=None, headers=None, timed=None):
        """(status, headers, payload); `timed`, a list, gets the milliseconds from writing the
        request to reading the whole answer, without the wait for this connection."""
        async with self.lock:
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            data = json.dumps(body).encode() if body is not None else b""
            head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}",
                    f"Authorization: Bearer {token}", f"Content-Length: {len(data)}"]
            if body is not None:
                head.append("Content-Type: application/json")
            for name, value in (headers or {}).items():
                head.append(f"{name}: {value}")
            began = time.monotonic()
            self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + data)
            status = int((await self.reader.readline()).split()[1])
            answer = {}
            while True:
                line = (await self.reader.readline()).decode().strip()
                if not line:
                    break
                name, _, value = line.partition(":")
                answer[name.strip().lower()] = value.strip()
            payload = await self.reader.readexactly(int(answer.get("content-length", "0")))
            if timed is not None:
                timed.append((time.monotonic() - began) * 1000)
            return status, answer, payload


class Pool:
    def __init__(self, host, port, size):
        self.connections = [Connection(host, port) for _ in range(size)]
        self.next = 0

    async def request(self, *args, **kwargs):
        self.next = (self.next + 1) % len(self.connections)
        return await self.connections[self.next].request(*args, **kwargs)


class Load:
    def __init__(self, args, accounts):
        url = urllib.parse.urlparse(args.base)
        self.host, self.port = url.hostname, url.port
        self.args = args
        self.operators = accounts["operators"]  # id -> token
        self.supervisors = accounts["supervisors"]
        self.admin = accounts["admin"]
        self.intake_token = accounts["integration"]
        self.pool = Pool(self.host, self.port, 6)
        self.running = True
        self.boards_on = False
        self.errors = 0
        self.contacts = 0
        self.resolved = 0
        self.scheduled = set()
        self.board_fetches = []  # (compute ms or None when served from the cache, bytes)
        self.poke_to_board = []  # ms from a poke to the first board that includes it
        self.again = 0  # fetches made again at once for a poke that came during a fetch

    async def call(self, method, path, token, body=None, headers=None, ok=(200, 201)):
        try:
            status, _, payload = await self.pool.request(method, path, token, body, headers)
        except (OSError, asyncio.IncompleteReadError):
            self.errors += 1
            return None
        if status not in ok:
            self.errors += 1
            return None
        return json.loads(payload) if payload else {}

    async def intake(self):
        interval = 60.0 / self.args.rate
        start = time.monotonic()
        queues = ["orders", "returns", "delivery", "payment"]
        while self.running:
            n = self.contacts
            self.contacts += 1
            channel = "email" if n % 10 == 9 else "chat"
            asyncio.ensure_future(self.call("POST", "/api/v1/intake/messages", self.intake_token, {
                "channel": channel, "queue": queues[n % len(queues)],
                "external_message_id": f"board-{n}",
                "customer": {"external_id": f"board-c-{n % 5000}", "name": f"Customer {n % 5000}"},
                "text": "Where is my order?"}))
            await asyncio.sleep(max(0.0, start + (n + 1) * interval - time.monotonic()))

    async def work(self, ticket_id, operator_id, assigned):
        token = self.operators[operator_id]
        await asyncio.sleep(max(0.0, assigned + random.uniform(3, 10) - time.monotonic()))
        await self.call("POST", f"/api/v1/tickets/{ticket_id}/messages", token,
                        {"body": "Let me check that for you."},
                        {"Idempotency-Key": f"reply-{ticket_id}"})
        await asyncio.sleep(max(0.0, assigned + random.uniform(20, 60) - time.monotonic()))
        ticket = await self.call("GET", f"/api/v1/tickets/{ticket_id}", token)
        if ticket is None or ticket.get("assignee_id") != operator_id:
            return
        done = await self.call("PATCH", f"/api/v1/tickets/{ticket_id}", token,
                               {"status": "resolved", "resolution_code": "answered"},
                               {"If-Match": f'"{ticket["version"]}"'}, ok=(200, 409, 412))
        if done is not None and done.get("status") == "resolved":
            self.resolved += 1
            if random.random() < 0.33:
                await self.call("POST", "/api/v1/intake/csat", self.intake_token,
                                {"ticket_id": ticket_id, "score": random.choice([2, 4, 4, 5, 5])})

    async def team(self):
        """Follows the change feed as the admin and works every chat routed to an operator."""
        since = 0
        while self.running:
            page = await self.call("GET", f"/api/v1/changes?since={since}&limit=2000", self.admin)
            if page is None:
                await asyncio.sleep(0.5)
                continue
            for change in page["changes"]:
                data = change.get("data", {})
                if change["entity"] != "ticket" or data.get("channel") != "chat":
                    continue
                assignee, ticket_id = data.get("assignee_id"), data.get("id")
                if assignee in self.operators and data.get("status") in ("new", "open") \
                        and ticket_id not in self.scheduled:
                    self.scheduled.add(ticket_id)
                    asyncio.ensure_future(self.work(ticket_id, assignee, time.monotonic()))
            since = page["next"]
            if not page["more"]:
                await asyncio.sleep(0.5)

    async def breaks(self):
        ids = list(self.operators)
        while self.running:
            await asyncio.sleep(2)
            who = random.choice(ids)
            await self.call("PUT", "/api/v1/presence", self.operators[who], {"status": "break"})
            asyncio.get_running_loop().call_later(30, lambda w=who: asyncio.ensure_future(
                self.call("PUT", "/api/v1/presence", self.operators[w], {"status": "online"})))

    async def supervisor(self, token, window):
        """A supervisor's desktop: on a poke, fetch the board unless a fetch is in flight, and
        fetch again at once when a poke came meanwhile. Records poke -> the first board that
        includes the poked change."""
        connection = Connection(self.host, self.port)
        poked = asyncio.Event()
        pokes = []  # (seq, when) of the pokes no board has included yet

        async def fetch():
            while self.running:
                await poked.wait()
                poked.clear()
                while self.running and self.boards_on and pokes:
                    status, headers, payload = await connection.request(
                        "GET", f"/api/v1/metrics/board{window}", token)
                    if status != 200:
                        self.errors += 1
                        break
                    timing = headers.get("server-timing", "")
                    compute = None if "cached" in timing else \
                        float(timing.split("dur=")[1].split(";")[0])
                    self.board_fetches.append((compute, len(payload)))
                    as_of, now = json.loads(payload)["as_of"], time.monotonic()
                    while pokes and pokes[0][0] <= as_of:
                        self.poke_to_board.append((now - pokes.pop(0)[1]) * 1000)
                    if pokes:
                        self.again += 1

        uri = f"ws://{self.host}:{self.port}/api/v1/events"
        async with websockets.connect(uri, extra_headers={"Authorization": f"Bearer {token}"},
                                      max_size=None) as socket:
            fetcher = asyncio.ensure_future(fetch())
            async for message in socket:
                event = json.loads(message)
                if event.get("type") == "changed" and self.boards_on:
                    pokes.append((event["seq"], time.monotonic()))
                    poked.set()
                elif not self.boards_on:
                    pokes.clear()
                if not self.running:
                    break
            fetcher.cancel()

    async def phase(self, name, seconds):
        before_cpu, before = cpu_seconds(self.args.pid), time.monotonic()
        fetches, contacts = len(self.board_fetches), self.contacts
        await asyncio.sleep(seconds)
        cpu = cpu_seconds(self.args.pid) - before_cpu
        wall = time.monotonic() - before
        print(f"RESULT phase_{name} seconds={wall:.1f} server_cpu_per_s={cpu / wall:.3f} "
              f"contacts_per_min={(self.contacts - contacts) * 60 / wall:.0f} "
              f"board_fetches={len(self.board_fetches) - fetches}", flush=True)
        return cpu / wall

    async def run(self):
        for token in self.operators.values():
            await self.call("PUT", "/api/v1/presence", token, {"status": "online"})
        print(f"== {len(self.operators)} operators online", flush=True)
        midnight = time.strftime("%Y-%m-%dT00:00:00Z", time.gmtime())
        window = f"?from={midnight}"
        tasks = [asyncio.ensure_future(task) for task in (self.intake(), self.team(), self.breaks())]
        tasks += [asyncio.ensure_future(self.supervisor(t, window)) for t in self.supervisors]
        await asyncio.sleep(self.args.warmup)
        without = await self.phase("without_boards", self.args.seconds)
        self.boards_on = True
        with_boards = await self.phase("with_ten_boards", self.args.seconds)
        self.boards_on = False
        again = await self.phase("without_boards_again", self.args.seconds)
        self.running = False
        for task in tasks:
            task.cancel()
        baseline = (without + again) / 2
        computed = [c for c, _ in self.board_fetches if c is not None]
        latency = self.poke_to_board
        sizes = [size for _, size in self.board_fetches]
        print(f"RESULT server_cpu_per_s without={baseline:.3f} with_ten_boards={with_boards:.3f} "
              f"ten_boards={with_boards - baseline:.3f} ratio={with_boards / baseline:.2f}")
        print(f"RESULT board_fetches={len(self.board_fetches)} computed={len(computed)} "
              f"per_s={len(self.board_fetches) / self.args.seconds:.1f} "
              f"computed_per_s={len(computed) / self.args.seconds:.1f} again={self.again} "
              f"bytes_p50={percentile(sizes, 0.5):.0f}")
        print(f"RESULT board_compute_ms p50={percentile(computed, 0.5):.1f} "
              f"p99={percentile(computed, 0.99):.1f} max={max(computed, default=0):.1f}")
        print(f"RESULT poke_to_board_ms p50={percentile(latency, 0.5):.1f} "
              f"p99={percentile(latency, 0.99):.1f} max={max(latency, default=0):.1f}")
        print(f"RESULT load contacts={self.contacts} resolved={self.resolved} errors={self.errors}")
        floor = board_sql_floor(self.args.database, midnight)
        print(f"RESULT board_sql_floor_ms p50={percentile(floor, 0.5):.1f} "
              f"p99={percentile(floor, 0.99):.1f} "
              f"ratio_p50={percentile(computed, 0.5) / percentile(floor, 0.5):.2f}")


def board_sql_floor(path, midnight):
    """The board's queries (server/metrics/KpiReport.cpp, QueueKpis.cpp, KpiTargets.cpp) on a
    bare sqlite3 connection, rows read and dropped: what computing the board costs the database."""
    start = calendar.timegm(time.strptime(midnight, "%Y-%m-%dT%H:%M:%SZ")) * 1000
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    times = []
    for _ in range(20):
        now = int(time.time() * 1000)
        began = time.perf_counter()
        for sql, args in board_queries(start, now):
            db.execute(sql, args).fetchall()
        times.append((time.perf_counter() - began) * 1000)
    return times


def board_queries(start, now):
    window = (start, now)
    return [
        ("SELECT COALESCE(MAX(seq), 0) FROM changes", ()),
        ("SELECT o.id, o.display_name, o.team, o.line, o.max_chats, COALESCE(p.status, 'offline'), "
         "p.started_at, (SELECT COUNT(*) FROM tickets t WHERE t.assignee_id = o.id AND t.channel "
         "= 'chat' AND t.status IN ('new', 'open', 'pending')), (SELECT MAX(a.ended_at) FROM "
         "ticket_assignments a WHERE a.operator_id = o.id AND a.channel = 'chat' AND a.ended_at "
         "IS NOT NULL) FROM operators o LEFT JOIN presence_intervals p ON p.operator_id = o.id "
         "AND p.ended_at IS NULL WHERE o.active = 1 AND o.role = 'operator' ORDER BY "
         "o.display_name, o.id", ()),
        ("SELECT operator_id, queue_id FROM operator_queues ORDER BY operator_id, queue_id", ()),
        ("SELECT h.assignee_id, COUNT(*), SUM(CASE WHEN h.channel = 'chat' THEN 1 ELSE 0 END), "
         "SUM(h.held), SUM(h.first_contact) FROM (SELECT t.assignee_id, t.channel, "
         "COALESCE((SELECT SUM(COALESCE(a.ended_at, t.resolved_at) - a.assigned_at) FROM "
         "ticket_assignments a WHERE a.ticket_id = t.id AND a.operator_id = t.assignee_id), "
         "t.resolved_at - COALESCE(t.assigned_at, t.created_at)) AS held, CASE WHEN EXISTS "
         "(SELECT 1 FROM escalations e WHERE e.ticket_id = t.id) OR (t.customer_id IS NOT NULL "
         "AND EXISTS (SELECT 1 FROM tickets r WHERE r.customer_id = t.customer_id AND r.id <> "
         "t.id AND r.created_at > t.created_at AND r.created_at <= t.resolved_at + ?)) THEN 0 "
         "ELSE 1 END AS first_contact FROM tickets t WHERE t.assignee_id IS NOT NULL AND "
         "t.status IN ('resolved', 'closed') AND t.resolved_at >= ? AND t.resolved_at < ?) h "
         "GROUP BY h.assignee_id", (86400000,) + window),
        ("SELECT operator_id, COUNT(*), SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END) FROM "
         "csat_responses WHERE received_at >= ? AND received_at < ? AND operator_id IS NOT NULL "
         "GROUP BY operator_id", window),
        ("SELECT from_operator_id, COUNT(*), SUM(CASE WHEN status = 'returned' THEN 1 ELSE 0 "
         "END) FROM escalations WHERE created_at >= ? AND created_at < ? AND from_operator_id IS "
         "NOT NULL GROUP BY from_operator_id", window),
        ("SELECT operator_id, started_at, COALESCE(ended_at, ?) FROM presence_intervals WHERE "
         "status = 'online' AND started_at < ? AND (ended_at IS NULL OR ended_at > ?)",
         (now, now, start)),
        ("SELECT operator_id, assigned_at, COALESCE(ended_at, ?) FROM ticket_assignments WHERE "
         "assigned_at < ? AND (ended_at IS NULL OR ended_at > ?)", (now, now, start)),
        ("SELECT q.id, q.title, (SELECT COUNT(*) FROM tickets t WHERE t.queue_id = q.id AND "
         "t.assignee_id IS NULL AND t.status IN ('new', 'open')), (SELECT "
         "MIN(COALESCE(t.queued_at, t.created_at)) FROM tickets t WHERE t.queue_id = q.id AND "
         "t.assignee_id IS NULL AND t.status IN ('new', 'open')), (SELECT COUNT(*) FROM "
         "sla_breaches b WHERE b.queue_id = q.id AND b.breached_at >= ? AND b.breached_at < ?) "
         "FROM queues q ORDER BY q.id", window),
        ("SELECT t.queue_id, SUM(CASE WHEN t.first_response_due IS NOT NULL THEN 1 ELSE 0 END), "
         "SUM(CASE WHEN t.first_response_at <= t.first_response_due THEN 1 ELSE 0 END), SUM(CASE "
         "WHEN t.channel = 'chat' AND t.first_response_due >= ? AND t.first_response_due < ? THEN "
         "1 ELSE 0 END), SUM(CASE WHEN t.channel = 'chat' AND t.first_response_due >= ? AND "
         "t.first_response_due < ? AND t.first_response_at <= t.first_response_due THEN 1 ELSE 0 "
         "END), SUM(CASE WHEN t.channel <> 'chat' AND t.first_response_at >= ? AND "
         "t.first_response_at < ? THEN 1 ELSE 0 END), SUM(CASE WHEN t.channel <> 'chat' AND "
         "t.first_response_at >= ? AND t.first_response_at < ? THEN t.first_response_at - "
         "t.created_at ELSE 0 END) FROM tickets t WHERE (t.first_response_due >= ? AND "
         "t.first_response_due < ?) OR (t.first_response_at >= ? AND t.first_response_at < ?) "
         "GROUP BY t.queue_id", window * 6),
        ("SELECT queue_id, COUNT(*) FROM tickets WHERE created_at >= ? AND created_at < ? GROUP "
         "BY queue_id", window),
        ("SELECT queue_id, COUNT(*) FROM tickets WHERE resolved_at >= ? AND resolved_at < ? AND "
         "status IN ('resolved', 'closed') GROUP BY queue_id", window),
        ("SELECT project_id, figure, period, value, at_most FROM kpi_targets ORDER BY id", ()),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base")
    parser.add_argument("accounts", help="JSON file of tokens written by scripts/bench-board")
    parser.add_argument("database", help="the back office's SQLite file (for the floor)")
    parser.add_argument("pid", type=int, help="the back office's process id")
    parser.add_argument("--rate", type=float, default=1000, help="contacts a minute")
    parser.add_argument("--warmup", type=float, default=20)
    parser.add_argument("--seconds", type=float, default=30, help="length of each phase")
    args = parser.parse_args()
    with open(args.accounts) as file:
        accounts = json.load(file)
    random.seed(17)
    asyncio.run(Load(args, accounts).run())


if __name__ == "__main__":
    main()

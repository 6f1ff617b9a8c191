#!/usr/bin/python3
"""A cohort's exam beside production traffic (issue 19, "Benchmarks"), driven by
scripts/bench-exam.

Production's traffic is the live board's (bench/board_load.py): OPERATORS online, RATE contacts a
minute through POST /intake/messages, the operators answering and resolving the chats routed to
them. Production's figure is the p99 of those operators' own requests (their replies, reads and
resolutions), as their desktops would wait for them.

The exam: a trainer imports a bench pack (made here from no real data: 30 chat scenarios whose
customer answers every reply at once, delay 0, over four turns and leaves when the ticket is
resolved), makes a sandbox from it, puts TRAINEES operators in its cohort and starts an exam for
the whole cohort (3 customers at once, 30 scenarios: none runs out during a phase). Each trainee, as her desktop would, holds an
events socket in the sandbox, reads the change feed after every poke (one request in flight),
begins the exam, replies to each customer message after 2-5 s of "typing", reports a search and
an article opened now and then through the exam's events route, and resolves the conversation
after her third reply. The figure: from her reply's POST answered to the customer's answer read
from her feed, the simulated customer's answer as the trainee sees it (target p99 < 1 s).

Phases of SECONDS after WARMUP: production WITHOUT the exam, WITH the exam running, WITHOUT again.
Trainees' tokens are written into the sandbox's database directly, as bench/bench_accounts.py
writes production's, so forty sign-ins do not measure the password hash.
Prints RESULT lines."""
import argparse
import asyncio
import hashlib
import json
import multiprocessing
import random
import re
import secrets
import sqlite3
import sys
import time

import websockets

from board_load import Connection, Load, cpu_seconds, percentile

SANDBOX = "bench-exam"


SCENARIOS = 30  # a trainee answering every 2-5 s works about 15 in a phase of 60 s, 3 at once


def bench_pack():
    """SCENARIOS scenarios of four turns; every branch answers at once, so what is measured is the
    back office's runner, not a script's typing time. Enough of them that no trainee runs out
    before the phase ends."""
    scenarios = []
    for n in range(SCENARIOS):
        turns = []
        for t in range(4):
            then = f"t{t + 1}" if t < 3 else f"t{t}"
            turns.append({"id": f"t{t}", "branches": [
                {"when": {"kind": "resolution"}, "say": "Thank you, goodbye.", "rate": 5,
                 "then": "end"},
                {"when": {"kind": "silence", "seconds": 3600}, "say": "Hello?", "then": f"t{t}"},
                {"when": {"kind": "otherwise"}, "say": f"Answer {t + 1} to scenario {n + 1}.",
                 "delay_seconds": 0, "then": then}]})
        scenarios.append({
            "id": f"bench-{n + 1}", "title": f"Bench scenario {n + 1}",
            "persona": {"name": f"Bench customer {n + 1}", "style": "Answers at once"},
            "channel": "chat", "customer": f"c{n % 6 + 1}",
            "opening": f"Hello, this is scenario {n + 1}. Where is my order?",
            "turns": turns,
            "expected": {"articles": [], "escalation": None, "resolution": "answered"},
            "time_limits": {"first_response_seconds": 60, "handle_seconds": 600},
            "hint": {"section": "Orders"}, "rating": {"on_expected": 5, "on_other": 2}})
    return {
        "format": "frontline-scenario-pack", "format_version": 1, "id": "bench-exam",
        "version": 1, "title": "Bench exam", "language": "en", "knowledge_base": "production",
        "macros": [],
        "customers": [{"id": f"c{n + 1}", "name": f"Bench customer {n + 1}",
                       "email": f"c{n + 1}@example.com", "phone": "", "city": "Moscow"}
                      for n in range(6)],
        "orders": [],
        "exam": {"duration_minutes": 45, "simultaneous": 3, "scenarios": SCENARIOS,
                 "questions": []},
        "practice": {"hint_after_seconds": 120}, "scenarios": scenarios}


class Phase:
    """What production's operators waited for in one phase: each request's time on its
    connection, and its X-Request-Id, to find the back office's own time in its request log."""

    def __init__(self):
        self.times = []
        self.ids = []


class ProductionLoad(Load):
    """The board's load, timing the operators' own requests (production's figure)."""

    def __init__(self, args, accounts):
        super().__init__(args, accounts)
        self.measuring = None  # the Phase the operators' requests go to, or None
        self.operator_tokens = set(accounts["operators"].values())

    async def call(self, method, path, token, body=None, headers=None, ok=(200, 201)):
        phase = self.measuring if token in self.operator_tokens else None
        timed = [] if phase is not None else None
        try:
            status, answer, payload = await self.pool.request(method, path, token, body, headers,
                                                              timed=timed)
        except (OSError, asyncio.IncompleteReadError):
            self.errors += 1
            return None
        if phase is not None and phase is self.measuring:
            phase.times += timed
            phase.ids.append(answer.get("x-request-id", ""))
        if status not in ok:
            self.errors += 1
            return None
        return json.loads(payload) if payload else {}


class Trainee:
    """One trainee's desktop in the sandbox: events socket, the feed after each poke, replies."""

    def __init__(self, cohort, token, operator_id):
        self.cohort, self.token, self.operator_id = cohort, token, operator_id
        self.connection = Connection(cohort.host, cohort.port)
        self.feed = Connection(cohort.host, cohort.port)
        self.poked = asyncio.Event()
        self.since = 0
        self.replied = {}  # ticket id -> replies sent
        self.waiting = {}  # ticket id -> when her last reply's POST was answered
        self.exam_id = None

    async def call(self, method, path, body=None, headers=None, ok=(200, 201)):
        try:
            status, _, payload = await self.connection.request(method, path, self.token, body,
                                                               headers)
        except (OSError, asyncio.IncompleteReadError):
            self.cohort.errors += 1
            return None
        if status not in ok:
            self.cohort.errors += 1
            return None
        return json.loads(payload) if payload else {}

    async def follow(self):
        while self.cohort.running:
            try:
                await asyncio.wait_for(self.poked.wait(), 1.0)
            except asyncio.TimeoutError:
                pass
            self.poked.clear()
            more = True
            while more and self.cohort.running:
                status, _, payload = await self.feed.request(
                    "GET", f"/api/v1/changes?since={self.since}&limit=500", self.token)
                if status != 200:
                    self.cohort.errors += 1
                    break
                page = json.loads(payload)
                for change in page["changes"]:
                    self.seen(change)
                self.since, more = page["next"], page["more"]

    def seen(self, change):
        data = change.get("data") or {}
        if change["entity"] == "exam" and self.exam_id is None:
            self.exam_id = data.get("id")
        if change["entity"] != "message" or data.get("author_kind") != "customer":
            return
        ticket = data.get("ticket_id")
        answered = self.waiting.pop(ticket, None)
        if answered is not None:
            self.cohort.answered((time.monotonic() - answered) * 1000)
        # Every customer message gets her next step: a reply, or after her third the resolution
        # (which ends the scenario, so the exam's next customer writes).
        asyncio.ensure_future(self.reply(ticket))

    async def reply(self, ticket):
        await asyncio.sleep(random.uniform(2, 5))
        if not self.cohort.running or ticket in self.waiting:
            return
        n = self.replied.get(ticket, 0)
        if n >= 3:
            await self.resolve(ticket)
            return
        self.replied[ticket] = n + 1
        if self.exam_id and random.random() < 0.5:
            at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            await self.call("POST", f"/api/v1/training/exams/{self.exam_id}/events", {"events": [
                {"kind": "search", "ticket_id": ticket, "query": "where is my order", "at": at},
                {"kind": "article_opened", "ticket_id": ticket, "slug": "order-status",
                 "at": at}]}, {"Idempotency-Key": secrets.token_hex(8)})
        answer = await self.call("POST", f"/api/v1/tickets/{ticket}/messages",
                                 {"body": f"Reply {n + 1}: let me check that for you."},
                                 {"Idempotency-Key": f"{ticket}-{n}"})
        if answer is not None:
            self.waiting[ticket] = time.monotonic()

    async def resolve(self, ticket):
        current = await self.call("GET", f"/api/v1/tickets/{ticket}")
        if current is None or current.get("status") == "resolved":
            return
        await self.call("PATCH", f"/api/v1/tickets/{ticket}",
                        {"status": "resolved", "resolution_code": "answered"},
                        {"If-Match": f'"{current["version"]}"'}, ok=(200, 409, 412))

    async def run(self):
        uri = f"ws://{self.cohort.host}:{self.cohort.port}/api/v1/events"
        async with websockets.connect(uri, extra_headers={"Authorization": f"Bearer {self.token}"},
                                      max_size=None) as socket:
            follower = asyncio.ensure_future(self.follow())
            mine = await self.call("GET", "/api/v1/training/exams/mine")
            exams = (mine or {}).get("exams", [])
            if exams:
                self.exam_id = exams[0]["id"]
                await self.call("POST", f"/api/v1/training/exams/{self.exam_id}/start",
                                headers={"Idempotency-Key": f"start-{self.exam_id}"})
            async for message in socket:
                if json.loads(message).get("type") == "changed":
                    self.poked.set()
                if not self.cohort.running:
                    break
            follower.cancel()


class Cohort:
    """The trainees' desktops, in a process of their own as they are on machines of their own:
    their work must not slow production's simulated desktops down, only the back office."""

    def __init__(self, host, port, measuring, stopping, count):
        self.host, self.port = host, port
        self.measuring, self.stopping, self.count = measuring, stopping, count
        self.answers = []
        self.errors = 0

    @property
    def running(self):
        return not self.stopping.is_set()

    def answered(self, ms):
        if self.measuring.is_set():
            self.answers.append(ms)
            with self.count.get_lock():
                self.count.value += 1

    async def run(self, tokens):
        tasks = [asyncio.ensure_future(Trainee(self, token, operator_id).run())
                 for token, operator_id in tokens]
        while self.running:
            await asyncio.sleep(0.2)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


def run_cohort(host, port, tokens, measuring, stopping, count, results):
    random.seed(1919)
    cohort = Cohort(host, port, measuring, stopping, count)
    asyncio.run(cohort.run(tokens))
    results.put((cohort.answers, cohort.errors))


def server_times(log, ids):
    """The back office's own time for each of `ids`, from its request log: from parsing the
    request to writing its answer, its wait for the request thread included."""
    wanted, times = set(ids), []
    with open(log, errors="replace") as file:
        for line in file:
            match = LOG_LINE.search(line)
            if match and match.group(2) in wanted:
                times.append(float(match.group(1)))
    return times


LOG_LINE = re.compile(r"duration_ms=([0-9.]+) .*request=(\S+)")


class ExamBench:
    def __init__(self, args, accounts):
        self.args = args
        self.load = ProductionLoad(args, accounts)
        self.trainer = accounts["trainer"]
        self.trainees = accounts["trainees"]  # production id -> username
        spawn = multiprocessing.get_context("spawn")
        self.measuring, self.stopping = spawn.Event(), spawn.Event()
        self.count, self.results = spawn.Value("i", 0), spawn.Queue()
        self.spawn = spawn

    async def must(self, method, path, body=None):
        """The trainer's setup request; the bench stops on a refusal, saying why."""
        status, _, payload = await self.load.pool.request(method, path, self.trainer, body)
        if status not in (200, 201, 204):
            sys.exit(f"exam_load: {method} {path}: {status} {payload.decode()}")
        return json.loads(payload) if payload else {}

    async def prepare(self):
        await self.must("POST", "/api/v1/training/packs", bench_pack())
        await self.must("POST", "/api/v1/training/sandboxes",
                        {"name": SANDBOX, "title": "Bench cohort", "pack_id": "bench-exam"})
        for operator_id in self.trainees:
            await self.must("PUT", f"/api/v1/training/sandboxes/{SANDBOX}/trainees/{operator_id}")
        tokens = self.sandbox_tokens()
        await self.must("POST", "/api/v1/training/exams", {"sandbox": SANDBOX, "mode": "exam"})
        return tokens

    def sandbox_tokens(self):
        """Sessions for the trainees in the sandbox's own database, as sign-in makes them."""
        path = self.args.database.replace(".sqlite", f".sandbox-{SANDBOX}.sqlite")
        db = sqlite3.connect(path, timeout=30)
        now = int(time.time() * 1000)
        tokens = []
        for username in self.trainees.values():
            (operator_id,) = db.execute("SELECT id FROM operators WHERE username = ?",
                                        (username,)).fetchone()
            token = f"{SANDBOX}." + secrets.token_hex(32)
            db.execute("INSERT INTO tokens (token_hash, operator_id, name, created_at) "
                       "VALUES (?, ?, ?, ?)",
                       (hashlib.sha256(token.encode()).hexdigest(), operator_id, "bench", now))
            tokens.append((token, str(operator_id)))
        db.commit()
        db.close()
        return tokens

    async def phase(self, name, seconds):
        production = Phase()
        before_cpu, before = cpu_seconds(self.args.pid), time.monotonic()
        answers = self.count.value
        self.load.measuring = production
        await asyncio.sleep(seconds)
        self.load.measuring = None
        wall = time.monotonic() - before
        cpu = cpu_seconds(self.args.pid) - before_cpu
        times = production.times
        print(f"RESULT phase_{name} seconds={wall:.1f} server_cpu_per_s={cpu / wall:.3f} "
              f"production_requests={len(times)} "
              f"production_p50_ms={percentile(times, 0.5):.1f} "
              f"production_p99_ms={percentile(times, 0.99):.1f} "
              f"customer_answers={self.count.value - answers}", flush=True)
        return production

    def compare(self, what, base, exam):
        p99_base, p99_exam = percentile(base, 0.99), percentile(exam, 0.99)
        print(f"RESULT production_p99_ms {what} without={p99_base:.2f} with_exam={p99_exam:.2f} "
              f"ratio={p99_exam / p99_base:.2f} p50_without={percentile(base, 0.5):.2f} "
              f"p50_with={percentile(exam, 0.5):.2f} n={len(base)},{len(exam)}")

    async def run(self):
        load = self.load
        for token in load.operators.values():
            await load.call("PUT", "/api/v1/presence", token, {"status": "online"})
        tasks = [asyncio.ensure_future(t) for t in (load.intake(), load.team(), load.breaks())]
        await asyncio.sleep(self.args.warmup)
        without = await self.phase("without_exam", self.args.seconds)
        tokens = await self.prepare()
        print(f"== exam started for {len(tokens)} trainees", flush=True)
        cohort = self.spawn.Process(target=run_cohort, args=(
            load.host, load.port, tokens, self.measuring, self.stopping, self.count,
            self.results))
        cohort.start()
        await asyncio.sleep(self.args.warmup)
        self.measuring.set()
        with_exam = await self.phase("with_exam", self.args.seconds)
        self.measuring.clear()
        self.stopping.set()  # the trainees stop; production goes on
        answers, errors = await asyncio.get_running_loop().run_in_executor(None, self.results.get)
        cohort.join()
        again = await self.phase("without_exam_again", self.args.seconds)
        load.running = False
        for task in tasks:
            task.cancel()
        base = Phase()
        base.times, base.ids = without.times + again.times, without.ids + again.ids
        self.compare("as_desktops_wait", base.times, with_exam.times)
        self.compare("in_back_office", server_times(self.args.log, base.ids),
                     server_times(self.args.log, with_exam.ids))
        print(f"RESULT customer_answer_ms count={len(answers)} "
              f"p50={percentile(answers, 0.5):.1f} p99={percentile(answers, 0.99):.1f} "
              f"max={max(answers, default=0):.1f}")
        print(f"RESULT load contacts={load.contacts} resolved={load.resolved} "
              f"errors={load.errors + errors}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base")
    parser.add_argument("accounts", help="JSON file of tokens written by bench/bench_accounts.py")
    parser.add_argument("pid", type=int, help="the back office's process id")
    parser.add_argument("database", help="the back office's SQLite file")
    parser.add_argument("log", help="the back office's log, with its request lines")
    parser.add_argument("--rate", type=float, default=600, help="contacts a minute")
    parser.add_argument("--warmup", type=float, default=15)
    parser.add_argument("--seconds", type=float, default=60, help="length of each phase")
    args = parser.parse_args()
    with open(args.accounts) as file:
        accounts = json.load(file)
    random.seed(19)
    asyncio.run(ExamBench(args, accounts).run())


if __name__ == "__main__":
    main()

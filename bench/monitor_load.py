#!/usr/bin/python3
"""Live monitoring under a contact center's load (issue 18, "Benchmarks"), driven by
scripts/bench-monitor.

The traffic is the live board's (bench/board_load.py, issue 17): OPERATORS online, RATE contacts a
minute through POST /intake/messages, the operators answering and resolving the chats routed to
them, breaks now and then. On top of it, MONITORED chats whose customers keep writing: each
reports typing (POST /intake/typing) every 3 s and sends a message every 15 s, in every phase.

  * The probe: one supervisor monitors one more chat (POST /tickets/{id}/monitor), follows the
    change feed as a desktop does (on a poke, GET /changes, one request in flight), and measures
    from a customer's keystroke (the typing POST sent) to the typing event on her events socket,
    and from a customer's message (the message POST sent) to that message read from the feed.
    Its floor, in the same run: the same POST's own round trip (the server's answer).
  * The cost, in four phases: without them; MONITORED supervisors at their desks (an events
    socket each, following the feed like the probe, from its head as a synced desktop does); the
    same supervisors each monitoring one of the watched chats; without them again. The back
    office's CPU per second (/proc/PID/stat) and its peak resident memory (/proc/PID/status VmRSS)
    per phase: the supervisors' cost is "monitoring" minus the mean of the two "without", the
    monitoring's own "monitoring" minus "at their desks". The desks' arrival and leaving are left
    out of every figure.
Prints RESULT lines."""
import argparse
import asyncio
import json
import random
import sys
import time

import websockets

from board_load import Connection, Load, cpu_seconds, percentile


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Desk:
    """A supervisor's desktop watching one chat: an events socket, the monitor, and the change
    feed read after every poke with one request in flight."""

    def __init__(self, load, token, ticket_id, since=0, monitor=True):
        self.load, self.token, self.ticket_id = load, token, ticket_id
        self.monitor = monitor
        self.connection = Connection(load.host, load.port)
        self.poked = asyncio.Event()
        self.since = since  # a desktop already synced: from the feed's head, not from 0
        self.on_typing = None  # called with the typing event
        self.on_change = None  # called with each change read
        self.stopped = False

    async def call(self, method, path, ok=(200, 201, 204)):
        try:
            status, _, payload = await self.connection.request(method, path, self.token)
        except (OSError, asyncio.IncompleteReadError):
            status, payload = 0, b""
        if status not in ok:
            self.load.errors += 1
            return None
        return json.loads(payload) if payload else {}

    async def follow(self):
        while not self.stopped:
            await self.poked.wait()
            self.poked.clear()
            more = True
            while more and not self.stopped:
                page = await self.call("GET", f"/api/v1/changes?since={self.since}&limit=2000")
                if page is None:
                    break
                for change in page["changes"]:
                    if self.on_change:
                        self.on_change(change)
                self.since, more = page["next"], page["more"]

    async def catch_up(self):
        more = True
        while more:
            page = await self.call("GET", f"/api/v1/changes?since={self.since}&limit=5000")
            if page is None:
                return
            self.since, more = page["next"], page["more"]

    async def run(self, started):
        await self.catch_up()
        uri = f"ws://{self.load.host}:{self.load.port}/api/v1/events"
        async with websockets.connect(uri, extra_headers={"Authorization": f"Bearer {self.token}"},
                                      max_size=None) as socket:
            if self.monitor:
                await self.call("POST", f"/api/v1/tickets/{self.ticket_id}/monitor")
            follower = asyncio.ensure_future(self.follow())
            started.set()
            try:
                async for message in socket:
                    event = json.loads(message)
                    kind = event.get("type")
                    if kind == "changed":
                        self.poked.set()
                    elif kind == "typing" and self.on_typing:
                        self.on_typing(event)
                    if self.stopped:
                        break
            finally:
                follower.cancel()
        if self.monitor:
            await self.call("DELETE", f"/api/v1/tickets/{self.ticket_id}/monitor")

    def stop(self):
        self.stopped = True
        self.poked.set()


class MonitorLoad(Load):
    def __init__(self, args, accounts):
        super().__init__(args, accounts)
        self.phase_name = "warmup"
        self.typing_ms = {}  # phase -> [ms]: typing POST sent -> the probe's typing event
        self.message_ms = {}  # phase -> [ms]: message POST sent -> the probe read it in the feed
        self.typing_answer_ms = {}  # phase -> [ms]: the typing POST's own round trip (floor)
        self.message_answer_ms = {}  # phase -> [ms]: the message POST's own round trip (floor)
        self.typing_sent = {}  # ticket id -> when the probe's last typing POST was sent
        self.message_sent = {}  # message id or text -> when sent
        self.rss = {}
        self.probe_desk = None

    def record(self, table, value):
        table.setdefault(self.phase_name, []).append(value)

    async def customer_message(self, customer, text):
        return await self.call("POST", "/api/v1/intake/messages", self.intake_token, {
            "channel": "chat", "queue": "orders", "external_message_id": text,
            "customer": {"external_id": customer, "name": f"Watched {customer}"}, "text": text})

    async def customer_typing(self, customer):
        return await self.call("POST", "/api/v1/intake/typing", self.intake_token, {
            "channel": "chat", "queue": "orders",
            "customer": {"external_id": customer}}, ok=(204, 429))

    async def watched_customer(self, customer):
        """A customer of a monitored chat: types every 3 s, writes every 15 s, in every phase."""
        n = 0
        await asyncio.sleep(random.uniform(0, 3))
        while self.running:
            await self.customer_typing(customer)
            await asyncio.sleep(3)
            n += 1
            if n % 5 == 0:
                await self.customer_message(customer, f"{customer}-{n}")

    async def probe(self, token, ticket_id, customer):
        desk = self.probe_desk = Desk(self, token, ticket_id)
        texts = {}

        def typed(event):
            if event.get("ticket_id") == ticket_id and event.get("customer") is True:
                sent = self.typing_sent.pop(ticket_id, None)
                if sent is not None:
                    self.record(self.typing_ms, (time.monotonic() - sent) * 1000)

        def changed(change):
            data = change.get("data", {})
            if change.get("entity") == "message" and data.get("body") in texts:
                self.record(self.message_ms,
                            (time.monotonic() - texts.pop(data["body"])) * 1000)

        desk.on_typing, desk.on_change = typed, changed
        started = asyncio.Event()
        runner = asyncio.ensure_future(desk.run(started))
        await started.wait()
        n = 0
        while self.running:
            n += 1
            self.typing_sent[ticket_id] = sent = time.monotonic()
            if await self.customer_typing(customer) is not None:
                self.record(self.typing_answer_ms, (time.monotonic() - sent) * 1000)
            await asyncio.sleep(0.25)
            if n % 2 == 0:
                text = f"probe-{n}"
                texts[text] = sent = time.monotonic()
                if await self.customer_message(customer, text) is not None:
                    self.record(self.message_answer_ms, (time.monotonic() - sent) * 1000)
            await asyncio.sleep(0.25)
        desk.stop()
        runner.cancel()

    async def phase(self, name, seconds, desks=()):
        # The desks' arrival (50 sockets and monitors at once) is not the steady state measured.
        self.phase_name = "arriving"
        started = [asyncio.Event() for _ in desks]
        runners = [asyncio.ensure_future(d.run(s)) for d, s in zip(desks, started)]
        for event in started:
            await event.wait()
        self.phase_name = name
        before_cpu, before = cpu_seconds(self.args.pid), time.monotonic()
        peak = 0.0
        while time.monotonic() - before < seconds:
            await asyncio.sleep(1)
            peak = max(peak, rss_mib(self.args.pid))
        cpu = cpu_seconds(self.args.pid) - before_cpu
        wall = time.monotonic() - before
        for desk in desks:
            desk.stop()
        self.phase_name = "leaving"
        await asyncio.gather(*runners, return_exceptions=True)
        self.rss[name] = peak
        print(f"RESULT phase_{name} seconds={wall:.1f} server_cpu_per_s={cpu / wall:.3f} "
              f"rss_peak_mib={peak:.1f} supervisors={len(desks)}", flush=True)
        return cpu / wall

    def latency(self, label, table, phases):
        values = [v for p in phases for v in table.get(p, [])]
        print(f"RESULT {label} phases={'+'.join(phases)} n={len(values)} "
              f"p50={percentile(values, 0.5):.1f} p99={percentile(values, 0.99):.1f} "
              f"max={max(values, default=0):.1f}")

    async def run(self):
        count = self.args.monitored
        watched = [f"watched-{i}" for i in range(count + 1)]
        tickets = []
        for customer in watched:
            answer = await self.customer_message(customer, f"{customer}-hello")
            tickets.append(answer["ticket_id"])
            self.scheduled.add(answer["ticket_id"])  # nobody resolves a watched chat
        for token in self.operators.values():
            await self.call("PUT", "/api/v1/presence", token, {"status": "online"})
        print(f"== {len(self.operators)} operators online, {count} watched chats", flush=True)
        tasks = [asyncio.ensure_future(t) for t in (self.intake(), self.team(), self.breaks())]
        tasks += [asyncio.ensure_future(self.watched_customer(c)) for c in watched[1:]]
        supervisors = self.supervisors
        tasks.append(asyncio.ensure_future(self.probe(supervisors[0], tickets[0], watched[0])))
        await asyncio.sleep(self.args.warmup)
        without = await self.phase("without", self.args.seconds)

        def desks(monitor):
            return [Desk(self, supervisors[1 + i], tickets[1 + i], self.probe_desk.since, monitor)
                     for i in range(count)]
        at_desks = await self.phase("at_their_desks", self.args.seconds, desks(False))
        with_them = await self.phase("monitoring", self.args.seconds, desks(True))
        again = await self.phase("without_again", self.args.seconds)
        self.running = False
        for task in tasks:
            task.cancel()
        baseline = (without + again) / 2
        print(f"RESULT server_cpu_per_s without={baseline:.3f} at_their_desks={at_desks:.3f} "
              f"monitoring={with_them:.3f} supervisors={with_them - baseline:.3f} "
              f"monitoring_itself={with_them - at_desks:.3f} ratio={with_them / baseline:.2f}")
        print(f"RESULT server_rss_peak_mib without={self.rss['without']:.1f} "
              f"at_their_desks={self.rss['at_their_desks']:.1f} "
              f"monitoring={self.rss['monitoring']:.1f} "
              f"without_again={self.rss['without_again']:.1f}")
        for phases in (["without", "without_again"], ["at_their_desks"], ["monitoring"]):
            self.latency("typing_to_monitor_ms", self.typing_ms, phases)
            self.latency("typing_post_answer_ms", self.typing_answer_ms, phases)
            self.latency("message_to_monitor_feed_ms", self.message_ms, phases)
            self.latency("message_post_answer_ms", self.message_answer_ms, phases)
        print(f"RESULT load contacts={self.contacts} resolved={self.resolved} errors={self.errors}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base")
    parser.add_argument("accounts", help="JSON file of tokens written by bench/bench_accounts.py")
    parser.add_argument("pid", type=int, help="the back office's process id")
    parser.add_argument("--rate", type=float, default=1000, help="contacts a minute")
    parser.add_argument("--monitored", type=int, default=50, help="supervisors monitoring")
    parser.add_argument("--warmup", type=float, default=20)
    parser.add_argument("--seconds", type=float, default=30, help="length of each phase")
    args = parser.parse_args()
    with open(args.accounts) as file:
        accounts = json.load(file)
    if len(accounts["supervisors"]) < args.monitored + 1:
        sys.exit("monitor_load: one supervisor more than --monitored is needed (the probe)")
    random.seed(18)
    asyncio.run(MonitorLoad(args, accounts).run())


if __name__ == "__main__":
    main()

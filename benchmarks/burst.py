"""A burst of /ask after an announcement: how soon each interaction is acknowledged, and how
long the event loop is held, with the bot's asking path as it is and with searches inline.

    python -m benchmarks.burst [--questions 1000] [--users 100] [--corpus DIR] [--latency-ms 40] [--spread-s 0]

Discord waits three seconds for an interaction's first response. The bot's own asking path
(`bot.asking.Asking`, with its real library, cooldown, rendering and sending code) answers each
question; only Discord is stood in for: each request (a response, a deferral, a follow-up)
takes `--latency-ms` on the network, and its body is serialised as discord.py would send it.
"inline" is the path before issue 10: every search on the event loop, nothing deferred.

Reported: acknowledgement latency (arrival to first response or deferral) p50/p99 and the
share past three seconds; event-loop lag (how late a 10 ms timer fires) p50/p99/max. Not a
test: figures depend on the machine, and belong in the README with the command that made them.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.machine import REPO_ROOT, machine_info, machine_line
from benchmarks.report import format_table

DISCORD_PATIENCE_S = 3.0
TICK_S = 0.01
COLUMNS = [("path", "path", str), ("questions", "questions", str), ("ack p50", "ack_p50", str),
           ("ack p99", "ack_p99", str), ("past 3 s", "late", str), ("deferred", "deferred", str),
           ("told to wait", "busy", str), ("cooldown", "cooldown", str),
           ("loop lag p50", "lag_p50", str), ("p99", "lag_p99", str), ("max", "lag_max", str)]


@dataclass
class Arrival:
    """What the stand-in for Discord saw of one interaction."""

    arrived: float
    acknowledged: float | None = None
    deferred: bool = False
    answered: bool = False
    said: str | None = None  # the text of a first response without an embed (a refusal)


class _Network:
    def __init__(self, latency: float):
        self.latency = latency

    async def request(self, payload: dict) -> None:
        json.dumps(payload, default=str)  # the body discord.py would encode
        await asyncio.sleep(self.latency)


@dataclass
class _User:
    id: int


@dataclass
class StandInInteraction:
    """The part of discord.Interaction the asking path uses, talking to a simulated network."""

    id: int
    user: _User
    network: _Network
    seen: Arrival
    locale: str = "fr"
    guild_id: int = 1  # one server, as after an announcement
    channel: object = None  # a text channel, not a thread
    response: "StandInInteraction" = field(init=False)
    followup: "StandInInteraction" = field(init=False)

    def __post_init__(self) -> None:
        self.response = self.followup = self  # one object plays the three roles
        self._done = False

    def is_done(self) -> bool:
        return self._done

    async def _first(self, payload: dict, deferred: bool) -> None:
        self._done = True  # as discord.py, marked before the request returns
        await self.network.request(payload)
        if self.seen.acknowledged is None:
            self.seen.acknowledged = time.perf_counter()
        self.seen.deferred = deferred
        self.seen.answered = not deferred

    async def send_message(self, content=None, *, embed=None, **kwargs) -> None:
        self.seen.said = content
        await self._first({"content": content, "embed": embed and embed.to_dict()}, deferred=False)

    async def defer(self, **kwargs) -> None:
        await self._first({"type": 5}, deferred=True)

    async def send(self, content=None, *, embed=None, **kwargs) -> None:  # the follow-up
        await self.network.request({"content": content, "embed": embed and embed.to_dict()})
        self.seen.answered = True

    async def edit_original_response(self, **kwargs) -> None:
        await self.network.request({})
        self.seen.answered = True


async def _ticker(lags: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        start = time.perf_counter()
        await asyncio.sleep(TICK_S)
        lags.append(time.perf_counter() - start - TICK_S)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def burst(asking, questions: list[str], users: int, latency: float, spread: float) -> dict:
    from bot.words import say

    busy, cooldown = say("fr", "busy", seconds=0).split(" 0 ")[0], say("fr", "cooldown", seconds=0).split(" 0 ")[0]
    network = _Network(latency)
    seen: list[Arrival] = []
    lags: list[float] = []
    stop = asyncio.Event()
    ticker = asyncio.create_task(_ticker(lags, stop))
    tasks = []
    for n, question in enumerate(questions):
        arrival = Arrival(time.perf_counter())
        seen.append(arrival)
        interaction = StandInInteraction(n, _User(n % users), network, arrival)
        tasks.append(asyncio.create_task(asking.ask_interaction(interaction, question, False)))
        if spread:
            await asyncio.sleep(spread / len(questions))
    await asyncio.gather(*tasks)
    stop.set()
    await ticker
    acks = [a.acknowledged - a.arrived for a in seen if a.acknowledged is not None]
    return {
        "questions": f"{len(acks)}/{len(seen)}",
        "ack_p50": f"{statistics.median(acks) * 1000:.0f} ms",
        "ack_p99": f"{_percentile(acks, 0.99) * 1000:.0f} ms",
        "late": f"{sum(a > DISCORD_PATIENCE_S for a in acks) / len(seen):.1%}",
        "deferred": f"{sum(a.deferred for a in seen) / len(seen):.0%}",
        "busy": f"{sum(bool(a.said) and a.said.startswith(busy) for a in seen)}",
        "cooldown": f"{sum(bool(a.said) and a.said.startswith(cooldown) for a in seen)}",
        "lag_p50": f"{statistics.median(lags) * 1000:.1f} ms",
        "lag_p99": f"{_percentile(lags, 0.99) * 1000:.1f} ms",
        "lag_max": f"{max(lags) * 1000:.0f} ms",
    }


def _asking(corpus: Path, inline: bool, queue_limit: int, folder: Path):
    from bot.asking import Asking
    from bot.library import Library
    from bot.settings import Settings
    from bot.store import Store
    from corpus import Index

    index = Index.build(corpus)
    settings = Settings(_env_file=None, token="bench.not.real", corpus_dir=corpus, queue_limit=queue_limit)
    library = Library(corpus, None, index)
    # Every question is recorded, as in production, in a database of the run's own (`folder`).
    store = Store(folder / "questions.sqlite3", retention_days=settings.retention_days)
    asking = Asking(settings, library, store)
    if inline:  # before issue 10: the search on the event loop, the answer as the first response
        async def search(question: str, k: int, offset: int = 0):
            return index.search(question, k=k, offset=offset)

        library.search = search
        asking.should_acknowledge = lambda: False
        asking.busy = lambda lang: None
    return asking


def main(argv: list[str] | None = None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO_ROOT / "seeds")
    ap.add_argument("--questions", type=int, default=1000)
    ap.add_argument("--users", type=int, default=100)
    ap.add_argument("--latency-ms", type=float, default=40.0, help="one request's round trip to Discord")
    ap.add_argument("--queue-limit", type=int, default=500, help="CORPUS_BOT_QUEUE_LIMIT")
    ap.add_argument("--spread-s", type=float, default=0.0, help="the burst arrives over this long (0: at once)")
    args = ap.parse_args(argv)
    # Questions made of the corpus's own titles and words: answerable, and all different.
    from corpus import Index

    titles = [s.title for s in Index.build(args.corpus).sources]
    questions = [f"{titles[n % len(titles)]} {n}" for n in range(args.questions)]
    rows = []
    for name, inline in (("asking path", False), ("inline (before)", True)):
        with tempfile.TemporaryDirectory(prefix="burst-") as folder:  # removed with its database
            asking = _asking(args.corpus, inline, args.queue_limit, Path(folder))
            result = asyncio.run(burst(asking, questions, args.users, args.latency_ms / 1000, args.spread_s))
            rows.append({"path": name, **result})
            asking.library.close()
            asking.store.close()
    print(format_table(rows, COLUMNS))
    print(f"\n{machine_line(machine_info())} · {args.questions} questions from {args.users} users over "
          f"{args.spread_s:g} s, {args.latency_ms:g} ms a request, corpus {args.corpus}")
    return rows


if __name__ == "__main__":
    main()

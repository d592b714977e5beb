"""The bot's memory on disk, one SQLite file: questions asked, votes, help channels, answered threads.

No Discord user id or name is ever written; a server id is, so each server sees only its own
questions. Several shard processes on one machine share the file: WAL lets readers work while
one writes, the busy timeout makes a writer wait its turn instead of failing, and every write is
one short transaction. Methods are synchronous; the bot calls them through `asyncio.to_thread`.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 10_000  # how long a shard waits for another one's write before giving up
DAY = 86_400.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY,
    asked_at REAL NOT NULL,      -- unix seconds
    guild_id INTEGER,            -- NULL: a direct message
    path TEXT NOT NULL,          -- how it was asked: slash, mention, dm, menu, channel, forum, followup
    question TEXT NOT NULL,
    answered INTEGER NOT NULL,
    confidence REAL NOT NULL,
    documents TEXT NOT NULL      -- JSON list of the document ids shown
);
CREATE INDEX IF NOT EXISTS questions_by_server ON questions (guild_id, asked_at);
CREATE TABLE IF NOT EXISTS votes (
    id INTEGER PRIMARY KEY,
    voted_at REAL NOT NULL,
    guild_id INTEGER,
    question TEXT NOT NULL,
    documents TEXT NOT NULL,
    vote TEXT NOT NULL CHECK (vote IN ('up', 'down'))
);
CREATE INDEX IF NOT EXISTS votes_by_server ON votes (guild_id, voted_at);
CREATE TABLE IF NOT EXISTS help_channels (
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    kind TEXT NOT NULL,          -- text or forum
    added_at REAL NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
);
CREATE TABLE IF NOT EXISTS threads (
    thread_id INTEGER PRIMARY KEY,
    guild_id INTEGER,
    question TEXT NOT NULL,      -- the last question understood there, the context of a follow-up
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS imported (
    path TEXT PRIMARY KEY,       -- a votes file already read into this database
    imported_at REAL NOT NULL
);
"""


class StoreError(Exception):
    """The database cannot be opened or is not ours; str(err) is one line for people."""


@dataclass(frozen=True)
class Asked:
    """One question as it is kept: what, where from, and what the bot could do with it."""

    asked_at: float
    guild_id: int | None
    path: str
    question: str
    answered: bool
    confidence: float
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Vote:
    voted_at: float
    guild_id: int | None
    question: str
    documents: tuple[str, ...]
    vote: str


@dataclass(frozen=True)
class HelpChannel:
    channel_id: int
    kind: str  # "text" or "forum"


class Store:
    def __init__(self, path: Path, *, retention_days: int, clock: Callable[[], float] = time.time):
        self.path = path
        self.retention_days = retention_days
        self.clock = clock
        self._lock = threading.Lock()  # one statement at a time on this process's connection
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
            self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._wal()
            self._db.execute("PRAGMA synchronous = NORMAL")  # durable enough in WAL, and fast
            with self._write() as db:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise StoreError(f"{path} was written by a newer corpus-bot (schema {version})")
                # executescript would commit the open transaction first; one statement at a time keeps it.
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot use {path} as the bot's database: {error}") from None
        self.forget_old()

    def _wal(self) -> None:
        # Changing the journal mode ignores the busy timeout: when another shard is creating the
        # file at the same moment, wait for it here instead of failing.
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the write lock up front, so two shards never both read then both write.
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    # -- questions and votes ------------------------------------------------------------------

    def record_question(
        self, question: str, *, guild_id: int | None, path: str, answered: bool, confidence: float, documents: list[str]
    ) -> None:
        if self.clock() - self._forgotten_at > DAY:  # a bot runs for months: forget old rows daily too
            self.forget_old()
        with self._write() as db:
            db.execute(
                "INSERT INTO questions (asked_at, guild_id, path, question, answered, confidence, documents)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self.clock(), guild_id, path, question, int(answered), confidence, json.dumps(documents)),
            )

    def record_vote(self, question: str, documents: list[str], vote: str, *, guild_id: int | None) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO votes (voted_at, guild_id, question, documents, vote) VALUES (?, ?, ?, ?, ?)",
                (self.clock(), guild_id, question, json.dumps(documents), vote),
            )

    def _since(self, days: float) -> float:
        return self.clock() - days * DAY

    def questions(self, *, days: float, guild_id: int | None = None, every_server: bool = False) -> list[Asked]:
        """Questions of the last `days`: of one server (None: direct messages), or of all of them."""
        where, params = self._scope(guild_id, every_server)
        rows = self._read(
            f"SELECT asked_at, guild_id, path, question, answered, confidence, documents FROM questions"
            f" WHERE asked_at >= ? {where} ORDER BY asked_at",
            (self._since(days), *params),
        )
        return [Asked(r[0], r[1], r[2], r[3], bool(r[4]), r[5], tuple(json.loads(r[6]))) for r in rows]

    def votes(self, *, days: float, guild_id: int | None = None, every_server: bool = False) -> list[Vote]:
        where, params = self._scope(guild_id, every_server)
        rows = self._read(
            f"SELECT voted_at, guild_id, question, documents, vote FROM votes WHERE voted_at >= ? {where}"
            " ORDER BY voted_at",
            (self._since(days), *params),
        )
        return [Vote(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4]) for r in rows]

    @staticmethod
    def _scope(guild_id: int | None, every_server: bool) -> tuple[str, tuple]:
        if every_server:
            return "", ()
        if guild_id is None:
            return "AND guild_id IS NULL", ()
        return "AND guild_id = ?", (guild_id,)

    def forget_old(self) -> int:
        """Delete what is older than the retention period; how many rows went."""
        self._forgotten_at = self.clock()
        limit = self._since(self.retention_days)
        with self._write() as db:
            gone = db.execute("DELETE FROM questions WHERE asked_at < ?", (limit,)).rowcount
            gone += db.execute("DELETE FROM votes WHERE voted_at < ?", (limit,)).rowcount
            gone += db.execute("DELETE FROM threads WHERE updated_at < ?", (limit,)).rowcount
        return gone

    # -- the votes file of earlier versions ----------------------------------------------------

    def import_votes_file(self, path: Path) -> int | None:
        """Read an earlier version's JSON-lines votes file once; None when it was read before.

        The file is left as it is. Lines that cannot be read are skipped; the count says how many
        votes came in.
        """
        if not path.is_file():
            return None
        key = str(path.resolve())
        with self._write() as db:
            if db.execute("SELECT 1 FROM imported WHERE path = ?", (key,)).fetchone():
                return None
            count = 0
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                vote = _old_vote(line)
                if vote is not None:
                    db.execute(
                        "INSERT INTO votes (voted_at, guild_id, question, documents, vote) VALUES (?, NULL, ?, ?, ?)",
                        (vote.voted_at, vote.question, json.dumps(list(vote.documents)), vote.vote),
                    )
                    count += 1
            db.execute("INSERT INTO imported (path, imported_at) VALUES (?, ?)", (key, self.clock()))
        return count

    # -- help channels ---------------------------------------------------------------------

    def add_channel(self, guild_id: int, channel_id: int, kind: str) -> bool:
        """Answer by itself in this channel; False when it already did."""
        with self._write() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO help_channels (guild_id, channel_id, kind, added_at) VALUES (?, ?, ?, ?)",
                (guild_id, channel_id, kind, self.clock()),
            )
            return cursor.rowcount == 1

    def remove_channel(self, guild_id: int, channel_id: int) -> bool:
        with self._write() as db:
            cursor = db.execute(
                "DELETE FROM help_channels WHERE guild_id = ? AND channel_id = ?", (guild_id, channel_id)
            )
            return cursor.rowcount == 1

    def channels(self, guild_id: int) -> list[HelpChannel]:
        rows = self._read(
            "SELECT channel_id, kind FROM help_channels WHERE guild_id = ? ORDER BY added_at", (guild_id,)
        )
        return [HelpChannel(r[0], r[1]) for r in rows]

    def all_channels(self) -> dict[int, str]:
        """Every help channel of every server, by channel id: the bot's in-memory view at start."""
        return {r[0]: r[1] for r in self._read("SELECT channel_id, kind FROM help_channels")}

    # -- threads the bot answered in -------------------------------------------------------------

    def remember_thread(self, thread_id: int, guild_id: int | None, question: str) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO threads (thread_id, guild_id, question, updated_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (thread_id) DO UPDATE SET question = excluded.question, updated_at = excluded.updated_at",
                (thread_id, guild_id, question, self.clock()),
            )

    def thread_question(self, thread_id: int) -> str | None:
        rows = self._read("SELECT question FROM threads WHERE thread_id = ?", (thread_id,))
        return rows[0][0] if rows else None


def _old_vote(line: str) -> Vote | None:
    try:
        entry = json.loads(line)
        when = datetime.fromisoformat(entry["time"]).timestamp()
        documents = tuple(str(d) for d in entry.get("documents", []))
        if entry["vote"] not in ("up", "down") or not isinstance(entry["question"], str):
            return None
        return Vote(when, None, entry["question"], documents, entry["vote"])
    except (ValueError, KeyError, TypeError, AttributeError):
        return None

"""The bot's database: kept for a retention period, the old votes file read once, shared by shards."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from bot.store import DAY, Store, StoreError

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from bot.store import Store

    store = Store(Path(sys.argv[1]), retention_days=90)
    for n in range(int(sys.argv[2])):
        store.record_question(f"question {n}", guild_id=int(sys.argv[3]), path="slash", answered=True,
                              confidence=0.9, documents=["doc"])
    """
)


def test_questions_older_than_the_retention_period_are_deleted(tmp_path):
    now = [1_800_000_000.0]
    store = Store(tmp_path / "bot.sqlite3", retention_days=90, clock=lambda: now[0])
    store.record_question("Qui est Tyler Perry ?", guild_id=1, path="slash", answered=True, confidence=0.9, documents=["a"])
    store.record_vote("Qui est Tyler Perry ?", ["a"], "down", guild_id=1)
    now[0] += 89 * DAY
    store.record_question("Sora ?", guild_id=1, path="mention", answered=True, confidence=0.9, documents=["b"])
    now[0] += 2 * DAY
    store.close()

    reopened = Store(tmp_path / "bot.sqlite3", retention_days=90, clock=lambda: now[0])

    assert [q.question for q in reopened.questions(days=365, guild_id=1)] == ["Sora ?"]
    assert reopened.votes(days=365, guild_id=1) == []


def test_a_bot_running_for_months_forgets_old_questions_without_a_restart(tmp_path):
    now = [1_800_000_000.0]
    store = Store(tmp_path / "bot.sqlite3", retention_days=30, clock=lambda: now[0])
    store.record_question("Sora ?", guild_id=1, path="slash", answered=True, confidence=0.9, documents=["a"])
    now[0] += 31 * DAY

    store.record_question("Qui ?", guild_id=1, path="slash", answered=False, confidence=0.1, documents=[])

    assert [q.question for q in store.questions(days=365, guild_id=1)] == ["Qui ?"]


def test_the_votes_file_of_earlier_versions_is_read_once_and_left_alone(tmp_path):
    votes_file = tmp_path / "feedback.jsonl"
    lines = [
        {"time": "2026-11-20T10:00:00+00:00", "question": "Sora ?", "documents": ["a"], "vote": "down"},
        {"time": "2026-11-21T10:00:00+00:00", "question": "Qui ?", "documents": [], "vote": "up"},
    ]
    votes_file.write_text("\n".join(json.dumps(line) for line in lines) + "\nnot json\n", encoding="utf-8")
    before = votes_file.read_bytes()
    store = Store(tmp_path / "bot.sqlite3", retention_days=3650)

    first = store.import_votes_file(votes_file)
    second = store.import_votes_file(votes_file)

    assert (first, second) == (2, None)
    assert [(v.question, v.vote) for v in store.votes(days=3650, every_server=True)] == [("Sora ?", "down"), ("Qui ?", "up")]
    assert votes_file.read_bytes() == before


def test_shard_processes_on_one_machine_write_the_same_file_without_losing_a_row(tmp_path):
    database = tmp_path / "bot.sqlite3"
    shards = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(database), "150", str(guild)], stderr=subprocess.PIPE)
        for guild in (1, 2, 3)
    ]
    errors = [shard.communicate(timeout=120)[1] for shard in shards]

    assert [shard.returncode for shard in shards] == [0, 0, 0], errors
    store = Store(database, retention_days=90)
    assert [len(store.questions(days=1, guild_id=guild)) for guild in (1, 2, 3)] == [150, 150, 150]


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("mes notes\n" * 200, encoding="utf-8")

    with pytest.raises(StoreError, match="notes.txt"):
        Store(notes, retention_days=90)
    assert notes.read_text(encoding="utf-8") == "mes notes\n" * 200

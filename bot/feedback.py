"""👍/👎 votes, appended as JSON lines: what was asked and shown, never who voted."""
from __future__ import annotations

import asyncio
import json
from datetime import datetime, timezone
from pathlib import Path


class FeedbackLog:
    def __init__(self, path: Path):
        self.path = path
        self._writing = asyncio.Lock()

    def _append(self, line: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as file:
            file.write(line + "\n")

    async def record(self, question: str, documents: list[str], vote: str) -> None:
        entry = {
            "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "question": question,
            "documents": documents,
            "vote": vote,
        }
        # One writer at a time keeps lines whole; the thread keeps a slow disk off the event loop.
        async with self._writing:
            await asyncio.to_thread(self._append, json.dumps(entry, ensure_ascii=False))

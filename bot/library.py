"""The corpus as the bot holds it: the current index, searched and reloaded off the event loop.

Searches run in a small pool of threads of their own, so a burst of questions never blocks the
event loop (which must keep acknowledging interactions within Discord's three seconds), and a
reload, which builds in another thread, never waits behind them.
"""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from corpus import Index
from corpus.answer import Answer, Source
from corpus.application import open_index

from . import limits


@dataclass(frozen=True)
class Changes:
    """What a reload changed, by document title."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    text_changed: bool  # the fingerprint moved: some file changed, even with the same sources
    count: int

    @property
    def any(self) -> bool:
        return bool(self.added or self.removed or self.changed or self.text_changed)


def compare(before: list[Source], after: list[Source], fingerprints: tuple[str, str]) -> Changes:
    old = {s.doc: s for s in before}
    new = {s.doc: s for s in after}
    return Changes(
        added=tuple(new[d].title for d in new if d not in old),
        removed=tuple(old[d].title for d in old if d not in new),
        changed=tuple(new[d].title for d in new if d in old and new[d] != old[d]),
        text_changed=fingerprints[0] != fingerprints[1],
        count=len(after),
    )


class Library:
    def __init__(self, corpus_dir: Path | None, index_path: Path | None, index: Index | None = None,
                 workers: int = limits.SEARCH_WORKERS):
        self.corpus_dir = corpus_dir
        self.index_path = index_path
        self._index = index
        self._opening = asyncio.Lock()
        self._searches = ThreadPoolExecutor(workers, thread_name_prefix="corpus-bot-search")

    def _open(self) -> Index:
        return open_index(self.corpus_dir, self.index_path)

    async def index(self) -> Index:
        # Opened on first use when the bot was built without one (e.g. `corpus-bot sync`).
        async with self._opening:
            if self._index is None:
                self._index = await asyncio.to_thread(self._open)
        return self._index

    @property
    def may_be_slow(self) -> bool:
        """A search may outlast Discord's three seconds: the index is still to be opened, or large."""
        return self._index is None or len(self._index) > limits.LARGE

    async def search(self, question: str, k: int, offset: int = 0) -> Answer:
        index = await self.index()
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._searches, partial(index.search, question, k=k, offset=offset))

    async def reload(self) -> Changes:
        """Read the corpus folder again; the old index keeps serving until the new one is ready."""
        before = await self.index()
        after = await asyncio.to_thread(self._open)
        self._index = after
        return compare(before.sources, after.sources, (before.fingerprint, after.fingerprint))

    def close(self) -> None:
        self._searches.shutdown(wait=False, cancel_futures=True)

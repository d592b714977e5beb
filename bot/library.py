"""The corpus as the bot holds it: the current index, searched and reloaded off the event loop."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from corpus import Index
from corpus.answer import Answer, Source

# Beyond this many passages a search may take long enough to delay other users' events.
LARGE = 20_000


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
    def __init__(self, corpus_dir: Path | None, index_path: Path | None, index: Index | None = None):
        self.corpus_dir = corpus_dir
        self.index_path = index_path
        self._index = index
        self._opening = asyncio.Lock()

    @classmethod
    def open(cls, corpus_dir: Path | None, index_path: Path | None) -> Library:
        """Load (or build) the index now; raises CorpusError with a user-facing message."""
        return cls(corpus_dir, index_path, Index.open(corpus_dir, index_path))

    async def index(self) -> Index:
        # Opened on first use when the bot was built without one (e.g. `corpus-bot sync`).
        async with self._opening:
            if self._index is None:
                self._index = await asyncio.to_thread(Index.open, self.corpus_dir, self.index_path)
        return self._index

    @property
    def is_large(self) -> bool:
        return self._index is not None and len(self._index) > LARGE

    async def search(self, question: str, k: int, offset: int = 0) -> Answer:
        index = await self.index()
        if self.is_large:
            return await asyncio.to_thread(index.search, question, k=k, offset=offset)
        return index.search(question, k=k, offset=offset)

    async def reload(self) -> Changes:
        """Read the corpus folder again; the old index keeps serving until the new one is ready."""
        before = await self.index()
        after = await asyncio.to_thread(Index.open, self.corpus_dir, self.index_path)
        self._index = after
        return compare(before.sources, after.sources, (before.fingerprint, after.fingerprint))

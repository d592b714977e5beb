"""The structure every reader produces, and the few text rules they share.

The text of a block is what excerpts quote: the source's own characters, markup and all
(a reST role, a Markdown link are quoted as the file writes them, so a quote can be found in
the file), with its white space normalised (a line break inside a paragraph is a space, not a
sentence end). Analysis reads it with its markup blanked (`corpus/markup.py`). Code keeps its
lines as written. Formats whose parser gives only rendered text (HTML, PDF, DOCX) quote that.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..text import is_flat

PARAGRAPH, ITEM, ROW, CODE = "paragraph", "item", "row", "code"
KINDS = (PARAGRAPH, ITEM, ROW, CODE)
SECTION_SEPARATOR = " › "  # between the levels of a heading path, as people read it
HEADING_MAX_CHARS = 150  # a longer "heading" is cut: it is context, never the answer


# Not frozen: a frozen dataclass sets each field through object.__setattr__, and a block is
# made for every paragraph read (3.4 times the cost of a plain one: some 0.1 s of each reading
# process's CPU at 10M words). Nothing changes a block once made (`Collector.extend` replaces it).
@dataclass(slots=True)
class Block:
    kind: str  # one of KINDS
    text: str  # the source's characters, wrapped lines joined: what excerpts quote
    section: tuple[str, ...] = ()  # the headings it stands under, outermost first
    page: int = 0  # 1-based page of a paged format (PDF); 0 elsewhere


@dataclass
class Parsed:
    """A document as its format describes it: its own title (if it has one) and its blocks."""

    title: str | None = None
    blocks: list[Block] = field(default_factory=list)


# A hyphen ending a line inside a compound word ("dommages-\nintérêts") joins without a space.
_WRAPPED_HYPHEN = re.compile(r"(?<=[^\W\d_]-)[ \t]*\n\s*(?=[^\W\d_])")
_SPACES = re.compile(r"\s+")


def flow(text: str, flat: bool | None = None) -> str:
    """Wrapped lines joined into one line of prose, white space normalised. `flat`:
    `text.is_flat(text)`, when the caller knows it already (a flat text holds no line break)."""
    if flat:
        return text.strip()
    if "-\n" in text or "- \n" in text:
        text = _WRAPPED_HYPHEN.sub("", text)
    if not (is_flat(text) if flat is None else flat):
        text = _SPACES.sub(" ", text)
    return text.strip()


def code_text(text: str) -> str:
    """Code as written: its lines kept, trailing spaces and blank edges dropped."""
    lines = [line.rstrip() for line in text.expandtabs(4).split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def heading_text(text: str) -> str:
    """A heading on one line, at most HEADING_MAX_CHARS characters."""
    text = flow(text)
    if len(text) <= HEADING_MAX_CHARS:
        return text
    cut = text[:HEADING_MAX_CHARS - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[40:] else cut) + "…"


class Outline:
    """The heading path as a document goes: a heading of level n replaces levels n and below."""

    def __init__(self):
        self.levels = []

    @property
    def levels(self) -> list[tuple[int, str]]:
        return self._levels

    @levels.setter
    def levels(self, levels: list[tuple[int, str]]) -> None:
        self._levels = levels
        self.path = tuple(h for _, h in levels)  # made once a heading, read once a block

    def enter(self, level: int, heading: str) -> None:
        heading = heading_text(heading)
        levels = list(self._levels)
        while levels and levels[-1][0] >= level:
            levels.pop()
        self.levels = levels + [(level, heading)] if heading else levels


class Collector:
    """Blocks as a reader finds them, under the current heading path; empty text is no block."""

    def __init__(self):
        self.outline = Outline()
        self.blocks: list[Block] = []
        self.first_heading: str | None = None
        self.page = 0

    def heading(self, level: int, text: str) -> None:
        self.outline.enter(level, text)
        if self.first_heading is None and self.outline.path:
            self.first_heading = self.outline.path[-1]

    def add(self, kind: str, text: str, flat: bool | None = None) -> None:
        text = code_text(text) if kind == CODE else flow(text, flat)
        if text:
            self.blocks.append(Block(kind, text, self.outline.path, self.page))

    def extend(self, text: str) -> None:
        """More words for the last block (a list item that goes with the line introducing it)."""
        text = flow(text)
        if text and self.blocks:
            last = self.blocks[-1]
            self.blocks[-1] = replace(last, text=f"{last.text} {text}")

    def parsed(self, title: str | None = None) -> Parsed:
        title = heading_text(title) if title else None
        return Parsed(title or self.first_heading, self.blocks)

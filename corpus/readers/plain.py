"""Plain text: paragraphs, list items and headings read from the shape of the lines.

Plain text comes two ways, and a file tells which by its lines:
- hard-wrapped (every line at most WRAP_WIDTH characters, paragraphs between blank lines, some
  of several lines): a blank line ends a paragraph, a line break inside one is a space;
- one line a paragraph (text pasted from the web, the seeds): a line break ends a paragraph,
  unless a long line stopping mid-sentence is followed by a lowercase start.
Either way a short line with no final punctuation, standing alone, is a heading: context for
what follows it until the next heading. List items after a line ending in ':' stay with it. Site chrome and lines repeated within the file go
(`cleaning.py`): plain text is where pages copied from the web end up.
"""
from __future__ import annotations

import re

from .. import cleaning
from ..text import is_flat
from .blocks import ITEM, PARAGRAPH, Collector, Parsed

WRAP_WIDTH = 100  # a file none of whose lines is longer was hard-wrapped (80 columns, 100 at most)
HEADING_MAX_WORDS = 12
WRAP_MIN_CHARS = 40  # a shorter line without final punctuation is a heading, not a wrapped line

_ITEM = re.compile(r"^(?:[-*•–]|\d{1,3}[.)])\s+")
_BULLET = re.compile(r"^[-*•–]\s+")  # a bullet is list markup; a number ("1.") is kept
_LINK = re.compile(r"https?://|www\.", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_SENTENCE_END = re.compile(r"[.:;…!?]\W*$")
_BLANK = re.compile(r"\n[ \t]*\n")
_RULE = re.compile(r"^\s*([=\-~^*+#_])\1{2,}\s*$")
_RULE_MARK = re.compile(r"([=\-~^*+#_])\1\1")  # in any line that is a rule: most texts have none


def read(text: str) -> Parsed:
    lines = Lines()
    lines.feed(text)
    return lines.parsed()


class Lines:
    """Reads text a piece at a time (a PDF page after another) into one document's blocks."""

    def __init__(self, chrome: bool = True):
        self.chrome = chrome  # drop site chrome (`cleaning.is_noise`): text copied from the web
        self.found = Collector()
        self.seen: set[str] = set()
        self.after_heading = False
        self.title: str | None = None  # plain text's title is its first line, heading or not

    def feed(self, text: str, page: int = 0) -> None:
        self.found.page = page
        _, start = cleaning.date_marker(text)
        text = text[start:].replace("\r\n", "\n").replace("\r", "\n")
        chunks = _BLANK.split(text.strip())
        wrapped = (len(chunks) > 1 and max(map(len, text.split("\n"))) <= WRAP_WIDTH
                   and any("\n" in chunk.strip() for chunk in chunks))
        rules = _RULE_MARK.search(text) is not None
        for chunk in chunks:
            if "\n" not in chunk:  # a chunk of one line (most of them): one unit, however read
                line = chunk.strip()
                units = [line] if line else []
            else:
                units = _wrapped_units(chunk) if wrapped else _line_units(chunk)
            for unit in _underlined(units) if rules else units:
                self.unit(unit)

    def unit(self, unit: str) -> None:
        flat = is_flat(unit)  # asked once for the line's key and its text
        key = cleaning.line_key(unit, flat)
        if not key or (self.chrome and cleaning.is_noise(unit)) or key in self.seen:
            return
        self.seen.add(key)
        self.title = self.title or _MD_HEADING.sub("", unit.split("\n", 1)[0])
        # A short line right under a heading (a subtitle, a byline) is text, not a heading,
        # unless it is marked as one ("# Title", or underlined).
        if _MD_HEADING.match(unit) or (_is_heading(unit) and not self.after_heading):
            self.found.heading(1, _MD_HEADING.sub("", unit))
            self.after_heading = True
            return
        bullet = _BULLET.match(unit)
        if bullet:
            self.found.add(ITEM, unit[bullet.end():], flat)  # the end of a flat line is flat
        else:
            self.found.add(PARAGRAPH, unit, flat)
        self.after_heading = False

    def parsed(self, title: str | None = None) -> Parsed:
        # A document that is nothing but short lines is read as text, not as headings alone.
        if not self.found.blocks and self.found.first_heading:
            self.found.add(PARAGRAPH, self.found.first_heading)
        return self.found.parsed(title or self.title)


def _underlined(units: list[str]) -> list[str]:
    """A line of ----, ==== or the like is markup: under a line, it makes that line a heading
    (as "# line"); alone, it is a rule, and goes."""
    out: list[str] = []
    for unit in units:
        lines = unit.split("\n")
        rules = [i for i, line in enumerate(lines) if _RULE.match(line)]
        if not rules:
            out.append(unit)
            continue
        at = 0
        for i in rules:
            before = lines[at:i]
            if before:
                out.extend(["\n".join(before[:-1])] if len(before) > 1 else [])
                out.append("# " + before[-1])
            elif out and not out[-1].startswith("# ") and "\n" not in out[-1]:
                out[-1] = "# " + out[-1]
            at = i + 1
        if at < len(lines):
            out.append("\n".join(lines[at:]))
    return [unit for unit in out if unit.strip()]


def _wrapped_units(chunk: str) -> list[str]:
    """A blank-line paragraph of a hard-wrapped file: one unit, or one per list item."""
    units: list[list[str]] = []
    for line in chunk.split("\n"):
        line = line.strip()
        if not line:
            continue
        if not units or (_ITEM.match(line) and not _introduces(units[-1][-1])):
            units.append([line])
        else:
            units[-1].append(line)
    return ["\n".join(unit) for unit in units]


def _line_units(chunk: str) -> list[str]:
    """A paragraph a line, but for a long line visibly wrapped (lowercase start after it)."""
    units: list[str] = []
    last = ""
    for line in chunk.split("\n"):
        line = line.strip()
        if not line:
            continue
        if units and _continues(last, line):
            units[-1] += "\n" + line
        else:
            units.append(line)
        last = line
    return units


def _is_heading(unit: str) -> bool:
    if "\n" in unit or _ITEM.match(unit):
        return False
    marked = _MD_HEADING.match(unit)
    # A long line is no heading unless marked: it is told before looking for links in it (a
    # case-blind search through a whole paragraph costs more than the rest of reading it).
    if not marked and len(unit.split(None, HEADING_MAX_WORDS)) > HEADING_MAX_WORDS:
        return False
    if _LINK.search(unit):
        return False
    return bool(marked) or not _SENTENCE_END.search(unit)


def _introduces(line: str) -> bool:
    """A line that opens a list (it ends with ':') or is one of its items: the items that follow
    belong with it, so that an answer and the question it answers stay in one passage."""
    return line.endswith(":") or bool(_ITEM.match(line))


def _continues(previous: str, line: str) -> bool:
    """Does `line` belong to the same paragraph as the line before it?"""
    if _ITEM.match(line):
        return _introduces(previous)
    return line[:1].islower() and len(previous) >= WRAP_MIN_CHARS and not _SENTENCE_END.search(previous)

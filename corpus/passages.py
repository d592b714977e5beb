"""Cut paragraphs into sentences, and sentences into the passages the index ranks.

A passage is a window of whole sentences inside one paragraph, short enough that its words are
about one thing. Windows of a long paragraph overlap by one sentence, so that an answer spanning
two sentences is whole in some window; excerpts later make sure no sentence is shown twice.
"""
from __future__ import annotations

import re
from typing import NamedTuple

PASSAGE_MAX_WORDS = 60

# A sentence ends at . ! ? or … (and closing quotes), before a space and a capital, a quote, a
# digit or a dash, or markup that opens a sentence in a quoted source (``None``, **Note**,
# :class:`Client`; a backtick reads as an apostrophe here); a line break always ends one (list
# items, verse, tweets). The match starts on the punctuation mark itself, not after it: a
# pattern that opens on a few known characters is scanned for much faster than one that opens
# on a look-behind.
_BOUNDARY = re.compile(r"[.!?…][\"'»”)\]]*\s+(?=[«\"“'*(\[\-–—\d]|:[^\W\d_]|[^\W\d_](?<=[^\W\d_a-zà-ÿ]))|\n")
# Abbreviations and initials whose period does not end a sentence: "M. Perry", "J. K. Rowling".
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:M|Mme|Mlle|Dr|Pr|St|Ste|etc|cf|vs|p|env|av|apr|Mr|Mrs|Ms|No|n°))\.$")


class Span(NamedTuple):
    """A sentence's start and end offsets. A named tuple: a build makes one per sentence, and a
    tuple is made several times faster than a frozen dataclass."""

    start: int
    end: int


# Every match of `_BOUNDARY` opens on one of these: they are sought, and the pattern is tried
# only where one stands (a scan of the whole text by the pattern cost a quarter more).
_MARK = re.compile(r"[.!?…\n]")


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of text[start:end], in offsets of `text`, trimmed of white space."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    at = start
    seek, boundary = _MARK.search, _BOUNDARY.match
    # The matches `_BOUNDARY.finditer(text, start, end)` gives, in order: the first match at or
    # after a mark, then the next from its end.
    while (mark := seek(text, start, end)) is not None:
        match = boundary(text, mark.start(), end)
        if match is None:
            start = mark.start() + 1
            continue
        start = match.end()
        cut = match.start()
        if text[cut] == "\n":  # a line break always ends a sentence, and is not part of it
            _add(spans, text, at, cut)
            at = cut + 1
        # The longest abbreviation is 5 characters: look no further back than that.
        elif "\n" in match.group() or not _ABBREVIATION.search(text, max(at, cut - 7), cut + 1):
            _add(spans, text, at, cut + 1)  # after the mark
            at = match.end()
    _add(spans, text, at, end)
    return spans


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    # Most sentences start and end on a visible character: two tests, no loop.
    if start < end and (text[start].isspace() or text[end - 1].isspace()):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
    if end > start:
        spans.append(Span(start, end))


def windows(counts: list[int], max_words: int = PASSAGE_MAX_WORDS) -> list[tuple[int, int]]:
    """Group consecutive sentences, given their word counts, into windows of at most `max_words`
    words (a longer sentence stands alone), each window after the first starting on the last
    sentence of the one before. Windows are (first, last) sentence numbers, both included."""
    if not counts:
        return []
    if sum(counts) <= max_words:  # one window holds the whole paragraph (most paragraphs)
        return [(0, len(counts) - 1)]
    out: list[tuple[int, int]] = []
    first = 0
    while True:
        last, total = first, counts[first]
        while last + 1 < len(counts) and total + counts[last + 1] <= max_words:
            last += 1
            total += counts[last]
        out.append((first, last))
        if last + 1 >= len(counts):
            return out
        # Overlap by one sentence, unless that sentence alone filled the window.
        first = last if last > first else last + 1

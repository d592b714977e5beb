"""Compose the reply a person reads from an `Answer`: plain data, worded and rendered later.

The terminal and the Discord bot both start from `compose()`, so `corpus-bot chat` shows the
same reply the bot posts. A reply holds no sentence of its own: each front end words it from
its own words (`corpus/words.py` for the terminal, `bot/words.py` for Discord), and only the
renderers know about ANSI colours or embeds.
"""
from __future__ import annotations

from dataclasses import dataclass

from .answer import Answer, Hit, Source
from .params import DEFAULT_PARAMS, RankingParams
from .readers.blocks import SECTION_SEPARATOR

KNOWN_LISTED = 5  # documents named in a "nothing found" reply; the rest are counted


@dataclass(frozen=True)
class Quote:
    """One excerpt, cut into runs of plain and highlighted text, and where it comes from."""

    segments: tuple[tuple[str, bool], ...]  # (text, is_matched_word), in order
    citation: str  # title · author · publisher · date
    location: str
    url: str | None
    doc: str
    passage: int
    title: str = ""
    credit: str = ""  # the citation without the title
    path: str = ""  # the file, relative to the corpus folder
    section: str = ""  # the heading path, without the document's title when it opens it
    code: bool = False  # the excerpt is code, to show as code

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.segments)

    @property
    def place(self) -> str:
        """Where the excerpt stands: file · section · page and paragraph."""
        return " · ".join(p for p in (self.path, self.section, self.location) if p)


@dataclass(frozen=True)
class Reply:
    question: str
    quotes: tuple[Quote, ...]
    abstained: bool
    known: tuple[str, ...] = ()  # titles of the documents, shown when nothing answers
    more_known: int = 0  # documents not named among `known`
    shown: int = 0  # excerpts in this reply
    total: int = 0  # passages that matched at all
    level: str = "low"  # how confident: "low", "medium" or "high"
    lang: str = "fr"  # the language to word it in: the question's, or the asker's

    @property
    def headline(self) -> str:
        """The key of the words that open the reply: the documents do not say, a weak match
        says so before it is read, or here is what they say."""
        if self.abstained:
            return "nothing"
        return "unsure" if self.level == "low" else "found"


def confidence_level(confidence: float, params: RankingParams = DEFAULT_PARAMS) -> str:
    """"low" under the line where answers are shown as guesses, "high" from `high_from`."""
    if confidence >= params.high_from:
        return "high"
    return "medium" if confidence >= params.unsure_below else "low"


def segments(hit: Hit) -> tuple[tuple[str, bool], ...]:
    """Split an excerpt at its highlight spans."""
    runs: list[tuple[str, bool]] = []
    at = 0
    for start, end in sorted(hit.highlights):
        if start < at:  # overlapping spans: keep the first
            continue
        if start > at:
            runs.append((hit.excerpt[at:start], False))
        runs.append((hit.excerpt[start:end], True))
        at = end
    if at < len(hit.excerpt):
        runs.append((hit.excerpt[at:], False))
    return tuple(runs)


def shown_section(hit: Hit) -> str:
    """The heading path as a citation shows it: the title is already named just before it."""
    if hit.section == hit.title:
        return ""
    return hit.section.removeprefix(hit.title + SECTION_SEPARATOR)


def quote(hit: Hit) -> Quote:
    credit = hit.source.removeprefix(hit.title).lstrip(" ·")
    return Quote(segments(hit), hit.source, hit.location, hit.url, hit.doc, hit.passage, hit.title, credit,
                 hit.path, shown_section(hit), hit.code)


def compose(answer: Answer, lang: str = "fr", sources: list[Source] | tuple[Source, ...] = ()) -> Reply:
    """The reply to `answer`, to be worded in `lang` ("fr" or "en")."""
    if answer.abstained or not answer.results:
        titles = tuple(s.title for s in sources[:KNOWN_LISTED])
        return Reply(answer.question, (), True, titles, max(len(sources) - KNOWN_LISTED, 0), lang=lang)
    return Reply(answer.question, tuple(quote(h) for h in answer.results), False,
                 shown=len(answer.results), total=max(answer.total, len(answer.results)),
                 level=confidence_level(answer.confidence), lang=lang)

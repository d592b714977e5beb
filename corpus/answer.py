"""What a search returns: plain data, with nothing of a terminal or of Discord in it.

Every front end (the command line, JSON, the Discord bot) renders these same objects, so they
agree on what was found and where it comes from.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Source:
    """Where a document comes from, as far as the corpus knows it."""

    doc: str  # file name without extension: the document's id
    title: str
    author: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None
    via: str | None = None  # a source the text cites ("Bloomberg")
    path: str = ""  # the file it was read from, relative to the corpus folder
    passages: int = 0
    language: str = "fr"  # ISO 639-1 code: the analysis chain its text was read with

    @property
    def credit(self) -> str:
        """Who and when, as far as known: author · publisher · date · via a cited source."""
        parts = [p for p in (self.author, self.publisher, self.date) if p]
        if self.via:
            parts.append(f"via {self.via}")
        return " · ".join(parts)

    @property
    def citation(self) -> str:
        """One line naming the document: its title, then its credit."""
        return " · ".join(p for p in (self.title, self.credit) if p)


@dataclass(frozen=True)
class Hit:
    """One quoted excerpt and where it stands."""

    doc: str
    title: str
    source: str  # one line naming the document (title, author or publisher, date)
    location: str  # where in the document: "¶ 3" is its third block, "p. 2 · ¶ 3" in a PDF
    excerpt: str  # the source's own words, white space normalised; "…" marks a cut or joins two blocks
    highlights: tuple[tuple[int, int], ...]  # (start, end) spans of matched words in `excerpt`
    score: float
    url: str | None = None
    author: str | None = None
    date: str | None = None
    paragraph: int = 0  # 1-based paragraph number in the document
    passage: int = 0  # the passage's id in the index, to fetch its whole text again
    section: str = ""  # the heading path it stands under: "FAQ › How do I send a DM?"
    path: str = ""  # the file, relative to the corpus folder
    page: int | None = None  # 1-based page, for paged formats (PDF)
    code: bool = False  # the excerpt is code: shown as code, its lines kept

    def to_json(self) -> dict:
        data = asdict(self)
        data["highlights"] = [list(span) for span in self.highlights]
        data["score"] = round(self.score, 4)
        return data


@dataclass(frozen=True)
class Answer:
    """The best excerpts for a question, or an honest abstention."""

    question: str
    results: list[Hit] = field(default_factory=list)
    abstained: bool = False
    confidence: float = 0.0  # 0..1: the share of the question's informative words that matched,
    #                          cut by the signs that it is not answered (`abstention.py`)
    total: int = 0  # how many passages matched at all before the cut to k
    offset: int = 0  # rank of the first result, for paging ("more results")

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "abstained": self.abstained,
            "confidence": round(self.confidence, 3),
            "results": [hit.to_json() for hit in self.results],
        }

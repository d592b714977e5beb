"""What people asked and what the documents did not answer, from the store: plain data.

`/insights` and `corpus-bot insights` both show a `Report`, so the server and the terminal agree.
Similar unanswered questions ("pizza napolitaine ?", "Comment faire une pizza napolitaine") are
grouped with rapidfuzz, so a missing topic shows once with its count instead of ten near copies.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import TextIO

from rapidfuzz import fuzz, process

from .limits import INSIGHTS_GROUPED, INSIGHTS_LISTED, SIMILAR_QUESTIONS
from .store import Asked, Vote


@dataclass(frozen=True)
class Count:
    text: str  # the most frequent wording
    count: int
    variants: tuple[str, ...] = ()  # other wordings grouped with it


@dataclass(frozen=True)
class Report:
    days: int
    asked: int
    answered: int
    most_asked: tuple[Count, ...]
    unanswered: tuple[Count, ...]
    voted_down: tuple[Count, ...]


def normalised(question: str) -> str:
    """The same question typed differently: case, accents, punctuation and spacing ignored."""
    folded = unicodedata.normalize("NFKD", question.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", folded))


def _counted(texts: list[str]) -> list[Count]:
    """Identical questions (once normalised) counted, most frequent first, each in its usual wording."""
    wordings: dict[str, Counter[str]] = {}
    for text in texts:
        key = normalised(text)
        if key:
            wordings.setdefault(key, Counter())[text.strip()] += 1
    counts = [Count(forms.most_common(1)[0][0], sum(forms.values())) for forms in wordings.values()]
    return sorted(counts, key=lambda c: (-c.count, c.text))


def grouped(texts: list[str], similarity: float = SIMILAR_QUESTIONS, most: int = INSIGHTS_GROUPED) -> list[Count]:
    """Questions grouped with the most asked similar one; each group's count is their sum.

    Only the `most` commonest distinct wordings are grouped, which bounds the time it takes.
    """
    groups: list[list[Count]] = []
    heads: list[str] = []
    for count in _counted(texts)[:most]:  # most frequent first: a group is named by its commonest wording
        key = normalised(count.text)
        match = process.extractOne(key, heads, scorer=fuzz.token_sort_ratio, score_cutoff=similarity)
        if match is None:
            groups.append([count])
            heads.append(key)
        else:
            groups[match[2]].append(count)
    merged = [
        Count(members[0].text, sum(m.count for m in members), tuple(m.text for m in members[1:])) for members in groups
    ]
    return sorted(merged, key=lambda c: (-c.count, c.text))


def report(questions: list[Asked], votes: list[Vote], days: int, *, listed: int | None = INSIGHTS_LISTED) -> Report:
    """The report of these questions and votes; `listed` lines a section (None: all)."""
    answered = sum(q.answered for q in questions)
    return Report(
        days=days,
        asked=len(questions),
        answered=answered,
        most_asked=tuple(_counted([q.question for q in questions])[:listed]),
        unanswered=tuple(grouped([q.question for q in questions if not q.answered])[:listed]),
        voted_down=tuple(_counted([v.question for v in votes if v.vote == "down"])[:listed]),
    )


def terminal_text(summary: Report) -> str:
    """The report as `corpus-bot insights` prints it."""
    lines = [f"Last {summary.days} days: {summary.asked} questions, {summary.answered} answered."]
    for title, counts in (
        ("Most asked", summary.most_asked),
        ("Not answered by the documents (similar questions grouped)", summary.unanswered),
        ("Answers voted down", summary.voted_down),
    ):
        lines += ["", f"{title}:"]
        lines += [f"  {c.count:>4} × {c.text}" + _variants(c) for c in counts] or ["     (none)"]
    return "\n".join(lines)


def _variants(count: Count) -> str:
    return f"  (also: {' | '.join(count.variants)})" if count.variants else ""


def write_csv(summary: Report, file: TextIO) -> None:
    """One row per line of the report: section, count, question, other wordings."""
    out = csv.writer(file)
    out.writerow(["section", "count", "question", "variants"])
    out.writerow(["asked", summary.asked, "", ""])
    out.writerow(["answered", summary.answered, "", ""])
    for section, counts in (
        ("most_asked", summary.most_asked),
        ("unanswered", summary.unanswered),
        ("voted_down", summary.voted_down),
    ):
        for count in counts:
            out.writerow([section, count.count, count.text, " | ".join(count.variants)])

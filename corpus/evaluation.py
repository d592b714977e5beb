"""Score the engine on a question set, as `../shared/eval/README.md` describes.

For each answerable question, the first three results count: a result is right when one of the
question's needles stands in the first 400 characters of its excerpt (compared after folding
case, accents, apostrophes and runs of white space).
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CorpusError
from .text import fold, squash_spaces, translate

LOOKED_AT = 3
NEEDLE_WINDOW = 400


def _folded(text: str) -> str:
    return squash_spaces(fold(translate(text)))


def read_questions(path: str | Path) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CorpusError(f"No question file at {path}.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusError(f"Cannot read the question file {path}: {error}") from None
    questions = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("q"), str):
                raise ValueError("no \"q\" text")
        except ValueError as error:
            raise CorpusError(f"{path}, line {number}: not a question object ({error}).") from None
        item.setdefault("id", f"line{number}")
        item.setdefault("kind", "direct" if item.get("docs") else "abstain")
        questions.append(item)
    if not questions:
        raise CorpusError(f"{path} holds no question.")
    return questions


@dataclass
class Scores:
    n: int = 0
    hit1: int = 0
    hit3: int = 0
    rr: float = 0.0
    doc1: int = 0
    abstain_n: int = 0
    abstained_right: int = 0
    false_abstentions: int = 0

    def as_dict(self) -> dict:
        ratio = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
        return {
            "answerable": self.n,
            "hit@1": ratio(self.hit1, self.n),
            "hit@3": ratio(self.hit3, self.n),
            "mrr@3": ratio(self.rr, self.n),
            "doc@1": ratio(self.doc1, self.n),
            "false_abstentions": ratio(self.false_abstentions, self.n),
            "abstain_questions": self.abstain_n,
            "abstention_accuracy": ratio(self.abstained_right, self.abstain_n),
        }


@dataclass
class Report:
    overall: Scores = field(default_factory=Scores)
    by_kind: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    failures: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "overall": self.overall.as_dict(),
            "by_kind": {kind: s.as_dict() for kind, s in sorted(self.by_kind.items())},
            "failures": self.failures,
        }


def evaluate(index, questions: list[dict]) -> Report:
    report = Report()
    for item in questions:
        answer = index.search(item["q"], k=LOOKED_AT)
        results = [] if answer.abstained else answer.results
        for scores in (report.overall, report.by_kind[item["kind"]]):
            _score(scores, item, results)
        failure = _failure(item, results)
        if failure:
            report.failures.append(failure)
    return report


def _right(item: dict, excerpt: str) -> bool:
    head = _folded(excerpt[:NEEDLE_WINDOW])
    return any(_folded(needle) in head for needle in item.get("needles", []))


def _score(scores: Scores, item: dict, results: list) -> None:
    if not item.get("docs"):
        scores.abstain_n += 1
        scores.abstained_right += not results
        return
    scores.n += 1
    if not results:
        scores.false_abstentions += 1
        return
    ranks = [rank for rank, hit in enumerate(results[:LOOKED_AT], 1) if _right(item, hit.excerpt)]
    if ranks:
        scores.hit1 += ranks[0] == 1
        scores.hit3 += 1
        scores.rr += 1 / ranks[0]
    scores.doc1 += results[0].doc in item["docs"]


def _failure(item: dict, results: list) -> dict | None:
    base = {"id": item["id"], "kind": item["kind"], "q": item["q"]}
    if not item.get("docs"):
        return None if not results else {**base, "why": "answered", "top": results[0].excerpt[:120]}
    if not results:
        return {**base, "why": "abstained"}
    if _right(item, results[0].excerpt):
        return None
    rank = next((r for r, h in enumerate(results[:LOOKED_AT], 1) if _right(item, h.excerpt)), None)
    why = f"right answer at rank {rank}" if rank else "no right answer in the first 3"
    return {**base, "why": why, "top": f"{results[0].doc}: {results[0].excerpt[:120]}"}

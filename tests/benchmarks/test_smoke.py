"""A quick run of the scale benchmark's own code on a tiny corpus: every engine, every phase.

It checks that the benchmark measures and reports what it should; it never judges speed.
"""
import json
from pathlib import Path

import pytest

from benchmarks import profiling, scale
from benchmarks.engines import PASSAGES_FILE, TantivyEngine, TantivyFuzzyEngine, write_passages

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
FIELDS = {"size", "words", "engine", "documents", "questions", "passages", "build_s", "index_mb",
          "load_ms", "build_peak_mb", "query_peak_mb", "median_ms", "p95_ms", "hit_at_1", "doc_at_1"}


def small_corpus(folder: Path, n_questions: int = 10) -> Path:
    """The seeds as documents, and known-item questions: six words of some of their paragraphs."""
    (folder / "docs").mkdir(parents=True)
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (folder / "docs" / path.name).write_text(text, encoding="utf-8")
        paragraphs += [(path.stem, p) for p in text.split("\n\n") if len(p.split()) >= 12]
    step = len(paragraphs) // n_questions  # spread over the documents
    with open(folder / "questions.jsonl", "w", encoding="utf-8") as f:
        for i, (doc, paragraph) in enumerate(paragraphs[::step][:n_questions]):
            needle = " ".join(paragraph.split()[2:8])
            f.write(json.dumps({"id": f"s{i}", "q": needle, "doc": doc, "needle": needle}, ensure_ascii=False) + "\n")
    return folder


def test_every_engine_is_measured_on_the_same_passages_and_reported(tmp_path, capsys):
    corpus = small_corpus(tmp_path / "corpus")
    out = tmp_path / "results"

    scale.main(["--corpus", str(corpus), "--questions", "10", "--out-dir", str(out)])

    report = json.loads((out / "scale.json").read_text(encoding="utf-8"))
    assert {"nproc", "cpu", "ram_gb", "python", "packages", "date"} <= report["machine"].keys()
    rows = report["results"]
    assert [r["engine"] for r in rows] == ["corpus", "bm25s", "tantivy", "tantivy-fuzzy"]
    for row in rows:
        assert FIELDS <= row.keys()
        assert 0 <= row["hit_at_1"] <= 1 and 0 <= row["doc_at_1"] <= 1
        assert row["questions"] == 10
    assert len({r["passages"] for r in rows}) == 1 and rows[0]["passages_source"] == "engine"
    # The questions are words of the passages as written: tantivy finds some of them.
    tantivy, fuzzy = rows[2], rows[3]
    assert tantivy["hit_at_1"] > 0
    # One index for both tantivy rows: only the queries differ.
    assert tantivy["index_mb"] == fuzzy["index_mb"] and tantivy["build_s"] == fuzzy["build_s"]
    assert (out / "scale.png").stat().st_size > 0
    table = capsys.readouterr().out
    assert "hit@1" in table and "bm25s" in table and "corpus" in table and "tantivy-fuzzy" in table


def test_tantivy_with_fuzzy_terms_forgives_typos_as_meilisearch_does(tmp_path):
    passages = [{"doc": "jardin", "text": "Le jardinier arrose les hortensias chaque matin."},
                {"doc": "cuisine", "text": "La cuisinière prépare une soupe de potiron."},
                {"doc": "atelier", "text": "Le menuisier rabote une planche de chêne."}]
    write_passages(iter(passages), tmp_path / PASSAGES_FILE)
    plain, fuzzy = TantivyEngine(tmp_path), TantivyFuzzyEngine(tmp_path)
    plain.save(plain.build([], tmp_path), tmp_path)
    index = plain.load(tmp_path)

    assert plain.top(index, "potiron") == ("cuisine", "La cuisinière prépare une soupe de potiron.")
    assert plain.top(index, "de la") is None  # French stop words only: nothing to look for
    # One typo in a word of 5 to 8 letters, two from 9: plain tantivy finds nothing.
    for question, doc in (("potiorn", "cuisine"), ("hortansais", "jardin"), ("menusiier", "atelier")):
        assert plain.top(index, question) is None
        assert fuzzy.top(index, question)[0] == doc
    # No typo under five letters: "rabo" is not "rabote".
    assert fuzzy.top(index, "rabo") is None


def test_the_stage_profile_lists_where_a_query_goes(tmp_path, capsys):
    corpus = small_corpus(tmp_path / "corpus")

    profiling.stages(corpus, n_questions=10, runs=2)

    lines = capsys.readouterr().out.splitlines()
    for stage in [name for name, _ in profiling.STAGES] + [profiling.REST]:
        assert any(line.strip().startswith(stage) for line in lines), stage
    total = next(line.split() for line in lines if line.strip().startswith("search, in all"))
    assert float(total[3]) > 0 and total[-1] == "100"
    assert "10 known-item questions of corpus, 2 runs, one process each, wall time" in lines
    # Every stage's functions are the engine's own: none left to the rest for a stale name.
    assert not any("not found in the engine" in line for line in lines)


def test_the_stage_profile_gives_the_median_question_when_asked(tmp_path, capsys):
    corpus = small_corpus(tmp_path / "corpus")

    profiling.stages(corpus, n_questions=10, runs=1, cpu=True, medians=True)

    lines = capsys.readouterr().out.splitlines()
    assert "median over questions" in lines[0]
    for stage in [name for name, _ in profiling.STAGES] + [profiling.REST]:
        assert any(line.strip().startswith(stage) for line in lines), stage
    total = next(line.split() for line in lines if line.strip().startswith("search, in all"))
    assert float(total[3]) > 0 and total[-1] == "100"
    assert "10 known-item questions of corpus, 1 runs, one process each, CPU time" in lines


def test_an_unknown_engine_is_named_in_one_line(tmp_path, capsys):
    with pytest.raises(SystemExit):
        scale.main(["--corpus", str(tmp_path), "--engines", "corpus,lucene"])

    error = capsys.readouterr().err
    assert "unknown engine lucene: choose among corpus, bm25s, tantivy, tantivy-fuzzy" in error
    assert "Traceback" not in error

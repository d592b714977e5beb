"""The project's engine beside its peers (bm25s, tantivy plain and with fuzzy terms) on generated
corpora of growing size (issues 4 and 11).

    python -m benchmarks.scale [--sizes 1m,10m] [--questions 500] [--engines corpus,bm25s,tantivy,tantivy-fuzzy]

For each size, on the same passages and the same known-item questions: build time, index size
on disk, load time, peak memory of the build and of load + queries, query latency in wall and CPU
time (one question at a time, single thread) and hit@1 (the top excerpt or passage contains the needle). Each phase
runs in a child process of its own (see worker.py). Writes results/scale.json and scale.png
(chart.py redraws the chart from the JSON).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks.corpora import (BENCH_DIR, DATA_DIR, MAKE_CORPUS, CorpusParams, dev_questions, doc_files,
                                ensure_corpus, load_questions, parse_size, size_label)
from benchmarks.engines import (ENGINES, PASSAGES_FILE, STOPWORDS_FILE, paragraph_passages, reset_dir,
                               write_passages, write_stopwords)
from benchmarks.machine import REPO_ROOT, child_env, machine_info, machine_line
from benchmarks.report import contains, fmt, format_table, latency_summary

RESULTS_DIR = BENCH_DIR / "results"
WARMUP_EXTRA = 20  # unmeasured corpus questions added to the warm-up, when there are some

COLUMNS = [
    ("size", "size", str), ("engine", "engine", str), ("passages", "passages", fmt("d")),
    ("build s", "build_s", fmt(".1f")), ("build CPU s", "build_cpu_s", fmt(".1f")), ("index MiB", "index_mb", fmt(".0f")),
    ("load ms", "load_ms", fmt(".0f")), ("build peak MiB", "build_peak_mb", fmt(".0f")),
    ("query peak MiB", "query_peak_mb", fmt(".0f")), ("median ms", "median_ms", fmt(".2f")),
    ("p95 ms", "p95_ms", fmt(".2f")), ("CPU median ms", "cpu_median_ms", fmt(".2f")), ("hit@1", "hit_at_1", fmt(".3f")), ("doc@1", "doc_at_1", fmt(".3f")),
]


def run_phase(engine: str, phase: str, source: Path, work: Path) -> dict:
    out = work / f"{engine}-{phase}.json"
    subprocess.run([sys.executable, "-m", "benchmarks.worker", engine, phase, str(source), str(work), str(out)],
                   check=True, cwd=REPO_ROOT, env=child_env())
    return json.loads(out.read_text(encoding="utf-8"))


def score(tops: list, questions: list[dict]) -> dict:
    """hit@1: the top excerpt contains the needle; doc@1: it comes from the right document."""
    hits = sum(top is not None and contains(top[1], q["needle"]) for top, q in zip(tops, questions))
    docs = sum(top is not None and top[0] == q["doc"] for top, q in zip(tops, questions))
    return {"hit_at_1": hits / len(questions), "doc_at_1": docs / len(questions)}


def bench_corpus(folder: Path, engines: list[str], n_questions: int, words: int | None = None) -> list[dict]:
    """Rows of measures, one per engine, for the corpus in `folder` (docs/ and questions.jsonl).

    `words` is the size a generated corpus was made at; other corpora have theirs counted."""
    docs = doc_files(folder)
    words = words or sum(len(path.read_text(encoding="utf-8").split()) for path in docs)
    all_questions = load_questions(folder)
    questions = all_questions[:n_questions]
    work = reset_dir(folder / "work")
    warmup = dev_questions() + [q["q"] for q in all_questions[n_questions:n_questions + WARMUP_EXTRA]]
    questions_file = work / "questions.json"
    questions_file.write_text(json.dumps({"warmup": warmup, "measure": [q["q"] for q in questions]},
                                         ensure_ascii=False), encoding="utf-8")
    stopwords = write_stopwords(work / STOPWORDS_FILE)
    if "corpus" not in engines:  # peers alone: paragraphs stand in for the engine's passages
        stand_in = {"passages": write_passages(paragraph_passages(docs), work / PASSAGES_FILE),
                    "passages_source": "paragraphs"}
    # The project's engine builds first (engines are sorted so): the peers then index its passages.
    # An engine that only queries another's index (tantivy with fuzzy terms) reports that build.
    built = {}
    for engine in engines:
        shared = getattr(ENGINES[engine], "shares_index_with", None)
        built[engine] = built[shared] if shared in built else run_phase(engine, "build", folder, work)
    origin = built["corpus"] if "corpus" in engines else stand_in
    passages = {k: origin[k] for k in ("passages", "passages_source")}
    rows = []
    for engine in engines:
        queried = run_phase(engine, "query", questions_file, work)
        rows.append({
            "size": size_label(words), "words": words, "engine": engine, "documents": len(docs),
            "questions": len(questions), **passages,
            **{k: built[engine][k] for k in ("build_s", "build_cpu_s", "save_s", "index_mb", "build_peak_mb")},
            "load_ms": queried["load_s"] * 1000, "query_peak_mb": queried["query_peak_mb"],
            **latency_summary(queried["latencies_s"]), **score(queried["tops"], questions),
            "cpu_median_ms": statistics.median(queried["cpu_latencies_s"]) * 1000,
            **({"stopwords": stopwords} if engine == "bm25s" else {}),
        })
    return rows


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1m,10m", help="sizes of generated corpora in words, e.g. 1m,10m,30m")
    ap.add_argument("--corpus", type=Path, action="append", default=[],
                    help="an existing corpus folder (docs/*.txt and questions.jsonl) instead of --sizes")
    ap.add_argument("--questions", type=int, default=500, help="known-item questions measured at each size")
    ap.add_argument("--engines", default=",".join(ENGINES))
    ap.add_argument("--data-dir", type=Path, default=DATA_DIR, help="where generated corpora are cached")
    ap.add_argument("--out-dir", type=Path, default=RESULTS_DIR)
    args = ap.parse_args(argv)
    unknown = set(args.engines.split(",")) - ENGINES.keys()
    if unknown:
        ap.error(f"unknown engine {', '.join(sorted(unknown))}: choose among {', '.join(ENGINES)}")
    engines = sorted(args.engines.split(","), key=list(ENGINES).index)

    machine = machine_info()  # at the start: the commit measured, the time it began
    generated = (CorpusParams(words=parse_size(size)) for size in args.sizes.split(","))
    try:
        corpora = [(folder, None) for folder in args.corpus] or [
            (ensure_corpus(params, args.data_dir), params.words) for params in generated]
    except FileNotFoundError:
        # A fresh clone without ../shared beside it: say what is needed, in one line.
        sys.exit(f"benchmarks.scale: needs {MAKE_CORPUS} (the shared folder beside the repository) to make "
                 "its corpora, or --corpus DIR holding docs/*.txt and questions.jsonl")
    rows = []
    for folder, words in corpora:
        rows += bench_corpus(folder, engines, args.questions, words)
        print(format_table(rows[-len(engines):], COLUMNS), file=sys.stderr)  # progress on long runs
    rounded = [{k: round(v, 4) if isinstance(v, float) else v for k, v in row.items()} for row in rows]
    report = {"machine": machine, "settings": {"questions": args.questions, "k": 3, "threads": 1,
                                               "engines": engines},
              "results": rounded}
    args.out_dir.mkdir(parents=True, exist_ok=True)
    (args.out_dir / "scale.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")

    from benchmarks.chart import draw, title_of  # matplotlib only once there is something to draw

    draw(rows, args.out_dir / "scale.png", title_of(report))
    print(format_table(rows, COLUMNS))
    print(f"\n{machine_line(machine)} · results in {args.out_dir}")
    return report


if __name__ == "__main__":
    main()

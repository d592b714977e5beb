"""Where the project's engine spends its time on a generated corpus.

    python -m benchmarks.profiling build [--size 10m]
    python -m benchmarks.profiling query [--size 10m] [--questions 200]
    python -m benchmarks.profiling stages [--size 1m] [--questions 500] [--runs 3] [--cpu] [--medians]
    python -m benchmarks.profiling build-phases [--size 1m] [--runs 3] [--workers 1] [--python]

`build` and `query` print cProfile's functions with the most time of their own, then the most
cumulative time. `stages` times each stage of `search` (question analysis, typo correction,
candidates and BM25, phrases, ...) over the known-item questions, with a clock around each
stage's function and no profiler, so that numpy's calls and Python's loops cost what they
cost; each run is a fresh process (the engine's caches start empty, as in `make bench`), and
the table gives the median of the runs; `--medians` gives each stage's median over the
questions, and the median question's time in all, instead of their means (the means carry
the first questions' one-off costs); `--cpu` reads the process's CPU time instead of the
wall clock (on a machine busy with other work, wall time counts theirs too; CPU time costs
about a microsecond more a reading). `build-phases` does the same for a build, in CPU time:
with `--workers 1` every phase runs in the measured process; with more, the clocks see this
process's share, and the table adds the workers' CPU time and the wall time of reading (until
the last batch is in) and of what follows. For the query profiles the index is built and saved
first if missing or stale (not profiled), then loaded.
"""
from __future__ import annotations

import argparse
import cProfile
import multiprocessing
import pstats
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from benchmarks.corpora import CorpusParams, dev_questions, doc_files, ensure_corpus, load_questions, parse_size
from benchmarks.report import fmt, format_table

PROFILE_INDEX = "profile.cbidx"  # beside the corpus, apart from scale.py's work/ folder


# The stages of `corpus.pipeline.search`, each the functions it calls for that stage, by the
# module attribute through which search reaches them. A stage's time excludes the stages it
# calls (word families and typo correction run inside question analysis, the analysis of a
# passage's text inside excerpts). A name the engine no longer has is left out, and its time
# falls to the stage that calls it or to "rest of search".
STAGES = [
    ("question analysis", [("corpus.pipeline", "read_query")]),
    ("word families", [("corpus.families", "Families.of")]),
    ("typo correction", [("corpus.fuzzy", "TypoMatcher.corrections"), ("corpus.fuzzy", "TypoMatcher.family"),
                         ("corpus.query", "misspelt_stop_word")]),
    ("candidates, BM25", [("corpus.candidates", "top_bm25")]),
    ("phrases", [("corpus.candidates", "with_phrases")]),
    ("coverage", [("corpus.ranking", "held_shares")]),  # and the held words the abstention counts
    ("sections", [("corpus.ranking", "section_coverage")]),
    ("headings", [("corpus.ranking", "heading_share")]),
    ("answer kind, abstention", [("corpus.answer_kinds", "holding"), ("corpus.abstention", "signs")]),
    ("closeness", [("corpus.ranking", "closeness")]),
    ("excerpts", [("corpus.pipeline", "make_hits"), ("corpus.answer_kinds", "with_short_answer")]),
    ("passage re-analysis", [("corpus.index", "Index.passage_tokens")]),  # for excerpts and answer kinds
]
REST = "rest of search"  # sorting, merging, the Answer: search's own lines


# The phases of `Index.build`, as `STAGES` for a search: a phase's time excludes the phases it
# calls (reading a document includes neither its language guess nor the joining of its blocks).
# Reading runs inside the joining of the parts (they come from a generator): `index_batch`
# takes the reading's own lines, so that "joining parts" is the joining alone.
BUILD_STAGES = [
    ("reading files (readers)", [("corpus.sources", "read_document")]),
    ("joining a document's blocks", [("corpus.sources", "make_document")]),
    ("language guess", [("corpus.sources", "guess_language")]),
    ("passages and word ids", [("corpus.builder", "_Builder.add")]),
    ("analysing new words (Snowball, folding)", [("corpus.analysis", "analyse_new_word")]),
    ("a batch's arrays (texts compressed)", [("corpus.builder", "_Builder.part")]),
    ("rest of reading a batch", [("corpus.builder", "index_batch")]),
    ("joining parts", [("corpus.builder", "assemble")]),
    ("word weights (wordfreq)", [("corpus.generality", "weights")]),
    ("the vocabulary's arrays", [("corpus.builder", "_vocabulary")]),
    ("inversion, BM25, stored forms", [("corpus.builder", "_invert")]),
    ("per-passage arrays", [("corpus.builder", "_rows")]),
    ("the index file laid out", [("corpus.storage", "Spool.finish")]),
    ("word families", [("corpus.families", "learn")]),
    ("acronyms (prose read, runs counted)", [("corpus.acronyms", "prose_words"), ("corpus.acronyms", "learn")]),
]


class StageClock:
    """Seconds spent in each stage, exclusive of the stages nested in it."""

    def __init__(self, stages: list = STAGES, clock=time.perf_counter):
        self.stages, self.clock = stages, clock
        self.seconds: dict[str, float] = {}
        self._inner: list[float] = []  # time spent in nested stages, one entry per open stage

    def wrap(self, stage: str, function):
        def timed(*args, **kwargs):
            self._inner.append(0.0)
            start = self.clock()
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = self.clock() - start
                inner = self._inner.pop()
                self.seconds[stage] = self.seconds.get(stage, 0.0) + elapsed - inner
                if self._inner:
                    self._inner[-1] += elapsed
        return timed

    def install(self) -> list[str]:
        """Put a clock around each stage's functions; the names not found in the engine."""
        import importlib

        missing = []
        for stage, functions in self.stages:
            for module_name, dotted in functions:
                owner = importlib.import_module(module_name)
                *path, name = dotted.split(".")
                for part in path:
                    owner = getattr(owner, part, None)
                if owner is None or not callable(getattr(owner, name, None)):
                    missing.append(f"{module_name}.{dotted}")
                    continue
                setattr(owner, name, self.wrap(stage, getattr(owner, name)))
        return missing


def load_index(folder: Path):
    from corpus import Index, IndexFileError

    index_path = folder / PROFILE_INDEX
    try:
        return Index.load(index_path)
    except IndexFileError:  # missing, or left by another version of the engine
        Index.build(doc_files(folder)).save(index_path)
        return Index.load(index_path)


def stage_run(folder: Path, n_questions: int, cpu: bool = False, medians: bool = False) -> dict:
    """One run, in a fresh process: milliseconds per question in each stage, and in all (their
    mean; with `medians`, their median over the questions, each question's stages read apart)."""
    clock = StageClock(clock=time.process_time if cpu else time.perf_counter)
    missing = clock.install()
    index = load_index(folder)
    for q in dev_questions():  # the warm-up `make bench` gives the engine, on other questions
        index.search(q, k=3)
    clock.seconds.clear()
    questions = [q["q"] for q in load_questions(folder, n_questions)]
    if medians:
        each: dict[str, list[float]] = {stage: [] for stage, _ in STAGES + [(REST, [])]}
        totals = []
        for q in questions:
            clock.seconds.clear()
            start = clock.clock()
            index.search(q, k=3)
            totals.append(1000 * (clock.clock() - start))
            for stage in each:
                each[stage].append(1000 * clock.seconds.get(stage, 0.0))
            each[REST][-1] = totals[-1] - sum(1000 * s for s in clock.seconds.values())
        return {"ms": {stage: statistics.median(v) for stage, v in each.items()},
                "total_ms": statistics.median(totals), "missing": missing}
    start = clock.clock()
    for q in questions:
        index.search(q, k=3)
    total = clock.clock() - start
    per_question = {stage: 1000 * s / len(questions) for stage, s in clock.seconds.items()}
    per_question[REST] = 1000 * total / len(questions) - sum(per_question.values())
    return {"ms": per_question, "total_ms": 1000 * total / len(questions), "missing": missing}


def stages(folder: Path, n_questions: int, runs: int, cpu: bool = False, medians: bool = False) -> None:
    load_index(folder)  # built once here, not in every run
    spawn = multiprocessing.get_context("spawn")
    results = []
    for _ in range(runs):  # one after the other: one core measures, the other stays free
        with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
            results.append(pool.submit(stage_run, folder, n_questions, cpu, medians).result())
    total = statistics.median(r["total_ms"] for r in results)
    rows = []
    for stage in [name for name, _ in STAGES] + [REST]:
        each = [r["ms"].get(stage, 0.0) for r in results]
        rows.append({"stage": stage, "ms": statistics.median(each), "range": f"{min(each):.3f}–{max(each):.3f}",
                     "share": 100 * statistics.median(each) / total})
    rows.append({"stage": "search, in all", "ms": total, "share": 100.0,
                 "range": f"{min(r['total_ms'] for r in results):.3f}–{max(r['total_ms'] for r in results):.3f}"})
    statistic = "median over questions" if medians else "mean"
    columns = [("stage", "stage", str), (f"ms a question ({statistic}; median of runs)", "ms", fmt(".3f")),
               (f"{runs} runs", "range", str), ("% of search", "share", fmt(".0f"))]
    print(format_table(rows, columns))
    print(f"\n{n_questions} known-item questions of {folder.name}, {runs} runs, one process each, "
          f"{'CPU' if cpu else 'wall'} time")
    if results[0]["missing"]:
        print("not found in the engine (their time is in the rest):", ", ".join(results[0]["missing"]))


def build_run(folder: Path, workers: int, compiled: bool = True) -> dict:
    """One build, in a fresh process: CPU seconds in each phase, and wall and CPU in all."""
    import resource

    from corpus import Index, builder

    clock = StageClock(BUILD_STAGES, time.process_time)
    missing = clock.install()
    parts, marks = builder.parts, {}

    def timed_parts(*args, **kwargs):  # when the last batch is in: reading ends there
        yield from parts(*args, **kwargs)
        marks["read"] = time.perf_counter()
    builder.parts = timed_parts
    wall, cpu = time.perf_counter(), time.process_time()
    Index.build(doc_files(folder), workers=workers, compiled=compiled)
    end, cpu = time.perf_counter(), time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": clock.seconds, "cpu": cpu, "workers_cpu": children.ru_utime + children.ru_stime,
            "wall": end - wall, "reading_wall": marks["read"] - wall, "missing": missing}


def build_phases(folder: Path, runs: int, workers: int, compiled: bool = True) -> None:
    spawn = multiprocessing.get_context("spawn")
    results = []
    for _ in range(runs):
        with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
            results.append(pool.submit(build_run, folder, workers, compiled).result())
    cpu = statistics.median(r["cpu"] for r in results)
    rows = []

    def row(name: str, each: list[float], share: bool = True) -> None:
        rows.append({"phase": name, "s": statistics.median(each), "range": f"{min(each):.2f}–{max(each):.2f}",
                     "share": 100 * statistics.median(each) / cpu if share else None})
    for phase in [name for name, _ in BUILD_STAGES]:
        row(phase, [r["seconds"].get(phase, 0.0) for r in results])
    row("rest of the build", [r["cpu"] - sum(r["seconds"].values()) for r in results])
    row("this process, CPU in all", [r["cpu"] for r in results])
    if workers > 1:
        row("the worker processes, CPU", [r["workers_cpu"] for r in results], share=False)
        row("wall: reading (until the last batch is in)", [r["reading_wall"] for r in results], share=False)
        row("wall: the rest", [r["wall"] - r["reading_wall"] for r in results], share=False)
    row("wall in all", [r["wall"] for r in results], share=False)
    columns = [("phase", "phase", str), ("s (median of runs)", "s", fmt(".2f")), (f"{runs} runs", "range", str),
               ("% of this process's CPU", "share", fmt(".0f"))]
    print(format_table(rows, columns))
    print(f"\nbuild of {folder.name}, {workers} process(es), {runs} runs, one fresh process each, "
          f"words read {'by the compiled pass (when built)' if compiled else 'in Python'}")
    if results[0]["missing"]:
        print("not found in the engine (their time is in the rest):", ", ".join(results[0]["missing"]))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("phase", choices=["build", "query", "stages", "build-phases"])
    ap.add_argument("--size", default="10m")
    ap.add_argument("--questions", type=int, help="200 for query, 500 for stages (as `make bench`)")
    ap.add_argument("--runs", type=int, default=3, help="stages, build-phases: runs, each in a process of its own")
    ap.add_argument("--cpu", action="store_true", help="stages: CPU time of the process, not wall time")
    ap.add_argument("--medians", action="store_true",
                    help="stages: each stage's median over the questions (the median question), not its mean")
    ap.add_argument("--workers", type=int, default=1, help="build-phases: processes that read the corpus")
    ap.add_argument("--python", action="store_true",
                    help="build-phases: read the words in Python, not by the compiled pass (Index.build(compiled=False))")
    ap.add_argument("--top", type=int, default=25, help="functions listed in each ordering")
    ap.add_argument("--save", type=Path, help="also write the raw profile here (for snakeviz etc.)")
    args = ap.parse_args(argv)

    from corpus import Index

    folder = ensure_corpus(CorpusParams(words=parse_size(args.size)))
    if args.phase == "stages":
        return stages(folder, args.questions or 500, args.runs, args.cpu, args.medians)
    if args.phase == "build-phases":
        return build_phases(folder, args.runs, args.workers, not args.python)
    index_path = folder / PROFILE_INDEX
    profiler = cProfile.Profile()
    if args.phase == "build":
        docs = doc_files(folder)
        profiler.enable()
        index = Index.build(docs)
        profiler.disable()
        index.save(index_path)
    else:
        index = load_index(folder)
        questions = [q["q"] for q in load_questions(folder, args.questions or 200)]
        index.search(questions[-1], k=3)  # the first search's one-off set-up is not the steady state
        profiler.enable()
        for q in questions:
            index.search(q, k=3)
        profiler.disable()
    if args.save:
        profiler.dump_stats(args.save)
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
    for order in ("tottime", "cumulative"):
        stats.sort_stats(order).print_stats(args.top)


if __name__ == "__main__":
    main()

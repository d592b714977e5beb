"""Where the project's engine spends its time on a generated corpus: cProfile of build or queries.

    python -m benchmarks.profiling build [--size 10m]
    python -m benchmarks.profiling query [--size 10m] [--questions 200]

Prints the functions with the most time of their own, then the most cumulative time. For the
query profile the index is built and saved first if missing or stale (not profiled), then loaded.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

from benchmarks.corpora import CorpusParams, doc_files, ensure_corpus, load_questions, parse_size

PROFILE_INDEX = "profile.cbidx"  # beside the corpus, apart from scale.py's work/ folder


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("phase", choices=["build", "query"])
    ap.add_argument("--size", default="10m")
    ap.add_argument("--questions", type=int, default=200)
    ap.add_argument("--top", type=int, default=25, help="functions listed in each ordering")
    ap.add_argument("--save", type=Path, help="also write the raw profile here (for snakeviz etc.)")
    args = ap.parse_args(argv)

    from corpus import Index, IndexFileError

    folder = ensure_corpus(CorpusParams(words=parse_size(args.size)))
    index_path = folder / PROFILE_INDEX
    profiler = cProfile.Profile()
    if args.phase == "build":
        docs = doc_files(folder)
        profiler.enable()
        index = Index.build(docs)
        profiler.disable()
        index.save(index_path)
    else:
        try:
            index = Index.load(index_path)
        except IndexFileError:  # missing, or left by another version of the engine
            Index.build(doc_files(folder)).save(index_path)
            index = Index.load(index_path)
        questions = [q["q"] for q in load_questions(folder, args.questions)]
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

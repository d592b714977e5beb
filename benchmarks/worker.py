"""One measured phase of one engine, run in a child process of its own.

    python -m benchmarks.worker ENGINE build CORPUS_DIR WORK_DIR OUT_JSON
    python -m benchmarks.worker ENGINE query QUESTIONS_JSON WORK_DIR OUT_JSON

A process of its own per phase makes its peak memory (VmHWM) that phase's alone: a build's
garbage does not count against queries, and one engine's arrays do not count against the other.
The child writes what it measured to OUT_JSON; scoring is left to the parent.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.corpora import doc_files
from benchmarks.engines import ENGINES, PASSAGES_FILE, disk_size_mb, write_passages
from benchmarks.machine import TreeMemory, cpu_seconds, peak_rss_mb


def build(engine, corpus_dir: Path, work: Path) -> dict:
    docs = doc_files(corpus_dir)
    with TreeMemory() as memory:  # the engine's worker processes, if any, count too
        cpu, start = cpu_seconds(), time.perf_counter()
        index = engine.build(docs, work)
        built = time.perf_counter()
        build_cpu = cpu_seconds() - cpu
        path = engine.save(index, work)
        saved = time.perf_counter()
    result = {"build_s": built - start, "build_cpu_s": build_cpu, "save_s": saved - built,
              "build_peak_mb": memory.peak_mb, "index_mb": disk_size_mb(path)}
    if hasattr(engine, "passages"):  # hand the engine's own passages to bm25s, once measured
        result["passages"] = write_passages(engine.passages(index), work / PASSAGES_FILE)
        result["passages_source"] = "engine"
    return result


def query(engine, questions_file: Path, work: Path) -> dict:
    questions = json.loads(questions_file.read_text(encoding="utf-8"))
    start = time.perf_counter()
    index = engine.load(work)
    load_s = time.perf_counter() - start
    # Warm-up on other questions than the measured ones, so no cache can answer those early.
    for q in questions["warmup"]:
        engine.top(index, q)
    latencies, cpu_latencies, tops = [], [], []
    for q in questions["measure"]:
        cpu, start = time.process_time(), time.perf_counter()
        top = engine.top(index, q)
        latencies.append(time.perf_counter() - start)
        cpu_latencies.append(time.process_time() - cpu)  # what other jobs on a shared machine do not inflate
        tops.append(top)
    return {"load_s": load_s, "query_peak_mb": peak_rss_mb(), "latencies_s": latencies,
            "cpu_latencies_s": cpu_latencies, "tops": tops}


def main(argv: list[str]) -> None:
    engine_name, phase, source, work, out = argv
    engine = ENGINES[engine_name](Path(work))
    run = {"build": build, "query": query}[phase]
    result = run(engine, Path(source), Path(work))
    Path(out).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])

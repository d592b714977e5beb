"""Where a build's memory goes: the process tree's resident memory through its phases.

    python -m benchmarks.build_memory [--size 1m] [--runs 3]

Each run is a fresh process that builds the generated corpus as `corpus-bot index build` does
(the index file written beside where it is saved, then saved), while a thread sums the resident
memory of this process and of its workers every 20 ms (`machine.TreeMemory`'s sampling). It
prints, per run, the build's wall and CPU time and peak, then for each phase (reading the
documents, until every file is reported read; what follows, up to the built index; saving) the
highest total seen, with this process's share and its workers'.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.corpora import CorpusParams, doc_files, ensure_corpus, parse_size
from benchmarks.machine import TreeMemory, _children, _rss_kb, cpu_seconds

PHASES = ("reading", "after reading", "saving")


def measure(corpus: Path, work: Path) -> dict:
    """One build and save of `corpus`, in this process, into `work`."""
    from corpus import Index, builder

    docs = doc_files(corpus)
    phase = [PHASES[0]]
    highest: dict[str, tuple[float, float]] = {}  # phase -> (this process, its workers), MiB
    stop = threading.Event()

    def sample() -> None:
        me = str(os.getpid())
        while not stop.wait(TreeMemory.INTERVAL):
            workers = [pid for child in _children(me) for pid in [child, *_children(child)]]
            now = (_rss_kb(me) / 1024, sum(_rss_kb(pid) for pid in workers) / 1024)
            if sum(now) > sum(highest.get(phase[0], (0, 0))):
                highest[phase[0]] = now

    def progress(done: int, total: int) -> None:
        if done >= total:
            phase[0] = PHASES[1]

    builder.release_memory_promptly()  # as `corpus-bot index build` does
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    with TreeMemory() as tree:
        cpu, start = cpu_seconds(), time.perf_counter()
        index = Index.build(docs, on_progress=progress, folder=work)
        built, build_cpu = time.perf_counter(), cpu_seconds() - cpu
        phase[0] = PHASES[2]
        index.save(work / "index.cbidx")
        saved = time.perf_counter()
    stop.set()
    sampler.join()
    return {"build_s": built - start, "build_cpu_s": build_cpu, "save_s": saved - built,
            "peak_mb": tree.peak_mb, "phases": highest}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1m")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a run's corpus, in a process of its own
    args = parser.parse_args()
    if args.one:
        with tempfile.TemporaryDirectory() as work:
            print(json.dumps(measure(Path(args.one), Path(work))))
        return
    corpus = ensure_corpus(CorpusParams(words=parse_size(args.size)))
    for run in range(args.runs):
        out = subprocess.run([sys.executable, "-m", "benchmarks.build_memory", "--one", str(corpus)],
                             check=True, capture_output=True, text=True).stdout
        result = json.loads(out.splitlines()[-1])
        print(f"run {run + 1}: build {result['build_s']:.1f} s wall, {result['build_cpu_s']:.1f} s CPU, "
              f"save {result['save_s']:.2f} s, peak {result['peak_mb']:.0f} MiB")
        for name in PHASES:
            own, workers = result["phases"].get(name, (0.0, 0.0))
            print(f"  {name:<14} {own + workers:6.0f} MiB (this process {own:.0f}, workers {workers:.0f})")


if __name__ == "__main__":
    main()

"""Issue 2's speed bar on the project's own seeds/: warm search, and one-shot `corpus-bot ask`.

    python -m benchmarks.seeds [--rounds 30] [--ask-runs 7]

Warm search: the index is built once, every question of shared/eval/dev.jsonl is asked once to
warm up, then each is asked `rounds` more times, one at a time. One-shot ask: the wall time of
a whole `corpus-bot ask "question"` process, index already built (a first, unmeasured run sees
to that), as a user at a terminal meets it. Targets: search median <= 1 ms, ask <= 0.5 s.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpora import dev_questions
from benchmarks.machine import REPO_ROOT, child_env, machine_info
from benchmarks.report import fmt, format_table, latency_summary

SEARCH_TARGET_MS = 1.0
ASK_TARGET_S = 0.5
COLUMNS = [("measure", "measure", str), ("runs", "runs", fmt("d")), ("median", "median", str),
           ("p95", "p95", str), ("target", "target", str), ("met", "met", str)]


def warm_search(seeds: Path, questions: list[str], rounds: int) -> dict:
    from corpus import Index

    index = Index.build(seeds, progress=False)
    for q in questions:
        index.search(q, k=3)
    latencies = []
    for _ in range(rounds):
        for q in questions:
            start = time.perf_counter()
            index.search(q, k=3)
            latencies.append(time.perf_counter() - start)
    return latency_summary(latencies)


def one_shot_ask(command: list[str], questions: list[str], runs: int) -> list[float]:
    """Wall times of whole `ask` processes, after one unmeasured run that may build the index."""
    def ask(question: str) -> float:
        start = time.perf_counter()
        subprocess.run(command + [question], check=True, cwd=REPO_ROOT, env=child_env(),
                       stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    ask(questions[0])
    return [ask(questions[i % len(questions)]) for i in range(runs)]


def main(argv: list[str] | None = None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, default=REPO_ROOT / "seeds")
    ap.add_argument("--rounds", type=int, default=30, help="timed passes over the question list")
    ap.add_argument("--ask-runs", type=int, default=7)
    ap.add_argument("--ask", default=str(Path(sys.executable).parent / "corpus-bot") + " ask",
                    help="the one-shot command; the question is added as its last argument")
    args = ap.parse_args(argv)
    questions = dev_questions()

    search = warm_search(args.seeds, questions, args.rounds)
    rows = [{"measure": "warm index.search", "runs": search["searches"],
             "median": f"{search['median_ms']:.3f} ms", "p95": f"{search['p95_ms']:.3f} ms",
             "target": f"median <= {SEARCH_TARGET_MS:g} ms",
             "met": "yes" if search["median_ms"] <= SEARCH_TARGET_MS else "NO"}]
    command = args.ask.split()
    if Path(command[0]).exists():
        times = one_shot_ask(command, questions, args.ask_runs)
        summary = latency_summary(times)
        rows.append({"measure": f"one-shot `{Path(command[0]).name} {' '.join(command[1:])}`",
                     "runs": len(times), "median": f"{statistics.median(times):.3f} s",
                     "p95": f"{summary['p95_ms'] / 1000:.3f} s", "target": f"median <= {ASK_TARGET_S:g} s",
                     "met": "yes" if statistics.median(times) <= ASK_TARGET_S else "NO"})
    else:
        print(f"{command[0]} not found: install the project (pip install -e .) to time one-shot ask",
              file=sys.stderr)
    machine = machine_info()
    print(format_table(rows, COLUMNS))
    print(f"\n{machine['date']} · {machine['cpu']} · {machine['nproc']} cores · Python {machine['python']}"
          f" · commit {machine['git_commit']} · {len(questions)} questions from shared/eval/dev.jsonl")
    return rows


if __name__ == "__main__":
    main()

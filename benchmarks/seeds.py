"""Issue 2's speed bar on the project's own seeds/: warm search, and one-shot `corpus-bot ask`.

    python -m benchmarks.seeds [--rounds 30] [--ask-runs 7]

Warm search: the index is built once, every question of shared/eval/dev.jsonl is asked once to
warm up, then each is asked `rounds` more times, one at a time. One-shot ask: the wall time of
a whole `corpus-bot ask "question"` process, index already built (a first, unmeasured run sees
to that), as a user at a terminal meets it. Targets: search median <= 1 ms, ask <= 0.5 s.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpora import DEV_QUESTIONS, dev_questions
from benchmarks.machine import REPO_ROOT, child_env, machine_info, machine_line
from benchmarks.report import fmt, format_table, latency_summary

SEARCH_TARGET_MS = 1.0
ASK_TARGET_S = 0.5
COLUMNS = [("measure", "measure", str), ("runs", "runs", fmt("d")), ("median", "median", str),
           ("p95", "p95", str), ("target", "target", str), ("met", "met", str)]


def warm_search(seeds: Path, questions: list[str], rounds: int) -> dict:
    from corpus import Index

    index = Index.build(seeds)
    for q in questions:
        index.search(q, k=3)
    latencies = []
    for _ in range(rounds):
        for q in questions:
            start = time.perf_counter()
            index.search(q, k=3)
            latencies.append(time.perf_counter() - start)
    return latency_summary(latencies)


def ask_command(given: str | None) -> tuple[list[str], str]:
    """The command to time, and how the table names it."""
    if given:
        return given.split(), f"`{given}`"
    script = Path(sys.executable).parent / "corpus-bot"
    if script.exists():
        return [str(script), "ask"], "`corpus-bot ask`"
    # Not installed yet: do what the console script does, a Python that imports corpus.cli.
    return [sys.executable, "-c", "import sys; from corpus.cli import main; sys.exit(main())", "ask"], \
        "`corpus-bot ask` (via python -c, not installed)"


def one_shot_ask(command: list[str], questions: list[str], runs: int) -> list[float]:
    """Wall times of whole `ask` processes, after one unmeasured run that may build the index."""
    def ask(question: str) -> float:
        start = time.perf_counter()
        subprocess.run(command + [question], check=True, cwd=REPO_ROOT, env=child_env(),
                       stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    ask(questions[0])
    return [ask(questions[i % len(questions)]) for i in range(runs)]


def row(measure: str, summary: dict, target: float, unit: str) -> dict:
    scale = {"ms": 1, "s": 1000}[unit]  # summaries are in milliseconds
    median, p95 = summary["median_ms"] / scale, summary["p95_ms"] / scale
    return {"measure": measure, "runs": summary["runs"], "median": f"{median:.3f} {unit}",
            "p95": f"{p95:.3f} {unit}", "target": f"median <= {target:g} {unit}",
            "met": "yes" if median <= target else "NO"}


def main(argv: list[str] | None = None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=Path, default=REPO_ROOT / "seeds")
    ap.add_argument("--rounds", type=int, default=30, help="timed passes over the question list")
    ap.add_argument("--ask-runs", type=int, default=7)
    ap.add_argument("--questions", type=Path, default=DEV_QUESTIONS, help="the questions timed (JSON lines, 'q')")
    ap.add_argument("--ask", help="the one-shot command, the question added as its last argument "
                    "(default: the venv's `corpus-bot ask`)")
    args = ap.parse_args(argv)
    questions = dev_questions(args.questions)
    if not questions:
        # A fresh clone without ../shared beside it: say what is needed, in one line.
        sys.exit(f"benchmarks.seeds: needs the questions it times in {args.questions} "
                 "(the shared folder beside the repository), or --questions FILE")
    command, label = ask_command(args.ask)

    search = warm_search(args.seeds, questions, args.rounds)
    ask = latency_summary(one_shot_ask(command, questions, args.ask_runs))
    rows = [row("warm index.search", search, SEARCH_TARGET_MS, "ms"),
            row(f"one-shot {label}", ask, ASK_TARGET_S, "s")]
    print(format_table(rows, COLUMNS))
    print(f"\n{machine_line(machine_info())} · {len(questions)} questions from {args.questions}")
    return rows


if __name__ == "__main__":
    main()

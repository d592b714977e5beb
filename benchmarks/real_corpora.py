"""The real corpora of ../shared/corpora (and the seeds) built and asked as a user would.

    python -m benchmarks.real_corpora [--builds 3] [--corpora seeds,code-civil,discord-py-docs]

For each corpus: `corpus-bot index build` timed (median of --builds runs, each in a fresh
process), then one `corpus-bot ask --json` batch of every question of its dev set in
../shared/eval plus questions made from the corpus itself (each document's title and each
section heading), and checks on every quoted result:
- the batch ends normally with one answer a question (no crash);
- no structure quoted: no directive line, no heading underline, no Markdown fence;
- no title or section over 150 characters;
- the excerpt is a slice of its file as written, markup and all (white space dropped, case,
  accents and apostrophes folded; an ellipsis marks a cut);
- no highlight on markup: a highlighted span is a run of letters and digits, never a role's
  name (:meth:`…`) or a link's address.
Target: the Code civil builds in at most 5 s.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpora import SHARED_DIR
from benchmarks.machine import REPO_ROOT, child_env, machine_info, machine_line
from benchmarks.report import fmt, format_table

BUILD_TARGET_S = 5.0
MAX_TITLE = 150
GENERATED_QUESTIONS = 400  # questions made from titles and headings, at most, per corpus
STRUCTURE = re.compile(r"^\s*\.\. [\w:-]+::|^[=\-~^+#*]{3,}$|^```", re.MULTILINE)
COLUMNS = [("corpus", "corpus", str), ("documents", "documents", fmt("d")),
           ("build median", "build", lambda v: f"{v:.2f} s"), ("builds", "builds", str),
           ("build CPU", "cpu", lambda v: f"{v:.2f} s"),
           ("questions", "questions", fmt("d")), ("answered", "answered", fmt("d")),
           ("results", "results", fmt("d")), ("crash", "crash", str), ("structure", "structure", fmt("d")),
           ("marked markup", "marked_markup", fmt("d")),
           ("long titles", "long", fmt("d")), ("not verbatim", "not_verbatim", fmt("d"))]


def corpus_dirs(names: list[str]) -> dict[str, Path]:
    return {name: REPO_ROOT / "seeds" if name == "seeds" else SHARED_DIR / "corpora" / name for name in names}


def cli() -> list[str]:
    script = Path(sys.executable).parent / "corpus-bot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def timed_builds(folder: Path, index: Path, runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds (user + system, the process and its workers) of each build: on a
    shared machine the wall time also counts the other users' load."""
    walls, cpus = [], []
    for _ in range(runs):
        index.unlink(missing_ok=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cli() + ["--corpus", str(folder), "--index", str(index), "index", "build"],
                       check=True, cwd=REPO_ROOT, env=child_env(), capture_output=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return walls, cpus


def questions_for(name: str, index_path: Path) -> list[str]:
    from corpus import Index

    dev = SHARED_DIR / "eval" / ("dev.jsonl" if name == "seeds" else f"{name}.dev.jsonl")
    asked = [json.loads(line)["q"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()] \
        if dev.is_file() else []
    index = Index.load(index_path)
    made = {s.title for s in index.sources}
    made |= {heading for para in range(len(index.arrays.para_doc)) for heading in index.section(para)}
    return asked + sorted(made)[:GENERATED_QUESTIONS]


def squashed(text: str) -> str:
    from corpus.text import fold, translate

    return "".join(fold(translate(text)).split())


def marks_markup(excerpt: str, start: int, end: int) -> bool:
    """Whether a highlight falls on markup: one that holds markup characters, a role's name
    (:meth: before a backtick), or one inside a link's address."""
    word = excerpt[start:end]
    return (not word.strip() or any(c in "`*[]<>|" for c in word) or excerpt[end:end + 2] == ":`"
            or excerpt.rfind("](", 0, start) > excerpt.rfind(")", 0, start))


def check(name: str, folder: Path, index_path: Path, questions: list[str]) -> dict:
    lines = "\n".join(q.replace("\n", " ") for q in questions) + "\n"
    done = subprocess.run(cli() + ["--corpus", str(folder), "--index", str(index_path), "ask", "--json"],
                          input=lines.encode(), cwd=REPO_ROOT, env=child_env(), capture_output=True)
    answers = [json.loads(line) for line in done.stdout.decode().splitlines() if line.strip()]
    row = {"questions": len(questions), "answered": len(answers), "results": 0, "structure": 0,
           "marked_markup": 0, "long": 0, "not_verbatim": 0,
           "crash": "no" if done.returncode == 0 and len(answers) == len(questions) else "YES"}
    sources: dict[str, str] = {}
    for answer in answers:
        for hit in answer.get("results", []):
            row["results"] += 1
            excerpt = hit["excerpt"]
            row["structure"] += bool(STRUCTURE.search(excerpt))
            row["marked_markup"] += any(marks_markup(excerpt, start, end) for start, end in hit["highlights"])
            row["long"] += len(hit["title"]) > MAX_TITLE or any(len(h) > MAX_TITLE for h in hit["section"].split(" › "))
            if hit["path"] not in sources:
                sources[hit["path"]] = squashed((folder / hit["path"]).read_text(encoding="utf-8"))
            pieces = [squashed(p) for p in excerpt.split("…")]
            row["not_verbatim"] += not all(p in sources[hit["path"]] for p in pieces)
    if row["crash"] == "YES":
        print(f"{name}: exit {done.returncode}\n{done.stderr.decode()[-2000:]}", file=sys.stderr)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--builds", type=int, default=3)
    parser.add_argument("--corpora", default="seeds,code-civil,discord-py-docs")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as work:
        for name, folder in corpus_dirs(args.corpora.split(",")).items():
            if not folder.is_dir():
                print(f"{name}: no folder {folder}", file=sys.stderr)
                continue
            index_path = Path(work) / f"{name}.cbidx"
            walls, cpus = timed_builds(folder, index_path, args.builds)
            from corpus import Index

            row = {"corpus": name, "documents": len(Index.load(index_path).sources),
                   "build": statistics.median(walls), "builds": " ".join(f"{b:.2f}" for b in walls),
                   "cpu": statistics.median(cpus)}
            row.update(check(name, folder, index_path, questions_for(name, index_path)))
            rows.append(row)
    print(format_table(rows, COLUMNS))
    print(machine_line(machine_info()))
    civil = [r for r in rows if r["corpus"] == "code-civil"]
    if civil:
        print(f"Code civil build: median {civil[0]['build']:.2f} s wall, {civil[0]['cpu']:.2f} s CPU "
              f"(target <= {BUILD_TARGET_S} s)")
    bad = [r for r in rows if r["crash"] != "no" or r["structure"] or r["marked_markup"] or r["long"]
           or r["not_verbatim"]]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

"""Generated benchmark corpora, made once by shared/bench/make_corpus.py and cached.

A corpus of 10 million words takes minutes to make, so each one lives in its own folder under
benchmarks/data/ (git-ignored) named after its parameters, and a stamp file written only after
make_corpus.py succeeds says the folder is whole: an interrupted run is made again, not reused.
"""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
DATA_DIR = BENCH_DIR / "data"
SHARED_DIR = BENCH_DIR.parent.parent / "shared"  # ../shared beside the repository
MAKE_CORPUS = SHARED_DIR / "bench" / "make_corpus.py"
DEV_QUESTIONS = SHARED_DIR / "eval" / "dev.jsonl"
STAMP = "params.json"


@dataclass(frozen=True)
class CorpusParams:
    words: int
    questions: int = 1000
    doc_words: int = 2000
    seed: int = 7

    @property
    def name(self) -> str:
        return f"w{self.words}-q{self.questions}-d{self.doc_words}-s{self.seed}"


def parse_size(text: str) -> int:
    """'1m' -> 1_000_000, '20k' -> 20_000, '1_500_000' -> 1_500_000."""
    text = text.strip().lower().replace("_", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    number = text[:-1] if scale != 1 else text
    return int(float(number) * scale)


def size_label(words: int) -> str:
    """A short size for tables and charts, three significant digits: 10_030_000 -> '10M'."""
    for scale, unit in ((1_000_000, "M"), (1_000, "k")):
        if words >= scale:
            return f"{words / scale:.3g}{unit}"
    return str(words)


def ensure_corpus(params: CorpusParams, data_dir: Path = DATA_DIR, script: Path = MAKE_CORPUS) -> Path:
    """The folder holding docs/ and questions.jsonl for these parameters, made if missing."""
    folder = data_dir / params.name
    stamp = folder / STAMP
    if stamp.exists() and json.loads(stamp.read_text()) == asdict(params):
        return folder
    if not script.exists():
        raise FileNotFoundError(f"make_corpus.py not found at {script}")
    print(f"making corpus {params.name} (once; cached in {folder})", file=sys.stderr)
    stamp.unlink(missing_ok=True)
    subprocess.run(
        [sys.executable, str(script), str(folder), "--words", str(params.words),
         "--questions", str(params.questions), "--doc-words", str(params.doc_words),
         "--seed", str(params.seed)],
        check=True, stdout=subprocess.DEVNULL,
    )
    stamp.write_text(json.dumps(asdict(params)))
    return folder


# The project reads question files (one JSON object a line) with corpus.evaluation.
# It is imported inside these functions, not at the top: worker.py imports this module in the
# bm25s child, whose peak memory must not include the project's engine.

def load_questions(folder: Path, limit: int | None = None) -> list[dict]:
    """The corpus's known-item questions, the first `limit` of them (they are spread over docs)."""
    from corpus.evaluation import read_json_lines

    return read_json_lines(folder / "questions.jsonl")[:limit]


def dev_questions(path: Path = DEV_QUESTIONS) -> list[str]:
    """The question texts of shared/eval/dev.jsonl: real questions about the seeds, used to
    warm the engines up. None when ../shared is not beside the repository: a benchmark of a
    corpus of one's own (--corpus) needs nothing from it."""
    from corpus.evaluation import read_questions

    return [q.q for q in read_questions(path)] if path.is_file() else []


def doc_files(folder: Path) -> list[Path]:
    return sorted((folder / "docs").glob("*.txt"))


if __name__ == "__main__":
    # Make corpora ahead of a benchmark run: python -m benchmarks.corpora 1m 10m
    for size in sys.argv[1:]:
        print(ensure_corpus(CorpusParams(words=parse_size(size))))

"""How well and how fast `corpus.analysis.guess_language` tells French from English.

    python -m benchmarks.languages

Whole documents (the seeds and the Code civil are French, the discord.py docs English, each file
read as it is), their paragraphs of eight words or more, and the questions of ../shared/eval
(each labelled with its language), read as the engine reads them: with the language of the
corpus they are asked of as the default when a question shows none. Cost: the median time of one
call, each text measured alone.
"""
from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from benchmarks.corpora import SHARED_DIR
from benchmarks.machine import REPO_ROOT, machine_info, machine_line
from benchmarks.report import fmt, format_table
from corpus.analysis import guess_language

# corpus folder, its files, their language; question set asked of it
CORPORA = [
    (REPO_ROOT / "seeds", "*.txt", "fr", SHARED_DIR / "eval" / "dev.jsonl"),
    (SHARED_DIR / "corpora" / "code-civil", "*.md", "fr", SHARED_DIR / "eval" / "code-civil.dev.jsonl"),
    (SHARED_DIR / "corpora" / "discord-py-docs", "*.rst", "en",
     SHARED_DIR / "eval" / "discord-py-docs.dev.jsonl"),
]
PARAGRAPH_MIN_WORDS = 8
COLUMNS = [("texts", "texts", str), ("n", "n", fmt("d")), ("right", "right", fmt("d")),
           ("share", "share", fmt(".3f")), ("median µs", "median", fmt(".0f"))]


def measure(label: str, items: list[tuple[str, str, str]]) -> dict:
    """items: (text, expected language, default language)."""
    right, times = 0, []
    for text, expected, default in items:
        start = time.perf_counter()
        got = guess_language(text, (default, *({"fr", "en"} - {default})), default=default)
        times.append(time.perf_counter() - start)
        right += got == expected
    return {"texts": label, "n": len(items), "right": right, "share": right / max(len(items), 1),
            "median": statistics.median(times) * 1e6 if times else 0.0}


def main() -> list[dict]:
    documents, paragraphs, questions = [], [], []
    for folder, pattern, lang, question_file in CORPORA:
        if not folder.is_dir():
            print(f"(no {folder}: left out)")
            continue
        for path in sorted(folder.rglob(pattern)):
            text = path.read_text(encoding="utf-8")
            documents.append((text, lang, "fr"))
            paragraphs += [(p, lang, "fr") for p in text.split("\n\n") if len(p.split()) >= PARAGRAPH_MIN_WORDS]
        if question_file.exists():
            for line in question_file.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                questions.append((item["q"], item["lang"], lang))
    rows = [measure("documents", documents), measure(f"paragraphs of {PARAGRAPH_MIN_WORDS}+ words", paragraphs),
            measure("dev questions", questions)]
    print(format_table(rows, COLUMNS))
    print(f"\n{machine_line(machine_info())}")
    return rows


if __name__ == "__main__":
    main()

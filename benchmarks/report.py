"""Plain-text tables and the scoring of known-item answers, shared by the benchmarks."""
from __future__ import annotations

import statistics
from typing import Callable, Sequence

from corpus.evaluation import _folded  # the eval scoring's folding: case, accents, apostrophes, spaces

Column = tuple[str, str, Callable[[object], str]]  # header, key in the row, formatter


def fmt(spec: str) -> Callable[[object], str]:
    """A formatter for a column: missing values print as '-'."""
    return lambda v: "-" if v is None else format(v, spec)


def format_table(rows: Sequence[dict], columns: Sequence[Column]) -> str:
    cells = [[h for h, _, _ in columns]] + [[f(row.get(k)) for _, k, f in columns] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    lines = ["  ".join(c.rjust(w) for c, w in zip(r, widths)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def latency_summary(seconds: Sequence[float]) -> dict:
    """Median and 95th percentile in milliseconds (medians: the machine is shared and noisy)."""
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return {"median_ms": statistics.median(ms), "p95_ms": p95, "runs": len(ms)}


def contains(excerpt: str | None, needle: str) -> bool:
    """Known-item scoring: the needle stands in the excerpt, compared as the eval scoring does."""
    return excerpt is not None and _folded(needle) in _folded(excerpt)

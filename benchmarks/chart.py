"""The scale chart for the README: how build time, memory, index size and query latency grow
with the corpus, one line an engine, log-log (a straight line of slope 1 is linear growth).

    python -m benchmarks.chart [benchmarks/results/scale.json]   # redraw scale.png beside it
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no display on CI or over ssh
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import LogLocator, ScalarFormatter  # noqa: E402

from benchmarks.corpora import size_label  # noqa: E402
from benchmarks.engines import ENGINES  # noqa: E402

# One panel a question a reader asks: (title, y label, [(key, line style, legend suffix)]).
PANELS = (
    ("build", "seconds", [("build_s", "o-", "wall"), ("build_cpu_s", "x:", "CPU")]),
    ("index on disk", "MiB", [("index_mb", "o-", "")]),
    ("peak memory (RSS)", "MiB", [("build_peak_mb", "x:", "build"), ("query_peak_mb", "o-", "load + queries")]),
    ("query latency, one at a time", "ms", [("median_ms", "o-", "median"), ("p95_ms", "x:", "p95")]),
)
# The build's figures: an engine that queries another's index (tantivy-fuzzy) repeats them, so has no line.
BUILD_KEYS = {"build_s", "build_cpu_s", "index_mb", "build_peak_mb"}


def builds_its_index(engine: str) -> bool:
    return getattr(ENGINES.get(engine), "shares_index_with", None) is None


def draw(rows: list[dict], path: Path, title: str) -> None:
    fig, axes = plt.subplots(2, 2, figsize=(11, 8))
    sizes = sorted({r["words"] for r in rows})
    engines = list(dict.fromkeys(r["engine"] for r in rows))
    colours = {engine: f"C{i}" for i, engine in enumerate(engines)}
    for ax, (panel, unit, series) in zip(axes.flat, PANELS):
        for engine in engines:
            mine = sorted((r for r in rows if r["engine"] == engine), key=lambda r: r["words"])
            for key, style, suffix in series:
                if key in BUILD_KEYS and not builds_its_index(engine):
                    continue
                points = [(r["words"], r[key]) for r in mine if r.get(key) is not None]
                if not points:
                    continue
                ax.plot(*zip(*points), style, color=colours[engine], label=f"{engine} {suffix}".strip())
                if style.startswith("o"):  # the figures themselves: log axes are hard to read off
                    for x, y in points:
                        ax.annotate(f"{y:.3g}", (x, y), fontsize=7, textcoords="offset points", xytext=(4, -10))
        ax.set_title(panel, fontsize=10)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks(sizes, [size_label(s) for s in sizes])
        ax.minorticks_off()
        ax.yaxis.set_major_locator(LogLocator(subs=(1, 2, 5)))
        ax.yaxis.set_major_formatter(ScalarFormatter())
        ax.set_xlabel("corpus size (words)")
        ax.set_ylabel(unit)
        ax.grid(True, which="major", alpha=0.3)
        ax.legend(fontsize=7)
    fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def title_of(report: dict) -> str:
    machine, settings = report["machine"], report["settings"]
    return (f"commit {machine['git_commit']}, {machine['cpu']}, {machine['nproc']} cores, one thread, "
            f"{settings['questions']} questions a size")


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "results" / "scale.json"
    report = json.loads(source.read_text(encoding="utf-8"))
    draw(report["results"], source.with_name("scale.png"), title_of(report))
    print(source.with_name("scale.png"))
